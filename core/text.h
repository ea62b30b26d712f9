// SPDX-License-Identifier: Apache-2.0
// Span, CivilDate and Document: the text layer every stage reads. UTF-8 helpers.
#ifndef EVENTGRAPH_CORE_TEXT_H_
#define EVENTGRAPH_CORE_TEXT_H_

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace eventgraph {

/// A half-open range [begin, end) of UTF-8 byte offsets into Document::text().
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(const Span& other) const { return begin <= other.begin && other.end <= end; }
  bool Overlaps(const Span& other) const { return begin < other.end && other.begin < end; }

  friend auto operator<=>(const Span&, const Span&) = default;
};

/// A calendar date in the proleptic Gregorian calendar. Any field may be 0 = unknown, which makes
/// the date partial: a dateline `Aug 16` gives {0, 8, 16}. Not validated: use IsValidDate().
struct CivilDate {
  int32_t year = 0;   // 0 = unknown (year 0 is never meant)
  int32_t month = 0;  // 1-12, 0 = unknown
  int32_t day = 0;    // 1-31, 0 = unknown

  bool complete() const { return year != 0 && month != 0 && day != 0; }
  /// "2025-08-16", "2025-08", "2025", "XXXX-08-16" (unknown year), "" when all unknown.
  std::string ToIso() const;

  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

/// True when `date` is complete and exists (2025-02-30 does not; 2024-02-29 does).
bool IsValidDate(const CivilDate& date);

/// Parses "YYYY-MM-DD" exactly (a valid, complete date). Empty on anything else.
std::optional<CivilDate> ParseIsoDate(std::string_view text);

/// Where a document's creation time came from. Stable: appears in JSON; do not rename.
enum class DctSource { kNone, kHeader, kDateline, kOption, kInferred };

/// "none", "header", "dateline", "option", "inferred".
std::string_view DctSourceName(DctSource source);

/// One news article. Owns its text; spans of every stage point into text(). The article body that
/// extractors see is body(): the whole text less any date header line, so offsets stay offsets
/// into the original file. Copyable and movable.
class Document {
 public:
  Document() = default;
  Document(std::string id, std::string path, std::string text)
      : id_(std::move(id)),
        path_(std::move(path)),
        text_(std::move(text)),
        body_{0, static_cast<uint32_t>(text_.size())} {}

  /// Unique within a corpus: the file name for files, the `id` field for JSONL.
  const std::string& id() const { return id_; }
  /// The file this document was read from ("-" for stdin); for JSONL, "path:line".
  const std::string& path() const { return path_; }
  const std::string& title() const { return title_; }
  /// The full UTF-8 text (valid UTF-8 after ingestion).
  const std::string& text() const { return text_; }
  /// The region of text() that extractors process.
  Span body() const { return body_; }
  std::string_view body_text() const { return Slice(body_); }
  /// The document creation time; partial (year 0) for a dateline without a year.
  const std::optional<CivilDate>& dct() const { return dct_; }
  DctSource dct_source() const { return dct_source_; }

  void set_title(std::string title) { title_ = std::move(title); }
  void set_body(Span body) { body_ = body; }
  void set_dct(std::optional<CivilDate> dct, DctSource source) {
    dct_ = dct;
    dct_source_ = dct ? source : DctSource::kNone;
  }

  /// The text of `span`, which must lie inside text().
  std::string_view Slice(Span span) const {
    return std::string_view(text_).substr(span.begin, span.end - span.begin);
  }

 private:
  std::string id_;
  std::string path_;
  std::string title_;
  std::string text_;
  Span body_;
  std::optional<CivilDate> dct_;
  DctSource dct_source_ = DctSource::kNone;
};

/// Length of the valid UTF-8 sequence starting at text[pos], or 0 when it is invalid (overlong,
/// surrogate, truncated, > U+10FFFF).
size_t Utf8SequenceLength(std::string_view text, size_t pos);

/// Byte offset of the first invalid UTF-8 sequence, or npos when `text` is valid.
size_t FindInvalidUtf8(std::string_view text);

/// Decodes the code point at text[pos] (which must start a valid sequence); sets *length.
char32_t DecodeUtf8(std::string_view text, size_t pos, size_t* length);

/// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

/// 1-based line and byte column of `byte_offset` in `text`.
struct LineColumn {
  uint32_t line = 1;
  uint32_t column = 1;
};
LineColumn LineColumnAt(std::string_view text, size_t byte_offset);

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_TEXT_H_
