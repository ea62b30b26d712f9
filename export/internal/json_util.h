// SPDX-License-Identifier: Apache-2.0
// Private to export/: RapidJSON helpers shared by the JSON exporters (time values, sources,
// string arrays) and the record lookups every writer needs.
#ifndef EVENTGRAPH_EXPORT_INTERNAL_JSON_UTIL_H_
#define EVENTGRAPH_EXPORT_INTERNAL_JSON_UTIL_H_

#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "graph/knowledge_graph.h"

namespace eventgraph::internal {

/// RapidJSON's allocator under a type of our own, so that JsonBuffer is another type than
/// RapidJSON's StringBuffer.
struct JsonAllocator : rapidjson::CrtAllocator {};

/// The string buffer every JSON writer in export/ writes to, instead of RapidJSON's StringBuffer:
/// RapidJSON 1.1 specializes its Writer for StringBuffer with an SSE2 string scan (on with
/// RAPIDJSON_SSE2, see cmake/EventgraphDependencies.cmake) that leaves the control bytes
/// 0x1A-0x1F unescaped (it compares against 0x19), which is invalid JSON. Any other buffer type
/// takes the portable path that escapes every byte below 0x20 ("\u001F"). The lint step of
/// .ci/run rejects the StringBuffer type outside tests.
using JsonBuffer = rapidjson::GenericStringBuffer<rapidjson::UTF8<>, JsonAllocator>;

}  // namespace eventgraph::internal

namespace rapidjson {

/// Puts `n` copies of `c` (the pretty writers' indentation) in one piece, as RapidJSON does for
/// its own StringBuffer; the generic PutN() put them one by one, each checking for room.
inline void PutN(eventgraph::internal::JsonBuffer& stream, char c, size_t n) {
  std::memset(stream.Push(n), c, n);
}

}  // namespace rapidjson

namespace eventgraph::internal {

// Whether one of the eight bytes of `x` is one that JSON escapes (SWAR: a byte below 0x20, or
// equal to '"' or '\\', sets its high bit in the "has less" and "has zero" tests; the tests may
// flag bytes above a flagged one, never a word without one).
inline bool HasJsonEscapeByte(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  const uint64_t quote = x ^ (kOnes * 0x22);
  const uint64_t backslash = x ^ (kOnes * 0x5C);
  const uint64_t control = (x - kOnes * 0x20) & ~x;
  return ((control | ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash)) & kHigh) != 0;
}

// Copies `str` to `out` unless it holds a byte that JSON escapes ('"', '\\' or a control character
// below U+0020); returns whether it copied (`out` then holds the `length` bytes; else it may hold
// some). Sixteen bytes at a time with SSE2 and the rest as one more (overlapping) sixteen, or eight
// at a time in a 64-bit word (under eight, two overlapping halves of four), loads and stores
// inside the strings only: graph.json and the pretty exports are mostly strings (ids, names, source
// text), and a byte loop over the tails, then a scan and a copy of each string, were the writers'
// largest cost. Example: "Zürich" is copied; "a \"quoted\" name" and "line\n" are not.
inline bool CopyJsonUnescaped(char* out, const char* str, size_t length) {
#if defined(__SSE2__)
  if (length >= 16) {
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i last_control = _mm_set1_epi8(0x1F);
    auto copy = [&](size_t i) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(str + i));
      // Unsigned v <= 0x1F exactly when max(v, 0x1F) == 0x1F.
      const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, last_control), last_control);
      const __m128i special = _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), v);
      return _mm_movemask_epi8(_mm_or_si128(control, special)) == 0;
    };
    size_t i = 0;
    for (; i + 16 <= length; i += 16) {
      if (!copy(i)) return false;
    }
    return i == length || copy(length - 16);
  }
#endif
  if (length >= 8) {
    auto copy = [&](size_t i) {
      uint64_t word = 0;
      std::memcpy(&word, str + i, 8);
      std::memcpy(out + i, &word, 8);
      return !HasJsonEscapeByte(word);
    };
    size_t i = 0;
    for (; i + 8 <= length; i += 8) {
      if (!copy(i)) return false;
    }
    return i == length || copy(length - 8);
  }
  if (length >= 4) {  // two overlapping four-byte words, tested as one ("body", "person")
    uint32_t head = 0;
    uint32_t tail = 0;
    std::memcpy(&head, str, 4);
    std::memcpy(&tail, str + length - 4, 4);
    if (HasJsonEscapeByte(head | (uint64_t{tail} << 32))) return false;
    std::memcpy(out, &head, 4);
    std::memcpy(out + length - 4, &tail, 4);
    return true;
  }
  for (size_t i = 0; i < length; ++i) {
    const auto c = static_cast<unsigned char>(str[i]);
    if (c < 0x20 || c == '"' || c == '\\') return false;
    out[i] = str[i];
  }
  return true;
}

/// RapidJSON's pretty writer over a JsonBuffer, whose strings and keys that need no escaping
/// (nearly all) are copied in one piece (CopyJsonUnescaped()) instead of escaped character by
/// character; others are escaped by RapidJSON. Writes the same bytes as
/// rapidjson::PrettyWriter<JsonBuffer>.
class JsonWriter : public rapidjson::PrettyWriter<JsonBuffer> {
 public:
  explicit JsonWriter(JsonBuffer& buffer) : PrettyWriter(buffer) {}

  bool String(const char* str, rapidjson::SizeType length, bool copy = false) {
    static_cast<void>(copy);
    PrettyPrefix(rapidjson::kStringType);
    char* out = os_->Push(size_t{length} + 2);
    out[0] = '"';
    if (!CopyJsonUnescaped(out + 1, str, length)) {
      os_->Pop(size_t{length} + 2);
      return WriteString(str, length);
    }
    out[length + 1] = '"';
    return true;
  }
  bool String(const char* str) { return String(str, rapidjson::internal::StrLen(str)); }
  bool String(const std::string& str) {
    return String(str.data(), static_cast<rapidjson::SizeType>(str.size()));
  }
  bool Key(const char* str, rapidjson::SizeType length, bool copy = false) {
    return String(str, length, copy);
  }
  bool Key(const char* str) { return Key(str, rapidjson::internal::StrLen(str)); }
  bool Key(const std::string& str) {
    return Key(str.data(), static_cast<rapidjson::SizeType>(str.size()));
  }
};

/// A pretty writer with two-space indentation over `buffer`.
void InitJsonWriter(JsonWriter* writer);

// The field writers are templates so that graph.json's compact JSON-lines form
// (rapidjson::Writer) and every pretty exporter (JsonWriter) share one definition.

template <typename Writer>
void JsonString(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
/// Inlined everywhere: the keys are literals, and a writer inlining Key() (graph.json's) then
/// copies each with a length known at compile time.
template <typename Writer>
[[gnu::always_inline]] inline void JsonKey(Writer& w, std::string_view s) {
  w.Key(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
template <typename Writer>
void JsonStringArray(Writer& w, const std::vector<std::string>& values) {
  w.StartArray();
  for (const std::string& v : values) JsonString(w, v);
  w.EndArray();
}
/// "YYYY-MM-DD", or null for a date without a year (unresolved, "XXXX-02").
template <typename Writer>
void JsonDayOrNull(Writer& w, const CivilDate& date) {
  if (date.year != 0) {
    JsonString(w, date.ToIso());
  } else {
    w.Null();
  }
}
/// {"value","precision","begin","end","text"} or null, as graph.json writes it (begin/end null
/// when the year is unknown).
template <typename Writer>
void JsonTime(Writer& w, const std::optional<TimeValue>& time) {
  if (!time) {
    w.Null();
    return;
  }
  w.StartObject();
  JsonKey(w, "value");
  JsonString(w, time->value);
  JsonKey(w, "precision");
  JsonString(w, PrecisionName(time->precision));
  JsonKey(w, "begin");
  JsonDayOrNull(w, time->begin);
  JsonKey(w, "end");
  JsonDayOrNull(w, time->end);
  JsonKey(w, "text");
  JsonString(w, time->text);
  w.EndObject();
}
/// {"doc","sentence","begin","end","text"}: UTF-8 byte offsets.
template <typename Writer>
void JsonSource(Writer& w, const SourceRef& s) {
  w.StartObject();
  JsonKey(w, "doc");
  JsonString(w, s.doc.value());
  JsonKey(w, "sentence");
  w.Uint(s.sentence);
  JsonKey(w, "begin");
  w.Uint(s.span.begin);
  JsonKey(w, "end");
  w.Uint(s.span.end);
  JsonKey(w, "text");
  JsonString(w, s.text);
  w.EndObject();
}
/// [source...]
template <typename Writer>
void JsonSources(Writer& w, const std::vector<SourceRef>& sources) {
  w.StartArray();
  for (const SourceRef& s : sources) JsonSource(w, s);
  w.EndArray();
}
/// One event as timeline.json and `query timeline --json` write it: id, type, label, status,
/// time, place ({id, name} or null), participants [{id, name, role}], confidence (when
/// `with_confidence`), source_count, sources. `name_of` gives an entity's display name.
void JsonTimelineEvent(JsonWriter& w, const EventRecord& e,
                       const std::function<std::string(const EntityId&)>& name_of,
                       bool with_confidence);

/// The buffer's text plus a final newline.
std::string JsonText(const JsonBuffer& buffer);

/// Id → index lookups over a GraphData (valid while it lives).
struct RecordIndex {
  explicit RecordIndex(const GraphData& graph);
  const EntityRecord* Entity(const EntityId& id) const;
  const EventRecord* Event(const EventId& id) const;
  /// The entity's name, or its id when unknown.
  std::string EntityName(const EntityId& id) const;

  const GraphData& graph;
  // GraphData keeps its records sorted by id, and then they are found by binary search; only the
  // records of a graph that is not (made by hand) are indexed here, by views of their ids
  // (`graph` outlives the index). Hashing the 30k entity ids of a large corpus cost more than
  // writing its timeline.json.
  bool entities_sorted = false;
  bool events_sorted = false;
  std::unordered_map<std::string_view, size_t> entities;
  std::unordered_map<std::string_view, size_t> events;
};

/// "2025-08-15", "2018-07", "1867", or "" for an unknown time.
std::string TimeLabel(const std::optional<TimeValue>& time);

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_EXPORT_INTERNAL_JSON_UTIL_H_
