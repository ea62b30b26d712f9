// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the fuzz targets: turning fuzz bytes into valid UTF-8 text and a DCT.
#ifndef EVENTGRAPH_FUZZ_FUZZ_UTIL_H_
#define EVENTGRAPH_FUZZ_FUZZ_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/text.h"

namespace eventgraph {

/// Inputs longer than this are ignored by the per-document targets: the stages are linear, and
/// long inputs only slow the fuzzer down (RE2 caps its inputs the same way).
inline constexpr size_t kFuzzMaxInputBytes = 64 * 1024;

/// `bytes` with every invalid UTF-8 sequence replaced by U+FFFD, as ingestion repairs documents.
/// The stages require valid UTF-8, so feeding them raw bytes would only test the precondition.
inline std::string FuzzValidUtf8(std::string_view bytes) {
  std::string text;
  text.reserve(bytes.size());
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t length = Utf8SequenceLength(bytes, pos);
    if (length == 0) {
      text += "\xEF\xBF\xBD";
      ++pos;
    } else {
      text.append(bytes.substr(pos, length));
      pos += length;
    }
  }
  return text;
}

/// A DCT chosen by `selector`, covering the shapes documents have: none, a normal date, a partial
/// dateline date (no year), a leap day and the ends of the supported range.
inline std::optional<CivilDate> FuzzDct(uint8_t selector) {
  switch (selector % 6) {
    case 0:
      return std::nullopt;
    case 1:
      return CivilDate{2025, 8, 16};
    case 2:
      return CivilDate{0, 8, 16};
    case 3:
      return CivilDate{2024, 2, 29};
    case 4:
      return CivilDate{1, 1, 1};
    default:
      return CivilDate{9999, 12, 31};
  }
}

/// True when `span` is a well-formed range inside a text of `size` bytes.
inline bool FuzzSpanInside(Span span, size_t size) {
  return span.begin <= span.end && span.end <= size;
}

}  // namespace eventgraph

#endif  // EVENTGRAPH_FUZZ_FUZZ_UTIL_H_
