// SPDX-License-Identifier: Apache-2.0
// The libgeonames city table compiled in by scripts/gen_geonames_data.cc.
#ifndef EVENTGRAPH_CORE_INTERNAL_GEONAMES_DATA_H_
#define EVENTGRAPH_CORE_INTERNAL_GEONAMES_DATA_H_

#include <cstdint>
#include <span>

namespace eventgraph::internal {

/// One libgeonames city. Strings are UTF-8 literals with static storage; empty when absent.
struct GeonamesCityRecord {
  const char* name;     // "Anchorage"
  const char* state;    // "Alaska"
  const char* country;  // "US"
  uint32_t population;  // 291826
  double latitude;      // 61.21806
  double longitude;     // -149.90028
};

/// Every city in libgeonames' own order (the order geonames_get_city() indexes).
std::span<const GeonamesCityRecord> GeonamesCities();

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_CORE_INTERNAL_GEONAMES_DATA_H_
