// The inference side of a linear model: a compact open-addressing table from
// 32-bit feature ids to sparse rows of (class, int16 weight) pairs.
//
// Averaged-perceptron weights are sparse per feature (a word's suffix feature
// votes for the few tags it was ever confused with), so rows are stored as
// runs in one pairs array instead of a dense classes x features matrix. This
// keeps the POS and chunk models in a few MB, most of them in cache.
#ifndef KHALDUN_SYNTAX_WEIGHT_TABLE_H_
#define KHALDUN_SYNTAX_WEIGHT_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace khaldun::internal {

// Little-endian serialisation helpers for the model file.
class ByteWriter {
 public:
  explicit ByteWriter(std::string* out) : out_(out) {}
  void U8(uint8_t v) { out_->push_back(static_cast<char>(v)); }
  void U16(uint16_t v) { Raw(&v, 2); }
  void U32(uint32_t v) { Raw(&v, 4); }
  void U64(uint64_t v) { Raw(&v, 8); }
  void F32(float v) { Raw(&v, 4); }
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_->append(s);
  }
  void Raw(const void* p, size_t n) { out_->append(static_cast<const char*>(p), n); }

 private:
  std::string* out_;
};

// Bounds-checked reader: after any read past the end, ok() is false and every
// later read yields zeros, so callers check once at the end of a section.
class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  uint8_t U8() { uint8_t v = 0; Raw(&v, 1); return v; }
  uint16_t U16() { uint16_t v = 0; Raw(&v, 2); return v; }
  uint32_t U32() { uint32_t v = 0; Raw(&v, 4); return v; }
  uint64_t U64() { uint64_t v = 0; Raw(&v, 8); return v; }
  float F32() { float v = 0; Raw(&v, 4); return v; }
  std::string Str();
  void Raw(void* p, size_t n);
  bool ok() const { return ok_; }
  size_t remaining() const { return in_.size() - pos_; }
  size_t position() const { return pos_; }

 private:
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

class WeightTable {
 public:
  WeightTable() = default;

  // Rows are given in order: feature ids[i] owns counts[i] consecutive
  // entries of classes/weights. Ids must be distinct and non-zero.
  static WeightTable Build(int num_classes, std::vector<uint32_t> ids, std::vector<uint8_t> counts,
                           const std::vector<uint8_t>& classes, const std::vector<int16_t>& weights);

  // Starts loading the slots of f[0..n) into cache. Lookups are cache misses
  // (the tables are MBs); issuing them all first overlaps their latencies.
  void Prefetch(const uint32_t* f, int n) const {
    for (int i = 0; i < n; ++i) __builtin_prefetch(&slots_[(f[i] * 0x9E3779B1u) >> shift_]);
  }

  // scores[0..num_classes) += the weights of every known feature in f[0..n).
  // Class 0 must be a scratch class nobody reads (it is "untagged" in both
  // tag sets): padding pairs add 0 to it.
  void AddScores(const uint32_t* f, int n, int32_t* scores) const {
    for (int i = 0; i < n; ++i) {
      uint32_t id = f[i];
      uint32_t slot = (id * 0x9E3779B1u) >> shift_;
      for (;;) {
        const Slot& s = slots_[slot];
        if (s.key == id) {
          uint32_t count = s.ref & 0xff;
          if (count <= kInline) {
            // Unused inline pairs are (class 0, weight 0): adding them
            // unconditionally avoids a mispredicted loop exit.
            uint32_t a = s.inline_pairs[0], b = s.inline_pairs[1];
            scores[a & 0xff] += static_cast<int16_t>(a >> 16);
            scores[b & 0xff] += static_cast<int16_t>(b >> 16);
          } else {
            const uint32_t* p = pairs_.data() + (s.ref >> 8);
            for (; count > 0; --count, ++p) scores[*p & 0xff] += static_cast<int16_t>(*p >> 16);
          }
          break;
        }
        if (s.key == 0) break;
        slot = (slot + 1) & mask_;
      }
    }
  }

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return ids_.size(); }
  size_t num_pairs() const { return pairs_.size(); }

  void Write(ByteWriter& w) const;
  // Returns false on malformed input (the caller reports corruption).
  static bool Read(ByteReader& r, WeightTable* out);

 private:
  int num_classes_ = 0;
  uint32_t shift_ = 31;  // an empty two-slot table until Build
  uint32_t mask_ = 1;
  // Most features (80%) have one or two classes; keeping those pairs in the
  // slot saves a second dependent cache miss per lookup.
  static constexpr uint32_t kInline = 2;
  struct Slot {
    uint32_t key = 0;  // feature id; 0 = empty
    uint32_t ref = 0;  // offset into pairs_ << 8 | count
    uint32_t inline_pairs[kInline] = {};
  };
  std::vector<Slot> slots_ = std::vector<Slot>(2);
  std::vector<uint32_t> pairs_;     // uint16 weight << 16 | class
  std::vector<uint32_t> ids_;       // row order, for writing
  std::vector<uint8_t> counts_;
};

// Frequent words that (nearly) always take one tag ("the" -> DT), looked up
// before any feature is computed.
class TagDictionary {
 public:
  static TagDictionary Build(std::vector<std::pair<uint64_t, uint8_t>> entries);
  // The tag for a word hash, or 0.
  uint8_t Find(uint64_t word_hash) const {
    uint32_t slot = static_cast<uint32_t>(word_hash >> shift_);
    for (;;) {
      uint64_t k = keys_[slot];
      if (k == word_hash) return tags_[slot];
      if (k == 0) return 0;
      slot = (slot + 1) & mask_;
    }
  }
  size_t size() const { return entries_.size(); }
  void Write(ByteWriter& w) const;
  static bool Read(ByteReader& r, TagDictionary* out);

 private:
  uint32_t shift_ = 63;  // an empty two-slot table until Build
  uint32_t mask_ = 1;
  std::vector<uint64_t> keys_{0, 0};
  std::vector<uint8_t> tags_{0, 0};
  std::vector<std::pair<uint64_t, uint8_t>> entries_;  // sorted, for writing
};

}  // namespace khaldun::internal

#endif  // KHALDUN_SYNTAX_WEIGHT_TABLE_H_
