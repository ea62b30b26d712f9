// SPDX-License-Identifier: Apache-2.0
// Ingestion: encoding checks and repair, then DCT discovery.
//
// DCT sources in order of strength:
//  1. A header on the first lines. Shapes, with examples:
//     - ` date 2025-08-16 US President Donald Trump ...` (the article starts on the same line
//       after the date; the body begins at "US").
//     - `Date: Sat, 16 Aug 2025 09:00:00 +0000`, `Published: 3 March 2021`,
//       `Updated on March 3, 2021 at 10:00`, `Posted 2025-08-16T10:00Z` (the whole line is the
//       header; body starts on the next line). `Title: ...`/`Headline: ...` lines set the title.
//     A header line is only looked for before the first line of prose: "Published reports say"
//     at the start of an article is not a header (no date follows).
//  2. A wire dateline at the start of the body: `ANCHORAGE, Alaska, Aug 16 (Reuters) -` or
//     `SALVADOR, Feb 26 -` gives month and day (year 0 = unknown, kept as a partial DCT).
//  3. The --dct option.
#include "core/ingest.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include "core/lexicon.h"

namespace eventgraph {
namespace {

constexpr size_t kMaxHeaderLines = 6;
constexpr size_t kMaxHeaderLineBytes = 200;

const Lexicon& MonthNames() {
  // Immutable after first use (thread-safe static initialization); the lexicon is compiled in.
  static const Lexicon kMonthNames = [] {
    Result<Lexicon> lex = Lexicon::Load("month_names.txt", "");
    return lex.ok() ? std::move(lex).value() : Lexicon();
  }();
  return kMonthNames;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The leading number of `s` as std::from_chars() reads it. The short runs of digits dates are
// made of ("1987", "02") take a plain loop: from_chars cost more than the rest of a date.
int ToInt(std::string_view s) {
  int v = 0;
  if (s.size() <= 9 && AllDigits(s)) {
    for (char c : s) v = v * 10 + (c - '0');
    return v;
  }
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// Splits on spaces, commas and slashes-free separators; keeps "Aug." periods.
std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (IsSpace(s[i]) || s[i] == ',')) ++i;
    size_t j = i;
    while (j < s.size() && !IsSpace(s[j]) && s[j] != ',') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// Repairs invalid UTF-8 (each bad byte → U+FFFD); returns the offset of the first bad byte or
// npos when the text was valid.
size_t RepairUtf8(std::string* text, size_t* bad_count) {
  const size_t first = FindInvalidUtf8(*text);
  *bad_count = 0;
  if (first == std::string::npos) return first;
  std::string out;
  out.reserve(text->size() + 16);
  out.append(*text, 0, first);
  size_t pos = first;
  while (pos < text->size()) {
    const size_t len = Utf8SequenceLength(*text, pos);
    if (len == 0) {
      out.append("\xEF\xBF\xBD");
      ++*bad_count;
      ++pos;
    } else {
      out.append(*text, pos, len);
      pos += len;
    }
  }
  *text = std::move(out);
  return first;
}

bool LooksBinary(std::string_view bytes) {
  const size_t n = std::min<size_t>(bytes.size(), 8192);
  size_t control = 0;
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return n > 0 && control * 10 > n;
}

// UTF-16 with a BOM → UTF-8 via ICU. Empty optional on failure.
std::optional<std::string> TranscodeUtf16(std::string_view bytes) {
  const bool le = static_cast<unsigned char>(bytes[0]) == 0xFF;
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(le ? "UTF-16LE" : "UTF-16BE", &status);
  if (U_FAILURE(status)) return std::nullopt;
  std::string out(bytes.size() * 2 + 16, '\0');
  const int32_t written =
      ucnv_toAlgorithmic(UCNV_UTF8, conv, out.data(), static_cast<int32_t>(out.size()),
                         bytes.data() + 2, static_cast<int32_t>(bytes.size() - 2), &status);
  ucnv_close(conv);
  if (U_FAILURE(status)) return std::nullopt;
  out.resize(static_cast<size_t>(written));
  return out;
}

struct Header {
  std::optional<CivilDate> date;
  bool impossible = false;
  std::string bad_date_text;
  uint32_t bad_line = 0;
  uint32_t bad_column = 0;
  size_t body_begin = 0;
  std::string title;
};

// Looks for header lines at the start of `text` (from `start`).
Header FindHeader(std::string_view text, size_t start) {
  Header h;
  h.body_begin = start;
  size_t pos = start;
  uint32_t line_no = 1;
  for (size_t i = 0; i < start; ++i) line_no += text[i] == '\n';
  for (size_t lines = 0; lines < kMaxHeaderLines && pos < text.size(); ++lines) {
    // Lines end at "\n", "\r\n" or a lone "\r" (old Mac files).
    size_t nl = text.find_first_of("\r\n", pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    std::string_view trimmed = Trim(line);
    const size_t lead = static_cast<size_t>(trimmed.data() - line.data());
    size_t next = nl < text.size() ? nl + 1 : nl;
    if (nl < text.size() && text[nl] == '\r' && next < text.size() && text[next] == '\n') ++next;
    if (trimmed.empty()) {
      pos = next;
      ++line_no;
      continue;
    }
    // Shape 1: "date 2025-08-16 <article text>" (the article continues on the same line).
    if (trimmed.size() >= 15 && Lower(trimmed.substr(0, 5)) == "date ") {
      std::string_view rest = trimmed.substr(5);
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
      size_t end = 0;
      while (end < rest.size() && !IsSpace(rest[end])) ++end;
      std::string_view value = rest.substr(0, end);
      bool impossible = false;
      auto date = ParseDateText(value, &impossible);
      if (date || impossible) {
        if (date) {
          h.date = date;
        } else {
          h.impossible = true;
          h.bad_date_text = std::string(value);
          h.bad_line = line_no;
          h.bad_column = static_cast<uint32_t>(value.data() - line.data()) + 1;
        }
        size_t body = static_cast<size_t>(value.data() + value.size() - text.data());
        while (body < text.size() && (text[body] == ' ' || text[body] == '\t')) ++body;
        h.body_begin = body;
        return h;
      }
    }
    // Shape 2: "Key: value" header lines.
    const size_t colon = trimmed.find(':');
    std::string key = colon != std::string_view::npos && colon < 20
                          ? Lower(Trim(trimmed.substr(0, colon)))
                          : std::string();
    std::string_view value = colon != std::string_view::npos ? Trim(trimmed.substr(colon + 1)) : "";
    if (key.empty()) {
      // "Published on March 3, 2021", "Updated 16 Aug 2025": keyword then a date.
      for (std::string_view kw : {"published", "updated", "posted", "date"}) {
        if (trimmed.size() > kw.size() && Lower(trimmed.substr(0, kw.size())) == kw &&
            trimmed[kw.size()] == ' ') {
          key = std::string(kw);
          value = Trim(trimmed.substr(kw.size()));
          if (Lower(value.substr(0, 3)) == "on ") value = Trim(value.substr(3));
          break;
        }
      }
    }
    if (key == "title" || key == "headline") {
      h.title = std::string(value);
      pos = next;
      h.body_begin = pos;
      ++line_no;
      continue;
    }
    if ((key == "date" || key == "published" || key == "updated" || key == "posted" ||
         key == "dateline" || key == "pubdate" || key == "publication date") &&
        trimmed.size() <= kMaxHeaderLineBytes) {
      // Drop a trailing time: "March 3, 2021 at 10:00", "2025-08-16 10:00 UTC".
      std::string_view v = value;
      if (size_t at = Lower(v).find(" at "); at != std::string::npos) v = v.substr(0, at);
      bool impossible = false;
      auto date = ParseDateText(v, &impossible);
      if (!date && !impossible) {
        // Try the leading words only ("16 August 2025 10:00 GMT").
        auto words = Words(v);
        for (size_t k = std::min<size_t>(words.size(), 5); k >= 2 && !date && !impossible; --k) {
          std::string_view head(
              words[0].data(),
              static_cast<size_t>(words[k - 1].data() + words[k - 1].size() - words[0].data()));
          date = ParseDateText(head, &impossible);
        }
      }
      if (date || impossible) {
        if (date && !h.date) h.date = date;
        if (impossible && !h.date) {
          h.impossible = true;
          h.bad_date_text = std::string(v);
          h.bad_line = line_no;
          h.bad_column =
              static_cast<uint32_t>(lead + static_cast<size_t>(v.data() - trimmed.data())) + 1;
        }
        pos = next;
        h.body_begin = pos;
        ++line_no;
        continue;
      }
    }
    break;  // the first line of prose
  }
  return h;
}

// "ANCHORAGE, Alaska, Aug 16 (Reuters) -", "SALVADOR, Feb 26 -", "LONDON, March 3, 2021 -".
std::optional<CivilDate> FindDateline(std::string_view body) {
  body = body.substr(0, std::min<size_t>(body.size(), 160));
  size_t i = 0;
  while (i < body.size() && IsSpace(body[i])) ++i;
  // ALL-CAPS place.
  size_t j = i;
  int letters = 0;
  while (j < body.size() && (std::isupper(static_cast<unsigned char>(body[j])) || body[j] == ' ' ||
                             body[j] == '.' || body[j] == '\'' || body[j] == '-')) {
    letters += std::isupper(static_cast<unsigned char>(body[j])) != 0;
    ++j;
  }
  if (letters < 2 || j >= body.size() || body[j] != ',') return std::nullopt;
  // Up to the dash.
  size_t dash = std::string_view::npos;
  for (size_t k = j; k < body.size(); ++k) {
    if (body[k] == '-' && (k + 1 >= body.size() || body[k + 1] == ' ' || body[k + 1] == '-')) {
      dash = k;
      break;
    }
    if (body.compare(k, 3, "\xE2\x80\x94") == 0 || body.compare(k, 3, "\xE2\x80\x93") == 0) {
      dash = k;
      break;
    }
    if (body[k] == '\n' && k + 1 < body.size() && body[k + 1] == '\n') break;
  }
  if (dash == std::string_view::npos) return std::nullopt;
  auto words = Words(body.substr(j, dash - j));
  for (size_t k = 0; k + 1 < words.size(); ++k) {
    const int month = MonthFromName(words[k]);
    if (month == 0 || !AllDigits(words[k + 1]) || words[k + 1].size() > 2) continue;
    CivilDate d{0, month, ToInt(words[k + 1])};
    if (k + 2 < words.size() && AllDigits(words[k + 2]) && words[k + 2].size() == 4) {
      d.year = ToInt(words[k + 2]);
      if (!IsValidDate(d)) return std::nullopt;
      return d;
    }
    if (d.day < 1 || d.day > 31) return std::nullopt;
    return d;
  }
  return std::nullopt;
}

void ApplyDct(Document* doc, const std::optional<CivilDate>& header_date, DctSource header_source,
              const IngestOptions& options) {
  if (header_date) {
    doc->set_dct(header_date, header_source);
    return;
  }
  auto dateline = FindDateline(doc->body_text());
  if (dateline && dateline->complete()) {
    doc->set_dct(dateline, DctSource::kDateline);
    return;
  }
  if (options.default_dct) {
    doc->set_dct(options.default_dct, DctSource::kOption);
    return;
  }
  if (dateline) doc->set_dct(dateline, DctSource::kDateline);
}

void ReportRepair(const std::string& path, const std::string& text, size_t first_bad,
                  size_t bad_count, Diagnostics* diagnostics) {
  if (diagnostics == nullptr) return;
  LineColumn lc = LineColumnAt(text, first_bad);
  diagnostics->Add(Severity::kWarning, "ingest", path, lc.line, lc.column,
                   "invalid UTF-8; repaired " + std::to_string(bad_count) +
                       (bad_count == 1 ? " byte" : " bytes") + " as U+FFFD");
}

}  // namespace

int MonthFromName(std::string_view name) {
  if (name.size() > 12) return 0;
  const LexiconEntry* e = MonthNames().Find(Lower(name));
  if (e == nullptr || e->fields.empty()) return 0;
  return ToInt(e->fields[0]);
}

std::optional<CivilDate> ParseDateText(std::string_view text, bool* impossible) {
  *impossible = false;
  text = Trim(text);
  if (text.empty() || text.size() > 64) return std::nullopt;
  // ISO: 2025-08-16, 2025-08-16T10:00:00Z, 2025/08/16.
  if (text.size() >= 10 && AllDigits(text.substr(0, 4)) && (text[4] == '-' || text[4] == '/') &&
      AllDigits(text.substr(5, 2)) && text[7] == text[4] && AllDigits(text.substr(8, 2)) &&
      (text.size() == 10 || text[10] == 'T' || text[10] == ' ')) {
    CivilDate d{ToInt(text.substr(0, 4)), ToInt(text.substr(5, 2)), ToInt(text.substr(8, 2))};
    if (IsValidDate(d)) return d;
    *impossible = true;
    return std::nullopt;
  }
  // Word forms: [Weekday,] D Month YYYY | Month D[,] YYYY.
  auto words = Words(text);
  size_t k = 0;
  if (!words.empty() && MonthFromName(words[0]) == 0 && !AllDigits(words[0])) {
    // A leading weekday ("Sat", "Saturday").
    const std::string w = Lower(words[0]);
    if (w.size() >= 3 &&
        std::string_view("monday tuesday wednesday thursday friday saturday sunday")
                .find(w.substr(0, 3)) != std::string_view::npos) {
      k = 1;
    } else {
      return std::nullopt;
    }
  }
  if (words.size() < k + 3) return std::nullopt;
  CivilDate d;
  auto day_of = [](std::string_view w) {
    // "3", "03", "3rd", "16th"
    size_t n = 0;
    while (n < w.size() && std::isdigit(static_cast<unsigned char>(w[n]))) ++n;
    if (n == 0 || n > 2) return 0;
    std::string rest = Lower(w.substr(n));
    if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
    return ToInt(w.substr(0, n));
  };
  if (int m = MonthFromName(words[k]); m != 0) {
    d.month = m;
    d.day = day_of(words[k + 1]);
  } else {
    d.day = day_of(words[k]);
    d.month = MonthFromName(words[k + 1]);
  }
  if (d.day == 0 || d.month == 0 || !AllDigits(words[k + 2]) || words[k + 2].size() != 4) {
    return std::nullopt;
  }
  d.year = ToInt(words[k + 2]);
  if (IsValidDate(d)) return d;
  *impossible = true;
  return std::nullopt;
}

Result<Document> LoadDocument(std::string id, const std::string& path, std::string bytes,
                              const IngestOptions& options, Diagnostics* diagnostics) {
  if (bytes.size() >= 2 && ((static_cast<unsigned char>(bytes[0]) == 0xFF &&
                             static_cast<unsigned char>(bytes[1]) == 0xFE) ||
                            (static_cast<unsigned char>(bytes[0]) == 0xFE &&
                             static_cast<unsigned char>(bytes[1]) == 0xFF))) {
    auto utf8 = TranscodeUtf16(bytes);
    if (!utf8) return Status::ParseError(path + ": cannot decode UTF-16 text; skipped");
    bytes = std::move(*utf8);
    if (diagnostics) {
      diagnostics->Add(Severity::kNote, "ingest", path, 0, 0,
                       "converted from UTF-16 to UTF-8; offsets refer to the UTF-8 text");
    }
  }
  if (Trim(bytes).empty()) return Status::ParseError(path + ": empty document; skipped");
  if (LooksBinary(bytes)) {
    const size_t nul = bytes.find('\0');
    if (nul != std::string::npos) {
      LineColumn lc = LineColumnAt(bytes, nul);
      return Status::ParseError(path + ":" + std::to_string(lc.line) + ":" +
                                std::to_string(lc.column) +
                                ": binary data (NUL byte); not a text document; skipped");
    }
    return Status::ParseError(path + ": binary data (control characters); skipped");
  }
  size_t bad_count = 0;
  const size_t first_bad = RepairUtf8(&bytes, &bad_count);
  if (first_bad != std::string::npos) ReportRepair(path, bytes, first_bad, bad_count, diagnostics);

  Document doc(std::move(id), path, std::move(bytes));
  size_t start = 0;
  if (doc.text().compare(0, 3, "\xEF\xBB\xBF") == 0) start = 3;
  Header header = FindHeader(doc.text(), start);
  if (header.impossible && diagnostics) {
    diagnostics->Add(Severity::kWarning, "ingest", path, header.bad_line, header.bad_column,
                     "impossible date '" + header.bad_date_text + "' in date header; ignored");
  }
  // The body starts at its first non-blank byte (blank lines after a header are not prose).
  while (header.body_begin < doc.text().size() && IsSpace(doc.text()[header.body_begin])) {
    ++header.body_begin;
  }
  doc.set_body(
      Span{static_cast<uint32_t>(header.body_begin), static_cast<uint32_t>(doc.text().size())});
  if (!header.title.empty()) doc.set_title(header.title);
  ApplyDct(&doc, header.date, DctSource::kHeader, options);
  return doc;
}

Result<Document> MakeDocument(std::string id, const std::string& source, uint32_t line,
                              std::string title, std::string text, std::string_view date,
                              const IngestOptions& options, Diagnostics* diagnostics) {
  std::string where = source + ":" + std::to_string(line);  // moved into the Document
  if (Trim(text).empty()) return Status::ParseError(where + ": empty article text; skipped");
  size_t bad_count = 0;
  const size_t first_bad =
      options.text_is_valid_utf8 ? std::string::npos : RepairUtf8(&text, &bad_count);
  if (first_bad != std::string::npos && diagnostics) {
    diagnostics->Add(Severity::kWarning, "ingest", source, line, 0,
                     "document '" + id + "': invalid UTF-8 in text; repaired " +
                         std::to_string(bad_count) + " bytes as U+FFFD");
  }
  Document doc(std::move(id), std::move(where), std::move(text));
  doc.set_title(std::move(title));
  std::optional<CivilDate> dct;
  if (!Trim(date).empty()) {
    bool impossible = false;
    dct = ParseDateText(date, &impossible);
    if (!dct && diagnostics) {
      diagnostics->Add(Severity::kWarning, "ingest", source, line, 0,
                       "document '" + doc.id() +
                           "': " + (impossible ? "impossible date '" : "unrecognized date '") +
                           std::string(date) + "'; ignored");
    }
  }
  ApplyDct(&doc, dct, DctSource::kHeader, options);
  return doc;
}

}  // namespace eventgraph
