// SPDX-License-Identifier: Apache-2.0
// End-to-end tests of the eventgraph binary: exit codes, outputs, determinism, bad input.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <rapidjson/document.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/test_util.h"

namespace eventgraph {
namespace {

namespace fs = std::filesystem;

struct Run {
  int status = -1;
  std::string out;
  std::string err;
};

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// Unique per process: ctest runs test cases of this binary in parallel processes.
fs::path TempDir(const std::string& name) {
  static int counter = 0;
  fs::path dir = fs::temp_directory_path() / ("eventgraph_cli_test_" + std::to_string(::getpid()) +
                                              "_" + std::to_string(++counter) + "_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// 'TEXT' for the shell. Built by appending: GCC 12 -O3 reports a false -Wrestrict on chains of
// "literal" + std::string (GCC bug 105329).
std::string Quoted(const std::string& text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '\'';
  out += text;
  out += '\'';
  return out;
}

// "s3.jsonl": the extract output of shard 3.
std::string ShardName(size_t i) {
  std::string name = "s";
  name += std::to_string(i);
  name += ".jsonl";
  return name;
}

// Runs `eventgraph ARGS` through the shell (ARGS is shell text), capturing both streams.
Run Eventgraph(const std::string& args, const std::string& stdin_path = "") {
  const fs::path dir = TempDir("run");
  std::string cmd = Quoted(testing::BinaryPath());
  cmd += ' ';
  cmd += args;
  cmd += " >";
  cmd += Quoted((dir / "out").string());
  cmd += " 2>";
  cmd += Quoted((dir / "err").string());
  if (stdin_path.empty()) {
    cmd += " </dev/null";
  } else {
    cmd += " <";
    cmd += Quoted(stdin_path);
  }
  Run run;
  const int raw = std::system(cmd.c_str());
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  run.out = Slurp(dir / "out");
  run.err = Slurp(dir / "err");
  return run;
}

TEST_CASE("eventgraph: prints version and help, rejects unknown commands", "[cli]") {
  Run version = Eventgraph("version");
  CHECK(version.status == 0);
  CHECK(version.out.rfind("eventgraph ", 0) == 0);
#ifdef EVENTGRAPH_HAVE_MIMALLOC
  CHECK(version.out.find("\nallocator: mimalloc 2.") != std::string::npos);
#else
  CHECK(version.out.find("\nallocator: system\n") != std::string::npos);
#endif
  Run help = Eventgraph("help");
  CHECK(help.status == 0);
  CHECK(help.out.find("build") != std::string::npos);
  Run unknown = Eventgraph("frobnicate");
  CHECK(unknown.status == 2);
  CHECK(unknown.err.rfind("eventgraph: unknown command 'frobnicate'", 0) == 0);
  Run usage = Eventgraph("build samples");
  CHECK(usage.status == 2);
  Run bad_dct = Eventgraph("build x.txt -o /tmp/x --dct 2025-02-30");
  CHECK(bad_dct.status == 2);
  CHECK(bad_dct.err ==
        "eventgraph: --dct: '2025-02-30' is not a valid date (expected YYYY-MM-DD)\n");
  Run build_help = Eventgraph("build --help");
  CHECK(build_help.status == 0);
  CHECK(build_help.out.find("--output") != std::string::npos);
}

TEST_CASE("eventgraph build: writes a deterministic graph.json for the samples", "[cli]") {
  const std::string samples = testing::SourceDir() + "/samples";
  const fs::path a = TempDir("a"), b = TempDir("b");
  Run first = Eventgraph("build '" + samples + "' -o '" + a.string() + "'");
  REQUIRE(first.status == 0);
  CHECK(first.err.empty());
  Run second = Eventgraph("build '" + samples + "' -o '" + b.string() + "' --jobs 2");
  REQUIRE(second.status == 0);
  const std::string graph = Slurp(a / "graph.json");
  CHECK(graph.rfind("{\"schema\":\"eventgraph.graph/1\",\n", 0) == 0);
  CHECK(graph == Slurp(b / "graph.json"));
  CHECK(graph.find("\n{\"id\":\"helsinki_summit_2018.txt\",") != std::string::npos);
  CHECK(graph.find("\"date\":\"2018-07-17\"") != std::string::npos);
}

TEST_CASE("eventgraph build: --outputs picks the formats written beside graph.json", "[cli]") {
  const std::string samples = testing::SourceDir() + "/samples";
  const fs::path plain = TempDir("outputs_default");
  REQUIRE(Eventgraph("build '" + samples + "' -o '" + plain.string() + "'").status == 0);
  for (const char* name : {"graph.json", "timeline.json", "graph.dot", "timeline.svg"}) {
    CHECK(fs::exists(plain / name));
  }

  const fs::path none = TempDir("outputs_none");
  REQUIRE(Eventgraph("build '" + samples + "' -o '" + none.string() + "' --outputs none").status ==
          0);
  CHECK(fs::exists(none / "graph.json"));
  CHECK_FALSE(fs::exists(none / "graph.dot"));
  CHECK_FALSE(fs::exists(none / "timeline.svg"));
  CHECK(Slurp(none / "graph.json") == Slurp(plain / "graph.json"));

  // Any registered format; bundles get a directory; the files equal `eventgraph export`'s.
  const fs::path more = TempDir("outputs_more");
  REQUIRE(Eventgraph("build '" + samples + "' -o '" + more.string() + "' --outputs gexf,csv,json")
              .status == 0);
  CHECK(fs::exists(more / "graph.gexf"));
  CHECK(fs::exists(more / "csv" / "entities.csv"));
  CHECK_FALSE(fs::exists(more / "graph.dot"));
  Run gexf = Eventgraph("export '" + (more / "graph.json").string() + "' --format gexf");
  REQUIRE(gexf.status == 0);
  CHECK(gexf.out == Slurp(more / "graph.gexf"));

  const fs::path bad = TempDir("outputs_bad");
  Run unknown =
      Eventgraph("build '" + samples + "' -o '" + (bad / "o").string() + "' --outputs dot,nope");
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("--outputs: unknown format 'nope'") != std::string::npos);
  CHECK_FALSE(fs::exists(bad / "o"));
}

TEST_CASE("eventgraph build: --stats prints a row per stage, merge and output", "[cli]") {
  const std::string samples = testing::SourceDir() + "/samples";
  const fs::path out = TempDir("stats");
  Run run = Eventgraph("build '" + samples + "' -o '" + out.string() + "' --stats");
  REQUIRE(run.status == 0);
  for (const char* row : {"read ", "tokenizer ", "entity_recognizer ", "graph_build ", "merge ",
                          "export:graph.dot ", "write:graph.json ", "total: "}) {
    CHECK(run.err.find(row) != std::string::npos);
  }
}

TEST_CASE("eventgraph build: reports and skips bad documents, keeps the rest", "[cli]") {
  const fs::path in = TempDir("bad_in");
  std::ofstream(in / "good.txt") << "Date: 2025-08-16\nLeaders met in Oslo on Friday.";
  std::ofstream(in / "empty.txt") << "";
  std::ofstream(in / "binary.txt", std::ios::binary) << std::string("ab\0cd", 5);
  std::ofstream(in / "lines.jsonl") << "{\"id\": \"j1\", \"text\": \"Fine.\"}\n{broken\n";
  const fs::path out = TempDir("bad_out");
  Run run = Eventgraph("build '" + in.string() + "' -o '" + out.string() + "'");
  CHECK(run.status == 1);
  CHECK(run.err.find(in.string() + "/binary.txt:1:3: error: binary data (NUL byte)") !=
        std::string::npos);
  CHECK(run.err.find(in.string() + "/empty.txt: error: empty document; skipped") !=
        std::string::npos);
  CHECK(run.err.find(in.string() + "/lines.jsonl:2:2: error: malformed JSON") != std::string::npos);
  CHECK(run.err.find("3 input(s) skipped; 2 document(s) processed") != std::string::npos);
  const std::string graph = Slurp(out / "graph.json");
  CHECK(graph.find("\"id\":\"good.txt\"") != std::string::npos);
  CHECK(graph.find("\"id\":\"j1\"") != std::string::npos);
}

TEST_CASE("eventgraph build: reads JSONL from stdin and keeps the old output on failure", "[cli]") {
  const fs::path dir = TempDir("stdin");
  std::ofstream(dir / "in.jsonl")
      << "{\"id\": \"s1\", \"date\": \"2025-08-16\", \"text\": \"Hi.\"}\n";
  Run run = Eventgraph("build - -o '" + (dir / "out").string() + "'", (dir / "in.jsonl").string());
  CHECK(run.status == 0);
  CHECK(Slurp(dir / "out" / "graph.json").find("\"id\":\"s1\"") != std::string::npos);
  // An output directory that cannot be created: the error names it, exit status 1.
  std::ofstream(dir / "file") << "x";
  Run blocked = Eventgraph("build '" + (dir / "in.jsonl").string() + "' -o '" +
                           (dir / "file" / "sub").string() + "'");
  CHECK(blocked.status == 1);
  CHECK(blocked.err.find("cannot create directory") != std::string::npos);
}

// `--aliases` on build and extract: "BTC" joins "Big Tech Corp" across the two articles; "Mary
// Tamm", whom the spelling rules would join to "Mari Tamm", stays apart. TSV and JSON agree.
TEST_CASE("eventgraph build: --aliases forces and forbids merges in graph.json", "[cli][entity]") {
  const fs::path dir = TempDir("aliases");
  std::ofstream(dir / "a.txt") << "Big Tech Corp said on Tuesday it would build a factory. Mari "
                                  "Tamm, a company spokeswoman, said it would open next year.\n";
  std::ofstream(dir / "b.txt") << "The plant will employ 500 people, BTC said in a statement. "
                                  "Mary Tamm, an analyst, called it good news.\n";
  std::ofstream(dir / "aliases.tsv") << "# canonical\taliases\tkind\n"
                                        "Big Tech Corp\tBTC\torganization\n"
                                        "Mari Tamm\t!Mary Tamm\tperson\n";
  std::ofstream(dir / "aliases.json")
      << "{\"aliases\": [\n"
         "  {\"canonical\": \"Big Tech Corp\", \"aliases\": [\"BTC\"], \"kind\": "
         "\"organization\"},\n"
         "  {\"canonical\": \"Mari Tamm\", \"forbidden\": [\"Mary Tamm\"]}\n"
         "]}\n";
  const std::string inputs =
      " '" + (dir / "a.txt").string() + "' '" + (dir / "b.txt").string() + "' --dct 2024-03-05";
  Run plain = Eventgraph("build" + inputs + " -o '" + (dir / "plain").string() + "'");
  REQUIRE(plain.status == 0);
  const std::string before = Slurp(dir / "plain" / "graph.json");
  CHECK(before.find("\"name\":\"BTC\"") != std::string::npos);        // its own entity
  CHECK(before.find("\"name\":\"Mary Tamm\"") == std::string::npos);  // joined to Mari Tamm
  for (const char* file : {"aliases.tsv", "aliases.json"}) {
    INFO(file);
    const std::string out = (dir / (std::string("out_") + file)).string();
    Run run = Eventgraph("build" + inputs + " -o '" + out + "' --aliases '" +
                         (dir / file).string() + "'");
    REQUIRE(run.status == 0);
    const std::string graph = Slurp(fs::path(out) / "graph.json");
    CHECK(graph.find("\"name\":\"BTC\"") == std::string::npos);
    // The canonical's key, without its legal form (legal_forms.txt).
    CHECK(graph.find("\"key\":\"big tech\"") != std::string::npos);
    CHECK(graph.find("\"name\":\"Mary Tamm\"") != std::string::npos);
    CHECK(graph.find("\"name\":\"Mari Tamm\"") != std::string::npos);
    // extract applies the same table.
    Run extract = Eventgraph("extract" + inputs + " --aliases '" + (dir / file).string() + "'");
    REQUIRE(extract.status == 0);
    CHECK(extract.out.find("\"big tech\"") != std::string::npos);
    CHECK(extract.out.find("\"btc\"") == std::string::npos);
  }
  // A malformed file stops the build with its name, line and column; nothing is written.
  std::ofstream(dir / "bad.json") << "[\n  {\"canonical\": \"Big Tech Corp\" \"kind\": 1}\n]\n";
  Run bad = Eventgraph("build" + inputs + " -o '" + (dir / "bad").string() + "' --aliases '" +
                       (dir / "bad.json").string() + "'");
  CHECK(bad.status == 1);
  CHECK(bad.err == "eventgraph: " + (dir / "bad.json").string() + ":2:33: expected ',' or '}'\n");
  CHECK_FALSE(fs::exists(dir / "bad" / "graph.json"));
  std::ofstream(dir / "bad.tsv") << "Big Tech Corp\tBTC\n# x\nBTC Holdings\tbtc\n";
  Run bad_tsv = Eventgraph("extract" + inputs + " --aliases '" + (dir / "bad.tsv").string() + "'");
  CHECK(bad_tsv.status == 1);
  CHECK(bad_tsv.err ==
        "eventgraph: " + (dir / "bad.tsv").string() + ":3:1: 'btc' already appears on line 1\n");
}

TEST_CASE("eventgraph build: loads the five seed articles with their dates", "[cli][shared]") {
  const std::string shared = testing::SharedDir();
  if (shared.empty()) {
    WARN("../shared absent; skipped");
    return;
  }
  const fs::path out = TempDir("seeds");
  Run run = Eventgraph("build '" + shared + "/corpus/seeds' -o '" + out.string() + "'");
  REQUIRE(run.status == 0);
  const std::string graph = Slurp(out / "graph.json");
  auto count = [&](const std::string& needle) {
    size_t n = 0;
    for (size_t pos = 0; (pos = graph.find(needle, pos)) != std::string::npos; ++pos) ++n;
    return n;
  };
  // Four carry a date header; the fifth has none and gets its date only by inference from the
  // events it shares with the others (never from a header or the --dct option).
  CHECK(count("\"date\":\"2025-08-16\",\"date_source\":\"header\"") == 4);
  CHECK(count("\"date_source\":\"inferred\"") + count("\"date_source\":\"none\"") == 1);
  CHECK(count("\"id\":\"004_7aec41e7a7560202.txt\"") == 1);
}

TEST_CASE("eventgraph build: --jobs 2 equals one thread on real news", "[cli][shared]") {
  const std::string shared = testing::SharedDir();
  std::ifstream news(shared + "/news/reuters21578.jsonl");
  if (shared.empty() || !news) {
    WARN("../shared/news absent; skipped");
    return;
  }
  // 3,000 articles: enough that each worker meets documents of every length in another order
  // than one thread does (a read past a document's last token once differed by that order).
  const fs::path dir = TempDir("jobs_news");
  const fs::path input = dir / "news.jsonl";
  {
    std::ofstream out(input);
    std::string line;
    for (int i = 0; i < 3000 && std::getline(news, line); ++i) out << line << '\n';
  }
  const fs::path one = dir / "one", two = dir / "two";
  REQUIRE(Eventgraph("build '" + input.string() + "' -o '" + one.string() + "' --outputs none")
              .status == 0);
  REQUIRE(
      Eventgraph("build '" + input.string() + "' -o '" + two.string() + "' --outputs none --jobs 2")
          .status == 0);
  CHECK(Slurp(one / "graph.json") == Slurp(two / "graph.json"));
}

TEST_CASE("eventgraph extract + merge: 4 shards in any grouping equal one build", "[cli]") {
  // Undated documents too: oval_office_undated.txt and the third article of corpus.jsonl get a
  // DCT inferred from the dated reports they share an event with, in another shard, and their
  // "on Friday" is resolved with it by `merge` as by `build`.
  const std::string s = testing::SourceDir() + "/samples/";
  const std::vector<std::vector<std::string>> shards = {
      {"anchorage_summit_outlook.txt", "oval_office_undated.txt"},
      {"anchorage_summit_wire.txt", "helsinki_summit_2018.txt"},
      {"leaders_phone_call.txt", "trade_agreement_signing.txt", "corpus.jsonl"},
      {"oval_office_aftermath.txt", "anchorage_summit_talks.txt"}};
  const fs::path dir = TempDir("shards");
  std::string all;
  for (size_t i = 0; i < shards.size(); ++i) {
    std::string inputs;
    for (const std::string& f : shards[i]) inputs += " '" + s + f + "'";
    all += inputs;
    Run extract = Eventgraph("extract" + inputs + " -o " + Quoted((dir / ShardName(i)).string()));
    REQUIRE(extract.status == 0);
  }
  Run one = Eventgraph("build" + all + " -o '" + (dir / "one").string() + "'");
  REQUIRE(one.status == 0);
  auto shard = [&](size_t i) { return Quoted((dir / ShardName(i)).string()); };
  auto path = [&](const char* name) { return Quoted((dir / name).string()); };
  REQUIRE(Eventgraph("merge " + shard(3) + " " + shard(1) + " -o " + path("a.json")).status == 0);
  REQUIRE(Eventgraph("merge " + shard(2) + " " + shard(0) + " -o " + path("b.json")).status == 0);
  REQUIRE(Eventgraph("merge " + path("b.json") + " " + path("a.json") + " -o " + path("ab.json"))
              .status == 0);
  REQUIRE(Eventgraph("merge " + shard(0) + " " + shard(1) + " " + shard(2) + " " + shard(3) +
                     " -o " + path("flat.json"))
              .status == 0);
  const std::string expected = Slurp(dir / "one" / "graph.json");
  CHECK(expected.find("\"events\":[\n{") != std::string::npos);
  CHECK(expected.find("\"date_source\":\"inferred\"") != std::string::npos);
  CHECK(Slurp(dir / "ab.json") == expected);
  CHECK(Slurp(dir / "flat.json") == expected);
  // A build's graph.json merged again is unchanged (its re-dated documents are redone).
  REQUIRE(Eventgraph("merge " + path("one/graph.json") + " -o " + path("again.json")).status == 0);
  CHECK(Slurp(dir / "again.json") == expected);
}

// The samples built once per process, for the query tests below.
const fs::path& SamplesGraph() {
  static const fs::path graph = [] {
    const fs::path out = TempDir("samples_graph");
    Run run = Eventgraph("build '" + testing::SourceDir() + "/samples' -o '" + out.string() + "'");
    REQUIRE(run.status == 0);
    return out / "graph.json";
  }();
  return graph;
}

Run Query(const std::string& question) {
  return Eventgraph("query '" + SamplesGraph().string() + "' " + question);
}

// The lines of `text` that contain `needle`.
std::vector<std::string> LinesWith(const std::string& text, const std::string& needle) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.find(needle) != std::string::npos) lines.push_back(line);
  }
  return lines;
}

TEST_CASE("eventgraph query: the samples give the Helsinki and Anchorage meetings in order",
          "[cli][query]") {
  Run text = Query("relations 'Donald Trump' 'Vladimir Putin'");
  REQUIRE(text.status == 0);
  INFO(text.out);
  CHECK(text.err.empty());
  std::vector<std::string> met;
  for (const std::string& line : LinesWith(text.out, "  met  ")) {
    if (line.find(" occurred ") != std::string::npos) met.push_back(line);
  }
  REQUIRE(met.size() >= 2);
  CHECK(met.front().rfind("2018-07-16", 0) == 0);
  CHECK(met.front().find("meeting: ") != std::string::npos);
  CHECK(met.back().rfind("2025-08-15", 0) == 0);
  // No meeting of the two on another day: the 2025-08-18 talks in Washington were not one.
  CHECK(LinesWith(text.out, "2025-08-18  met").empty());

  Run json = Query("relations 'Donald Trump' 'Vladimir Putin' --json");
  REQUIRE(json.status == 0);
  rapidjson::Document doc;
  doc.Parse(json.out.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  const rapidjson::Value& relations = doc["relations"];
  REQUIRE(relations.IsArray());
  std::vector<std::string> meetings;  // "date doc" of each met relation, in output order
  std::string previous;
  for (const rapidjson::Value& r : relations.GetArray()) {
    const std::string date = r["time"].IsObject() ? r["time"]["value"].GetString() : "";
    if (!date.empty()) {
      CHECK(previous <= date);  // sorted by time
      previous = date;
    }
    if (std::string(r["type"].GetString()) != "met" ||
        std::string(r["status"].GetString()) != "occurred") {
      continue;
    }
    REQUIRE(r["sources"].IsArray());
    REQUIRE(r["sources"].Size() >= 1);
    std::string docs;
    for (const rapidjson::Value& s : r["sources"].GetArray()) {
      docs += std::string(" ") + s["doc"].GetString();
    }
    meetings.push_back(date + docs);
  }
  REQUIRE(meetings.size() >= 2);
  CHECK(meetings.front().rfind("2018-07-16 ", 0) == 0);
  CHECK(meetings.front().find("helsinki_summit_2018.txt") != std::string::npos);
  CHECK(meetings.back().rfind("2025-08-15 ", 0) == 0);
  // The Anchorage summit is one relation with the sources of several articles.
  CHECK(meetings.back().find("anchorage_summit_talks.txt") != std::string::npos);
  CHECK(meetings.back().find("anchorage_summit_outlook.txt") != std::string::npos);
  // The wire story's dateline has no year: its undated "talks" join the summit that ended in the
  // week before "Aug 16", not the 2018 one.
  CHECK(meetings.back().find("anchorage_summit_wire.txt") != std::string::npos);
}

TEST_CASE("eventgraph query: timeline --actor and path answer from the samples", "[cli][query]") {
  Run timeline = Query("timeline --actor 'Xi Jinping'");
  REQUIRE(timeline.status == 0);
  INFO(timeline.out);
  // Their 2022 call, 2023 meeting in Woodside and 2024 call, in this order.
  const std::vector<std::string> biden = LinesWith(timeline.out, "Joe Biden");
  REQUIRE(biden.size() >= 3);
  CHECK(biden[0].rfind("2022-07", 0) == 0);
  CHECK(biden[0].find(" call ") != std::string::npos);
  CHECK(biden[1].rfind("2023-11", 0) == 0);
  CHECK(biden[1].find("Woodside") != std::string::npos);
  CHECK(LinesWith(timeline.out, "2024-04-02  day        call").size() == 1);
  CHECK(LinesWith(timeline.out, "Donald Trump").empty());

  // The strikes of border_strikes_call.txt: "on Thursday, two days after Iran attacked" dates
  // Iran's strike two days before Pakistan's.
  Run strikes = Query("timeline --type attack --from 2024-01 --to 2024-01");
  REQUIRE(strikes.status == 0);
  INFO(strikes.out);
  const std::vector<std::string> iran = LinesWith(strikes.out, "attack: Iran");
  const std::vector<std::string> pakistan = LinesWith(strikes.out, "attack: Pakistan");
  REQUIRE(iran.size() == 1);
  REQUIRE(pakistan.size() == 1);
  CHECK(iran[0].rfind("2024-01-16", 0) == 0);
  CHECK(pakistan[0].rfind("2024-01-18", 0) == 0);
  CHECK(strikes.out.find("2024-01-16") < strikes.out.find("2024-01-18"));

  Run putin = Query("timeline --actor Putin --type meeting --json");
  REQUIRE(putin.status == 0);
  rapidjson::Document doc;
  doc.Parse(putin.out.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc.IsObject());

  Run path = Query("path 'Volodymyr Zelensky' 'Vladimir Putin'");
  REQUIRE(path.status == 0);
  INFO(path.out);
  CHECK(path.out.rfind("Volodymyr Zelensk", 0) == 0);
  CHECK(path.out.find("Vladimir Putin\n") != std::string::npos);
  CHECK(path.out.find(" hop") != std::string::npos);

  Run unknown = Query("relations 'Donald Trupm'");
  CHECK(unknown.status == 1);
  CHECK(unknown.err.find("Donald Trump") != std::string::npos);
}

TEST_CASE("eventgraph build: a killed build leaves the previous graph.json intact", "[cli]") {
  const fs::path dir = TempDir("killed");
  {
    std::ofstream big(dir / "big.jsonl");
    for (int i = 0; i < 40'000; ++i) {
      big << "{\"id\": \"d" << i << "\", \"date\": \"2025-08-16\", \"text\": \"President Ana Lind "
          << "met Prime Minister Jon Berg in Oslo on Friday. They agreed to talk again next "
          << "month, Lind told reporters after the three-hour meeting at the palace.\"}\n";
    }
  }
  const fs::path out = dir / "out";
  Run first = Eventgraph("build '" + testing::SourceDir() + "/samples' -o '" + out.string() + "'");
  REQUIRE(first.status == 0);
  const std::string before = Slurp(out / "graph.json");
  REQUIRE_FALSE(before.empty());
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    const std::string binary = testing::BinaryPath();
    const std::string input = (dir / "big.jsonl").string();
    const std::string output = out.string();
    ::freopen("/dev/null", "w", stderr);
    ::execl(binary.c_str(), binary.c_str(), "build", input.c_str(), "-o", output.c_str(),
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::usleep(300'000);  // mid-way: reading or extracting
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  // Either the build was killed (the old file stays) or it had already finished (a complete new
  // file): never a torn or empty graph.json.
  const std::string after = Slurp(out / "graph.json");
  if (WIFSIGNALED(status)) {
    CHECK(after == before);
  } else {
    WARN("the build finished before it could be killed");
    CHECK(after.find("\"id\":\"d39999\"") != std::string::npos);
  }
}

}  // namespace
}  // namespace eventgraph
