// SPDX-License-Identifier: Apache-2.0
// Corpus reading: expands directories, dispatches on file type, parses JSONL with RapidJSON, and
// reports every skipped input with its file and line.
#include "export/corpus_reader.h"

#include <array>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <fstream>
#include <limits>
#include <memory>
#include <sstream>
#include <string_view>
#include <unordered_map>
#include <utility>

#include <rapidjson/encodedstream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "core/ingest.h"
#include "core/text.h"

namespace eventgraph {
namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string RelativeTo(const std::string& path, const std::string& dir) {
  std::string prefix = dir;
  if (!prefix.empty() && prefix.back() != '/') prefix += '/';
  if (path.compare(0, prefix.size(), prefix) == 0) return path.substr(prefix.size());
  return std::filesystem::path(path).filename().string();
}

class IdRegistry {
 public:
  // Counts `id`: a repeat's new id, with "#N" added (and a warning), or nothing the first time
  // (the common case: no copy of the id to return and compare).
  std::optional<std::string> Rename(const std::string& id, const std::string& source, uint32_t line,
                                    Diagnostics* diags) {
    int& count = seen_[id];
    ++count;
    if (count == 1) return std::nullopt;
    std::string renamed = id + "#" + std::to_string(count);
    if (diags) {
      diags->Add(Severity::kWarning, "ingest", source, line, 0,
                 "duplicate document id '" + id + "'; renamed to '" + renamed + "'");
    }
    return renamed;
  }

 private:
  std::unordered_map<std::string, int> seen_;  // never iterated: order does not matter
};

// The document with a unique id, or nothing (reported, counted in `skipped`) when it failed.
std::optional<Document> Checked(Result<Document> doc, size_t* skipped, IdRegistry* ids,
                                Diagnostics* diags, const std::string& source, uint32_t line) {
  if (!doc.ok()) {
    ++*skipped;
    if (diags) {
      diags->Add(DiagnosticFromStatusMessage(Severity::kError, "ingest", doc.status().message()));
    }
    return std::nullopt;
  }
  Document d = std::move(doc).value();
  if (std::optional<std::string> unique = ids->Rename(d.id(), source, line, diags)) {
    Document renamed(std::move(*unique), d.path(), d.text());
    renamed.set_title(d.title());
    renamed.set_body(d.body());
    renamed.set_dct(d.dct(), d.dct_source());
    d = std::move(renamed);
  }
  return d;
}

// The article fields of one JSONL line, collected from RapidJSON's SAX events as the DOM lookups
// found them before: the first member of each name in the top-level object (a repeated "text"
// is ignored, as FindMember() ignored it), nested objects and arrays skipped whole (a "text"
// inside "meta": {...} is no text). No DOM is built: only the five fields are kept, and each
// string goes straight into the std::string the Document takes.
// Example: {"id": 7, "text": "A.", "meta": {"text": "B."}, "text": "C."} gives id "7", text "A.".
class ArticleHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, ArticleHandler> {
 public:
  enum Field { kId, kDate, kTitle, kText, kDct, kFieldCount };

  struct Value {
    enum Type { kAbsent, kNull, kString, kInt64, kDouble, kOther };
    Type type = kAbsent;
    std::string string;
    int64_t int64 = 0;
    double number = 0;
  };

  bool root_is_object() const { return root_is_object_; }
  Value& field(Field f) { return fields_[f]; }

  bool Null() { return Set(Value::kNull); }
  bool Int(int i) { return SetInt64(i); }
  bool Uint(unsigned u) { return SetInt64(u); }
  bool Int64(int64_t i) { return SetInt64(i); }
  bool Uint64(uint64_t u) {
    // As a DOM value: an int64 up to its maximum, a double above it.
    if (u <= static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
      return SetInt64(static_cast<int64_t>(u));
    }
    return Double(static_cast<double>(u));
  }
  bool Double(double d) {
    if (Value* v = Current(Value::kDouble)) v->number = d;
    return true;
  }
  bool String(const char* str, rapidjson::SizeType length, bool /*copy*/) {
    if (Value* v = Current(Value::kString)) v->string.assign(str, length);
    return true;
  }
  bool Key(const char* str, rapidjson::SizeType length, bool /*copy*/) {
    current_ = kFieldCount;
    if (depth_ != 1) return true;
    const std::string_view key(str, length);
    static constexpr std::array<std::string_view, kFieldCount> kNames = {"id", "date", "title",
                                                                         "text", "dct"};
    for (size_t f = 0; f < kNames.size(); ++f) {
      if (key == kNames[f]) {
        // Only the first member of a name counts (a later one is left at kFieldCount).
        if (fields_[f].type == Value::kAbsent) current_ = static_cast<Field>(f);
        break;
      }
    }
    return true;
  }
  bool StartObject() {
    if (!started_) root_is_object_ = true;
    return Open();
  }
  bool StartArray() { return Open(); }
  bool EndObject(rapidjson::SizeType /*members*/) { return Close(); }
  bool EndArray(rapidjson::SizeType /*elements*/) { return Close(); }
  bool Default() { return Set(Value::kOther); }  // a bool

 private:
  // The field the value now read belongs to, marked `type`; null when it belongs to none.
  Value* Current(Value::Type type) {
    started_ = true;
    if (depth_ != 1 || current_ == kFieldCount) return nullptr;
    Value* v = &fields_[current_];
    v->type = type;
    current_ = kFieldCount;
    return v;
  }
  bool Set(Value::Type type) {
    Current(type);
    return true;
  }
  bool SetInt64(int64_t i) {
    if (Value* v = Current(Value::kInt64)) v->int64 = i;
    return true;
  }
  bool Open() {
    Current(Value::kOther);  // an object or array as a field's value
    ++depth_;
    return true;
  }
  bool Close() {
    --depth_;
    return true;
  }

  std::array<Value, kFieldCount> fields_;
  Field current_ = kFieldCount;  // the field whose value comes next, if any
  int depth_ = 0;
  bool started_ = false;
  bool root_is_object_ = false;
};

// Parses one JSONL line (`line_no` of `source`, in `line_buffer`, which the parse may overwrite)
// into a document, or reports and counts it as skipped; blank lines give nothing.
std::optional<Document> ParseJsonlLine(std::string* line_buffer, uint32_t line_no,
                                       const std::string& source, const CorpusOptions& options,
                                       size_t* skipped, IdRegistry* ids, Diagnostics* diags) {
  IngestOptions ingest;
  ingest.default_dct = options.default_dct;
  std::string_view line = *line_buffer;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.find_first_not_of(" \t") == std::string_view::npos) return std::nullopt;
  auto skip = [&](uint32_t column, const std::string& message) {
    ++*skipped;
    if (diags)
      diags->Add(Severity::kError, "ingest", source, line_no, column, message + "; skipped");
  };
  ArticleHandler article;
  rapidjson::Reader reader;
  rapidjson::ParseResult result;
  // A line of valid UTF-8 is parsed in place without RapidJSON's per-character encoding check
  // (one fast FindInvalidUtf8 pass instead); any other line takes the validating parse, which
  // gives the "malformed JSON: Invalid encoding in string." diagnostic. The validating parse
  // reads from a MemoryStream that skips leading 0xEF, 0xBB and 0xBF bytes (a BOM), the in-place
  // parse does not: lines starting with one of them also take the validating parse. Both are the
  // parses rapidjson::Document::ParseInsitu() and Parse() ran before, with their flags.
  // Example: `{"id":"a","text":"Zürich"}` is parsed in place; `{"text":"\xFF"}` and a line
  // starting with a BOM are not.
  const auto first = static_cast<unsigned char>(line.front());
  const bool line_is_valid_utf8 = first != 0xEF && first != 0xBB && first != 0xBF &&
                                  FindInvalidUtf8(line) == std::string_view::npos;
  if (line_is_valid_utf8) {
    line_buffer->resize(line.size());  // drops a trailing '\r'; the buffer stays NUL-terminated
    rapidjson::InsituStringStream in(line_buffer->data());
    result =
        reader.Parse<rapidjson::kParseInsituFlag | rapidjson::kParseIterativeFlag>(in, article);
  } else {
    rapidjson::MemoryStream memory(line.data(), line.size());
    rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> in(memory);
    result = reader.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(
        in, article);
  }
  if (result.IsError()) {
    skip(static_cast<uint32_t>(result.Offset()) + 1,
         std::string("malformed JSON: ") + rapidjson::GetParseError_En(result.Code()));
    return std::nullopt;
  }
  if (!article.root_is_object()) {
    skip(1, "expected a JSON object");
    return std::nullopt;
  }
  // The field's string moved into `*out`; absent and null leave it alone; a number is an id's
  // decimal form (only "id" may be one).
  auto str = [&](ArticleHandler::Field field, const char* key, std::string* out) -> bool {
    ArticleHandler::Value& v = article.field(field);
    switch (v.type) {
      case ArticleHandler::Value::kAbsent:
      case ArticleHandler::Value::kNull:
        return true;
      case ArticleHandler::Value::kString:
        *out = std::move(v.string);
        return true;
      case ArticleHandler::Value::kInt64:
      case ArticleHandler::Value::kDouble:
        if (field == ArticleHandler::kId) {
          std::ostringstream os;
          if (v.type == ArticleHandler::Value::kInt64) {
            os << v.int64;
          } else {
            os << v.number;
          }
          *out = os.str();
          return true;
        }
        break;
      case ArticleHandler::Value::kOther:
        break;
    }
    skip(1, std::string("field \"") + key + "\" is not a string");
    return false;
  };
  const bool has_text = article.field(ArticleHandler::kText).type != ArticleHandler::Value::kAbsent;
  std::string id, date, title, text;
  if (!str(ArticleHandler::kId, "id", &id) || !str(ArticleHandler::kDate, "date", &date) ||
      !str(ArticleHandler::kTitle, "title", &title) || !str(ArticleHandler::kText, "text", &text)) {
    return std::nullopt;
  }
  if (date.empty() && !str(ArticleHandler::kDct, "dct", &date)) return std::nullopt;
  if (!has_text) {
    skip(1, "no \"text\" field");
    return std::nullopt;
  }
  // The strings of a valid line are valid UTF-8 but for one thing its escapes can add: \uXXXX
  // of a lone low surrogate (\udc00), encoded as 0xED 0xB0 0x80 (a high one without its pair is
  // a parse error; the other escapes give ASCII or whole characters). Text without a 0xED byte
  // needs no second check in MakeDocument; one with it (from \udc00, or a Hangul syllable such
  // as U+D55C) is checked. One memchr over the decoded text: searching the line for "\u" took
  // a call per backslash (Reuters has a "\n" escape every 60 bytes).
  ingest.text_is_valid_utf8 = line_is_valid_utf8 && text.find('\xED') == std::string::npos;
  if (id.empty())
    id = std::filesystem::path(source).filename().string() + ":" + std::to_string(line_no);
  return Checked(MakeDocument(std::move(id), source, line_no, std::move(title), std::move(text),
                              date, ingest, diags),
                 skipped, ids, diags, source, line_no);
}

void ParseJsonl(std::string_view content, const std::string& source, const CorpusOptions& options,
                Corpus* corpus, IdRegistry* ids, Diagnostics* diags) {
  uint32_t line_no = 0;
  size_t pos = 0;
  std::string line;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    line.assign(content.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    std::optional<Document> d =
        ParseJsonlLine(&line, line_no, source, options, &corpus->skipped, ids, diags);
    if (d) corpus->documents.push_back(std::move(*d));
  }
}

}  // namespace

void ReadJsonlArticles(std::string_view content, const std::string& source,
                       const CorpusOptions& options, Corpus* corpus, Diagnostics* diagnostics) {
  IdRegistry ids;
  for (const Document& d : corpus->documents) ids.Rename(d.id(), source, 0, nullptr);
  ParseJsonl(content, source, options, corpus, &ids, diagnostics);
}

// Where CorpusStream is: the inputs left, the files left of a directory input, and the JSONL
// file (or stdin) being read line by line.
struct internal::CorpusStreamState {
  std::vector<std::string> inputs;
  size_t next_input = 0;
  CorpusOptions options;
  const FileSource* files = nullptr;
  std::istream* stdin_stream = nullptr;
  Diagnostics* diagnostics = nullptr;
  IdRegistry ids;
  size_t skipped = 0;
  std::deque<std::pair<std::string, std::string>> files_left;  // (path, document id)
  // The JSONL being read: from `stream` (a disk file or stdin) or from `content`.
  bool reading_lines = false;
  std::string source;
  uint32_t line_no = 0;
  std::unique_ptr<std::ifstream> file;
  std::istream* stream = nullptr;
  std::string content;
  size_t pos = 0;
  std::string line;

  void Skip(const std::string& message) {
    ++skipped;
    if (diagnostics) {
      diagnostics->Add(DiagnosticFromStatusMessage(Severity::kError, "ingest", message));
    }
  }

  // The next line of the JSONL being read into `line`; false at its end.
  bool NextLine() {
    if (stream != nullptr) {
      if (std::getline(*stream, line)) return true;
      if (stream->bad()) Skip(source + ": read failed; skipped");
      return false;
    }
    if (pos >= content.size()) return false;
    size_t nl = content.find('\n', pos);
    if (nl == std::string::npos) nl = content.size();
    line.assign(content, pos, nl - pos);
    pos = nl + 1;
    return true;
  }

  void StopLines() {
    reading_lines = false;
    file.reset();
    stream = nullptr;
    content = std::string();
    pos = 0;
  }

  // Starts reading the lines of `path` (from `stream` when set, else from `content`).
  void StartLines(const std::string& path) {
    source = path;
    line_no = 0;
    reading_lines = true;
  }

  // Opens a file: a JSONL file starts line reading; a text file gives its document.
  std::optional<Document> Open(const std::string& path, const std::string& id) {
    const bool jsonl = EndsWith(path, ".jsonl");
    // JSONL files on disk are read line by line; other sources whole.
    if (jsonl && dynamic_cast<const DiskFileSource*>(files) != nullptr &&
        files->Stat(path) == FileType::kRegular) {
      auto in = std::make_unique<std::ifstream>(path, std::ios::binary);
      if (*in) {
        file = std::move(in);
        stream = file.get();
        StartLines(path);
        return std::nullopt;
      }
    }
    Result<std::string> bytes = files->ReadFile(path);
    if (!bytes.ok()) {
      Skip(bytes.status().message() + "; skipped");
      return std::nullopt;
    }
    if (jsonl) {
      content = std::move(bytes).value();
      pos = 0;
      StartLines(path);
      return std::nullopt;
    }
    IngestOptions ingest;
    ingest.default_dct = options.default_dct;
    return Checked(LoadDocument(id, path, std::move(bytes).value(), ingest, diagnostics), &skipped,
                   &ids, diagnostics, path, 0);
  }

  // Expands the next input into `files_left` or line reading.
  void Expand(const std::string& input) {
    if (input == "-") {
      if (stdin_stream == nullptr) return;
      stream = stdin_stream;
      source = "<stdin>";
      line_no = 0;
      reading_lines = true;
      return;
    }
    switch (files->Stat(input)) {
      case FileType::kDirectory: {
        Result<std::vector<std::string>> listing = files->ListTree(input);
        if (!listing.ok()) {
          Skip(listing.status().message() + "; skipped");
          break;
        }
        for (const std::string& path : *listing) {
          if (!EndsWith(path, ".txt") && !EndsWith(path, ".jsonl")) continue;
          files_left.emplace_back(path, RelativeTo(path, input));
        }
        break;
      }
      case FileType::kRegular:
        files_left.emplace_back(input, std::filesystem::path(input).filename().string());
        break;
      case FileType::kNotFound:
        ++skipped;
        if (diagnostics) {
          diagnostics->Add(Severity::kError, "ingest", input, 0, 0,
                           "no such file or directory; skipped");
        }
        break;
      case FileType::kOther:
        ++skipped;
        if (diagnostics) {
          diagnostics->Add(Severity::kError, "ingest", input, 0, 0,
                           "not a regular file or directory; skipped");
        }
        break;
    }
  }
};

CorpusStream::CorpusStream(const std::vector<std::string>& inputs, const CorpusOptions& options,
                           const FileSource& files, std::istream* stdin_stream,
                           Diagnostics* diagnostics)
    : state_(std::make_unique<internal::CorpusStreamState>()) {
  state_->inputs = inputs;
  state_->options = options;
  state_->files = &files;
  state_->stdin_stream = stdin_stream;
  state_->diagnostics = diagnostics;
}

CorpusStream::~CorpusStream() = default;

bool CorpusStream::Next(Document* document) {
  internal::CorpusStreamState& s = *state_;
  while (true) {
    if (s.reading_lines) {
      if (!s.NextLine()) {
        s.StopLines();
        continue;
      }
      ++s.line_no;
      std::optional<Document> d = ParseJsonlLine(&s.line, s.line_no, s.source, s.options,
                                                 &s.skipped, &s.ids, s.diagnostics);
      if (d) {
        *document = std::move(*d);
        return true;
      }
      continue;
    }
    if (!s.files_left.empty()) {
      const auto [path, id] = std::move(s.files_left.front());
      s.files_left.pop_front();
      std::optional<Document> d = s.Open(path, id);
      if (d) {
        *document = std::move(*d);
        return true;
      }
      continue;
    }
    if (s.next_input >= s.inputs.size()) return false;
    s.Expand(s.inputs[s.next_input++]);
  }
}

size_t CorpusStream::skipped() const { return state_->skipped; }

Corpus ReadCorpus(const std::vector<std::string>& inputs, const CorpusOptions& options,
                  const FileSource& files, std::istream* stdin_stream, Diagnostics* diagnostics) {
  Corpus corpus;
  CorpusStream stream(inputs, options, files, stdin_stream, diagnostics);
  Document d;
  while (stream.Next(&d)) corpus.documents.push_back(std::move(d));
  corpus.skipped = stream.skipped();
  return corpus;
}

}  // namespace eventgraph
