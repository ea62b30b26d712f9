// SPDX-License-Identifier: Apache-2.0
// Corpus reading: expands directories, dispatches on file type, parses JSONL with RapidJSON, and
// reports every skipped input with its file and line.
#include "export/corpus_reader.h"

#include <filesystem>
#include <map>
#include <sstream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "core/ingest.h"

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
  // Returns a unique id, adding "#N" to repeats (with a warning).
  std::string Unique(std::string id, const std::string& source, uint32_t line, Diagnostics* diags) {
    int& count = seen_[id];
    ++count;
    if (count == 1) return id;
    std::string renamed = id + "#" + std::to_string(count);
    if (diags) {
      diags->Add(Severity::kWarning, "ingest", source, line, 0,
                 "duplicate document id '" + id + "'; renamed to '" + renamed + "'");
    }
    return renamed;
  }

 private:
  std::map<std::string, int> seen_;
};

void AddDocument(Result<Document> doc, Corpus* corpus, IdRegistry* ids, Diagnostics* diags,
                 const std::string& source, uint32_t line) {
  if (!doc.ok()) {
    ++corpus->skipped;
    if (diags) {
      diags->Add(DiagnosticFromStatusMessage(Severity::kError, "ingest", doc.status().message()));
    }
    return;
  }
  Document d = std::move(doc).value();
  const std::string unique = ids->Unique(d.id(), source, line, diags);
  if (unique != d.id()) {
    Document renamed(unique, d.path(), d.text());
    renamed.set_title(d.title());
    renamed.set_body(d.body());
    renamed.set_dct(d.dct(), d.dct_source());
    d = std::move(renamed);
  }
  corpus->documents.push_back(std::move(d));
}

void ParseJsonl(std::string_view content, const std::string& source, const CorpusOptions& options,
                Corpus* corpus, IdRegistry* ids, Diagnostics* diags) {
  IngestOptions ingest;
  ingest.default_dct = options.default_dct;
  uint32_t line_no = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    auto skip = [&](uint32_t column, const std::string& message) {
      ++corpus->skipped;
      if (diags)
        diags->Add(Severity::kError, "ingest", source, line_no, column, message + "; skipped");
    };
    rapidjson::Document dom;
    dom.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(line.data(),
                                                                                      line.size());
    if (dom.HasParseError()) {
      skip(static_cast<uint32_t>(dom.GetErrorOffset()) + 1,
           std::string("malformed JSON: ") + rapidjson::GetParseError_En(dom.GetParseError()));
      continue;
    }
    if (!dom.IsObject()) {
      skip(1, "expected a JSON object");
      continue;
    }
    auto str = [&](const char* key, std::string* out) -> bool {
      auto it = dom.FindMember(key);
      if (it == dom.MemberEnd() || it->value.IsNull()) return true;
      if (it->value.IsString()) {
        out->assign(it->value.GetString(), it->value.GetStringLength());
        return true;
      }
      if (it->value.IsNumber() && std::string_view(key) == "id") {
        std::ostringstream os;
        if (it->value.IsInt64()) {
          os << it->value.GetInt64();
        } else {
          os << it->value.GetDouble();
        }
        *out = os.str();
        return true;
      }
      skip(1, std::string("field \"") + key + "\" is not a string");
      return false;
    };
    std::string id, date, title, text;
    if (!str("id", &id) || !str("date", &date) || !str("title", &title) || !str("text", &text)) {
      continue;
    }
    if (date.empty() && !str("dct", &date)) continue;
    if (!dom.HasMember("text")) {
      skip(1, "no \"text\" field");
      continue;
    }
    if (id.empty())
      id = std::filesystem::path(source).filename().string() + ":" + std::to_string(line_no);
    AddDocument(
        MakeDocument(id, source, line_no, std::move(title), std::move(text), date, ingest, diags),
        corpus, ids, diags, source, line_no);
  }
}

void ReadOne(const std::string& path, const std::string& id, const CorpusOptions& options,
             const FileSource& files, Corpus* corpus, IdRegistry* ids, Diagnostics* diags) {
  Result<std::string> bytes = files.ReadFile(path);
  if (!bytes.ok()) {
    ++corpus->skipped;
    if (diags)
      diags->Add(DiagnosticFromStatusMessage(Severity::kError, "ingest",
                                             bytes.status().message() + "; skipped"));
    return;
  }
  if (EndsWith(path, ".jsonl")) {
    ParseJsonl(*bytes, path, options, corpus, ids, diags);
    return;
  }
  IngestOptions ingest;
  ingest.default_dct = options.default_dct;
  AddDocument(LoadDocument(id, path, std::move(bytes).value(), ingest, diags), corpus, ids, diags,
              path, 0);
}

}  // namespace

void ReadJsonlArticles(std::string_view content, const std::string& source,
                       const CorpusOptions& options, Corpus* corpus, Diagnostics* diagnostics) {
  IdRegistry ids;
  for (const Document& d : corpus->documents) ids.Unique(d.id(), source, 0, nullptr);
  ParseJsonl(content, source, options, corpus, &ids, diagnostics);
}

Corpus ReadCorpus(const std::vector<std::string>& inputs, const CorpusOptions& options,
                  const FileSource& files, std::istream* stdin_stream, Diagnostics* diagnostics) {
  Corpus corpus;
  IdRegistry ids;
  for (const std::string& input : inputs) {
    if (input == "-") {
      if (stdin_stream == nullptr) continue;
      std::ostringstream buf;
      buf << stdin_stream->rdbuf();
      ParseJsonl(buf.str(), "<stdin>", options, &corpus, &ids, diagnostics);
      continue;
    }
    switch (files.Stat(input)) {
      case FileType::kDirectory: {
        Result<std::vector<std::string>> listing = files.ListTree(input);
        if (!listing.ok()) {
          ++corpus.skipped;
          if (diagnostics) {
            diagnostics->Add(DiagnosticFromStatusMessage(Severity::kError, "ingest",
                                                         listing.status().message() + "; skipped"));
          }
          break;
        }
        for (const std::string& path : *listing) {
          if (!EndsWith(path, ".txt") && !EndsWith(path, ".jsonl")) continue;
          ReadOne(path, RelativeTo(path, input), options, files, &corpus, &ids, diagnostics);
        }
        break;
      }
      case FileType::kRegular:
        ReadOne(input, std::filesystem::path(input).filename().string(), options, files, &corpus,
                &ids, diagnostics);
        break;
      case FileType::kNotFound:
        ++corpus.skipped;
        if (diagnostics) {
          diagnostics->Add(Severity::kError, "ingest", input, 0, 0,
                           "no such file or directory; skipped");
        }
        break;
      case FileType::kOther:
        ++corpus.skipped;
        if (diagnostics) {
          diagnostics->Add(Severity::kError, "ingest", input, 0, 0,
                           "not a regular file or directory; skipped");
        }
        break;
    }
  }
  return corpus;
}

}  // namespace eventgraph
