// SPDX-License-Identifier: Apache-2.0
// PrefetchLine(): a hint to start loading a cache line, for loops over cold records (the graph
// merger's index, the graph.json writer's strings).
#ifndef EVENTGRAPH_CORE_PREFETCH_H_
#define EVENTGRAPH_CORE_PREFETCH_H_

namespace eventgraph {

/// Asks the CPU to start loading the cache line of `address` (no effect without GCC or Clang).
inline void PrefetchLine(const void* address) {
#if defined(__GNUC__)
  __builtin_prefetch(address);
#else
  static_cast<void>(address);
#endif
}

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_PREFETCH_H_
