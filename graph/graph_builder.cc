// SPDX-License-Identifier: Apache-2.0
#include "graph/graph_builder.h"

#include <algorithm>

namespace eventgraph {

GraphData BuildDocumentGraph(const Annotations& annotations) {
  GraphData g;
  const Document& doc = annotations.document;
  DocumentRecord d;
  d.id = DocId(doc.id());
  d.path = doc.path();
  d.title = doc.title();
  d.date = doc.dct();
  d.date_source = doc.dct_source();
  d.sentences.reserve(annotations.sentences.size());
  for (const Sentence& s : annotations.sentences)
    d.sentences.push_back(SentenceRecord{s.span, s.kind});
  g.documents.push_back(std::move(d));
  return g;
}

GraphData MergeGraphs(std::vector<GraphData> parts) {
  GraphData out;
  for (GraphData& p : parts) {
    for (DocumentRecord& d : p.documents) out.documents.push_back(std::move(d));
  }
  std::sort(out.documents.begin(), out.documents.end(),
            [](const DocumentRecord& a, const DocumentRecord& b) { return a.id < b.id; });
  return out;
}

}  // namespace eventgraph
