#include "syntax/weight_table.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace khaldun::internal {

static_assert(std::endian::native == std::endian::little,
              "the model file is little-endian and read by memcpy");

std::string ByteReader::Str() {
  uint32_t n = U32();
  if (!ok_ || n > remaining()) {
    ok_ = false;
    return {};
  }
  std::string s(in_.substr(pos_, n));
  pos_ += n;
  return s;
}

void ByteReader::Raw(void* p, size_t n) {
  if (!ok_ || n > remaining()) {
    ok_ = false;
    std::memset(p, 0, n);
    return;
  }
  std::memcpy(p, in_.data() + pos_, n);
  pos_ += n;
}

namespace {

// Capacity: a power of two with a load factor of at most 0.7, so that linear
// probes stay short (most end within the first cache line).
int TableBits(size_t n) {
  int bits = 4;
  while ((size_t{1} << bits) * 7 < 10 * n) ++bits;
  return bits;
}

}  // namespace

WeightTable WeightTable::Build(int num_classes, std::vector<uint32_t> ids,
                               std::vector<uint8_t> counts, const std::vector<uint8_t>& classes,
                               const std::vector<int16_t>& weights) {
  WeightTable t;
  t.num_classes_ = num_classes;
  int bits = TableBits(ids.size());
  t.shift_ = 32 - bits;
  t.mask_ = (1u << bits) - 1;
  t.slots_.assign(size_t{1} << bits, Slot());
  t.pairs_.resize(classes.size());
  for (size_t i = 0; i < classes.size(); ++i) {
    t.pairs_[i] = static_cast<uint32_t>(static_cast<uint16_t>(weights[i])) << 16 | classes[i];
  }
  uint32_t offset = 0;
  for (size_t i = 0; i < ids.size(); ++i) {
    uint32_t slot = (ids[i] * 0x9E3779B1u) >> t.shift_;
    while (t.slots_[slot].key != 0) slot = (slot + 1) & t.mask_;
    Slot& s = t.slots_[slot];
    s.key = ids[i];
    s.ref = offset << 8 | counts[i];
    for (uint32_t k = 0; k < counts[i] && counts[i] <= kInline; ++k) {
      s.inline_pairs[k] = t.pairs_[offset + k];
    }
    offset += counts[i];
  }
  t.ids_ = std::move(ids);
  t.counts_ = std::move(counts);
  return t;
}

void WeightTable::Write(ByteWriter& w) const {
  w.U32(static_cast<uint32_t>(num_classes_));
  w.U32(static_cast<uint32_t>(ids_.size()));
  w.U32(static_cast<uint32_t>(pairs_.size()));
  w.Raw(ids_.data(), ids_.size() * 4);
  w.Raw(counts_.data(), counts_.size());
  for (uint32_t p : pairs_) w.U8(static_cast<uint8_t>(p & 0xff));
  for (uint32_t p : pairs_) w.U16(static_cast<uint16_t>(p >> 16));
}

bool WeightTable::Read(ByteReader& r, WeightTable* out) {
  uint32_t num_classes = r.U32(), n = r.U32(), np = r.U32();
  if (!r.ok() || num_classes == 0 || num_classes > 255 || n > r.remaining() / 5 ||
      np > r.remaining() / 3) {
    return false;
  }
  std::vector<uint32_t> ids(n);
  std::vector<uint8_t> counts(n), classes(np);
  std::vector<int16_t> weights(np);
  r.Raw(ids.data(), n * 4);
  r.Raw(counts.data(), n);
  r.Raw(classes.data(), np);
  r.Raw(weights.data(), np * 2);
  if (!r.ok()) return false;
  uint64_t total = 0;
  for (uint8_t c : counts) total += c;
  if (total != np) return false;
  for (uint8_t c : classes) {
    if (c >= num_classes) return false;
  }
  std::vector<uint32_t> sorted = ids;
  std::sort(sorted.begin(), sorted.end());
  if (!sorted.empty() && sorted[0] == 0) return false;
  if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) return false;
  *out = Build(static_cast<int>(num_classes), std::move(ids), std::move(counts), classes, weights);
  return true;
}

TagDictionary TagDictionary::Build(std::vector<std::pair<uint64_t, uint8_t>> entries) {
  TagDictionary d;
  std::sort(entries.begin(), entries.end());
  int bits = TableBits(entries.size());
  d.shift_ = 64 - bits;
  d.mask_ = (1u << bits) - 1;
  d.keys_.assign(size_t{1} << bits, 0);
  d.tags_.assign(size_t{1} << bits, 0);
  for (const auto& [key, tag] : entries) {
    uint32_t slot = static_cast<uint32_t>(key >> d.shift_);
    while (d.keys_[slot] != 0) slot = (slot + 1) & d.mask_;
    d.keys_[slot] = key;
    d.tags_[slot] = tag;
  }
  d.entries_ = std::move(entries);
  return d;
}

void TagDictionary::Write(ByteWriter& w) const {
  w.U32(static_cast<uint32_t>(entries_.size()));
  for (const auto& [key, tag] : entries_) {
    w.U64(key);
    w.U8(tag);
  }
}

bool TagDictionary::Read(ByteReader& r, TagDictionary* out) {
  uint32_t n = r.U32();
  if (!r.ok() || n > r.remaining() / 9) return false;
  std::vector<std::pair<uint64_t, uint8_t>> entries(n);
  for (auto& [key, tag] : entries) {
    key = r.U64();
    tag = r.U8();
    if (key == 0) return false;
  }
  if (!r.ok()) return false;
  *out = Build(std::move(entries));
  return true;
}

}  // namespace khaldun::internal
