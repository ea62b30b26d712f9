// SPDX-License-Identifier: Apache-2.0
// agwrite() writes through the graph's I/O discipline; ours appends to a buffer in memory, so no
// temporary file is needed. Its memory comes from an arena (ArenaMemDisc()), released at once when
// the graph is closed (CloseAgraph(), which also frees what cdt took from malloc).
#include "export/dot_writer.h"

#include <algorithm>
#include <cstring>
#include <memory>

#include "export/internal/agraph_builder.h"

namespace eventgraph {
namespace {

// What agwrite() has written so far. It hands over every token on its own (a name, '=', a value,
// ",\n", each indenting tab: some 800k for a 6 MB graph), so appending is kept to a length, a
// capacity test and a copy; the buffer doubles when full and becomes the string once at the end.
class Sink {
 public:
  void Append(const char* str) {
    // Two in three tokens are punctuation of one or two bytes ("\t", "=", ",\n"): copied
    // without strlen and memcpy. str[1] is read only when str[0] is not the terminator.
    if (str[0] != '\0' && (str[1] == '\0' || str[2] == '\0')) {
      if (capacity_ - size_ < 2) Grow(2);
      char* out = buffer_.get() + size_;
      out[0] = str[0];
      if (str[1] == '\0') {
        size_ += 1;
      } else {
        out[1] = str[1];
        size_ += 2;
      }
      return;
    }
    AppendLong(str);
  }

  std::string str() const { return size_ == 0 ? std::string() : std::string(buffer_.get(), size_); }

  /// Makes room for `bytes` in all, so that the buffer need not double (and copy) its way there.
  void Reserve(size_t bytes) {
    if (bytes > capacity_) Grow(bytes - size_);
  }

 private:
  // Out of line, so that the short tokens' path saves no registers.
  [[gnu::noinline]] void AppendLong(const char* str) {
    const size_t length = std::strlen(str);
    if (length == 0) return;  // agwrite writes empty tokens; no memcpy to a null buffer
    if (length > capacity_ - size_) Grow(length);
    std::memcpy(buffer_.get() + size_, str, length);
    size_ += length;
  }

  [[gnu::noinline]] void Grow(size_t length) {
    const size_t capacity = std::max({capacity_ * 2, size_ + length, size_t{1} << 16});
    auto buffer = std::make_unique_for_overwrite<char[]>(capacity);
    if (size_ > 0) std::memcpy(buffer.get(), buffer_.get(), size_);
    buffer_ = std::move(buffer);
    capacity_ = capacity;
  }

  std::unique_ptr<char[]> buffer_;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

int PutString(void* chan, const char* str) {
  static_cast<Sink*>(chan)->Append(str);
  return 0;
}

int Flush(void*) { return 0; }

}  // namespace

Result<std::string> WriteDot(const GraphData& graph, const DotOptions& options) {
  internal::AgErrorCapture errors;
  Agiodisc_t io = {AgIoDisc.afread, PutString, Flush};
  Agdisc_t disc = {internal::ArenaMemDisc(), &AgIdDisc, &io};
  internal::AgraphOptions agraph_options;
  agraph_options.clusters_by_year = options.clusters_by_year;
  agraph_options.isolated_limit = options.isolated_limit;
  Result<internal::AgraphPtr> g = internal::BuildAgraph(graph, agraph_options, &disc);
  if (!g.ok()) return g.status();
  Sink out;
  // About 390 bytes per node or edge (Reuters: 6.1 MB for 7.6k nodes and 8.2k edges), counted
  // in cgraph's sets in constant time.
  out.Reserve(size_t{400} * static_cast<size_t>(agnnodes(g->get()) + agnedges(g->get())));
  if (agwrite(g->get(), &out) != 0) {
    return Status::Internal("cgraph: agwrite failed: " + errors.messages());
  }
  return out.str();
}

}  // namespace eventgraph
