// SPDX-License-Identifier: Apache-2.0
// The ISO 3166 tables compiled in from Debian iso-codes by scripts/gen_iso_codes_data.py.
#ifndef EVENTGRAPH_CORE_INTERNAL_ISO_CODES_DATA_H_
#define EVENTGRAPH_CORE_INTERNAL_ISO_CODES_DATA_H_

#include <span>

namespace eventgraph::internal {

/// One ISO 3166-1 country. Strings are UTF-8 literals with static storage; empty when absent.
struct IsoCountry {
  const char* alpha2;         // "US"
  const char* alpha3;         // "USA"
  const char* name;           // "United States"; "Russian Federation"
  const char* official_name;  // "United States of America"
  const char* common_name;    // "Iran" for "Iran, Islamic Republic of"
};

/// One first-level ISO 3166-2 subdivision (states, provinces, regions).
struct IsoSubdivision {
  const char* code;  // "US-AK"
  const char* name;  // "Alaska"
  const char* type;  // "State"
};

/// One ISO 3166-3 former country (the Soviet Union, East Germany, Yugoslavia, Zaire...).
struct IsoFormerCountry {
  const char* alpha4;           // "SUHH": the former alpha-2 and what replaced it
  const char* name;             // "USSR, Union of Soviet Socialist Republics"
  const char* withdrawal_date;  // "1992-08-30" or "1977"
};

/// Sorted by alpha-2.
std::span<const IsoCountry> IsoCountries();
/// Sorted by alpha-4.
std::span<const IsoFormerCountry> IsoFormerCountries();
/// Sorted by code.
std::span<const IsoSubdivision> IsoSubdivisions();

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_CORE_INTERNAL_ISO_CODES_DATA_H_
