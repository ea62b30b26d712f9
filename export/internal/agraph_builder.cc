// SPDX-License-Identifier: Apache-2.0
// Nodes are created in KnowledgeGraph order (entities, then events) and edges in EdgeId order,
// so cgraph writes them in a deterministic order. Node names are the stable record ids; every
// node and edge also gets an `id` attribute (the SVG element id) and `eg_*` attributes carrying
// kind, time and provenance. See docs/dot_conventions.md for shapes and colours.
#include "export/internal/agraph_builder.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <map>
#include <mutex>
#include <new>
#include <unordered_map>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "export/internal/graph_elements.h"
#include "export/internal/style.h"

namespace eventgraph::internal {
namespace {

std::mutex g_error_mutex;
std::vector<std::string>* g_errors = nullptr;

int CaptureError(char* message) {
  if (g_errors != nullptr && message != nullptr) {
    std::string text(message);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    g_errors->push_back(text);
  }
  return 0;
}

std::vector<std::string> g_error_store;

// cgraph's API takes char* for strings it only reads; keep mutable copies alive per call. A
// deque, because push_back must not move earlier strings (a vector would, and with the
// small-string optimization their data() pointers would dangle).
class Strings {
 public:
  char* operator()(std::string_view s) {
    store_.emplace_back(s);
    return store_.back().data();
  }

 private:
  std::deque<std::string> store_;
};

void Set(void* object, Strings& s, std::string_view name, std::string_view value) {
  agsafeset(object, s(name), s(value), s(""));
}

// The attributes of every node (or every edge), recorded before any node is created: cgraph
// grows the attribute array of every existing object when an attribute is declared (agattr),
// and declaring the event attributes on first use, after ~29k entity nodes, cost a tenth of
// writing the DOT. Declared from the plan while the graph is empty, each attribute is declared
// once. Names are string literals; values are kept NUL-terminated in one buffer for agxset.
class AttributePlan {
 public:
  /// Makes room for `objects` objects of about `attributes` attributes and `bytes` value bytes
  /// each, so that recording does not grow the buffers step by step.
  void Reserve(size_t objects, size_t attributes, size_t bytes) {
    object_begin_.reserve(objects);
    interned_.reserve(objects);
    entries_.reserve(objects * attributes);
    values_.reserve(objects * bytes);
  }

  /// Starts the attributes of the next object.
  void StartObject() { object_begin_.push_back(entries_.size()); }

  /// Records `name` = `value` for the current object (a copy of `value`).
  void operator()(std::string_view name, std::string_view value) {
    entries_.push_back(
        Entry{NameIndex(name), values_.size(), 0, value.empty(), false, false, nullptr});
    values_.append(value);
    values_.push_back('\0');
  }

  /// Records `name` = `value` without copying it: `value` must outlive Apply() (a literal, or a
  /// string of the graph's records or elements; never a string reused for the next object).
  void Keep(std::string_view name, const char* value) {
    entries_.push_back(Entry{NameIndex(name), 0, 0, value[0] == '\0', false, false, value});
  }

  /// Keep() for a value that recurs from object to object by the same pointer: a literal (a
  /// shape, a colour, a kind name) or an event's id, which its edges name again as `eg_event`.
  /// Apply() interns each one once (see Intern()). `value` need not be NUL-terminated.
  void Shared(std::string_view name, std::string_view value) {
    entries_.push_back(
        Entry{NameIndex(name), 0, value.size(), value.empty(), true, false, value.data()});
  }
  /// Shared() of a std::string (which ends in its NUL): interned without a copy.
  void SharedString(std::string_view name, const std::string& value) {
    entries_.push_back(
        Entry{NameIndex(name), 0, value.size(), value.empty(), true, true, value.c_str()});
  }

 private:
  size_t NameIndex(std::string_view name) {
    // Names are string literals: the same literal is usually the same pointer, so the pointers
    // are compared first and the characters only when none matches. Objects of a kind set their
    // attributes in the same order, so the search starts after the previous name.
    auto same = [&](size_t i) {
      return names_[i].data() == name.data() && names_[i].size() == name.size();
    };
    size_t index = next_name_ < names_.size() && same(next_name_) ? next_name_ : 0;
    while (index < names_.size() && !same(index)) ++index;
    if (index == names_.size()) {
      index = 0;
      while (index < names_.size() && names_[index] != name) ++index;
      if (index == names_.size()) names_.push_back(name);
    }
    next_name_ = index + 1;
    return index;
  }

 public:
  /// Declares every recorded name (in first-use order, default "") on `graph` for `kind`
  /// (AGNODE or AGEDGE) and returns the symbols by name index.
  std::vector<Agsym_t*> Declare(Agraph_t* graph, int kind) const {
    std::vector<Agsym_t*> symbols;
    std::string name;
    std::string empty;
    for (std::string_view n : names_) {
      name.assign(n);
      symbols.push_back(agattr(graph, kind, name.data(), empty.data()));
    }
    return symbols;
  }

  /// Sets the attributes of object number `index` on `object` of `graph`. A new object holds the
  /// default already: setting "" over a "" default changes nothing (undated events' eg_time), so
  /// cgraph need not copy it. Otherwise what agxset() does for a node or edge, less its per-call
  /// lookups: the attribute record is found once per object, and no update callback is announced
  /// (the graph has none). On an arena graph (`arena`) the default's reference in the slot is not
  /// released either: nothing is freed before the arena goes, and the symbol keeps the default
  /// interned anyway.
  void Apply(size_t index, Agraph_t* graph, void* object, const std::vector<Agsym_t*>& symbols,
             bool arena) {
    const size_t end =
        index + 1 < object_begin_.size() ? object_begin_[index + 1] : entries_.size();
    char record_name[] = "_AG_strdata";  // cgraph's record of an object's attribute values
    auto* attributes = reinterpret_cast<Agattr_t*>(aggetrec(object, record_name, 0));
    for (size_t k = object_begin_[index]; k < end; ++k) {
      const Entry& entry = entries_[k];
      Agsym_t* sym = symbols[entry.name];
      if (entry.empty && sym != nullptr && sym->defval != nullptr && sym->defval[0] == '\0') {
        continue;
      }
      if (entry.shared) {
        char* value = Intern(graph, entry, arena);
        if (attributes == nullptr) {
          agxset(object, sym, value);
        } else {
          char*& slot = attributes->str[sym->id];
          if (!arena) agstrfree(graph, slot);
          slot = value;
        }
        continue;
      }
      if (attributes == nullptr) {
        agxset(object, sym, const_cast<char*>(Value(entry)));
        continue;
      }
      char* value = agstrdup(graph, const_cast<char*>(Value(entry)));
      char*& slot = attributes->str[sym->id];
      if (!arena) agstrfree(graph, slot);
      slot = value;
    }
  }

 private:
  struct Entry {
    size_t name;
    size_t offset;  // in values_, unless `external`
    size_t length;  // of a `shared` value
    bool empty;
    bool shared;           // recorded by Shared(): `external` holds `length` bytes
    bool terminated;       // a shared value followed by a NUL
    const char* external;  // the value if not copied, else null
  };

  struct SharedKey {
    const char* data;
    size_t length;
    bool operator==(const SharedKey&) const = default;
  };
  struct SharedKeyHash {
    size_t operator()(const SharedKey& key) const {
      return std::hash<const void*>()(key.data) ^ key.length;
    }
  };

  // The interned string of a Shared() value, looked up in cgraph's string dictionary only the
  // first time its pointer comes (a lookup there cost ~240 instructions, one in `interned_` ~30;
  // three in four values set are such). On an arena graph the one reference then serves every
  // object: nothing is freed before the arena goes. Otherwise each use takes a reference of its
  // own, as agxset() would (agstrdup() of an interned string only counts it).
  char* Intern(Agraph_t* graph, const Entry& entry, bool arena) {
    auto [it, inserted] = interned_.try_emplace(SharedKey{entry.external, entry.length}, nullptr);
    if (inserted) {
      if (entry.terminated) {
        it->second = agstrdup(graph, const_cast<char*>(entry.external));
      } else {
        std::string value(entry.external, entry.length);  // NUL-terminated
        it->second = agstrdup(graph, value.data());
      }
      return it->second;
    }
    return arena ? it->second : agstrdup(graph, it->second);
  }

  const char* Value(const Entry& entry) const {
    return entry.external != nullptr ? entry.external : values_.data() + entry.offset;
  }

  std::vector<std::string_view> names_;
  size_t next_name_ = 0;  // where NameIndex() looks first
  std::vector<size_t> object_begin_;
  std::vector<Entry> entries_;
  std::string values_;
  std::unordered_map<SharedKey, char*, SharedKeyHash> interned_;
};

// Chunks of zeroed memory (cgraph expects calloc semantics), 16-byte aligned allocations, nothing
// freed before the arena is destroyed. A block the arena does not own comes from malloc: cdt
// allocates with malloc what it allocates outside cgraph's dictionary calls (a hash table that
// fills up later) and gives it back through the discipline's free, which then frees it.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena() {
    for (const auto& [chunk, size] : chunks_) std::free(chunk);
  }

  void* Allocate(size_t size) {
    size = Round(size);
    if (size > left_) {
      if (size > kChunkSize / 4) return NewChunk(size);  // a big block gets its own chunk
      next_ = static_cast<char*>(NewChunk(kChunkSize));
      if (next_ == nullptr) {
        left_ = 0;
        return nullptr;
      }
      left_ = kChunkSize;
    }
    void* block = next_;
    last_ = next_;
    next_ += size;
    left_ -= size;
    return block;
  }

  void* Resize(void* block, size_t old_size, size_t new_size) {
    if (block == nullptr) return Allocate(new_size);
    if (new_size <= old_size) return block;
    // The last block grows in place when its chunk has room.
    if (block == last_ && Round(new_size) - Round(old_size) <= left_) {
      const size_t grow = Round(new_size) - Round(old_size);
      next_ += grow;
      left_ -= grow;
      return block;
    }
    void* moved = Allocate(new_size);
    if (moved != nullptr) std::memcpy(moved, block, old_size);
    if (!Owns(block)) std::free(block);
    return moved;
  }

  void Free(void* block) {
    if (block != nullptr && !Owns(block)) std::free(block);
  }

  /// Whether `block` lies in one of the arena's chunks.
  bool Owns(const void* block) const {
    const char* p = static_cast<const char*>(block);
    auto it = chunks_.upper_bound(const_cast<char*>(p));
    if (it == chunks_.begin()) return false;
    --it;
    return p < it->first + it->second;
  }

 private:
  static constexpr size_t kChunkSize = size_t{1} << 20;
  static size_t Round(size_t size) { return size == 0 ? 16 : (size + 15) & ~size_t{15}; }

  void* NewChunk(size_t size) {
    char* chunk = static_cast<char*>(std::calloc(1, size));
    if (chunk != nullptr) chunks_.emplace(chunk, size);
    return chunk;
  }

  std::map<char*, size_t> chunks_;  // start → size
  char* next_ = nullptr;
  char* last_ = nullptr;
  size_t left_ = 0;
};

void* ArenaOpen(Agdisc_t*) { return new (std::nothrow) Arena(); }

void* ArenaAlloc(void* state, size_t size) { return static_cast<Arena*>(state)->Allocate(size); }

void* ArenaResize(void* state, void* block, size_t old_size, size_t new_size) {
  return static_cast<Arena*>(state)->Resize(block, old_size, new_size);
}

void ArenaFree(void* state, void* block) { static_cast<Arena*>(state)->Free(block); }

void ArenaClose(void* state) { delete static_cast<Arena*>(state); }

Agmemdisc_t g_arena_mem_disc = {ArenaOpen, ArenaAlloc, ArenaResize, ArenaFree, ArenaClose};

// What agclose() on the arena leaves behind: cdt allocates every dictionary handle with malloc
// (dtopen), and a hash table that filled up outside cgraph's dictionary calls (the string set of
// UseHashedStrings()) too; the arena's close releases everything else at once without closing
// the dictionaries. Collected while the graph is open: the handles live in arena memory. Per
// graph and subgraph: the node, edge and subgraph sets and the attribute dictionaries; per root:
// the string dictionary and the internal name maps (LeakSanitizer counted 9 handles for a graph
// without subgraphs).
void CollectMallocBlocks(Agraph_t* graph, const Arena& arena, std::vector<void*>* blocks) {
  auto add = [&](Dt_t* dict) {
    if (dict == nullptr) return;
    blocks->push_back(dict);
    Dtdata_t* data = dict->data;
    if (data != nullptr && data->ntab > 0 && data->hh._htab != nullptr &&
        !arena.Owns(data->hh._htab)) {
      blocks->push_back(data->hh._htab);
    }
  };
  for (Dt_t* dict : {graph->n_seq, graph->n_id, graph->e_seq, graph->e_id, graph->g_dict}) {
    add(dict);
  }
  char record_name[] = "_AG_datadict";
  if (auto* data = reinterpret_cast<Agdatadict_t*>(aggetrec(graph, record_name, 0))) {
    for (Dt_t* dict : {data->dict.n, data->dict.e, data->dict.g}) add(dict);
  }
  if (graph->parent == nullptr && graph->clos != nullptr) {
    add(graph->clos->strdict);
    for (Dt_t* dict : graph->clos->lookup_by_name) add(dict);
    for (Dt_t* dict : graph->clos->lookup_by_id) add(dict);
  }
  for (Agraph_t* sub = agfstsubg(graph); sub != nullptr; sub = agnxtsubg(sub)) {
    CollectMallocBlocks(sub, arena, blocks);
  }
}

// Appends `n` in decimal.
void AppendNumber(uint64_t n, std::string* out) {
  char digits[20];
  const std::to_chars_result r = std::to_chars(digits, digits + sizeof digits, n);
  out->append(digits, r.ptr);
}

// "<doc>#<sentence>[<begin>,<end>)" per source, space-separated.
std::string SourcesAttribute(const std::vector<SourceRef>& sources) {
  std::string out;
  for (const SourceRef& src : sources) {
    if (!out.empty()) out += ' ';
    out += src.doc.value();
    out += '#';
    AppendNumber(src.sentence, &out);
    out += '[';
    AppendNumber(src.span.begin, &out);
    out += ',';
    AppendNumber(src.span.end, &out);
    out += ')';
  }
  return out;
}

// cgraph interns every name and attribute value in one reference-counted string dictionary per
// graph (g->clos->strdict, a cdt splay tree ordered by strcmp): each agxset, each default value a
// new node copies and each string agclose() releases is a lookup in it, some 17 string
// comparisons deep for the ~120k distinct strings of a large graph, which was nearly half the
// time of writing the DOT. The dictionary is only searched, never walked for output, so it can
// be a hash set instead (cdt changes a dictionary's method in place): the same strings with the
// same references, the same DOT bytes. Its table has a fixed size, chosen from the graph's size
// before the first string goes in and never grown: cdt grows a table by asking the dictionary's
// memory function to resize it, which cgraph's (agdictobjmem) cannot do (it frees the old table
// and returns none). The table is allocated and released by cgraph as before (agclose()).
// Example: the 7.6k nodes and 8.1k edges drawn of the Reuters corpus (~47k strings) get 2^16
// slots; a sample graph 2^12.
struct HashedStringsDisc {
  Dtdisc_t disc;  // first: cdt hands &disc back to HashedStringsEvent
  int slots = 0;
};

// The strings' hash, eight bytes at a time: cdt's own (dtstrhash) takes two bytes a step and was
// a tenth of writing the DOT, every name and value written being looked up twice (agwrite interns
// it and releases it again). Buckets are the low bits (the table has 2^k slots), so the end mixes
// the high bits down.
unsigned int HashString(Dt_t* /*dict*/, void* key, Dtdisc_t* /*disc*/) {
  const char* s = static_cast<const char*>(key);
  // Half the look-ups are of "", the default a new node or edge copies into each attribute.
  if (s[0] == '\0') return 0;
  const size_t length = std::strlen(s);
  uint64_t h = length * 0x9e3779b97f4a7c15u;
  size_t i = 0;
  for (; i + 8 <= length; i += 8) {
    uint64_t word;
    std::memcpy(&word, s + i, 8);
    h = (h ^ word) * 0xff51afd7ed558ccdu;
  }
  if (i < length) {
    uint64_t word = 0;
    std::memcpy(&word, s + i, length - i);
    h = (h ^ word) * 0xff51afd7ed558ccdu;
  }
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53u;
  h ^= h >> 33;
  return static_cast<unsigned int>(h);
}

int HashedStringsEvent(Dt_t* /*dict*/, int type, void* data, Dtdisc_t* disc) {
  if (type != DT_HASHSIZE) return 0;
  *static_cast<int*>(data) = reinterpret_cast<const HashedStringsDisc*>(disc)->slots;
  return 1;
}

constexpr int kMinSlotsLog2 = 12;
constexpr int kMaxSlotsLog2 = 22;

// Makes the string dictionary of `graph` (open since agopen() named the graph) a hash set with
// room for about `strings` strings. The disciplines are static: the dictionary uses its
// discipline until agclose(), after BuildAgraph() returns.
void UseHashedStrings(Agraph_t* graph, size_t strings) {
  if (graph->clos == nullptr || graph->clos->strdict == nullptr) return;
  Dt_t* dict = graph->clos->strdict;
  using Discs = std::array<HashedStringsDisc, kMaxSlotsLog2 - kMinSlotsLog2 + 1>;
  static Discs discs = [dict] {
    Discs out;
    const Dtdisc_t* original = dtdisc(dict, nullptr, 0);
    for (size_t i = 0; i < out.size(); ++i) {
      out[i].disc = *original;
      out[i].disc.eventf = HashedStringsEvent;
      out[i].disc.hashf = HashString;
      out[i].slots = 1 << (kMinSlotsLog2 + static_cast<int>(i));
    }
    return out;
  }();
  size_t index = 0;
  while (index + 1 < discs.size() && (size_t{1} << (kMinSlotsLog2 + index)) < strings) ++index;
  dtdisc(dict, &discs[index].disc, DT_SAMECMP);  // rehashes the strings already in
  dtmethod(dict, Dtset);
}

// Makes the node and edge attribute dictionaries of `graph` lists in their present (name) order.
// cgraph keeps them as ordered trees, and walks them whole for every node and edge it creates
// (to set each attribute's default) and writes (to find the values that differ): in a tree each
// step to the next attribute costs ~100 instructions, in a list ~30 (dtnext()); ~480k steps for
// the Reuters graph. dtmethod() turns the tree into a list in the tree's order, and agwrite()
// writes attributes in the order it walks them, so the output is the same. Only for a graph whose
// attributes are all declared already and without subgraphs: a new attribute would be appended
// out of order, and a subgraph's dictionaries are views of the root's, which cdt allows only
// between dictionaries of one method.
void UseListedAttributes(Agraph_t* graph) {
  char record_name[] = "_AG_datadict";
  auto* data = reinterpret_cast<Agdatadict_t*>(aggetrec(graph, record_name, 0));
  if (data == nullptr) return;
  for (Dt_t* dict : {data->dict.n, data->dict.e}) {
    if (dict != nullptr) dtmethod(dict, Dtqueue);
  }
}

// Which nodes to draw: every event; every entity with an edge of its own (a participant, an
// event's place, a relation's end); at most `isolated_limit` of the others, the most mentioned
// first (ties by id, i.e. node order); then the containment parents of every drawn place.
// Returns the number of isolated entities left out. Example: of the 29k entities of the Reuters
// corpus, 1.6k take part in an event or relation; the 200 most mentioned others are kept.
size_t ChooseShownNodes(const Elements& elements, size_t isolated_limit, std::vector<char>* shown) {
  const size_t n = elements.nodes.size();
  shown->assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    if (elements.nodes[i].entity == nullptr) (*shown)[i] = 1;
  }
  for (const ElementEdge& edge : elements.edges) {
    if (edge.kind == EdgeKind::kLocatedIn) continue;
    (*shown)[edge.source] = 1;
    (*shown)[edge.target] = 1;
  }
  std::vector<size_t> isolated;
  for (size_t i = 0; i < n; ++i) {
    if ((*shown)[i] == 0) isolated.push_back(i);
  }
  size_t omitted = 0;
  if (isolated.size() > isolated_limit) {
    // Only which ones are kept matters, not their order: the first `isolated_limit` by
    // (mentions descending, node order), found without sorting the rest.
    std::partial_sort(isolated.begin(), isolated.begin() + static_cast<ptrdiff_t>(isolated_limit),
                      isolated.end(), [&](size_t a, size_t b) {
                        const uint32_t ma = elements.nodes[a].entity->mentions;
                        const uint32_t mb = elements.nodes[b].entity->mentions;
                        return ma != mb ? ma > mb : a < b;
                      });
    omitted = isolated.size() - isolated_limit;
    isolated.resize(isolated_limit);
  }
  for (size_t i : isolated) (*shown)[i] = 1;
  // Containment: a drawn place draws its parent, up the chain (Anchorage → Alaska → US).
  for (bool grew = true; grew;) {
    grew = false;
    for (const ElementEdge& edge : elements.edges) {
      if (edge.kind == EdgeKind::kLocatedIn && (*shown)[edge.source] != 0 &&
          (*shown)[edge.target] == 0) {
        (*shown)[edge.target] = 1;
        if (omitted > 0) --omitted;  // it was isolated but is drawn after all
        grew = true;
      }
    }
  }
  return omitted;
}

}  // namespace

AgErrorCapture::AgErrorCapture() {
  g_error_mutex.lock();
  g_error_store.clear();
  g_errors = &g_error_store;
  previous_ = agseterrf(CaptureError);
}

AgErrorCapture::~AgErrorCapture() {
  agseterrf(previous_);
  g_errors = nullptr;
  g_error_mutex.unlock();
}

std::string AgErrorCapture::messages() const {
  std::string out;
  for (const std::string& m : g_error_store) {
    if (!out.empty()) out += "; ";
    out += m;
  }
  return out;
}

Agmemdisc_t* ArenaMemDisc() { return &g_arena_mem_disc; }

void CloseAgraph(Agraph_t* graph) {
  if (graph == nullptr) return;
  if (graph->parent != nullptr || graph->clos == nullptr ||
      graph->clos->disc.mem != &g_arena_mem_disc) {
    agclose(graph);
    return;
  }
  std::vector<void*> blocks;
  CollectMallocBlocks(graph, *static_cast<const Arena*>(graph->clos->state.mem), &blocks);
  agclose(graph);  // the arena's close: everything at once
  for (void* block : blocks) std::free(block);
}

std::string DotEscString(std::string_view text) {
  std::string out;
  AppendDotEscString(text, &out);
  return out;
}

void AppendDotEscString(std::string_view text, std::string* out) {
  out->reserve(out->size() + text.size());
  // The runs between the characters to escape are copied whole: most labels have none. With
  // SSE2, sixteen bytes without '\\', '\n' or '\r' are passed over at once (tooltips quote
  // whole source sentences).
  size_t run = 0;
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i newline = _mm_set1_epi8('\n');
  const __m128i carriage_return = _mm_set1_epi8('\r');
#endif
  while (i < text.size()) {
#if defined(__SSE2__)
    if (i + 16 <= text.size()) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      const __m128i special = _mm_or_si128(
          _mm_cmpeq_epi8(v, backslash),
          _mm_or_si128(_mm_cmpeq_epi8(v, newline), _mm_cmpeq_epi8(v, carriage_return)));
      const int mask = _mm_movemask_epi8(special);
      if (mask == 0) {
        i += 16;
        continue;
      }
      i += static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
#endif
    const char c = text[i++];
    if (static_cast<unsigned char>(c) > '\r' && c != '\\') continue;  // the usual case, first
    if (c != '\\' && c != '\n' && c != '\r') continue;
    out->append(text.data() + run, i - 1 - run);
    run = i;
    if (c == '\\') {
      *out += "\\\\";
    } else if (c == '\n') {
      *out += "\\n";
    }
  }
  out->append(text.data() + run, text.size() - run);
}

Result<AgraphPtr> BuildAgraph(const GraphData& data, const AgraphOptions& options, Agdisc_t* disc) {
  Strings s;
  const KnowledgeGraph kg{&data};
  const Elements elements = BuildElements(kg);
  std::vector<char> shown;
  const size_t omitted = ChooseShownNodes(elements, options.isolated_limit, &shown);
  auto edge_shown = [&](const ElementEdge& edge) {
    return shown[edge.source] != 0 && shown[edge.target] != 0;
  };
  const size_t shown_nodes = static_cast<size_t>(std::count(shown.begin(), shown.end(), 1));
  const size_t shown_edges =
      static_cast<size_t>(std::count_if(elements.edges.begin(), elements.edges.end(), edge_shown));

  AgraphPtr g(agopen(s("eventgraph"), Agdirected, disc));
  if (!g) return Status::Internal("cgraph: agopen failed");
  // About four strings per drawn node and two per drawn edge: names, labels, ids, tooltips,
  // provenance.
  UseHashedStrings(g.get(), 4 * shown_nodes + 2 * shown_edges);
  Set(g.get(), s, "charset", "UTF-8");
  Set(g.get(), s, "fontname", "Helvetica");
  if (options.force_directed) {
    Set(g.get(), s, "overlap", "prism");
    Set(g.get(), s, "outputorder", "edgesfirst");
  } else {
    Set(g.get(), s, "rankdir", "LR");
  }
  if (!options.title.empty()) {
    Set(g.get(), s, "label", DotEscString(options.title));
    Set(g.get(), s, "labelloc", "t");
  }
  agattr(g.get(), AGNODE, s("fontname"), s("Helvetica"));
  agattr(g.get(), AGNODE, s("fontsize"), s("11"));
  agattr(g.get(), AGEDGE, s("fontname"), s("Helvetica"));
  agattr(g.get(), AGEDGE, s("fontsize"), s("9"));

  if (omitted > 0) {
    Set(g.get(), s, "eg_isolated_omitted", std::to_string(omitted));
    Set(g.get(), s, "comment",
        "left out: " + std::to_string(omitted) + " entities in no event or relation (the " +
            std::to_string(options.isolated_limit) +
            " most mentioned of them are drawn; graph.json has every entity)");
  }
  // An event's eg_sources, written once for its node and again for each of its participation
  // and place edges: put together once, and interned once as a Shared() value. Index: the
  // event's in data.events; the strings stay where they are until the plans are applied.
  std::vector<std::string> event_sources(data.events.size());
  auto sources_of = [&](const EventRecord& event) -> const std::string& {
    std::string& text = event_sources[static_cast<size_t>(&event - data.events.data())];
    if (text.empty()) text = SourcesAttribute(event.sources);
    return text;
  };
  AttributePlan set_node;
  set_node.Reserve(shown_nodes, 11, 192);
  // Values being put together, reused from node to node.
  std::string text;
  std::string escaped;
  std::string label_text;
  for (size_t i = 0; i < elements.nodes.size(); ++i) {
    if (shown[i] == 0) continue;
    const ElementNode& node = elements.nodes[i];
    set_node.StartObject();
    if (node.entity != nullptr) {
      set_node.Keep("id", node.entity->id.value().c_str());
    } else {
      set_node.SharedString("id", node.event->id.value());  // again in its edges' eg_event
    }
    if (const EntityRecord* e = node.entity) {
      const NodeStyle style = EntityStyle(e->kind);
      escaped.clear();
      AppendDotEscString(e->name, &escaped);
      set_node("label", escaped);
      set_node.Shared("shape", style.shape);
      set_node.Shared("style", "filled");
      set_node.Shared("fillcolor", style.fill);
      set_node.Shared("color", style.stroke);
      set_node.Shared("eg_kind", EntityKindName(e->kind));
      text.clear();
      AppendNumber(e->mentions, &text);
      set_node("eg_mentions", text);
      text.clear();
      for (const DocId& d : e->docs) {
        if (!text.empty()) text += ' ';
        text += d.value();
      }
      set_node("eg_docs", text);
      text.assign(e->name);
      text += " (";
      text += EntityKindName(e->kind);
      text += ')';
      for (const std::string& t : e->titles) {
        text += '\n';
        text += t;
      }
      escaped.clear();
      AppendDotEscString(text, &escaped);
      set_node("tooltip", escaped);
    } else {
      const EventRecord& ev = *node.event;
      std::string& label = label_text;
      label.clear();
      AppendDotEscString(node.label, &label);
      if (ev.time && ev.time->known()) {
        label += "\\n";
        AppendDotEscString(ev.time->value, &label);
      }
      std::string_view style = "rounded,filled";
      if (ev.status == EventStatus::kPlanned || ev.status == EventStatus::kUncertain) {
        style = "rounded,filled,dashed";
      } else if (ev.status == EventStatus::kNegated) {
        style = "rounded,filled,dotted";
      }
      set_node("label", label);
      set_node.Shared("shape", "box");
      set_node.Shared("style", style);
      set_node.Shared("fillcolor", EventTypeFill(ev.type));
      set_node.Shared("eg_kind", "event");
      set_node.Keep("eg_type", ev.type.c_str());
      set_node.Shared("eg_status", EventStatusName(ev.status));
      set_node.Keep("eg_time", ev.time ? ev.time->value.c_str() : "");
      set_node.SharedString("eg_sources", sources_of(ev));
      text.assign(ev.type);
      text += " (";
      text += EventStatusName(ev.status);
      text += ')';
      for (const SourceRef& src : ev.sources) {
        text += '\n';
        text += src.text;
      }
      escaped.clear();
      AppendDotEscString(text, &escaped);
      set_node("tooltip", escaped);
    }
  }
  AttributePlan set_edge;
  set_edge.Reserve(shown_edges, 6, 128);
  for (const ElementEdge& edge : elements.edges) {
    if (!edge_shown(edge)) continue;
    set_edge.StartObject();
    set_edge.Keep("id", edge.id.c_str());
    std::string& label = label_text;
    label.clear();
    AppendDotEscString(edge.label, &label);
    switch (edge.kind) {
      case EdgeKind::kParticipatesIn:
        set_edge.Shared("color", "#7f7f7f");
        break;
      case EdgeKind::kTookPlaceIn:
        set_edge.Shared("color", "#9467bd");
        set_edge.Shared("style", "dotted");
        break;
      case EdgeKind::kRelation:
        set_edge.Shared("color", "#b22222");
        set_edge.Shared("penwidth", "2");
        if (edge.time && edge.time->known()) {
          label += "\\n";
          AppendDotEscString(edge.time->value, &label);
        }
        if (edge.relation->symmetric) set_edge.Shared("dir", "both");
        if (edge.status != EventStatus::kOccurred) set_edge.Shared("style", "dashed");
        break;
      case EdgeKind::kLocatedIn:
        set_edge.Shared("color", "#9467bd");
        set_edge.Shared("style", "dashed");
        set_edge.Shared("arrowhead", "empty");
        break;
    }
    set_edge("label", label);
    set_edge.Shared("eg_kind", EdgeKindName(edge.kind));
    if (edge.event) set_edge.SharedString("eg_event", edge.event->id.value());
    if (edge.time) set_edge.Keep("eg_time", edge.time->value.c_str());
    if (edge.event != nullptr && edge.sources == &edge.event->sources) {
      if (!edge.sources->empty()) set_edge.SharedString("eg_sources", sources_of(*edge.event));
    } else if (!edge.sources->empty()) {
      set_edge("eg_sources", SourcesAttribute(*edge.sources));
    }
  }
  const bool arena = disc != nullptr && disc->mem == &g_arena_mem_disc;
  const std::vector<Agsym_t*> node_symbols = set_node.Declare(g.get(), AGNODE);
  const std::vector<Agsym_t*> edge_symbols = set_edge.Declare(g.get(), AGEDGE);
  if (arena && !options.clusters_by_year) UseListedAttributes(g.get());

  std::map<int32_t, Agraph_t*> clusters;
  std::vector<Agnode_t*> nodes(elements.nodes.size(), nullptr);
  std::string scratch;
  size_t planned = 0;  // index in set_node: the shown nodes in order
  for (size_t i = 0; i < elements.nodes.size(); ++i) {
    if (shown[i] == 0) continue;
    const ElementNode& node = elements.nodes[i];
    Agraph_t* parent = g.get();
    if (options.clusters_by_year && node.event && node.event->time) {
      std::optional<int32_t> year;
      if (node.event->time->begin.year != 0) year = node.event->time->begin.year;
      if (year) {
        Agraph_t*& cluster = clusters[*year];
        if (cluster == nullptr) {
          cluster = agsubg(g.get(), s("cluster_" + std::to_string(*year)), 1);
          if (cluster == nullptr) return Status::Internal("cgraph: agsubg failed");
          Set(cluster, s, "label", std::to_string(*year));
          Set(cluster, s, "style", "rounded,dashed");
          Set(cluster, s, "color", "#888888");
        }
        parent = cluster;
      }
    }
    scratch = node.id;
    Agnode_t* n = agnode(parent, scratch.data(), 1);
    if (n == nullptr) return Status::Internal("cgraph: agnode failed for " + std::string(node.id));
    nodes[i] = n;
    set_node.Apply(planned++, g.get(), n, node_symbols, arena);
  }
  planned = 0;
  for (const ElementEdge& edge : elements.edges) {
    if (!edge_shown(edge)) continue;
    scratch = edge.id;
    Agedge_t* e = agedge(g.get(), nodes[edge.source], nodes[edge.target], scratch.data(), 1);
    if (e == nullptr) return Status::Internal("cgraph: agedge failed for " + edge.id);
    set_edge.Apply(planned++, g.get(), e, edge_symbols, arena);
  }
  return g;
}

}  // namespace eventgraph::internal
