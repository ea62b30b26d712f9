// SPDX-License-Identifier: Apache-2.0
// Issue 7 regression: the libFuzzer build (clang, ASan) crashed with a heap-buffer-overflow in
// TimexRules::Load on its first seed input, "The summit ended on Friday; a second round is
// planned for next month." The cause was an ODR violation: core/event_extractor.cc and
// core/internal/timex_words.h each defined a different eventgraph::internal::WordInfo, so both
// unordered_maps shared one (wrongly sized) node allocation. GCC's link order hid it; clang's
// did not. Which duplicate the linker keeps depends on link order, so this test (run under
// CI's clang ASan build) can only catch such a clash when it reproduces; scripts/check_odr.sh
// rejects the clash itself in lint. The values check the input's behaviour, not the crash.
#include <catch2/catch.hpp>

#include "core/pipeline.h"

namespace eventgraph {
namespace {

TEST_CASE("Pipeline: processes the input that crashed the libFuzzer build (ODR clash)",
          "[regress][issue7]") {
  Result<Pipeline> pipeline = Pipeline::Create(PipelineOptions());
  REQUIRE(pipeline.ok());
  Document document("fuzz", "fuzz.txt",
                    "The summit ended on Friday; a second round is planned for next month.\n");
  document.set_dct(CivilDate{2025, 8, 16}, DctSource::kOption);
  Annotations a = pipeline->Process(std::move(document), nullptr, nullptr);
  REQUIRE(a.timexes.size() == 2);
  CHECK(a.timexes[0].value == "2025-08-15");
  CHECK(a.timexes[1].value == "2025-09");
}

}  // namespace
}  // namespace eventgraph
