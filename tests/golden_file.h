// SPDX-License-Identifier: Apache-2.0
// Golden-file comparison for exporter tests. With EVENTGRAPH_UPDATE_GOLDENS=1 in the environment
// the expected file is (re)written instead (scripts/update_goldens.sh sets it).
#ifndef EVENTGRAPH_TESTS_GOLDEN_FILE_H_
#define EVENTGRAPH_TESTS_GOLDEN_FILE_H_

#include <string>

namespace eventgraph::testing {

/// Path of tests/testdata/<relative> in the source tree.
std::string TestDataPath(const std::string& relative);

/// Compares `actual` with tests/testdata/<relative>. Returns "" when equal (or after updating),
/// else a message naming the file and the first differing line.
std::string CompareWithGolden(const std::string& relative, const std::string& actual);

}  // namespace eventgraph::testing

#endif  // EVENTGRAPH_TESTS_GOLDEN_FILE_H_
