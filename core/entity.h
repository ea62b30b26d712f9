// SPDX-License-Identifier: Apache-2.0
// Mention and Entity: spans of text that name something, and the resolved thing they name.
#ifndef EVENTGRAPH_CORE_ENTITY_H_
#define EVENTGRAPH_CORE_ENTITY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"

namespace eventgraph {

/// Stable: appears in JSON as "person", "organization", "country", "place", "group".
enum class EntityKind : uint8_t { kPerson, kOrganization, kCountry, kPlace, kGroup };
std::string_view EntityKindName(EntityKind kind);
/// Parses the names above; nullopt otherwise.
std::optional<EntityKind> ParseEntityKind(std::string_view name);

/// How a mention refers. Stable: appears in dumps.
enum class MentionForm : uint8_t {
  kName,     // Vladimir Putin, Putin, Mr Putin
  kTitle,    // the Russian President, his Russian counterpart
  kDemonym,  // Russian (→ Russia), used for affiliations, not as an actor by itself
  kPronoun,  // he (only where resolution is safe)
  kAcronym,  // ICC, NATO
};

/// One span of text that names an entity. `entity` indexes Annotations::entities (-1 while
/// unresolved or when the mention names nothing in the graph).
struct Mention {
  Span span;
  uint32_t sentence = 0;
  EntityKind kind = EntityKind::kPerson;
  MentionForm form = MentionForm::kName;
  int32_t entity = -1;
  bool author = false;  // a byline name: an author, not an actor in events
  std::string rule;     // the rule id that found it

  friend bool operator==(const Mention&, const Mention&) = default;
};

/// A resolved person, organization, country, place or group within one document (the graph merges
/// entities across documents by `key`).
struct Entity {
  std::string name;  // the fullest form seen: "Donald Trump"
  EntityKind kind = EntityKind::kPerson;
  std::vector<std::string> aliases;  // every surface form seen, sorted, without duplicates
  std::vector<std::string> titles;   // "US President", "Russian Foreign Minister"
  std::string key;                   // cross-document merge key (folded, transliteration-normal)
  std::string country;               // ISO 3166-1 alpha-2 of the affiliation/location, or ""
  std::string iso_code;              // ISO 3166-1 alpha-2 / 3166-2 code of a country/region
  std::optional<double> latitude;    // places from the gazetteer
  std::optional<double> longitude;
  std::string parent;  // key of the containing place: Anchorage → alaska
  uint32_t mention_count = 0;
  bool author = false;  // only ever seen as a byline author
  /// A name the scanner read as a person that showed no person evidence here ("Triangle
  /// Microwave said"): typed an organization, but keyed and merged as a person, so that the graph
  /// makes it a person again when another document shows the evidence ("chairman ... said").
  bool unconfirmed_person = false;

  friend bool operator==(const Entity&, const Entity&) = default;
};

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_ENTITY_H_
