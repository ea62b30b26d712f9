// SPDX-License-Identifier: Apache-2.0
// The first two arguments are the graph and the question; the rest go to a CLI11 parser built
// for that question, so `--help` after a question shows only its options.
#include "cli/query_command.h"

#include <CLI/CLI.hpp>

#include "cli/cli_options.h"
#include "export/json_reader.h"
#include "export/query_output.h"
#include "graph/name_match.h"
#include "graph/query.h"
#include "graph/timeline.h"

namespace eventgraph {
namespace {

constexpr const char* kUsage =
    "usage: eventgraph query GRAPH.json QUESTION [options] [--json]\n"
    "questions:\n"
    "  entity NAME                                   kind, titles, aliases, counts, first/last "
    "seen\n"
    "  relations A [B] [--type T] [--from D] [--to D] relations of A (with B), by time\n"
    "  timeline [--actor A]... [--place P] [--from D] [--to D] [--type T]\n"
    "                                                events in time order\n"
    "  path A B                                      shortest chain of relations between A and B\n"
    "  neighbors A [--hops K]                        entities within K hops of A\n"
    "  top [--by degree|betweenness|mentions] [-n N] most central entities\n";

int Fail(std::ostream& err, const Status& status) {
  err << "eventgraph query: " << status.message() << "\n";
  return kExitFailure;
}

}  // namespace

int RunQueryCommand(const std::vector<std::string>& args, std::istream& /*in*/, std::ostream& out,
                    std::ostream& err) {
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
    out << kUsage;
    return kExitOk;
  }
  if (args.size() < 2) {
    err << kUsage;
    return kExitUsage;
  }
  const std::string& graph_path = args[0];
  const std::string& question = args[1];
  const std::vector<std::string> rest(args.begin() + 2, args.end());

  CLI::App app{"eventgraph query " + question, "eventgraph query GRAPH.json " + question};
  bool json = false;
  app.add_flag("--json", json, "print JSON instead of aligned text");
  std::vector<std::string> names;
  std::string type;
  std::string from;
  std::string to;
  std::string place;
  std::vector<std::string> actors;
  uint32_t hops = 1;
  std::string by = "degree";
  size_t limit = 10;
  if (question == "entity") {
    app.add_option("name", names, "entity name or alias")->required()->expected(1);
  } else if (question == "relations") {
    app.add_option("names", names, "A [B]")->required()->expected(1, 2);
    app.add_option("--type", type, "relation type (met, visited, ...)");
    app.add_option("--from", from, "from date (YYYY, YYYY-MM, YYYY-MM-DD)");
    app.add_option("--to", to, "to date (inclusive)");
  } else if (question == "timeline") {
    app.add_option("--actor", actors, "events with this actor (repeatable)");
    app.add_option("--place", place, "events in this place or inside it");
    app.add_option("--from", from, "from date (YYYY, YYYY-MM, YYYY-MM-DD)");
    app.add_option("--to", to, "to date (inclusive)");
    app.add_option("--type", type, "event type (meeting, visit, ...)");
  } else if (question == "path") {
    app.add_option("names", names, "A B")->required()->expected(2);
  } else if (question == "neighbors") {
    app.add_option("name", names, "A")->required()->expected(1);
    app.add_option("--hops", hops, "radius (default 1)")->check(CLI::PositiveNumber);
  } else if (question == "top") {
    app.add_option("--by", by, "degree, betweenness or mentions (default degree)")
        ->check(CLI::IsMember({"degree", "betweenness", "mentions"}));
    app.add_option("-n", limit, "how many (default 10)");
  } else {
    err << "eventgraph query: unknown question '" << question << "'\n" << kUsage;
    return kExitUsage;
  }
  if (auto code = ParseArgs(app, rest, out, err)) return *code;
  Result<DateRange> range = ParseDateRange(from, to);
  if (!range.ok()) {
    err << "eventgraph query: " << range.status().message() << "\n";
    return kExitUsage;
  }

  Result<GraphData> data = ReadGraphJsonFile(graph_path);
  if (!data.ok()) return Fail(err, data.status());
  const KnowledgeGraph graph(std::move(data).value());
  const QueryFormat format = json ? QueryFormat::kJson : QueryFormat::kText;

  if (question == "entity") {
    Result<EntityInfo> info = QueryEntity(graph, names[0]);
    if (!info.ok()) return Fail(err, info.status());
    out << FormatEntityInfo(graph, *info, format);
  } else if (question == "relations") {
    RelationQuery query;
    query.a = names[0];
    if (names.size() > 1) query.b = names[1];
    query.type = type;
    query.range = *range;
    Result<std::vector<size_t>> rows = QueryRelations(graph, query);
    if (!rows.ok()) return Fail(err, rows.status());
    out << FormatRelations(graph, *rows, format);
  } else if (question == "timeline") {
    TimelineQuery query;
    query.actors = actors;
    query.place = place;
    query.range = *range;
    query.type = type;
    Result<std::vector<size_t>> rows = QueryTimeline(graph, query);
    if (!rows.ok()) return Fail(err, rows.status());
    out << FormatTimeline(graph, *rows, format);
  } else if (question == "path") {
    Result<std::vector<PathHop>> hops_found = QueryPath(graph, names[0], names[1]);
    if (!hops_found.ok()) return Fail(err, hops_found.status());
    Result<size_t> from_entity = FindEntityByName(graph.data(), names[0]);
    out << FormatPath(graph, *from_entity, *hops_found, format);
  } else if (question == "neighbors") {
    Result<std::vector<NeighborRow>> rows = QueryNeighbors(graph, names[0], hops);
    if (!rows.ok()) return Fail(err, rows.status());
    out << FormatNeighbors(graph, *rows, format);
  } else {
    const RankBy rank = *ParseRankBy(by);
    out << FormatTop(graph, rank, TopEntities(graph, rank, limit), format);
  }
  return kExitOk;
}

}  // namespace eventgraph
