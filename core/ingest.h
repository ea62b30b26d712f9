// SPDX-License-Identifier: Apache-2.0
// LoadDocument(): bytes → Document (encoding checks and repair, date headers, datelines, DCT).
#ifndef EVENTGRAPH_CORE_INGEST_H_
#define EVENTGRAPH_CORE_INGEST_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostics.h"
#include "core/status.h"
#include "core/text.h"

namespace eventgraph {

/// Options for ingestion. Every field states its default.
struct IngestOptions {
  /// DCT for documents that have none (`--dct`). Default: none.
  std::optional<CivilDate> default_dct;
  /// MakeDocument() only: the caller has checked that `text` is valid UTF-8, so it is not
  /// checked again (a JSONL line validated whole, whose escapes can only give ASCII). Default:
  /// false (checked and repaired).
  bool text_is_valid_utf8 = false;
};

/// Turns the bytes of a plain-text news file into a Document (stage id "ingest").
///  - Empty, whitespace-only or binary input (NUL bytes, mostly control characters): ParseError
///    naming the path; the caller skips the document.
///  - A UTF-8 BOM is left in text() but outside body(); UTF-16 (with BOM) is transcoded to UTF-8
///    with a note; invalid UTF-8 is repaired (each bad byte → U+FFFD) with a warning giving the
///    line and column of the first one.
///  - Date headers on the first lines are recognized and kept out of body(): the ` date
///    2025-08-16 <article...>` shape (article text continues on the same line), `Date: …`,
///    `Published: 3 March 2021`, `Updated on March 3, 2021`, RFC 2822 and ISO 8601 forms. An
///    impossible date (2025-02-30) is a warning and is ignored. `Title: …` sets the title.
///  - Without a header, a wire dateline (`ANCHORAGE, Alaska, Aug 16 (Reuters) -`) gives a weaker,
///    usually partial DCT (month and day; year 0) with DctSource::kDateline.
///  - Otherwise options.default_dct (kOption), else no DCT.
Result<Document> LoadDocument(std::string id, const std::string& path, std::string bytes,
                              const IngestOptions& options, Diagnostics* diagnostics);

/// Builds a Document from an already-decoded record (a JSONL article): `date` is the record's
/// date field ("2025-08-16", or any form ParseDateText() accepts; empty = none). Invalid UTF-8 in
/// `text` is repaired as above; `source` and `line` locate the record in messages. Datelines
/// are used when `date` is empty; empty text is a ParseError.
Result<Document> MakeDocument(std::string id, const std::string& source, uint32_t line,
                              std::string title, std::string text, std::string_view date,
                              const IngestOptions& options, Diagnostics* diagnostics);

/// Parses a date as written in headers: "2025-08-16", "2025-08-16T10:00:00Z", "16 August 2025",
/// "August 16, 2025", "Aug. 16 2025", "Sat, 16 Aug 2025 10:00:00 GMT". Returns nullopt when the
/// text is not a date; sets *impossible when it has date shape but does not exist (2025-02-30).
std::optional<CivilDate> ParseDateText(std::string_view text, bool* impossible);

/// Month number 1-12 of an English month name or abbreviation ("Aug", "Aug.", "august"), else 0.
int MonthFromName(std::string_view name);

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_INGEST_H_
