#include "dict/word_table.h"

#include <cstring>

namespace khaldun::internal {

void WordTable::Build(const std::vector<std::string>& words, const std::vector<uint32_t>& ids) {
  size_ = words.size();
  size_t capacity = 16;
  while (capacity < size_ * 2) capacity <<= 1;
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  pool_.clear();
  for (size_t i = 0; i < words.size(); ++i) {
    uint64_t h = Hash(words[i]);
    size_t pos = h & mask_;
    while (slots_[pos].id != kMissing) pos = (pos + 1) & mask_;
    slots_[pos] = {h, static_cast<uint32_t>(pool_.size()), static_cast<uint32_t>(words[i].size()), ids[i]};
    pool_ += words[i];
  }
}

uint32_t WordTable::Find(std::string_view word, uint64_t h) const {
  if (size_ == 0) return kMissing;
  for (size_t pos = h & mask_;; pos = (pos + 1) & mask_) {
    const Slot& s = slots_[pos];
    if (s.id == kMissing) return kMissing;
    if (s.hash == h && s.length == word.size() && std::memcmp(pool_.data() + s.offset, word.data(), word.size()) == 0)
      return s.id;
  }
}

}  // namespace khaldun::internal
