// SPDX-License-Identifier: Apache-2.0
#include "core/event_types.h"

#include <algorithm>

namespace eventgraph {

Result<EventTypeTable> EventTypeTable::FromLexicon(const Lexicon& lexicon) {
  EventTypeTable table;
  for (const LexiconEntry& entry : lexicon.entries()) {
    if (entry.fields.size() < 5) {
      return Status::ParseError(lexicon.name() + ":" + std::to_string(entry.line) +
                                ":1: expected 6 TAB-separated fields");
    }
    EventTypeInfo info;
    info.name = entry.key;
    info.cameo_root = entry.fields[0];
    info.plover = entry.fields[1];
    info.family = entry.fields[2];
    info.relation = entry.fields[3] == "-" ? "" : entry.fields[3];
    if (entry.fields[4] == "sym") {
      info.direction = RelationDirection::kSymmetric;
    } else if (entry.fields[4] == "fwd") {
      info.direction = RelationDirection::kForward;
    } else {
      return Status::ParseError(lexicon.name() + ":" + std::to_string(entry.line) +
                                ":1: unknown relation direction '" + entry.fields[4] + "'");
    }
    table.types_.push_back(std::move(info));
  }
  std::sort(table.types_.begin(), table.types_.end(),
            [](const EventTypeInfo& a, const EventTypeInfo& b) { return a.name < b.name; });
  return table;
}

Result<EventTypeTable> EventTypeTable::Load(std::string_view data_dir) {
  Result<Lexicon> lexicon = Lexicon::Load("event_types.txt", data_dir);
  if (!lexicon.ok()) return lexicon.status();
  return FromLexicon(lexicon.value());
}

const EventTypeInfo* EventTypeTable::Find(std::string_view name) const {
  auto it = std::lower_bound(types_.begin(), types_.end(), name,
                             [](const EventTypeInfo& a, std::string_view b) { return a.name < b; });
  if (it == types_.end() || it->name != name) return nullptr;
  return &*it;
}

bool EventTypeTable::Compatible(std::string_view a, std::string_view b) const {
  if (a == b) return true;
  const EventTypeInfo* ia = Find(a);
  const EventTypeInfo* ib = Find(b);
  return ia != nullptr && ib != nullptr && ia->family == ib->family;
}

}  // namespace eventgraph
