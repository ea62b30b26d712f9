// SPDX-License-Identifier: Apache-2.0
#include "core/gazetteer.h"

#include <cstddef>
#include <span>

#include <catch2/catch.hpp>

#include "core/name_key.h"

namespace eventgraph {
namespace {

const Gazetteer& Full() {
  static const std::shared_ptr<const Gazetteer> kGazetteer = [] {
    auto created = Gazetteer::Create("", Gazetteer::Options{});
    REQUIRE(created.ok());
    return created.value();
  }();
  return *kGazetteer;
}

struct CountryRow {
  const char* name;
  const char* code;
};

// Each name finds a country with that ISO code.
template <size_t N>
void CheckCountries(const CountryRow (&rows)[N]) {
  for (const CountryRow& row : rows) {
    INFO(row.name);
    const GazetteerPlace* country = Full().FindCountry(FoldName(row.name));
    REQUIRE(country != nullptr);
    CHECK(country->iso_code == row.code);
    CHECK(country->kind == EntityKind::kCountry);
  }
}

TEST_CASE("Gazetteer: finds countries by ISO, common and alias names", "[core][entity]") {
  const CountryRow rows[] = {
      {"United States", "US"},
      {"U.S.", "US"},
      {"America", "US"},
      {"Russia", "RU"},
      {"Russian Federation", "RU"},
      {"Iran", "IR"},
      {"Ukraine", "UA"},
      {"Britain", "GB"},
      {"West Germany", "DE"},  // the Federal Republic, whose code united Germany kept
      {"United Kingdom of Great Britain and Northern Ireland", "GB"},
  };
  CheckCountries(rows);
  CHECK(Full().FindCountry("anchorage") == nullptr);
  CHECK(Full().CountryByCode("RU")->name == "Russia");
}

TEST_CASE("Gazetteer: finds former countries by their ISO 3166-3 codes", "[core][entity]") {
  const CountryRow rows[] = {
      {"Soviet Union", "SUHH"},  // alias, and the display name
      {"USSR", "SUHH"},          // iso-codes: "USSR, Union of Soviet Socialist Republics"
      {"Union of Soviet Socialist Republics", "SUHH"},
      {"East Germany", "DDDE"},
      {"German Democratic Republic", "DDDE"},
      {"Czechoslovakia", "CSHH"},
      {"Yugoslavia", "YUCS"},
      {"Zaire", "ZRCD"},  // the country, not Angola's province of that name
      // Current countries keep their names: "France, Metropolitan", "Yemen, Democratic".
      {"France", "FR"},
      {"Yemen", "YE"},
      {"Burma", "MM"},
  };
  CheckCountries(rows);
  CHECK(Full().CountryByCode("SUHH")->name == "Soviet Union");
  CHECK(Full().CountryByCode("CSHH")->name == "Czechoslovakia");
  CHECK(Full().FindCountry("metropolitan") == nullptr);  // of "France, Metropolitan"
}

TEST_CASE("Gazetteer: finds regions and demonyms", "[core][entity]") {
  const GazetteerPlace* alaska = Full().FindRegion("alaska");
  REQUIRE(alaska != nullptr);
  CHECK(alaska->iso_code == "US-AK");
  CHECK(alaska->country == "US");
  CHECK(Full().DemonymCountry("russian") == "RU");
  CHECK(Full().DemonymCountry("ukrainian") == "UA");
  CHECK(Full().DemonymCountry("european") == "-");
  CHECK(Full().DemonymCountry("soviet") == "SUHH");  // a former country's code
  CHECK(Full().CountryByCode(Full().DemonymCountry("yugoslav"))->name == "Yugoslavia");
  CHECK(Full().DemonymCountry("moscow").empty());
}

TEST_CASE("Gazetteer: keeps generic words out of the regions", "[core][entity]") {
  // Cameroon's West and North, Papua New Guinea's Gulf, Ghana's Upper East, Sri Lanka's
  // Northern Province: named only with generic words.
  for (const char* name : {"west", "north", "gulf", "upper east", "northern province", "central"}) {
    INFO(name);
    CHECK(Full().FindRegion(name) == nullptr);
  }
  // Regions with a proper name stay, generic words and all.
  for (const char* name : {"alaska", "western australia", "north carolina", "west bengal"}) {
    INFO(name);
    CHECK(Full().FindRegion(name) != nullptr);
  }
}

TEST_CASE("Gazetteer: finds a large city by the name without its qualifier", "[core][entity]") {
  std::span<const GazetteerPlace* const> washington = Full().FindCities("washington");
  REQUIRE(!washington.empty());
  CHECK(washington.front()->country == "US");  // "Washington D.C.", before Washington, England
  std::span<const GazetteerPlace* const> frankfurt = Full().FindCities("frankfurt");
  REQUIRE(!frankfurt.empty());
  CHECK(frankfurt.front()->name == "Frankfurt am Main");
  // A small town's head is not indexed: "Weil am Rhein" is no "Weil".
  CHECK(Full().FindCities("weil").empty());
}

TEST_CASE("Gazetteer: orders ambiguous cities by population", "[core][entity]") {
  auto moscow = Full().FindCities("moscow");
  REQUIRE(moscow.size() >= 2);
  CHECK(moscow[0]->country == "RU");
  bool idaho = false;
  for (const GazetteerPlace* city : moscow) idaho = idaho || city->region == "Idaho";
  CHECK(idaho);
  auto anchorage = Full().FindCities("anchorage");
  REQUIRE(anchorage.size() == 1);
  CHECK(anchorage[0]->region == "Alaska");
  REQUIRE(anchorage[0]->latitude.has_value());
  CHECK(*anchorage[0]->latitude == Approx(61.2).epsilon(0.01));
  CHECK(Full().city_count() > 20000);
  CHECK(Full().FindCities("no such city").empty());
}

}  // namespace
}  // namespace eventgraph
