// An immutable string -> id table with open addressing, for the per-token
// lookups of the matcher: one probe usually touches a single cache line of
// hashes, where std::unordered_map chases a node pointer per lookup.
#ifndef KHALDUN_DICT_WORD_TABLE_H_
#define KHALDUN_DICT_WORD_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace khaldun::internal {

class WordTable {
 public:
  static constexpr uint32_t kMissing = 0xFFFFFFFFu;

  // `words[i]` maps to `ids[i]`; words must be distinct.
  void Build(const std::vector<std::string>& words, const std::vector<uint32_t>& ids);
  uint32_t Find(std::string_view word) const { return Find(word, Hash(word)); }
  // The same with `hash` == Hash(word) already computed; with HashStep and
  // Finish, a caller probing every prefix of a token hashes it once.
  uint32_t Find(std::string_view word, uint64_t hash) const;
  bool empty() const { return size_ == 0; }

  // FNV-1a then a final mix so that the low bits (the slot) are well spread.
  // Hash(s) == Finish(HashStep(...HashStep(kHashBasis, s[0])..., s[n-1])).
  static constexpr uint64_t kHashBasis = 14695981039346656037ull;
  static uint64_t HashStep(uint64_t h, unsigned char c) { return (h ^ c) * 1099511628211ull; }
  static uint64_t Finish(uint64_t h) {
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    return h ^ (h >> 32);
  }
  static uint64_t Hash(std::string_view s) {
    uint64_t h = kHashBasis;
    for (unsigned char c : s) h = HashStep(h, c);
    return Finish(h);
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0;  // into pool_
    uint32_t length = 0;
    uint32_t id = kMissing;
  };
  std::vector<Slot> slots_;
  std::string pool_;
  uint64_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace khaldun::internal

#endif  // KHALDUN_DICT_WORD_TABLE_H_
