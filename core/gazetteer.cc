// SPDX-License-Identifier: Apache-2.0
// Builds the gazetteer tables once. Country names come from three iso-codes fields plus our
// aliases; for regions the first entry of a folded name wins (sorted by code, so deterministic);
// cities keep every reading sorted by population, so callers pick the populous one unless the
// text names the state ("Moscow, Idaho").
#include "core/gazetteer.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/internal/geonames_data.h"
#include "core/internal/iso_codes_data.h"
#include "core/lexicon.h"
#include "core/name_key.h"

namespace eventgraph {
namespace {

// A large city that geonames names with a qualifier is written without it in news: "Washington"
// for "Washington D.C.", "Frankfurt" for "Frankfurt am Main", "Freiburg" for "Freiburg im
// Breisgau". Only for cities this populous: a small town's bare head is too often another word
// or a surname ("Weil am Rhein", "Brake (Unterweser)").
constexpr uint32_t kCommonShortNamePopulation = 100000;

// The name without its qualifier (folded in, folded out), or "" when it has none: "washington
// dc" → "washington", "frankfurt am main" → "frankfurt", "halle (saale)" → "halle".
std::string_view ShortCityName(std::string_view folded) {
  size_t cut = std::string_view::npos;
  for (std::string_view qualifier : {" am ", " an der ", " im ", " (", " d.c.", " dc"}) {
    const size_t at = folded.find(qualifier);
    if (at == std::string_view::npos || at == 0) continue;
    // " d.c." and " dc" only at the end.
    if (qualifier[1] == 'd' && at + qualifier.size() != folded.size()) continue;
    cut = std::min(cut, at);
  }
  return cut == std::string_view::npos ? std::string_view() : folded.substr(0, cut);
}

}  // namespace

Result<std::shared_ptr<const Gazetteer>> Gazetteer::Create(std::string_view data_dir,
                                                           Options options) {
  std::shared_ptr<Gazetteer> gazetteer(new Gazetteer());
  Gazetteer& g = *gazetteer;
  for (const internal::IsoCountry& iso : internal::IsoCountries()) {
    auto place = std::make_unique<GazetteerPlace>();
    // Prefer the common name for display: "Iran" over "Iran, Islamic Republic of".
    place->name = *iso.common_name != '\0' ? iso.common_name : iso.name;
    place->kind = EntityKind::kCountry;
    place->iso_code = iso.alpha2;
    place->country = iso.alpha2;
    for (const char* name : {iso.name, iso.official_name, iso.common_name}) {
      if (*name == '\0') continue;
      std::string folded = FoldName(name);
      if (folded.starts_with("the ")) folded.erase(0, 4);
      g.countries_.emplace(std::move(folded), place.get());
    }
    g.country_codes_.emplace(iso.alpha2, place.get());
    g.places_.push_back(std::move(place));
  }
  // Former countries (ISO 3166-3) by their alpha-4 code ("SUHH"); their names go in last, so a
  // current country, an alias or a region of the same name keeps it ("France, Metropolitan"
  // leaves "France" to FR; "Burma" stays Myanmar through country_aliases.txt). Display: the
  // name before the comma ("Czechoslovakia"), or an alias marked display ("Soviet Union").
  std::vector<std::pair<std::string, GazetteerPlace*>> former_names;
  for (const internal::IsoFormerCountry& iso : internal::IsoFormerCountries()) {
    auto place = std::make_unique<GazetteerPlace>();
    const std::string_view name = iso.name;
    const size_t comma = name.find(", ");
    place->name = std::string(name.substr(0, comma));
    place->kind = EntityKind::kCountry;
    place->iso_code = iso.alpha4;
    place->country = iso.alpha4;
    former_names.emplace_back(FoldName(place->name), place.get());
    // "USSR, Union of Soviet Socialist Republics": the part after the comma is a name too,
    // unless it is an inverted "Republic of" that needs the head ("Zaire, Republic of") or a
    // single word that qualifies the head ("France, Metropolitan").
    if (comma != std::string_view::npos) {
      const std::string_view rest = name.substr(comma + 2);
      if (!rest.ends_with(" of") && rest.find('(') == std::string_view::npos &&
          rest.find(' ') != std::string_view::npos) {
        former_names.emplace_back(FoldName(rest), place.get());
      }
    }
    g.country_codes_.emplace(iso.alpha4, place.get());
    g.places_.push_back(std::move(place));
  }
  Result<Lexicon> aliases = Lexicon::Load("country_aliases.txt", data_dir);
  if (!aliases.ok()) return aliases.status();
  for (const LexiconEntry& entry : aliases.value().entries()) {
    if (entry.fields.empty()) continue;
    auto it = g.country_codes_.find(entry.fields[0]);
    if (it == g.country_codes_.end()) {
      return Status::ParseError(aliases.value().name() + ":" + std::to_string(entry.line) +
                                ":1: unknown country code '" + entry.fields[0] + "'");
    }
    g.countries_.insert_or_assign(FoldName(entry.key), it->second);
    // "Russia<TAB>RU<TAB>display": the alias is the better display name than "Russian
    // Federation".
    if (entry.fields.size() >= 2 && entry.fields[1] == "display") {
      for (auto& place : g.places_) {
        if (place.get() == it->second) place->name = entry.key;
      }
    }
  }
  // A subdivision named only with generic words ("West", "Gulf", "Northern Province") is not a
  // region by its name alone: "relations with the West" is no region of Cameroon.
  Result<Lexicon> generic = Lexicon::Load("generic_place_words.txt", data_dir);
  if (!generic.ok()) return generic.status();
  auto is_generic = [&generic](std::string_view folded) {
    for (size_t begin = 0; begin < folded.size();) {
      size_t end = folded.find(' ', begin);
      if (end == std::string_view::npos) end = folded.size();
      if (!generic.value().Contains(folded.substr(begin, end - begin))) return false;
      begin = end + 1;
    }
    return true;
  };
  for (const internal::IsoSubdivision& iso : internal::IsoSubdivisions()) {
    std::string folded = FoldName(iso.name);
    if (g.countries_.count(folded) != 0 || is_generic(folded)) continue;
    auto place = std::make_unique<GazetteerPlace>();
    place->name = iso.name;
    place->kind = EntityKind::kPlace;
    place->iso_code = iso.code;
    place->country = std::string(iso.code, 2);
    g.regions_.emplace(std::move(folded), place.get());
    g.places_.push_back(std::move(place));
  }
  for (auto& [folded, place] : former_names) {
    if (g.countries_.count(folded) != 0 || g.regions_.count(folded) != 0) continue;
    g.countries_.emplace(std::move(folded), place);
  }
  Result<Lexicon> demonyms = Lexicon::Load("demonyms.txt", data_dir);
  if (!demonyms.ok()) return demonyms.status();
  for (const LexiconEntry& entry : demonyms.value().entries()) {
    if (entry.fields.empty()) continue;
    g.demonyms_.emplace(FoldName(entry.key), entry.fields[0]);
  }
  if (options.cities) {
    for (const internal::GeonamesCityRecord& city : internal::GeonamesCities()) {
      auto place = std::make_unique<GazetteerPlace>();
      place->name = city.name;
      place->region = city.state;
      place->country = city.country;
      place->population = city.population;
      place->latitude = city.latitude;
      place->longitude = city.longitude;
      if (place->name.empty()) continue;
      std::string folded = FoldName(place->name);
      if (place->population >= kCommonShortNamePopulation) {
        if (std::string_view short_name = ShortCityName(folded); !short_name.empty()) {
          g.cities_[std::string(short_name)].push_back(place.get());
        }
      }
      g.cities_[std::move(folded)].push_back(place.get());
      g.places_.push_back(std::move(place));
      ++g.city_count_;
    }
    for (auto& [name, readings] : g.cities_) {
      std::stable_sort(readings.begin(), readings.end(),
                       [](const GazetteerPlace* a, const GazetteerPlace* b) {
                         if (a->population != b->population) return a->population > b->population;
                         return a->country < b->country;
                       });
      // geonames lists a few cities twice ("Washington", England): keep one of each.
      readings.erase(std::unique(readings.begin(), readings.end(),
                                 [](const GazetteerPlace* a, const GazetteerPlace* b) {
                                   return a->country == b->country && a->region == b->region &&
                                          a->population == b->population;
                                 }),
                     readings.end());
    }
  }
  return std::shared_ptr<const Gazetteer>(std::move(gazetteer));
}

const GazetteerPlace* Gazetteer::FindCountry(std::string_view folded) const {
  auto it = countries_.find(folded);
  return it == countries_.end() ? nullptr : it->second;
}

const GazetteerPlace* Gazetteer::CountryByCode(std::string_view code) const {
  auto it = country_codes_.find(code);
  return it == country_codes_.end() ? nullptr : it->second;
}

const GazetteerPlace* Gazetteer::FindRegion(std::string_view folded) const {
  auto it = regions_.find(folded);
  return it == regions_.end() ? nullptr : it->second;
}

std::span<const GazetteerPlace* const> Gazetteer::FindCities(std::string_view folded) const {
  auto it = cities_.find(folded);
  if (it == cities_.end()) return {};
  return it->second;
}

std::vector<std::string> Gazetteer::FoldedNames() const {
  std::vector<std::string> names;
  names.reserve(countries_.size() + regions_.size() + cities_.size() + demonyms_.size());
  for (const auto& entry : countries_) names.push_back(entry.first);
  for (const auto& entry : regions_) names.push_back(entry.first);
  for (const auto& entry : cities_) names.push_back(entry.first);
  for (const auto& entry : demonyms_) names.push_back(entry.first);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::string_view Gazetteer::DemonymCountry(std::string_view folded) const {
  auto it = demonyms_.find(folded);
  return it == demonyms_.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace eventgraph
