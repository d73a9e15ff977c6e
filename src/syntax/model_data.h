// The insides of a SyntaxModel and the greedy decoders that use them.
#ifndef KHALDUN_SYNTAX_MODEL_DATA_H_
#define KHALDUN_SYNTAX_MODEL_DATA_H_

#include <cstdint>
#include <string>
#include <vector>

#include "khaldun/syntax.h"
#include "syntax/features.h"
#include "syntax/weight_table.h"

namespace khaldun::internal {

inline constexpr char kModelMagic[8] = {'K', 'H', 'L', 'D', 'S', 'Y', 'N', 'X'};
inline constexpr uint32_t kModelFormatVersion = 1;

class SyntaxModelData {
 public:
  WeightTable pos;
  WeightTable chunk;
  TagDictionary dictionary;

  // The chunker's transition weights expanded from `chunk` by
  // BuildTransitions into one dense table [pos][prev][cur] (prev 0 = start;
  // disallowed moves hold ChunkNeg), so Viterbi reads one row per tag pair.
  std::vector<int32_t> transitions;
  void BuildTransitions();
};

// Per-thread reusable buffers: a sentence longer than any before it grows
// them once; otherwise tagging allocates nothing.
struct Scratch {
  std::vector<TokenHashes> hashes;
  std::vector<uint8_t> pos;    // padded like hashes
  std::vector<uint8_t> chunk;  // unpadded
  std::vector<int32_t> lattice;  // Viterbi emission scores, n * kNumChunkTags
  std::vector<int32_t> back;     // Viterbi back pointers, n * kNumChunkTags
  std::vector<uint32_t> features;    // chunk features, n * kMaxChunkFeatures
  std::vector<int> feature_counts;   // per token
};
Scratch& ThreadScratch();

// Greedy POS decoding of n tokens whose hashes start at h (padded buffer + kPad).
// Writes tags to out[0..n).
void DecodePos(const SyntaxModelData& m, const TokenHashes* h, int n, uint8_t* out);
// Greedy chunk decoding; pos is padded (pos[-2..n+1] valid). Writes out[0..n).
void DecodeChunks(const SyntaxModelData& m, const TokenHashes* h, const uint8_t* pos, int n,
                  Scratch& scratch, uint8_t* out);

// Serialises a model: header (magic, version, tag set hash, source hash,
// checksum) then the payload. Deterministic: equal models give equal bytes.
std::string SerializeModel(const SyntaxModelData& m, uint64_t source_hash,
                           const std::string& provenance);

}  // namespace khaldun::internal

#endif  // KHALDUN_SYNTAX_MODEL_DATA_H_
