// SPDX-License-Identifier: Apache-2.0
// graph.json reader: RapidJSON DOM parse, then a typed walk that names the JSON path of any
// field that is missing or has the wrong type ("a.json: events[3].time.value: expected a
// string"). Keep in sync with json_writer.cc and docs/graph-json.md.
#include "export/json_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "core/text.h"
#include "export/atomic_file.h"
#include "export/json_writer.h"

namespace eventgraph {
namespace {

using Value = rapidjson::Value;

// Walks the DOM; the first error wins and is kept in `error`.
class Walker {
 public:
  explicit Walker(std::string_view source) : source_(source) {}

  bool failed() const { return !error_.empty(); }
  Status status() const { return Status::ParseError(error_); }

  void Fail(const std::string& path, const std::string& what) {
    if (error_.empty()) error_ = source_ + ": " + path + ": " + what;
  }

  const Value* Member(const Value& obj, const char* key, const std::string& path, bool required) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) {
      if (required) Fail(path + "." + key, "missing");
      return nullptr;
    }
    return &it->value;
  }

  std::string Str(const Value& obj, const char* key, const std::string& path,
                  bool required = true) {
    const Value* v = Member(obj, key, path, required);
    if (v == nullptr || v->IsNull()) return "";
    if (!v->IsString()) {
      Fail(path + "." + key, "expected a string");
      return "";
    }
    return Checked(std::string(v->GetString(), v->GetStringLength()), path + "." + key);
  }

  // RapidJSON decodes an escaped lone surrogate ("\udF1b") into bytes that are no UTF-8, which
  // every writer would then copy out: such a string is an error of the input, as raw bytes that
  // are no UTF-8 already are (kParseValidateEncodingFlag).
  std::string Checked(std::string s, const std::string& path) {
    if (FindInvalidUtf8(s) != std::string::npos) {
      Fail(path, "invalid UTF-8 (an escaped unpaired surrogate?)");
      return "";
    }
    return s;
  }

  uint32_t U32(const Value& obj, const char* key, const std::string& path, bool required = true) {
    const Value* v = Member(obj, key, path, required);
    if (v == nullptr) return 0;
    if (!v->IsUint()) {
      Fail(path + "." + key, "expected an unsigned integer");
      return 0;
    }
    return v->GetUint();
  }

  std::optional<double> Num(const Value& obj, const char* key, const std::string& path) {
    const Value* v = Member(obj, key, path, false);
    if (v == nullptr || v->IsNull()) return std::nullopt;
    if (!v->IsNumber()) {
      Fail(path + "." + key, "expected a number");
      return std::nullopt;
    }
    return v->GetDouble();
  }

  bool Bool(const Value& obj, const char* key, const std::string& path) {
    const Value* v = Member(obj, key, path, false);
    if (v == nullptr) return false;
    if (!v->IsBool()) {
      Fail(path + "." + key, "expected true or false");
      return false;
    }
    return v->GetBool();
  }

  const Value* Array(const Value& obj, const char* key, const std::string& path,
                     bool required = true) {
    const Value* v = Member(obj, key, path, required);
    if (v == nullptr) return nullptr;
    if (!v->IsArray()) {
      Fail(path + "." + key, "expected an array");
      return nullptr;
    }
    return v;
  }

  std::vector<uint32_t> U32s(const Value& obj, const char* key, const std::string& path) {
    std::vector<uint32_t> out;
    const Value* a = Array(obj, key, path, false);
    if (a == nullptr) return out;
    for (rapidjson::SizeType i = 0; i < a->Size(); ++i) {
      if (!(*a)[i].IsUint()) {
        Fail(path + "." + key + "[" + std::to_string(i) + "]", "expected an unsigned integer");
        return out;
      }
      out.push_back((*a)[i].GetUint());
    }
    return out;
  }

  std::vector<std::string> Strings(const Value& obj, const char* key, const std::string& path) {
    std::vector<std::string> out;
    const Value* a = Array(obj, key, path, false);
    if (a == nullptr) return out;
    for (rapidjson::SizeType i = 0; i < a->Size(); ++i) {
      if (!(*a)[i].IsString()) {
        Fail(path + "." + key + "[" + std::to_string(i) + "]", "expected a string");
        return out;
      }
      out.push_back(Checked(std::string((*a)[i].GetString(), (*a)[i].GetStringLength()),
                            path + "." + key + "[" + std::to_string(i) + "]"));
    }
    return out;
  }

  std::optional<CivilDate> Date(const std::string& text, const std::string& path) {
    if (text.empty()) return std::nullopt;
    CivilDate d;
    if (ParseIsoPrefix(text, &d)) return d;
    Fail(path, "expected an ISO 8601 date prefix, got '" + text + "'");
    return std::nullopt;
  }

  // "2025-08-16", "2025-08", "2025", "XXXX-08-16".
  static bool ParseIsoPrefix(const std::string& t, CivilDate* d) {
    auto num = [&](size_t pos, size_t len, int32_t* out) {
      if (pos + len > t.size()) return false;
      int32_t v = 0;
      for (size_t i = pos; i < pos + len; ++i) {
        if (t[i] < '0' || t[i] > '9') return false;
        v = v * 10 + (t[i] - '0');
      }
      *out = v;
      return true;
    };
    *d = CivilDate{};
    if (t.compare(0, 4, "XXXX") != 0 && !num(0, 4, &d->year)) return false;
    if (t.size() == 4) return true;
    if (t.size() < 7 || t[4] != '-' || !num(5, 2, &d->month)) return false;
    if (t.size() == 7) return true;
    return t.size() == 10 && t[7] == '-' && num(8, 2, &d->day);
  }

  std::optional<TimeValue> Time(const Value& obj, const std::string& path) {
    const Value* v = Member(obj, "time", path, false);
    if (v == nullptr || v->IsNull()) return std::nullopt;
    const std::string p = path + ".time";
    if (!v->IsObject()) {
      Fail(p, "expected an object or null");
      return std::nullopt;
    }
    TimeValue t;
    t.value = Str(*v, "value", p);
    const std::string precision = Str(*v, "precision", p);
    bool found = false;
    for (Precision pr : {Precision::kNone, Precision::kCentury, Precision::kDecade,
                         Precision::kYear, Precision::kQuarter, Precision::kMonth, Precision::kWeek,
                         Precision::kDay, Precision::kTime}) {
      if (PrecisionName(pr) == precision) {
        t.precision = pr;
        found = true;
      }
    }
    if (!found) Fail(p + ".precision", "unknown precision '" + precision + "'");
    if (auto b = Date(Str(*v, "begin", p, false), p + ".begin")) t.begin = *b;
    if (auto e = Date(Str(*v, "end", p, false), p + ".end")) t.end = *e;
    t.text = Str(*v, "text", p, false);
    return t;
  }

  SourceRef Source(const Value& v, const std::string& p) {
    SourceRef s;
    if (!v.IsObject()) {
      Fail(p, "expected an object");
      return s;
    }
    s.doc = DocId(Str(v, "doc", p));
    s.sentence = U32(v, "sentence", p);
    s.span = Span{U32(v, "begin", p), U32(v, "end", p)};
    s.text = Str(v, "text", p, false);
    return s;
  }

  std::vector<SourceRef> Sources(const Value& obj, const std::string& path) {
    std::vector<SourceRef> out;
    const Value* a = Array(obj, "sources", path);
    if (a == nullptr) return out;
    for (rapidjson::SizeType i = 0; i < a->Size() && !failed(); ++i) {
      out.push_back(Source((*a)[i], path + ".sources[" + std::to_string(i) + "]"));
    }
    return out;
  }

  std::vector<ParticipantRecord> Participants(const Value& obj, const std::string& path) {
    std::vector<ParticipantRecord> out;
    const Value* parts = Array(obj, "participants", path, false);
    if (parts == nullptr) return out;
    for (rapidjson::SizeType i = 0; i < parts->Size() && !failed(); ++i) {
      const std::string pp = path + ".participants[" + std::to_string(i) + "]";
      const Value& pv = (*parts)[i];
      if (!pv.IsObject()) {
        Fail(pp, "expected an object");
        break;
      }
      ParticipantRecord r;
      r.entity = EntityId(Str(pv, "entity", pp));
      const std::string role = Str(pv, "role", pp, false);
      if (auto rl = ParseParticipantRole(role)) r.role = *rl;
      out.push_back(std::move(r));
    }
    return out;
  }

  std::vector<EntityId> EntityIds(const Value& obj, const char* key, const std::string& path) {
    std::vector<EntityId> out;
    for (std::string& s : Strings(obj, key, path)) out.emplace_back(std::move(s));
    return out;
  }

  EventMentionRecord EventMention(const Value& v, const std::string& p) {
    EventMentionRecord m;
    if (!v.IsObject()) {
      Fail(p, "expected an object");
      return m;
    }
    m.type = Str(v, "type", p);
    m.status = StatusOf(v, p);
    m.time = Time(v, p);
    if (std::string place = Str(v, "place", p, false); !place.empty()) m.place = EntityId(place);
    m.place_chain = EntityIds(v, "place_chain", p);
    m.participants = Participants(v, p);
    m.excluded = EntityIds(v, "excluded", p);
    m.confidence = Num(v, "confidence", p).value_or(0.0);
    m.rule = Str(v, "rule", p, false);
    m.sources = Sources(v, p);
    return m;
  }

  RelationMentionRecord RelationMention(const Value& v, const std::string& p) {
    RelationMentionRecord m;
    if (!v.IsObject()) {
      Fail(p, "expected an object");
      return m;
    }
    if (const Value* src = Member(v, "source", p, true)) m.source = Source(*src, p + ".source");
    m.status = StatusOf(v, p);
    m.time = Time(v, p);
    if (const Value* ev = Member(v, "event", p, false); ev != nullptr && !ev->IsNull()) {
      m.event = Source(*ev, p + ".event");
    }
    return m;
  }

  EventStatus StatusOf(const Value& obj, const std::string& path) {
    const std::string s = Str(obj, "status", path);
    auto st = ParseEventStatus(s);
    if (!st) {
      Fail(path + ".status", "unknown status '" + s + "'");
      return EventStatus::kOccurred;
    }
    return *st;
  }

 private:
  std::string source_;
  std::string error_;
};

template <typename F>
void EachObject(Walker& w, const Value& root, const char* key, F&& f) {
  const Value* a = w.Array(root, key, "");
  if (a == nullptr) return;
  for (rapidjson::SizeType i = 0; i < a->Size() && !w.failed(); ++i) {
    const std::string path = std::string(key) + "[" + std::to_string(i) + "]";
    if (!(*a)[i].IsObject()) {
      w.Fail(path, "expected an object");
      return;
    }
    f((*a)[i], path);
  }
}

}  // namespace

Result<GraphData> ReadGraphJson(std::string_view json, std::string_view source_name) {
  const std::string source(source_name);
  rapidjson::Document dom;
  dom.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag |
            rapidjson::kParseFullPrecisionFlag>(json.data(), json.size());
  if (dom.HasParseError()) {
    LineColumn lc = LineColumnAt(json, dom.GetErrorOffset());
    return Status::ParseError(source + ":" + std::to_string(lc.line) + ":" +
                              std::to_string(lc.column) +
                              ": parse error: " + rapidjson::GetParseError_En(dom.GetParseError()));
  }
  if (!dom.IsObject()) return Status::ParseError(source + ": expected a JSON object");
  auto schema = dom.FindMember("schema");
  if (schema == dom.MemberEnd() || !schema->value.IsString()) {
    return Status::ParseError(source + ": not an eventgraph graph (no \"schema\" field)");
  }
  const std::string schema_name = schema->value.GetString();
  if (schema_name != kGraphJsonSchema) {
    return Status::Unsupported(source + ": unsupported schema '" + schema_name +
                               "' (this build reads " + kGraphJsonSchema + ")");
  }
  Walker w(source);
  GraphData g;
  EachObject(w, dom, "documents", [&](const Value& v, const std::string& p) {
    DocumentRecord d;
    d.id = DocId(w.Str(v, "id", p));
    d.path = w.Str(v, "path", p, false);
    d.title = w.Str(v, "title", p, false);
    d.date = w.Date(w.Str(v, "date", p, false), p + ".date");
    const std::string ds = w.Str(v, "date_source", p, false);
    d.date_source = DctSource::kNone;
    for (DctSource s : {DctSource::kNone, DctSource::kHeader, DctSource::kDateline,
                        DctSource::kOption, DctSource::kInferred}) {
      if (DctSourceName(s) == ds) d.date_source = s;
    }
    if (const Value* sentences = w.Array(v, "sentences", p, false)) {
      for (rapidjson::SizeType i = 0; i < sentences->Size() && !w.failed(); ++i) {
        const std::string sp = p + ".sentences[" + std::to_string(i) + "]";
        const Value& s = (*sentences)[i];
        if (!s.IsObject()) {
          w.Fail(sp, "expected an object");
          break;
        }
        SentenceRecord r;
        r.span = Span{w.U32(s, "begin", sp), w.U32(s, "end", sp)};
        const std::string kind = w.Str(s, "kind", sp, false);
        for (SentenceKind k : {SentenceKind::kBody, SentenceKind::kHeadline, SentenceKind::kByline,
                               SentenceKind::kDateline}) {
          if (SentenceKindName(k) == kind) r.kind = k;
        }
        d.sentences.push_back(r);
      }
    }
    d.text = w.Str(v, "text", p, false);
    if (!d.text.empty()) {
      d.body = Span{0, static_cast<uint32_t>(d.text.size())};
      auto body = v.FindMember("body");
      if (body != v.MemberEnd() && body->value.IsObject()) {
        d.body =
            Span{w.U32(body->value, "begin", p + ".body"), w.U32(body->value, "end", p + ".body")};
      }
      if (d.body.begin > d.body.end || d.body.end > d.text.size()) {
        w.Fail(p + ".body", "outside the text");
      }
    }
    g.documents.push_back(std::move(d));
  });
  EachObject(w, dom, "entities", [&](const Value& v, const std::string& p) {
    EntityRecord e;
    e.id = EntityId(w.Str(v, "id", p));
    e.name = w.Str(v, "name", p);
    const std::string kind = w.Str(v, "kind", p);
    if (auto k = ParseEntityKind(kind)) {
      e.kind = *k;
    } else if (!w.failed()) {
      w.Fail(p + ".kind", "unknown kind '" + kind + "'");
    }
    e.aliases = w.Strings(v, "aliases", p);
    e.titles = w.Strings(v, "titles", p);
    e.mentions = w.U32(v, "mentions", p, false);
    for (std::string& d : w.Strings(v, "docs", p)) e.docs.emplace_back(std::move(d));
    e.doc_mentions = w.U32s(v, "doc_mentions", p);
    if (!e.doc_mentions.empty() && e.doc_mentions.size() != e.docs.size() && !w.failed()) {
      w.Fail(p + ".doc_mentions", "expected one count per entry of docs (" +
                                      std::to_string(e.docs.size()) + "), got " +
                                      std::to_string(e.doc_mentions.size()));
    }
    e.key = w.Str(v, "key", p, false);
    e.country = w.Str(v, "country", p, false);
    e.iso_code = w.Str(v, "iso_code", p, false);
    e.latitude = w.Num(v, "latitude", p);
    e.longitude = w.Num(v, "longitude", p);
    if (std::string parent = w.Str(v, "parent", p, false); !parent.empty()) {
      e.parent = EntityId(parent);
    }
    e.author = w.Bool(v, "author", p);
    e.unconfirmed_person = w.Bool(v, "unconfirmed_person", p);
    g.entities.push_back(std::move(e));
  });
  EachObject(w, dom, "events", [&](const Value& v, const std::string& p) {
    EventRecord e;
    e.id = EventId(w.Str(v, "id", p));
    e.type = w.Str(v, "type", p);
    e.label = w.Str(v, "label", p, false);
    e.status = w.StatusOf(v, p);
    e.time = w.Time(v, p);
    if (std::string place = w.Str(v, "place", p, false); !place.empty()) {
      e.place = EntityId(place);
    }
    if (w.Array(v, "participants", p) != nullptr) e.participants = w.Participants(v, p);
    e.confidence = w.Num(v, "confidence", p).value_or(0.0);
    e.sources = w.Sources(v, p);
    if (const Value* merges = w.Array(v, "merges", p, false)) {
      for (rapidjson::SizeType i = 0; i < merges->Size() && !w.failed(); ++i) {
        const std::string mp = p + ".merges[" + std::to_string(i) + "]";
        const Value& mv = (*merges)[i];
        if (!mv.IsObject()) {
          w.Fail(mp, "expected an object");
          break;
        }
        MergeRecord m;
        if (const Value* kept = w.Member(mv, "kept", mp, true))
          m.kept = w.Source(*kept, mp + ".kept");
        if (const Value* merged = w.Member(mv, "merged", mp, true)) {
          m.merged = w.Source(*merged, mp + ".merged");
        }
        m.reason = w.Str(mv, "reason", mp, false);
        e.merges.push_back(std::move(m));
      }
    }
    if (const Value* mentions = w.Array(v, "mentions", p, false)) {
      for (rapidjson::SizeType i = 0; i < mentions->Size() && !w.failed(); ++i) {
        e.mentions.push_back(
            w.EventMention((*mentions)[i], p + ".mentions[" + std::to_string(i) + "]"));
      }
    }
    g.events.push_back(std::move(e));
  });
  EachObject(w, dom, "relations", [&](const Value& v, const std::string& p) {
    RelationRecord r;
    r.id = RelationId(w.Str(v, "id", p));
    r.type = w.Str(v, "type", p);
    r.source = EntityId(w.Str(v, "source", p));
    r.target = EntityId(w.Str(v, "target", p));
    if (std::string event = w.Str(v, "event", p, false); !event.empty()) r.event = EventId(event);
    r.status = w.StatusOf(v, p);
    r.symmetric = w.Bool(v, "symmetric", p);
    r.time = w.Time(v, p);
    r.sources = w.Sources(v, p);
    if (const Value* mentions = w.Array(v, "mentions", p, false)) {
      for (rapidjson::SizeType i = 0; i < mentions->Size() && !w.failed(); ++i) {
        r.mentions.push_back(
            w.RelationMention((*mentions)[i], p + ".mentions[" + std::to_string(i) + "]"));
      }
    }
    g.relations.push_back(std::move(r));
  });
  if (w.failed()) return w.status();
  return g;
}

Result<std::vector<GraphData>> ReadGraphJsonParts(std::string_view text,
                                                  std::string_view source_name) {
  std::vector<GraphData> parts;
  // JSONL lines are whole objects, so the first line ends with '}'. A graph.json's first line
  // does not: `{"schema":"eventgraph.graph/1",` (one record per line), or `{` (pretty-printed, as
  // earlier builds wrote it). A file of one line is the same either way.
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return parts;
  const size_t first_nl = text.find('\n', first);
  std::string_view first_line = text.substr(
      first, first_nl == std::string_view::npos ? std::string_view::npos : first_nl - first);
  const size_t last = first_line.find_last_not_of(" \t\r");
  const bool single = first_nl == std::string_view::npos || first_line[last] != '}';
  if (single) {
    Result<GraphData> g = ReadGraphJson(text, source_name);
    if (!g.ok()) return g.status();
    parts.push_back(std::move(g).value());
    return parts;
  }
  uint32_t line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const std::string where = std::string(source_name) + ":" + std::to_string(line_no);
    Result<GraphData> g = ReadGraphJson(line, where);
    if (!g.ok()) return g.status();
    parts.push_back(std::move(g).value());
  }
  return parts;
}

Result<GraphData> ReadGraphJsonFile(const std::string& path) {
  Result<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  return ReadGraphJson(*bytes, path);
}

}  // namespace eventgraph
