// SPDX-License-Identifier: Apache-2.0
// Neo4j `neo4j-admin database import` CSV bundle: node and relationship files with typed
// headers, plus an IMPORT.txt with the command line.
#ifndef EVENTGRAPH_EXPORT_CSV_WRITER_H_
#define EVENTGRAPH_EXPORT_CSV_WRITER_H_

#include <string>
#include <vector>

#include "export/exporter.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

/// Files (names relative to the output directory):
///   entities.csv        id:ID(Entity),:LABEL,name,kind,aliases:string[],titles:string[],
///                       mentions:int,docs:string[],country,iso_code,latitude:double,
///                       longitude:double
///   events.csv          id:ID(Event),:LABEL,type,label,status,time,precision,begin:date,end:date,
///                       confidence:double,sources:string[]
///   participates_in.csv :START_ID(Entity),:END_ID(Event),:TYPE,id,role
///   took_place_in.csv   :START_ID(Event),:END_ID(Entity),:TYPE,id
///   relations.csv       :START_ID(Entity),:END_ID(Entity),:TYPE,id,type,event,status,time,
///                       begin:date,end:date,symmetric:boolean,sources:string[]
///   located_in.csv      :START_ID(Entity),:END_ID(Entity),:TYPE,id
///   IMPORT.txt          the neo4j-admin command line.
/// Fields are always double-quoted (quotes doubled); arrays use ';' (a ';' inside an element
/// becomes ','); newlines become spaces. Relationship :TYPE is upper snake case (MET,
/// PARTICIPATES_IN). Deterministic.
std::vector<ExportFile> WriteNeo4jCsv(const GraphData& graph);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_CSV_WRITER_H_
