// SPDX-License-Identifier: Apache-2.0
// ReadCorpus: files, directories (recursive, sorted, *.txt and *.jsonl), JSONL articles and stdin
// → Documents. Bad input is reported and skipped; the rest is read.
#ifndef EVENTGRAPH_EXPORT_CORPUS_READER_H_
#define EVENTGRAPH_EXPORT_CORPUS_READER_H_

#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/text.h"

namespace eventgraph {

struct CorpusOptions {
  /// DCT for documents without one (--dct). Default: none.
  std::optional<CivilDate> default_dct;
};

/// What ReadCorpus found: the documents in input order, and how many inputs (files or JSONL
/// lines) were skipped. Each skip also adds an error Diagnostic naming file and line.
struct Corpus {
  std::vector<Document> documents;
  size_t skipped = 0;
};

/// Reads every input: a path to a text file, a .jsonl file (one {"id","date","title","text"}
/// object per line; "dct" is accepted for "date"), a directory (recursive, sorted by path, *.txt
/// and *.jsonl), or "-" for JSONL on `stdin_stream`. Text files go through core's
/// LoadDocument() (date headers, datelines). Never fails as a whole: unreadable or bad inputs are
/// diagnostics.
Corpus ReadCorpus(const std::vector<std::string>& inputs, const CorpusOptions& options,
                  std::istream* stdin_stream, Diagnostics* diagnostics);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_CORPUS_READER_H_
