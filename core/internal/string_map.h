// SPDX-License-Identifier: Apache-2.0
// StringMap: an unordered_map keyed by std::string that std::string_view finds without
// allocating (C++20 heterogeneous lookup), for the recognizer's hot lookups.
#ifndef EVENTGRAPH_CORE_INTERNAL_STRING_MAP_H_
#define EVENTGRAPH_CORE_INTERNAL_STRING_MAP_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace eventgraph::internal {

/// Transparent string hash: hashes std::string, std::string_view and const char* alike.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_CORE_INTERNAL_STRING_MAP_H_
