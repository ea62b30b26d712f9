// SPDX-License-Identifier: Apache-2.0
#include "core/text.h"

#include <catch2/catch.hpp>

namespace eventgraph {
namespace {

TEST_CASE("IsValidDate: knows month lengths and leap years", "[core][text]") {
  CHECK(IsValidDate({2024, 2, 29}));
  CHECK_FALSE(IsValidDate({2025, 2, 29}));
  CHECK_FALSE(IsValidDate({2025, 2, 30}));
  CHECK_FALSE(IsValidDate({2025, 13, 1}));
  CHECK_FALSE(IsValidDate({0, 8, 16}));
  CHECK(ParseIsoDate("2025-08-16") == CivilDate{2025, 8, 16});
  CHECK_FALSE(ParseIsoDate("2025-02-30"));
  CHECK_FALSE(ParseIsoDate("2025-8-16"));
}

TEST_CASE("CivilDate: prints ISO prefixes for partial dates", "[core][text]") {
  CHECK(CivilDate{2025, 8, 16}.ToIso() == "2025-08-16");
  CHECK(CivilDate{2025, 8, 0}.ToIso() == "2025-08");
  CHECK(CivilDate{2018, 0, 0}.ToIso() == "2018");
  CHECK(CivilDate{0, 8, 16}.ToIso() == "XXXX-08-16");
}

TEST_CASE("FindInvalidUtf8: rejects overlong forms, surrogates and truncation", "[core][text]") {
  using std::string_view;
  CHECK(FindInvalidUtf8("plain ASCII") == string_view::npos);
  CHECK(FindInvalidUtf8("Zelens\xC5\xA1ky \xE2\x80\x94 ok") == string_view::npos);
  CHECK(FindInvalidUtf8("ab\xC0\xAF") == 2);                        // overlong '/'
  CHECK(FindInvalidUtf8("a\xED\xA0\x80") == 1);                     // surrogate U+D800
  CHECK(FindInvalidUtf8("a\xE2\x80") == 1);                         // truncated
  CHECK(FindInvalidUtf8("\xF4\x90\x80\x80") == 0);                  // > U+10FFFF
  CHECK(FindInvalidUtf8("\xF0\x9F\x98\x80") == string_view::npos);  // emoji
}

TEST_CASE("LineColumnAt: counts lines and byte columns from 1", "[core][text]") {
  LineColumn lc = LineColumnAt("ab\ncd\nef", 7);
  CHECK(lc.line == 3);
  CHECK(lc.column == 2);
}

}  // namespace
}  // namespace eventgraph
