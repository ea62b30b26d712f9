// SPDX-License-Identifier: Apache-2.0
#include "core/status.h"

#include <catch2/catch.hpp>

namespace eventgraph {
namespace {

TEST_CASE("Status: named constructors carry code and message", "[core][status]") {
  CHECK(Status().ok());
  Status s = Status::ParseError("a.txt:3:4: bad thing");
  CHECK_FALSE(s.ok());
  CHECK(s.code() == StatusCode::kParseError);
  CHECK(s.ToString() == "a.txt:3:4: bad thing");
  CHECK(StatusCodeName(StatusCode::kIoError) == "I/O error");
}

TEST_CASE("Result: holds a value or an error", "[core][status]") {
  Result<int> good = 42;
  REQUIRE(good.ok());
  CHECK(*good == 42);
  Result<int> bad = Status::NotFound("x: missing");
  CHECK_FALSE(bad.ok());
  CHECK(bad.status().message() == "x: missing");
}

}  // namespace
}  // namespace eventgraph
