// SPDX-License-Identifier: Apache-2.0
// EVENTGRAPH_CHECK: aborts on programmer errors (never used for bad input).
#ifndef EVENTGRAPH_CORE_CHECK_H_
#define EVENTGRAPH_CORE_CHECK_H_

namespace eventgraph::internal {
/// Writes "file:line: check failed: expr" to stderr and aborts. The one place the library may
/// touch stderr: a broken invariant is a bug, not a diagnostic.
[[noreturn]] void CheckFailed(const char* file, int line, const char* expr);
}  // namespace eventgraph::internal

#define EVENTGRAPH_CHECK(cond) \
  ((cond) ? static_cast<void>(0) : ::eventgraph::internal::CheckFailed(__FILE__, __LINE__, #cond))

#endif  // EVENTGRAPH_CORE_CHECK_H_
