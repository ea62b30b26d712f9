// SPDX-License-Identifier: Apache-2.0
// UTF-8 validation follows RFC 3629 table 3-7: overlong forms, surrogates (U+D800-DFFF) and code
// points above U+10FFFF are invalid. Calendar checks use Howard Hinnant's date library.
#include "core/text.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>

#include <date/date.h>

namespace eventgraph {

namespace {

// Appends `value` as printf's "%0<width>d" writes it: zero-padded to `width` characters, the sign
// included. Example: (8, 2) -> "08"; (2025, 4) -> "2025"; (-5, 4) -> "-005".
void AppendZeroPadded(std::string* out, int32_t value, size_t width) {
  const uint32_t magnitude =
      value < 0 ? 0u - static_cast<uint32_t>(value) : static_cast<uint32_t>(value);
  char digits[16];
  char* end = std::to_chars(digits, digits + sizeof digits, magnitude).ptr;
  const size_t count = static_cast<size_t>(end - digits) + (value < 0 ? 1u : 0u);
  if (value < 0) out->push_back('-');
  if (count < width) out->append(width - count, '0');
  out->append(digits, static_cast<size_t>(end - digits));
}

}  // namespace

// Formatted by hand, not with snprintf: graph.json writes a date per document, and snprintf cost
// ~1,700 instructions a date.
std::string CivilDate::ToIso() const {
  std::string out;
  if (year == 0 && month == 0 && day == 0) return out;
  if (year == 0) {
    out = "XXXX";
  } else {
    AppendZeroPadded(&out, year, 4);
  }
  if (month != 0 || year == 0) {
    out.push_back('-');
    AppendZeroPadded(&out, month, 2);
    if (day != 0) {
      out.push_back('-');
      AppendZeroPadded(&out, day, 2);
    }
  }
  return out;
}

bool IsValidDate(const CivilDate& d) {
  if (!d.complete() || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return false;
  return date::year_month_day{date::year{d.year}, date::month{static_cast<unsigned>(d.month)},
                              date::day{static_cast<unsigned>(d.day)}}
      .ok();
}

std::optional<CivilDate> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto number = [&](size_t pos, size_t len, int32_t* out) {
    for (size_t i = pos; i < pos + len; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
    }
    auto r = std::from_chars(text.data() + pos, text.data() + pos + len, *out);
    return r.ec == std::errc();
  };
  CivilDate d;
  if (!number(0, 4, &d.year) || !number(5, 2, &d.month) || !number(8, 2, &d.day)) {
    return std::nullopt;
  }
  if (!IsValidDate(d)) return std::nullopt;
  return d;
}

std::string_view DctSourceName(DctSource source) {
  switch (source) {
    case DctSource::kNone:
      return "none";
    case DctSource::kHeader:
      return "header";
    case DctSource::kDateline:
      return "dateline";
    case DctSource::kOption:
      return "option";
    case DctSource::kInferred:
      return "inferred";
  }
  return "none";
}

size_t Utf8SequenceLength(std::string_view text, size_t pos) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const size_t n = text.size();
  const unsigned c = byte(pos);
  if (c < 0x80) return 1;
  auto cont = [&](size_t i) { return i < n && (byte(i) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(pos + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (pos + 2 >= n) return 0;
    const unsigned c1 = byte(pos + 1);
    if (c == 0xE0 && c1 < 0xA0) return 0;   // overlong
    if (c == 0xED && c1 >= 0xA0) return 0;  // surrogates
    return cont(pos + 1) && cont(pos + 2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!(pos + 3 < n)) return 0;
    const unsigned c1 = byte(pos + 1);
    if (c == 0xF0 && c1 < 0x90) return 0;   // overlong
    if (c == 0xF4 && c1 >= 0x90) return 0;  // > U+10FFFF
    return cont(pos + 1) && cont(pos + 2) && cont(pos + 3) ? 4 : 0;
  }
  return 0;
}

size_t FindInvalidUtf8(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    // Fast path over ASCII: eight bytes at a time while none has its high bit set.
    if (pos + 8 <= text.size()) {
      uint64_t word = 0;
      std::memcpy(&word, text.data() + pos, sizeof(word));
      if ((word & 0x8080808080808080ULL) == 0) {
        pos += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const size_t len = Utf8SequenceLength(text, pos);
    if (len == 0) return pos;
    pos += len;
  }
  return std::string_view::npos;
}

char32_t DecodeUtf8(std::string_view text, size_t pos, size_t* length) {
  const auto b = [&](size_t i) {
    return static_cast<char32_t>(static_cast<unsigned char>(text[i]));
  };
  size_t len = Utf8SequenceLength(text, pos);
  if (len == 0) len = 1;
  *length = len;
  switch (len) {
    case 1:
      return b(pos);
    case 2:
      return ((b(pos) & 0x1F) << 6) | (b(pos + 1) & 0x3F);
    case 3:
      return ((b(pos) & 0x0F) << 12) | ((b(pos + 1) & 0x3F) << 6) | (b(pos + 2) & 0x3F);
    default:
      return ((b(pos) & 0x07) << 18) | ((b(pos + 1) & 0x3F) << 12) | ((b(pos + 2) & 0x3F) << 6) |
             (b(pos + 3) & 0x3F);
  }
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

LineColumn LineColumnAt(std::string_view text, size_t byte_offset) {
  // Line breaks counted with std::count() (vectorized, unlike a loop that also tracks the
  // column), the column from the last one: diagnostics of a long document cost a pass each.
  LineColumn lc;
  const std::string_view head = text.substr(0, std::min(byte_offset, text.size()));
  lc.line += static_cast<uint32_t>(std::count(head.begin(), head.end(), '\n'));
  const size_t last_break = head.rfind('\n');
  lc.column = static_cast<uint32_t>(
      last_break == std::string_view::npos ? lc.column + head.size() : head.size() - last_break);
  return lc;
}

}  // namespace eventgraph
