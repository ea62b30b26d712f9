// SPDX-License-Identifier: Apache-2.0
// EventExtractor::Create(): event_types.txt, event_triggers.txt and event_cues.txt into the
// tables the extractor reads (EventLexicons), with a ParseError naming the bad row.
#include <algorithm>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "core/event_extractor.h"
#include "core/internal/event_extraction.h"
#include "core/lexicon.h"

namespace eventgraph::internal {

namespace {

Cue ParseCue(const LexiconEntry& entry, bool* ok) {
  static const std::pair<std::string_view, CueClass> kClasses[] = {
      {"status", CueClass::kStatus},          {"light", CueClass::kLight},
      {"companion", CueClass::kCompanion},    {"include", CueClass::kInclude},
      {"timeblock", CueClass::kTimeBlock},    {"past", CueClass::kPast},
      {"connector", CueClass::kConnector},    {"groupnoun", CueClass::kGroupNoun},
      {"filler", CueClass::kFiller},          {"satisfy", CueClass::kSatisfy},
      {"verbal", CueClass::kVerbal},          {"labor", CueClass::kLabor},
      {"bringabout", CueClass::kBringAbout},  {"weapon", CueClass::kWeapon},
      {"institution", CueClass::kInstitution}};
  Cue cue;
  *ok = false;
  if (entry.fields.size() < 2) return cue;
  for (const auto& [name, cls] : kClasses) {
    if (entry.fields[0] == name) {
      cue.cls = cls;
      *ok = true;
    }
  }
  if (cue.cls == CueClass::kStatus) {
    std::optional<EventStatus> status = ParseEventStatus(entry.fields[1]);
    if (!status) *ok = false;
    cue.status = status.value_or(EventStatus::kOccurred);
  }
  return cue;
}

}  // namespace

}  // namespace eventgraph::internal

namespace eventgraph {

using internal::Cue;
using internal::CueClass;
using internal::TriggerFrame;
using internal::TriggerInfo;
using internal::TriggerPos;

Result<EventExtractor> EventExtractor::Create(const Lexicon& event_types, const Lexicon& triggers,
                                              const Lexicon& cues) {
  auto lex = std::make_shared<internal::EventLexicons>();
  Result<EventTypeTable> types = EventTypeTable::FromLexicon(event_types);
  if (!types.ok()) return types.status();
  lex->types = std::move(types).value();
  auto where = [](const Lexicon& l, const LexiconEntry& e) {
    return l.name() + ":" + std::to_string(e.line) + ":1: ";
  };
  for (const LexiconEntry& entry : triggers.entries()) {
    if (entry.fields.size() < 5) {
      return Status::ParseError(where(triggers, entry) + "expected 6 TAB-separated fields");
    }
    const bool none = entry.fields[0] == "none";
    if (none && entry.key.find(' ') == std::string::npos) {
      return Status::ParseError(where(triggers, entry) + "a 'none' row needs two or more words");
    }
    const EventTypeInfo* type = none ? nullptr : lex->types.Find(entry.fields[0]);
    if (type == nullptr && !none) {
      return Status::ParseError(where(triggers, entry) + "unknown event type '" + entry.fields[0] +
                                "'");
    }
    TriggerInfo info;
    info.type = none ? "" : entry.fields[0];
    const std::string& pos = entry.fields[1];
    if (pos == "verb") {
      info.pos = TriggerPos::kVerb;
    } else if (pos == "base") {
      info.pos = TriggerPos::kBase;
    } else if (pos == "noun") {
      info.pos = TriggerPos::kNoun;
    } else {
      return Status::ParseError(where(triggers, entry) + "unknown part of speech '" + pos + "'");
    }
    static const std::pair<std::string_view, TriggerFrame> kFrames[] = {
        {"-", TriggerFrame::kDirect},        {"with", TriggerFrame::kWith},
        {"persons", TriggerFrame::kPersons}, {"place", TriggerFrame::kPlace},
        {"weapon", TriggerFrame::kWeapon},   {"company", TriggerFrame::kCompany}};
    const auto frame = std::find_if(std::begin(kFrames), std::end(kFrames),
                                    [&](const auto& f) { return f.first == entry.fields[2]; });
    if (frame == std::end(kFrames)) {
      return Status::ParseError(where(triggers, entry) + "unknown frame '" + entry.fields[2] + "'");
    }
    info.frame = frame->second;
    info.relation = entry.fields[3] == "-" ? "" : entry.fields[3];
    info.reverse = entry.fields[4] == "rev";
    info.symmetric = type != nullptr && type->direction == RelationDirection::kSymmetric;
    size_t space = entry.key.find(' ');
    if (space != std::string::npos) {
      lex->words[entry.key.substr(0, space)].multiword_head = true;
      info.words = static_cast<uint32_t>(std::count(entry.key.begin(), entry.key.end(), ' ') + 1);
    }
    auto it = lex->triggers.emplace(entry.key, std::move(info)).first;
    if (space == std::string::npos) lex->words[entry.key].trigger = &it->second;
  }
  for (const LexiconEntry& entry : cues.entries()) {
    bool ok = false;
    Cue cue = internal::ParseCue(entry, &ok);
    if (!ok) return Status::ParseError(where(cues, entry) + "bad cue class or status");
    lex->words[entry.key].cue = cue;
  }
  for (std::string_view p : internal::kPrepositions) lex->words[p].preposition = true;
  lex->words.Build();
  for (const std::string& key : lex->words.keys()) {
    if (key.empty() || key.size() > 63) {
      return Status::ParseError("event lexicons: word '" + key + "' is empty or too long");
    }
    lex->longest_word = std::max(lex->longest_word, key.size());
    lex->lengths_by_first_byte[static_cast<unsigned char>(key[0])] |= uint64_t{1} << key.size();
    lex->lengths_by_last_byte[static_cast<unsigned char>(key.back())] |= uint64_t{1} << key.size();
    lex->lengths_by_first_last[internal::EventLexicons::PairIndex(key[0], key.back())] |=
        uint64_t{1} << key.size();
    const internal::EventWordInfo* info = lex->words.Find(key);
    if (info->trigger != nullptr || info->multiword_head ||
        info->cue.cls == internal::CueClass::kCompanion) {
      lex->candidate_lengths_by_first_last[internal::EventLexicons::PairIndex(
          key[0], key.back())] |= uint64_t{1} << key.size();
      lex->candidate_lengths_by_inner[internal::EventLexicons::InnerPairIndex(key)] |=
          uint64_t{1} << key.size();
    }
  }
  return EventExtractor(std::move(lex));
}

Result<EventExtractor> EventExtractor::Create(std::string_view data_dir) {
  Result<Lexicon> types = Lexicon::Load("event_types.txt", data_dir);
  if (!types.ok()) return types.status();
  Result<Lexicon> triggers = Lexicon::Load("event_triggers.txt", data_dir);
  if (!triggers.ok()) return triggers.status();
  Result<Lexicon> cues = Lexicon::Load("event_cues.txt", data_dir);
  if (!cues.ok()) return cues.status();
  return Create(types.value(), triggers.value(), cues.value());
}

}  // namespace eventgraph

namespace eventgraph::internal {}  // namespace eventgraph::internal
