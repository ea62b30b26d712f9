// SPDX-License-Identifier: Apache-2.0
// FlatStringMap: an immutable open-addressing hash map from strings to values, built once and
// then only read. The recognizer looks up every word token, so lookups must cost about one cache
// miss: slots hold the hash and an index, keys and values sit in dense vectors.
#ifndef EVENTGRAPH_CORE_INTERNAL_FLAT_STRING_MAP_H_
#define EVENTGRAPH_CORE_INTERNAL_FLAT_STRING_MAP_H_

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eventgraph::internal {

/// Build with Insert() (last value wins for a repeated key is not supported: Insert returns the
/// existing value), then Find(). Thread-safe for concurrent Find() once built. Copyable.
template <typename V>
class FlatStringMap {
 public:
  /// The value for `key`, inserted default-constructed if absent.
  V& operator[](std::string_view key) {
    if ((keys_.size() + 1) * 2 > slots_.size()) Grow();
    uint64_t hash = Hash(key);
    size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.index == kEmpty) {
        slot.hash = hash;
        slot.index = static_cast<uint32_t>(keys_.size());
        keys_.emplace_back(key);
        values_.emplace_back();
        return values_.back();
      }
      if (slot.hash == hash && keys_[slot.index] == key) return values_[slot.index];
    }
  }

  /// The value for `key`, or nullptr.
  const V* Find(std::string_view key) const { return FindHashed(key, Hash(key)); }

  /// Find() with `hash` == Hash(key) computed by the caller (who may use it for a pre-filter).
  /// Forced inline: GCC kept it a call in the scanner's table-row pass, which asks it per word.
  [[gnu::always_inline]] const V* FindHashed(std::string_view key, uint64_t hash) const {
    if (slots_.empty()) return nullptr;
    size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.index == kEmpty) return nullptr;
      if (slot.hash == hash && keys_[slot.index] == key) return &values_[slot.index];
    }
  }

  /// The hash the map uses: eight bytes at a time, multiply and fold; inline, because keys are
  /// short words and a library call costs more than the hashing. The high bits are well mixed
  /// (callers may take them for a Bloom filter), the low bits pick the slot.
  static uint64_t Hash(std::string_view key) {
    uint64_t h = kSeed ^ (key.size() * kMul);
    const char* p = key.data();
    size_t n = key.size();
    while (n >= 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      h = (h ^ w) * kMul;
      h ^= h >> 32;
      p += 8;
      n -= 8;
    }
    if (n > 0) h = (h ^ Tail(p, n, key.size() >= 8)) * kMul;
    return Finish(h);
  }

  /// The `n` (1..7) bytes at `p` as a little-endian number (byte k at bits 8k..8k+7, the rest
  /// zero), read with at most two loads, not byte by byte (memcpy of a variable length is a
  /// library call). `after_eight`: the 8 bytes before p + n are readable (a key of 8+ bytes).
  static uint64_t Tail(const char* p, size_t n, bool after_eight) {
    if constexpr (std::endian::native == std::endian::little) {
      if (after_eight) {  // the last 8 bytes of the key, the ones before the tail shifted out
        uint64_t w;
        std::memcpy(&w, p + n - 8, 8);
        return w >> (8 * (8 - n));
      }
      if (n >= 4) {  // two 4-byte loads that overlap: "abcdef" = "abcd" | "cdef" << 16
        uint32_t lo;
        uint32_t hi;
        std::memcpy(&lo, p, 4);
        std::memcpy(&hi, p + n - 4, 4);
        return uint64_t{lo} | (uint64_t{hi} << (8 * (n - 4)));
      }
      if (n >= 2) {
        uint16_t lo;
        uint16_t hi;
        std::memcpy(&lo, p, 2);
        std::memcpy(&hi, p + n - 2, 2);
        return uint64_t{lo} | (uint64_t{hi} << (8 * (n - 2)));
      }
      return uint64_t{static_cast<unsigned char>(p[0])};
    } else {
      uint64_t w = 0;
      for (size_t k = 0; k < n; ++k) w |= uint64_t{static_cast<unsigned char>(p[k])} << (8 * k);
      return w;
    }
  }

  /// Hash() of a key of `size` < 8 bytes whose bytes are `w`, little-endian (byte k at bits
  /// 8k..8k+7, the rest zero): for callers that read the key's bytes anyway.
  static uint64_t HashShort(uint64_t w, size_t size) {
    uint64_t h = kSeed ^ (size * kMul);
    if (size > 0) h = (h ^ w) * kMul;
    return Finish(h);
  }

  /// Makes room for `count` keys in all, so that inserting up to that many rehashes nothing.
  void Reserve(size_t count) {
    while ((count + 1) * 2 > slots_.size()) Grow();
    keys_.reserve(count);
    values_.reserve(count);
  }

  size_t size() const { return keys_.size(); }
  const std::vector<std::string>& keys() const { return keys_; }
  /// The value of keys()[index]: visits every entry without looking each key up again.
  V& value_at(size_t index) { return values_[index]; }

 private:
  static constexpr uint32_t kEmpty = 0xffffffffu;
  static constexpr uint64_t kMul = 0x9e3779b97f4a7c15ull;
  static constexpr uint64_t kSeed = 0x243f6a8885a308d3ull;

  static uint64_t Finish(uint64_t h) {
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    return h ^ (h >> 32);
  }
  struct Slot {
    uint64_t hash = 0;
    uint32_t index = kEmpty;
  };

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.index == kEmpty) continue;
      size_t i = slot.hash & mask;
      while (slots_[i].index != kEmpty) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::string> keys_;
  std::vector<V> values_;
};

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_CORE_INTERNAL_FLAT_STRING_MAP_H_
