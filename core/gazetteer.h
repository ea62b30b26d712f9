// SPDX-License-Identifier: Apache-2.0
// Gazetteer: countries and first-level regions (ISO 3166 from Debian iso-codes, compiled in),
// cities (libgeonames), country aliases and demonyms (lexicons), looked up by folded name.
#ifndef EVENTGRAPH_CORE_GAZETTEER_H_
#define EVENTGRAPH_CORE_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/entity.h"
#include "core/internal/string_map.h"
#include "core/status.h"

namespace eventgraph {

/// One country, region or city.
struct GazetteerPlace {
  std::string name;                      // "United States", "Alaska", "Anchorage"
  EntityKind kind = EntityKind::kPlace;  // kCountry or kPlace
  std::string iso_code;                  // "US" for a country, "US-AK" for a region, "" for a city
  std::string country;      // alpha-2 of the containing country ("US"); the country itself for one
  std::string region;       // the state or province of a city as geonames names it ("Alaska")
  uint32_t population = 0;  // cities only
  std::optional<double> latitude;
  std::optional<double> longitude;
};

/// Immutable after Create(), shared by every recognizer stage that holds it; thread-safe.
/// Lookups take names folded with FoldName() ("united states", "us", "anchorage").
class Gazetteer {
 public:
  struct Options {
    /// Load the ~24k libgeonames cities (compiled in). Default: true. Keys alone need no cities.
    bool cities = true;
  };

  /// Builds the tables: iso-codes countries (name, official name, common name) plus
  /// country_aliases.txt, regions, demonyms.txt, and cities. Lexicons come from `data_dir`
  /// (empty: compiled in).
  static Result<std::shared_ptr<const Gazetteer>> Create(std::string_view data_dir,
                                                         Options options);

  /// The country named `folded` ("russia", "russian federation", "us", "america"), or nullptr.
  const GazetteerPlace* FindCountry(std::string_view folded) const;
  /// The country with alpha-2 `code` ("RU"), or nullptr.
  const GazetteerPlace* CountryByCode(std::string_view code) const;
  /// The first-level region named `folded` ("alaska"), or nullptr.
  const GazetteerPlace* FindRegion(std::string_view folded) const;
  /// Cities named `folded`, most populous first (empty when none). "moscow" → Moscow RU (10M),
  /// then Moscow, Idaho (25k).
  std::span<const GazetteerPlace* const> FindCities(std::string_view folded) const;
  /// The alpha-2 code for a demonym ("russian" → "RU"), "-" for a supranational adjective
  /// ("european"), or "" when `folded` is no demonym.
  std::string_view DemonymCountry(std::string_view folded) const;

  /// Every folded name the lookups above answer, sorted and unique (countries, aliases,
  /// regions, cities, demonyms): the recognizer builds its phrase table from them.
  std::vector<std::string> FoldedNames() const;

  size_t city_count() const { return city_count_; }

  /// The lookup tables themselves, in no particular order, for callers that visit every name once
  /// (the recognizer's phrase table): folded name → country, region, cities, demonym country.
  /// A name may be in several tables. FoldedNames() copies and sorts them all, these do not.
  const internal::StringMap<const GazetteerPlace*>& country_table() const { return countries_; }
  const internal::StringMap<const GazetteerPlace*>& region_table() const { return regions_; }
  const internal::StringMap<std::vector<const GazetteerPlace*>>& city_table() const {
    return cities_;
  }
  const internal::StringMap<std::string>& demonym_table() const { return demonyms_; }

 private:
  Gazetteer() = default;
  // Reserved once in Create() to its final size, never reallocated: the tables point into it.
  std::vector<GazetteerPlace> places_;
  internal::StringMap<const GazetteerPlace*> countries_;  // folded names and aliases
  internal::StringMap<const GazetteerPlace*> country_codes_;
  internal::StringMap<const GazetteerPlace*> regions_;
  internal::StringMap<std::vector<const GazetteerPlace*>> cities_;
  internal::StringMap<std::string> demonyms_;
  size_t city_count_ = 0;
};

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_GAZETTEER_H_
