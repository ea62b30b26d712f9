// SPDX-License-Identifier: Apache-2.0
// Builds EntityRules: every lexicon and gazetteer name folded into one phrase table, so the
// recognizer answers "what is this phrase?" with one hash lookup per candidate length.
#include "core/internal/entity_rules.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/check.h"

namespace eventgraph::internal {
namespace {

// A region named after its large city means the city in news: "Tokyo", "Berlin", "New York",
// "Buenos Aires" (city-states and capital provinces) are the cities, and no city names such a
// region as its parent (Buffalo is not in New York City). "Victoria" stays Australia's state:
// its large namesakes lie in other countries. `folded` names a region.
bool CityOverRegion(const Gazetteer& gazetteer, std::string_view folded) {
  constexpr uint32_t kLargeCity = 100000;
  const GazetteerPlace* region = gazetteer.FindRegion(folded);
  std::span<const GazetteerPlace* const> cities = gazetteer.FindCities(folded);
  return region != nullptr && !cities.empty() && cities.front()->country == region->country &&
         cities.front()->population >= kLargeCity;
}

// The comma-separated parts of `text`: "president,prime minister" → two.
std::vector<std::string_view> SplitCommas(std::string_view text) {
  std::vector<std::string_view> parts;
  while (!text.empty()) {
    const size_t comma = text.find(',');
    parts.push_back(text.substr(0, comma));
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return parts;
}

TitleClass ParseTitleClass(std::string_view name) {
  if (name == "head") return TitleClass::kHead;
  if (name == "generic") return TitleClass::kGeneric;
  if (name == "modifier") return TitleClass::kModifier;
  return TitleClass::kRole;
}

uint32_t OwnReach(const PhraseInfo& info) {
  uint32_t reach = 0;
  if (info.country != nullptr) reach |= kReachCountry;
  if (!info.demonym.empty()) reach |= kReachDemonym;
  if (!info.demonym.empty() && info.demonym != "-") reach |= kReachRealDemonym;
  if (info.known) reach |= kReachKnown;
  if (info.known && !info.known_country.empty()) reach |= kReachKnownCountry;
  if (info.title != TitleClass::kNone) reach |= kReachTitle;
  if ((info.flags & kPhraseNonEntity) != 0) reach |= kReachNonEntity;
  if (info.region != nullptr) reach |= kReachRegion;
  if (info.city) reach |= kReachCity;
  return reach;
}

}  // namespace

Result<std::shared_ptr<const EntityRules>> EntityRules::Create(
    std::string_view data_dir, std::shared_ptr<const EntityKeyer> keyer,
    std::shared_ptr<const Gazetteer> gazetteer) {
  auto rules = std::make_shared<EntityRules>();
  rules->keyer = std::move(keyer);
  rules->gazetteer = std::move(gazetteer);
  auto add_to = [&rules](FlatStringMap<PhraseInfo>* map, const std::string& folded) -> PhraseInfo& {
    // Every proper prefix continues: "united", "united states" of "united states of america".
    // (Folded names have single spaces: words = spaces + 1.)
    size_t words = 1;
    for (size_t space = folded.find(' '); space != std::string::npos;
         space = folded.find(' ', space + 1)) {
      (*map)[folded.substr(0, space)].flags |= kPhraseMultiwordHead;
      ++words;
    }
    if (words > rules->max_phrase_words) rules->max_phrase_words = words;
    return (*map)[folded];
  };
  // Gazetteer names go to the full table only; lexicon phrases to both.
  auto add = [&](const std::string& folded) -> PhraseInfo& {
    return add_to(&rules->phrases, folded);
  };
  std::vector<std::string> lexicon_keys;
  auto add_lexicon = [&](const std::string& folded) -> PhraseInfo& {
    lexicon_keys.push_back(folded);
    return add_to(&rules->phrases, folded);
  };
  const Gazetteer& g = *rules->gazetteer;
  // Each gazetteer table sets its own field of a name's entry, so the tables are visited as they
  // are, in any order, without a sorted copy of every name (a name in two tables, "georgia" a
  // country and a region, gets both fields either way).
  rules->phrases.Reserve(g.country_table().size() + g.region_table().size() +
                         g.city_table().size() + g.demonym_table().size() + 8192);
  for (const auto& [name, country] : g.country_table()) {
    if (!name.empty()) add(name).country = country;
  }
  for (const auto& [name, region] : g.region_table()) {
    if (!name.empty()) add(name).region = CityOverRegion(g, name) ? nullptr : region;
  }
  // CityParentKey() of each city reading, with each region and country name folded and judged
  // once (cities share a few thousand of them; most regions are non-ASCII: "Île-de-France").
  struct RegionParent {
    std::string folded;
    bool usable = false;  // a region of the gazetteer that no large city of its name outranks
  };
  // Hashed inline by FlatStringMap's hash: std::hash's out-of-line _Hash_bytes() cost more than
  // the look-up itself here (one per city reading, 27k).
  struct ViewHash {
    size_t operator()(std::string_view text) const { return FlatStringMap<int>::Hash(text); }
  };
  std::unordered_map<std::string_view, RegionParent, ViewHash> region_parents;
  std::unordered_map<std::string_view, std::string, ViewHash> country_parents;
  rules->city_parents.reserve(g.city_count());
  for (const auto& [name, readings] : g.city_table()) {
    if (name.empty() || readings.empty()) continue;
    PhraseInfo& info = add(name);
    info.city = true;
    info.cities = readings;
    for (const GazetteerPlace* reading : info.cities) {
      info.city_population = std::max(info.city_population, reading->population);
      if (!rules->city_parents.contains(reading)) {
        // As CityParentKey(), which the resolver falls back on.
        auto [region, new_region] = region_parents.try_emplace(reading->region);
        if (new_region) {
          region->second.folded = FoldName(reading->region);
          region->second.usable = g.FindRegion(region->second.folded) != nullptr &&
                                  !CityOverRegion(g, region->second.folded);
        }
        if (region->second.usable) {
          rules->city_parents.emplace(reading, region->second.folded);
        } else {
          auto [country, new_country] = country_parents.try_emplace(reading->country);
          if (new_country) country->second = FoldName(reading->country);
          rules->city_parents.emplace(reading, country->second);
        }
      }
    }
  }
  for (const auto& [name, demonym] : g.demonym_table()) {
    if (!name.empty()) add(name).demonym = demonym;
  }
  struct FlagFile {
    const char* file;
    uint32_t flag;
  };
  for (const FlagFile& file :
       {FlagFile{"honorifics.txt", kPhraseHonorific},
        FlagFile{"facility_cues.txt", kPhraseFacilityCue},
        FlagFile{"function_words.txt", kPhraseFunctionWord},
        FlagFile{"group_nouns.txt", kPhraseGroupNoun},
        FlagFile{"non_entities.txt", kPhraseNonEntity}, FlagFile{"of_heads.txt", kPhraseOfHead},
        FlagFile{"person_cue_verbs.txt", kPhraseCueVerb},
        FlagFile{"place_nouns.txt", kPhrasePlaceNoun},
        FlagFile{"organization_nouns.txt", kPhraseOrgNoun},
        FlagFile{"sentence_starters.txt", kPhraseSentenceStarter}}) {
    Result<Lexicon> lexicon = Lexicon::Load(file.file, data_dir);
    if (!lexicon.ok()) return lexicon.status();
    for (const LexiconEntry& entry : lexicon.value().entries()) {
      const std::string folded = FoldName(entry.key);
      add_lexicon(folded).flags |= file.flag;
      if (file.flag == kPhraseOrgNoun) {
        EntityRules::SetBit(
            &rules->org_noun_start_bits, EntityRules::kLexiconBitsLog2,
            EntityRules::Hash(std::string_view(folded).substr(0, folded.find(' '))));
      }
    }
  }
  Result<Lexicon> org_cues = Lexicon::Load("organization_cues.txt", data_dir);
  if (!org_cues.ok()) return org_cues.status();
  for (const LexiconEntry& entry : org_cues.value().entries()) {
    std::string_view position = "final";
    if (!entry.fields.empty()) position = entry.fields[0];
    uint32_t flags = 0;
    if (position == "final" || position == "any") flags |= kPhraseOrgCueFinal;
    if (position == "initial" || position == "any") flags |= kPhraseOrgCueInitial;
    add_lexicon(FoldName(entry.key)).flags |= flags;
  }
  Result<Lexicon> family_names = Lexicon::Load("family_names_first.txt", data_dir);
  if (!family_names.ok()) return family_names.status();
  for (const LexiconEntry& entry : family_names.value().entries()) {
    std::string folded = FoldName(entry.key);
    std::string normalized = rules->keyer->NormalizeWord(folded);
    rules->first_names[normalized] |= EntityRules::kFirstNameFamily;
    rules->first_names[folded] |= EntityRules::kFirstNameFamily;
  }
  Result<Lexicon> given_names = Lexicon::Load("given_names.txt", data_dir);
  if (!given_names.ok()) return given_names.status();
  for (const LexiconEntry& entry : given_names.value().entries()) {
    rules->first_names[FoldName(entry.key)] |= EntityRules::kFirstNameGiven;
  }
  Result<Lexicon> domains = Lexicon::Load("institution_domains.txt", data_dir);
  if (!domains.ok()) return domains.status();
  for (const LexiconEntry& entry : domains.value().entries()) {
    rules->domain_words[FoldName(entry.key)] = 1;
    rules->institution_words[FoldName(entry.key)] = 1;
  }
  Result<Lexicon> capitals = Lexicon::Load("capitals.txt", data_dir);
  if (!capitals.ok()) return capitals.status();
  for (const LexiconEntry& entry : capitals.value().entries()) {
    if (entry.fields.empty()) {
      return Status::ParseError("capitals.txt: '" + entry.key + "' has no country code");
    }
    PhraseInfo& info = add(FoldName(entry.key));
    info.capital_of = entry.fields[0];
    // "1991:SUHH": Moscow governed the Soviet Union up to 1991.
    if (entry.fields.size() >= 2) {
      const std::string& until = entry.fields[1];
      const size_t colon = until.find(':');
      int32_t year = 0;
      if (colon == std::string::npos ||
          std::from_chars(until.data(), until.data() + colon, year).ptr != until.data() + colon ||
          year <= 0) {
        return Status::ParseError("capitals.txt: '" + entry.key + "': bad 'YEAR:CODE' field '" +
                                  until + "'");
      }
      info.capital_until = year;
      info.capital_until_of = until.substr(colon + 1);
    }
  }
  Result<Lexicon> generic = Lexicon::Load("generic_institution_words.txt", data_dir);
  if (!generic.ok()) return generic.status();
  for (const LexiconEntry& entry : generic.value().entries()) {
    rules->institution_words[FoldName(entry.key)] = 1;
  }
  Result<Lexicon> table_labels = Lexicon::Load("table_labels.txt", data_dir);
  if (!table_labels.ok()) return table_labels.status();
  for (const LexiconEntry& entry : table_labels.value().entries()) {
    // Both arms string_view: with "label" and a std::string the conditional made a temporary
    // std::string that died at the end of the line (ASan: stack-use-after-scope).
    const std::string_view part =
        entry.fields.empty() ? std::string_view("label") : std::string_view(entry.fields[0]);
    const std::string folded = FoldName(entry.key);
    EntityRules::SetBit(&rules->table_bits, EntityRules::kTableBitsLog2, EntityRules::Hash(folded));
    rules->table_labels[folded] = part == "number" ? EntityRules::kTableNumber
                                  : part == "unit" ? EntityRules::kTableUnit
                                                   : EntityRules::kTableLabel;
  }
  Result<Lexicon> leaders = Lexicon::Load("known_leaders.txt", data_dir);
  if (!leaders.ok()) return leaders.status();
  for (const LexiconEntry& entry : leaders.value().entries()) {
    if (entry.fields.size() != 5) {
      return Status::ParseError(leaders.value().name() + ":" + std::to_string(entry.line) + ": '" +
                                entry.key + "' needs 5 fields after the name, has " +
                                std::to_string(entry.fields.size()));
    }
    EntityRules::Leader leader;
    leader.name = entry.key;
    leader.country = entry.fields[1];
    const auto year = [](const std::string& text, int32_t* out) {
      const char* end = text.data() + text.size();
      return std::from_chars(text.data(), end, *out).ptr == end && !text.empty();
    };
    if (!year(entry.fields[2], &leader.from) || !year(entry.fields[3], &leader.to)) {
      return Status::ParseError(leaders.value().name() + ":" + std::to_string(entry.line) + ": '" +
                                entry.key + "' has a bad year");
    }
    for (std::string_view role : SplitCommas(entry.fields[4])) leader.roles.emplace_back(role);
    const size_t index = rules->leaders.size();
    rules->leaders.push_back(std::move(leader));
    for (std::string_view alone : SplitCommas(entry.fields[0])) {
      // Spellings that normalize alike ("zelensky", "zelenskiy", "zelenskyy") list the leader
      // once: one holder, not three.
      std::vector<size_t>& holders =
          rules->leaders_by_name[rules->keyer->NormalizeWord(FoldName(alone))];
      if (holders.empty() || holders.back() != index) holders.push_back(index);
    }
  }
  Result<Lexicon> named_alone = Lexicon::Load("leaders_named_alone.txt", data_dir);
  if (!named_alone.ok()) return named_alone.status();
  for (const LexiconEntry& entry : named_alone.value().entries()) {
    std::string name = rules->keyer->NormalizeWord(FoldName(entry.key));
    if (rules->leaders_by_name.count(name) == 0) {
      return Status::ParseError(named_alone.value().name() + ":" + std::to_string(entry.line) +
                                ": '" + entry.key + "' is no name of known_leaders.txt");
    }
    rules->leaders_named_alone[name] = 1;
  }
  auto mark_start = [&rules](std::string_view word) {
    if (word.size() < 2) return;
    const size_t start = static_cast<size_t>(static_cast<unsigned char>(word[0])) << 8 |
                         static_cast<unsigned char>(word[1]);
    rules->named_alone_starts[start >> 6] |= uint64_t{1} << (start & 63);
  };
  for (const std::string& name : rules->leaders_named_alone.keys()) mark_start(name);
  for (const LexiconEntry& entry : rules->keyer->name_variants().entries()) {
    if (rules->leaders_named_alone.Find(rules->keyer->NormalizeWord(entry.key)) != nullptr) {
      mark_start(entry.key);
    }
  }
  Result<Lexicon> titles = Lexicon::Load("titles.txt", data_dir);
  if (!titles.ok()) return titles.status();
  for (const LexiconEntry& entry : titles.value().entries()) {
    const std::string folded = FoldName(entry.key);
    PhraseInfo& info = add_lexicon(folded);
    info.title = ParseTitleClass(entry.fields.empty() ? std::string_view("role") : entry.fields[0]);
    info.title_role = folded;
  }
  Result<Lexicon> known = Lexicon::Load("known_entities.txt", data_dir);
  if (!known.ok()) return known.status();
  for (const LexiconEntry& entry : known.value().entries()) {
    std::optional<EntityKind> kind =
        entry.fields.empty() ? std::nullopt : ParseEntityKind(entry.fields[0]);
    if (!kind) {
      return Status::ParseError(known.value().name() + ":" + std::to_string(entry.line) +
                                ":1: unknown kind");
    }
    PhraseInfo& info = add_lexicon(FoldName(entry.key));
    info.known = true;
    info.known_kind = *kind;
    info.known_canonical =
        entry.fields.size() >= 2 && entry.fields[1] != "-" ? entry.fields[1] : "";
    info.known_canonical_folded = FoldName(info.known_canonical);
    info.known_country = entry.fields.size() >= 3 ? entry.fields[2] : "";
  }
  // Reach bits: each phrase's own sort, then ORed into every proper prefix ("united" of "united
  // states" reaches kReachCountry). Before the copy below, so both tables have them.
  // Each key's Bloom bit is set here too: no key is added to `phrases` after this loop.
  const size_t phrase_count = rules->phrases.size();
  for (size_t k = 0; k < phrase_count; ++k) {
    const std::string& key = rules->phrases.keys()[k];
    EntityRules::SetBit(&rules->phrase_bits, EntityRules::kPhraseBitsLog2, EntityRules::Hash(key));
    PhraseInfo& info = rules->phrases.value_at(k);
    const uint32_t own = OwnReach(info);
    info.reach |= own;
    if (own == 0) continue;
    for (size_t space = key.find(' '); space != std::string::npos;
         space = key.find(' ', space + 1)) {
      rules->phrases[std::string_view(key).substr(0, space)].reach |= own;
    }
  }
  // The lexicon table copies the finished entries (with their prefixes' continuation flags).
  for (const std::string& key : lexicon_keys) {
    for (size_t space = key.find(' '); space != std::string::npos;
         space = key.find(' ', space + 1)) {
      std::string prefix = key.substr(0, space);
      rules->lexicon_phrases[prefix] = rules->phrases[prefix];
    }
    rules->lexicon_phrases[key] = rules->phrases[key];
  }
  constexpr uint32_t kTitleStart =
      kReachTitle | kReachCountry | kReachRealDemonym | kReachKnownCountry;
  for (const std::string& key : rules->lexicon_phrases.keys()) {
    const uint64_t hash = EntityRules::Hash(key);
    EntityRules::SetBit(&rules->lexicon_bits, EntityRules::kLexiconBitsLog2, hash);
    if ((rules->lexicon_phrases.Find(key)->reach & kTitleStart) != 0) {
      EntityRules::SetBit(&rules->title_start_bits, EntityRules::kLexiconBitsLog2, hash);
    }
  }
  rules->scan_start_bits = rules->title_start_bits;
  // Keep in sync with the pronouns of Scanner::ScanAt() and IsDeterminerWord() in
  // entity_recognizer.cc.
  for (std::string_view word : {"he", "she", "the", "his", "her", "its", "their"}) {
    EntityRules::SetBit(&rules->scan_start_bits, EntityRules::kLexiconBitsLog2,
                        EntityRules::Hash(word));
  }
  EVENTGRAPH_CHECK(rules->phrases.size() == phrase_count);  // every key has its phrase_bits bit
  return std::shared_ptr<const EntityRules>(std::move(rules));
}

std::string CityParentKey(const Gazetteer& gazetteer, const GazetteerPlace& city) {
  std::string region = FoldName(city.region);
  if (gazetteer.FindRegion(region) == nullptr || CityOverRegion(gazetteer, region)) {
    return FoldName(city.country);
  }
  return region;
}

const EntityRules::Leader* EntityRules::LeaderInOffice(const std::string& name, int32_t year,
                                                       std::string_view folded_title) const {
  auto found = leaders_by_name.find(name);
  if (found == leaders_by_name.end()) return nullptr;
  const Leader* match = nullptr;
  for (size_t index : found->second) {
    const Leader& leader = leaders[index];
    if (leader.from > year || year > leader.to) continue;
    if (!folded_title.empty() &&
        std::none_of(leader.roles.begin(), leader.roles.end(), [&](const std::string& role) {
          return folded_title.find(role) != std::string_view::npos;
        })) {
      continue;
    }
    if (match != nullptr) return nullptr;  // two holders: no telling
    match = &leader;
  }
  return match;
}

}  // namespace eventgraph::internal
