// SPDX-License-Identifier: Apache-2.0
#include "export/json_writer.h"

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <unistd.h>

#include "export/atomic_file.h"
#include "export/json_reader.h"

namespace eventgraph {
namespace {

GraphData Fixture() {
  GraphData g;
  DocumentRecord d;
  d.id = DocId("a.txt");
  d.path = "in/a.txt";
  d.title = "Leaders \"meet\" <b>";
  d.date = CivilDate{2025, 8, 16};
  d.date_source = DctSource::kHeader;
  d.sentences = {{Span{17, 40}, SentenceKind::kBody}, {Span{41, 60}, SentenceKind::kByline}};
  g.documents.push_back(d);
  DocumentRecord undated;
  undated.id = DocId("b.txt");
  undated.path = "in/b.txt";
  g.documents.push_back(undated);
  EntityRecord e;
  e.id = EntityId("ent:1");
  e.name = "Ana Kov\xC3\xA1\xC4\x8D";
  e.kind = EntityKind::kPerson;
  e.aliases = {"Ana Kov\xC3\xA1\xC4\x8D", "Kovac\\"};
  e.titles = {"Prime Minister"};
  e.mentions = 3;
  e.docs = {DocId("a.txt")};
  e.doc_mentions = {3};
  e.key = "ana kovac";
  e.country = "HR";
  g.entities.push_back(e);
  EntityRecord place;
  place.id = EntityId("ent:2");
  place.name = "Oslo";
  place.kind = EntityKind::kPlace;
  place.latitude = 59.91273;
  place.longitude = 10.74609;
  place.iso_code = "NO";
  g.entities.push_back(place);
  EntityRecord firm;  // a person name without person evidence (round-trips its flag)
  firm.id = EntityId("ent:3");
  firm.name = "Orbis Lumen";
  firm.kind = EntityKind::kOrganization;
  firm.key = "orbis lumen";
  firm.unconfirmed_person = true;
  g.entities.push_back(firm);
  EventRecord ev;
  ev.id = EventId("evt:1");
  ev.type = "meeting";
  ev.label = "Ana Kova\xC4\x8D meets in Oslo";
  ev.status = EventStatus::kPlanned;
  ev.time = TimeValue{"2025-08", Precision::kMonth, {2025, 8, 1}, {2025, 8, 31}, "in August"};
  ev.place = EntityId("ent:2");
  ev.participants = {{EntityId("ent:1"), ParticipantRole::kAgent}};
  ev.confidence = 0.75;
  ev.sources = {{DocId("a.txt"), 0, Span{17, 40}, "met in Oslo"}};
  ev.merges = {{ev.sources[0], {DocId("b.txt"), 2, Span{5, 9}, "talks"}, "same type, day, place"}};
  EventMentionRecord report;
  report.type = "meeting";
  report.status = EventStatus::kPlanned;
  report.time = ev.time;
  report.place = EntityId("ent:2");
  report.place_chain = {EntityId("ent:2")};
  report.participants = ev.participants;
  report.excluded = {EntityId("ent:9")};
  report.confidence = 0.5;
  report.rule = "subject_verb";
  report.sources = ev.sources;
  ev.mentions = {report};
  g.events.push_back(ev);
  RelationRecord r;
  r.id = RelationId("rel:1");
  r.type = "met";
  r.source = EntityId("ent:1");
  r.target = EntityId("ent:2");
  r.event = EventId("evt:1");
  r.symmetric = true;
  r.sources = ev.sources;
  r.mentions = {{ev.sources[0], EventStatus::kPlanned, std::nullopt, ev.sources[0]},
                {ev.sources[0], EventStatus::kOccurred, ev.time, std::nullopt}};
  g.relations.push_back(r);
  return g;
}

TEST_CASE("WriteGraphJson: round-trips through ReadGraphJson exactly", "[export][json]") {
  const GraphData g = Fixture();
  const std::string json = WriteGraphJson(g);
  auto back = ReadGraphJson(json, "g.json");
  REQUIRE(back.ok());
  CHECK(*back == g);
  CHECK(WriteGraphJson(*back) == json);
}

TEST_CASE("WriteGraphJsonFile: streams the bytes of WriteGraphJson to a file", "[export][json]") {
  GraphData g = Fixture();
  // Enough documents for several 256 KiB pieces.
  for (int i = 0; i < 5000; ++i) {
    DocumentRecord d = g.documents.front();
    d.id = DocId("doc" + std::to_string(100000 + i));
    g.documents.push_back(d);
  }
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("eventgraph_json_file_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "graph.json").string();
  Status s = WriteGraphJsonFile(g, path);
  Result<std::string> written = ReadFile(path);
  Status missing = WriteGraphJsonFile(g, (dir / "no" / "graph.json").string());
  std::filesystem::remove_all(dir);
  REQUIRE(s.ok());
  REQUIRE(written.ok());
  CHECK(written->size() > 512 * 1024);
  CHECK(*written == WriteGraphJson(g));
  CHECK_FALSE(missing.ok());
}

// Bytes below 0x20 other than the pretty printer's newlines: none in valid JSON strings.
size_t RawControlBytes(const std::string& json) {
  return static_cast<size_t>(std::count_if(json.begin(), json.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 && c != '\n';
  }));
}

TEST_CASE("WriteGraphJsonFile: escapes a special byte at any place in a string of any length",
          "[export][json]") {
  // The file writer tests 16, 8 and 4 bytes at a time with overlapping tails; the string writer
  // escapes byte by byte. Every length up to 40 with '"', '\\', a newline, U+0001 or 'ü' at
  // every position must give the same bytes. U+001A..U+001F too: RapidJSON 1.1's SSE2 scan for
  // a rapidjson::StringBuffer left them raw (invalid JSON); export/ writes to its own JsonBuffer.
  GraphData g = Fixture();
  const std::string specials[] = {"\"",       "\\",   "\n",  std::string(1, '\x01'),
                                  "\xC3\xBC", "\x1A", "\x1F"};
  int n = 0;
  for (size_t length = 0; length <= 40; ++length) {
    for (const std::string& special : specials) {
      for (size_t at = 0; at <= length; ++at) {
        std::string name(length, 'a');
        name.insert(at, special);
        DocumentRecord d = g.documents.front();
        d.id = DocId("doc" + std::to_string(100000 + n++));
        d.title = name;
        d.path = std::string(length, 'p');
        g.documents.push_back(d);
      }
    }
  }
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("eventgraph_json_escape_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "graph.json").string();
  Status s = WriteGraphJsonFile(g, path);
  Result<std::string> written = ReadFile(path);
  std::filesystem::remove_all(dir);
  REQUIRE(s.ok());
  REQUIRE(written.ok());
  CHECK(*written == WriteGraphJson(g));
  Result<GraphData> back = ReadGraphJson(*written, "graph.json");
  REQUIRE(back.ok());
  CHECK(*back == g);
  // No raw control byte in any string: only the pretty printer's newlines.
  const std::string in_memory = WriteGraphJson(g);
  CHECK(in_memory.find("\\u001A") != std::string::npos);
  CHECK(in_memory.find("\\u001F") != std::string::npos);
  CHECK(RawControlBytes(in_memory) == 0);
  const std::string line = WriteGraphJsonLine(g);  // `extract`'s JSONL form
  CHECK(RawControlBytes(line) == 0);
}

TEST_CASE("WriteGraphJson: writes sources whose text or document id needs escaping",
          "[export][json]") {
  // Sources and lists are written in one piece unless a string needs escaping, then field by
  // field: both must read back the same.
  GraphData g = Fixture();
  g.events.front().sources.front().text = "said \"yes\"\n";
  g.events.front().sources.push_back({DocId("c\\d.txt"), 1, Span{2, 3}, "plain"});
  g.relations.front().sources = g.events.front().sources;
  const std::string json = WriteGraphJson(g);
  CHECK(json.find("{\"doc\":\"a.txt\",\"sentence\":0,\"begin\":17,\"end\":40,"
                  "\"text\":\"said \\\"yes\\\"\\n\"}") != std::string::npos);
  CHECK(json.find("{\"doc\":\"c\\\\d.txt\",\"sentence\":1,\"begin\":2,\"end\":3,"
                  "\"text\":\"plain\"}") != std::string::npos);
  CHECK(json.find("\"aliases\":[\"Ana Kov\xC3\xA1\xC4\x8D\",\"Kovac\\\\\"]") != std::string::npos);
  Result<GraphData> back = ReadGraphJson(json, "graph.json");
  REQUIRE(back.ok());
  CHECK(*back == g);
}

TEST_CASE("WriteGraphJson: writes the documented contract fields", "[export][json]") {
  const std::string json = WriteGraphJson(Fixture());
  CHECK(json.rfind("{\"schema\":\"eventgraph.graph/1\",\n\"documents\":[\n{\"id\":", 0) == 0);
  CHECK(json.find("\"date\":\"2025-08-16\"") != std::string::npos);
  CHECK(json.find("\"date\":null") != std::string::npos);
  CHECK(json.find("\"date_source\":\"header\"") != std::string::npos);
  CHECK(json.find("\"precision\":\"month\"") != std::string::npos);
  CHECK(json.find("\"title\":\"Leaders \\\"meet\\\" <b>\"") != std::string::npos);
  CHECK(json.back() == '\n');
}

TEST_CASE("WriteGraphJson: writes one record per line", "[export][json]") {
  const GraphData g = Fixture();
  const std::string json = WriteGraphJson(g);
  std::vector<std::string> lines;
  for (size_t begin = 0; begin < json.size();) {
    const size_t end = json.find('\n', begin);
    REQUIRE(end != std::string::npos);
    lines.push_back(json.substr(begin, end - begin));
    begin = end + 1;
  }
  // The schema, then per list its opening line, its records and "]," (the last "]}").
  const size_t records =
      g.documents.size() + g.entities.size() + g.events.size() + g.relations.size();
  REQUIRE(lines.size() == 1 + 4 * 2 + records);
  CHECK(lines[0] == "{\"schema\":\"eventgraph.graph/1\",");
  CHECK(lines[1] == "\"documents\":[");
  CHECK(lines.back() == "]}");
  // Each record line is the record written by itself: the JSON-lines writer's form of it.
  GraphData one_entity;
  one_entity.entities.push_back(g.entities.front());
  const std::string alone = WriteGraphJsonLine(one_entity);
  const std::string record = lines[1 + g.documents.size() + 2 + 1];
  CHECK(alone.find(record.substr(0, record.size() - (record.back() == ',' ? 1 : 0))) !=
        std::string::npos);
  CHECK(record.rfind("{\"id\":\"" + g.entities.front().id.value() + "\",", 0) == 0);
  // An empty list stays on its line.
  GraphData empty;
  CHECK(WriteGraphJson(empty) ==
        "{\"schema\":\"eventgraph.graph/1\",\n\"documents\":[],\n\"entities\":[],\n"
        "\"events\":[],\n\"relations\":[]}\n");
}

TEST_CASE("ReadGraphJsonParts: tells a graph.json from the lines of extract", "[export][json]") {
  const GraphData g = Fixture();
  GraphData other = g;
  other.documents.resize(1);
  other.entities.clear();
  other.events.clear();
  other.relations.clear();
  SECTION("graph.json, one record per line, is one graph") {
    auto parts = ReadGraphJsonParts(WriteGraphJson(g), "graph.json");
    REQUIRE(parts.ok());
    REQUIRE(parts->size() == 1);
    CHECK(parts->front() == g);
  }
  SECTION("a pretty-printed graph.json of earlier builds is one graph") {
    auto parts = ReadGraphJsonParts(
        "{\n  \"schema\": \"eventgraph.graph/1\",\n  \"documents\": [],\n  \"entities\": [],\n"
        "  \"events\": [],\n  \"relations\": []\n}\n",
        "old.json");
    REQUIRE(parts.ok());
    REQUIRE(parts->size() == 1);
    CHECK(parts->front().documents.empty());
  }
  SECTION("extract's lines are one graph each, errors name the line") {
    const std::string lines = WriteGraphJsonLine(g) + "\n" + WriteGraphJsonLine(other);
    auto parts = ReadGraphJsonParts(lines, "shard.jsonl");
    REQUIRE(parts.ok());
    REQUIRE(parts->size() == 2);
    CHECK(parts->at(0) == g);
    CHECK(parts->at(1) == other);
    auto bad = ReadGraphJsonParts(WriteGraphJsonLine(g) + "{\"schema\": }\n", "shard.jsonl");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.status().message().rfind("shard.jsonl:2:", 0) == 0);
  }
}

TEST_CASE("ReadGraphJson: names the place of every error", "[export][json]") {
  auto syntax =
      ReadGraphJson("{\n  \"schema\": \"eventgraph.graph/1\",\n  \"documents\": [}\n", "g.json");
  REQUIRE_FALSE(syntax.ok());
  CHECK(syntax.status().message() == "g.json:3:17: parse error: Invalid value.");
  auto schema = ReadGraphJson("{\"schema\": \"eventgraph.graph/2\"}", "old.json");
  REQUIRE_FALSE(schema.ok());
  CHECK(schema.status().code() == StatusCode::kUnsupported);
  CHECK(schema.status().message() ==
        "old.json: unsupported schema 'eventgraph.graph/2' (this build reads eventgraph.graph/1)");
  auto field = ReadGraphJson(
      "{\"schema\": \"eventgraph.graph/1\", \"documents\": [], \"entities\": [], \"events\": "
      "[{\"id\": \"e\", \"type\": 3, \"status\": \"occurred\", \"participants\": [], "
      "\"sources\": []}], \"relations\": []}",
      "g.json");
  REQUIRE_FALSE(field.ok());
  CHECK(field.status().message() == "g.json: events[0].type: expected a string");
  auto counts = ReadGraphJson(
      "{\"schema\": \"eventgraph.graph/1\", \"documents\": [], \"entities\": [{\"id\": \"p\", "
      "\"name\": \"P\", \"kind\": \"person\", \"docs\": [\"a\", \"b\"], \"doc_mentions\": [1]}], "
      "\"events\": [], \"relations\": []}",
      "g.json");
  REQUIRE_FALSE(counts.ok());
  CHECK(counts.status().message() ==
        "g.json: entities[0].doc_mentions: expected one count per entry of docs (2), got 1");
  auto none = ReadGraphJson("[1, 2]", "x.json");
  REQUIRE_FALSE(none.ok());
  CHECK(none.status().message() == "x.json: expected a JSON object");
}

}  // namespace
}  // namespace eventgraph
