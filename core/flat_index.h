// A hash table from strings the caller keeps alive to small values, flat in
// memory: the slot holds the key's address, length and hash, so that a
// look-up usually costs one cache line rather than a bucket, a node and the
// key as std::unordered_map does. For the millions of id look-ups of large
// graphs.
//
//   FlatIndex<uint32_t> index(ids.size());
//   for (uint32_t i = 0; i < ids.size(); ++i) index.Insert(ids[i], i);   // ids outlive index
//   if (const uint32_t* i = index.Find("marco-rubio")) ...
#ifndef DIPLOGRAPH_CORE_FLAT_INDEX_H_
#define DIPLOGRAPH_CORE_FLAT_INDEX_H_

#include <cstdint>
#include <cstring>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

namespace diplograph {

template <typename V>
class FlatIndex {
 public:
  explicit FlatIndex(size_t expected = 0) { Rehash(Capacity(expected)); }

  // The value stored under `key`, or `value` stored under it now; true when
  // it was stored now. `key`'s bytes must outlive the index.
  std::pair<V*, bool> Insert(std::string_view key, V value) {
    if (2 * (size_ + 1) > slots_.size()) Rehash(2 * slots_.size());
    uint64_t h = Hash(key);
    Slot* s = Probe(key, h);
    if (s->data != nullptr) return {&s->value, false};
    *s = Slot{key.data() == nullptr ? "" : key.data(), static_cast<uint32_t>(key.size()), static_cast<uint32_t>(h >> 32), std::move(value)};
    ++size_;
    return {&s->value, true};
  }
  V* Find(std::string_view key) {
    Slot* s = Probe(key, Hash(key));
    return s->data == nullptr ? nullptr : &s->value;
  }
  const V* Find(std::string_view key) const { return const_cast<FlatIndex*>(this)->Find(key); }
  size_t size() const { return size_; }
  void clear() { *this = FlatIndex(); }

 private:
  struct Slot {
    const char* data = nullptr;  // null: empty
    uint32_t size = 0;
    uint32_t hash = 0;  // the hash's high half
    V value{};
  };

  static uint64_t Hash(std::string_view key) { return std::hash<std::string_view>()(key); }
  static size_t Capacity(size_t expected) {
    size_t n = 16;
    while (n < 2 * expected) n *= 2;
    return n;
  }
  Slot* Probe(std::string_view key, uint64_t h) {
    uint32_t tag = static_cast<uint32_t>(h >> 32);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.data == nullptr) return &s;
      if (s.hash == tag && s.size == key.size() && std::memcmp(s.data, key.data(), key.size()) == 0) return &s;
    }
  }
  void Rehash(size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    for (Slot& s : old)
      if (s.data != nullptr) *Probe(std::string_view(s.data, s.size), Hash(std::string_view(s.data, s.size))) = std::move(s);
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

// A hash for 64-bit keys of a FlatMap (a pair of 32-bit numbers, say):
// MurmurHash3's finaliser, so that nearby numbers land far apart.
struct Mix64Hash {
  size_t operator()(uint64_t x) const {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return static_cast<size_t>(x);
  }
};

// The same for small keys compared by value (numbers, arrays of them),
// which the slot holds itself: a look-up touches no other memory.
//
//   FlatMap<std::array<uint32_t, 4>, uint32_t, ArrayHash> groups(n);
template <typename K, typename V, typename Hash>
class FlatMap {
 public:
  explicit FlatMap(size_t expected = 0) { Rehash(Capacity(expected)); }

  std::pair<V*, bool> Insert(const K& key, V value) {
    if (2 * (size_ + 1) > slots_.size()) Rehash(2 * slots_.size());
    Slot* s = Probe(key);
    if (s->used) return {&s->value, false};
    *s = Slot{key, std::move(value), true};
    ++size_;
    return {&s->value, true};
  }
  V* Find(const K& key) {
    Slot* s = Probe(key);
    return s->used ? &s->value : nullptr;
  }
  size_t size() const { return size_; }

 private:
  struct Slot {
    K key{};
    V value{};
    bool used = false;
  };
  static size_t Capacity(size_t expected) {
    size_t n = 16;
    while (n < 2 * expected) n *= 2;
    return n;
  }
  Slot* Probe(const K& key) {
    for (size_t i = Hash()(key) & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (!s.used || s.key == key) return &s;
    }
  }
  void Rehash(size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    for (Slot& s : old)
      if (s.used) *Probe(s.key) = std::move(s);
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_CORE_FLAT_INDEX_H_
