// SPDX-License-Identifier: Apache-2.0
// ReadCorpus: files, directories (recursive, sorted, *.txt and *.jsonl), JSONL articles and stdin
// → Documents. Bad input is reported and skipped; the rest is read.
#ifndef EVENTGRAPH_EXPORT_CORPUS_READER_H_
#define EVENTGRAPH_EXPORT_CORPUS_READER_H_

#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_source.h"
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
/// Document ids: for a file inside a directory input, its path relative to that directory
/// ("000_41eb13e3a0f21562.txt", "2025/a.txt"); for a file input, its file name; for JSONL, the
/// record's "id" (or "<file>:<line>" when absent). A repeated id gets a "#2" suffix and a warning.
Corpus ReadCorpus(const std::vector<std::string>& inputs, const CorpusOptions& options,
                  const FileSource& files, std::istream* stdin_stream, Diagnostics* diagnostics);

namespace internal {
struct CorpusStreamState;
}

/// ReadCorpus() one document at a time, for a build that never holds the whole corpus: JSONL
/// files on disk and stdin are read line by line. Yields the same documents, diagnostics and
/// skip count as ReadCorpus(), in the same order. The FileSource and streams must outlive it.
class CorpusStream {
 public:
  CorpusStream(const std::vector<std::string>& inputs, const CorpusOptions& options,
               const FileSource& files, std::istream* stdin_stream, Diagnostics* diagnostics);
  ~CorpusStream();
  CorpusStream(const CorpusStream&) = delete;
  CorpusStream& operator=(const CorpusStream&) = delete;

  /// The next document in input order into `*document`; false when all inputs are read.
  bool Next(Document* document);

  /// Inputs (files or JSONL lines) skipped so far.
  size_t skipped() const;

 private:
  std::unique_ptr<internal::CorpusStreamState> state_;
};

/// Parses JSONL article lines from `content` (`source` names it in messages) and appends the
/// documents to `corpus`, skipping (and reporting) bad lines.
void ReadJsonlArticles(std::string_view content, const std::string& source,
                       const CorpusOptions& options, Corpus* corpus, Diagnostics* diagnostics);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_CORPUS_READER_H_
