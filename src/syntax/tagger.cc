// Tagging and chunking with a loaded model.
#include <algorithm>

#include "khaldun/syntax.h"
#include "syntax/model_data.h"
#include "syntax/viterbi.h"

namespace khaldun {
namespace internal {

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

void DecodePos(const SyntaxModelData& m, const TokenHashes* h, int n, uint8_t* out) {
  uint32_t f[kMaxPosFeatures];
  int32_t scores[kNumPosTags];
  uint8_t p1 = kStartTag, p2 = kStartTag;
  for (int i = 0; i < n; ++i) {
    uint8_t tag = m.dictionary.Find(h[i].word);
    if (tag == 0) {
      int nf = PosFeatures(h, i, p1, p2, f);
      m.pos.Prefetch(f, nf);
      std::fill_n(scores, kNumPosTags, 0);
      m.pos.AddScores(f, nf, scores);
      tag = 1;
      for (int c = 2; c < kNumPosTags; ++c) {
        if (scores[c] > scores[tag]) tag = static_cast<uint8_t>(c);
      }
    }
    out[i] = tag;
    p2 = p1;
    p1 = tag;
  }
}

void SyntaxModelData::BuildTransitions() {
  constexpr int K = kChunkClasses;
  std::vector<int32_t> tr(K * K, 0), tp(K * K, 0);
  transitions.assign(kNumPosTags * K * K, 0);
  for (int p = 0; p < K; ++p) {
    uint8_t prev = p == 0 ? kStartTag : static_cast<uint8_t>(p);
    uint32_t f = ChunkTransitionFeature(prev);
    chunk.AddScores(&f, 1, tr.data() + p * K);
  }
  for (int t = 0; t < kNumPosTags; ++t) {
    std::fill(tp.begin(), tp.end(), 0);
    for (int p = 0; p < K; ++p) {
      uint32_t f = ChunkTransitionPosFeature(p == 0 ? kStartTag : static_cast<uint8_t>(p),
                                             static_cast<uint8_t>(t));
      chunk.AddScores(&f, 1, tp.data() + p * K);
    }
    int32_t* out = transitions.data() + t * K * K;
    for (int i = 0; i < K * K; ++i) {
      out[i] = ChunkTransitionIndexAllowed(i / K, i % K) ? tr[i] + tp[i] : ChunkNeg<int32_t>();
    }
  }
}

void DecodeChunks(const SyntaxModelData& m, const TokenHashes* h, const uint8_t* pos, int n,
                  Scratch& scratch, uint8_t* out) {
  constexpr int K = kChunkClasses;
  if (scratch.lattice.size() < static_cast<size_t>(n) * K) {
    scratch.lattice.resize(static_cast<size_t>(n) * K);
    scratch.back.resize(static_cast<size_t>(n) * K);
  }
  int32_t* lattice = scratch.lattice.data();
  // All features first, then scoring with the table slots of token i + 2
  // prefetched, so that the table's cache misses overlap.
  constexpr int F = kMaxChunkFeatures;
  if (scratch.features.size() < static_cast<size_t>(n) * F) {
    scratch.features.resize(static_cast<size_t>(n) * F);
    scratch.feature_counts.resize(n);
  }
  uint32_t* f = scratch.features.data();
  int* nf = scratch.feature_counts.data();
  for (int i = 0; i < n; ++i) nf[i] = ChunkFeatures(h, pos, i, f + i * F);
  for (int i = 0; i < n && i < 2; ++i) m.chunk.Prefetch(f + i * F, nf[i]);
  for (int i = 0; i < n; ++i) {
    if (i + 2 < n) m.chunk.Prefetch(f + (i + 2) * F, nf[i + 2]);
    std::fill_n(lattice + i * K, K, 0);
    m.chunk.AddScores(f + i * F, nf[i], lattice + i * K);
  }
  const int32_t* table = m.transitions.data();
  auto row = [&](int i, int prev) {
    int p = pos[i] < kNumPosTags ? pos[i] : 0;
    return table + (p * K + prev) * K;
  };
  int32_t delta[2 * K];
  ChunkViterbi<int32_t>(n, lattice, row, delta, scratch.back.data(), out);
}

}  // namespace internal

using internal::kPad;

SyntaxModel::SyntaxModel(std::unique_ptr<internal::SyntaxModelData> data, SyntaxModelInfo info)
    : data_(std::move(data)), info_(std::move(info)) {}
SyntaxModel::~SyntaxModel() = default;

std::string SyntaxModel::DefaultPath() { return KHALDUN_SOURCE_DIR "/models/syntax.bin"; }

void SyntaxModel::TagPos(std::span<Token> s) const {
  if (s.empty()) return;
  auto& scratch = internal::ThreadScratch();
  int n = static_cast<int>(s.size());
  internal::HashSentence(std::span<const Token>(s), &scratch.hashes);
  if (scratch.pos.size() < s.size() + 2 * kPad) scratch.pos.resize(s.size() + 2 * kPad);
  internal::DecodePos(*data_, scratch.hashes.data() + kPad, n, scratch.pos.data() + kPad);
  for (int i = 0; i < n; ++i) s[i].pos = scratch.pos[kPad + i];
}

void SyntaxModel::Chunk(std::span<Token> s) const {
  if (s.empty()) return;
  auto& scratch = internal::ThreadScratch();
  int n = static_cast<int>(s.size());
  internal::HashSentence(std::span<const Token>(s), &scratch.hashes);
  if (scratch.pos.size() < s.size() + 2 * kPad) scratch.pos.resize(s.size() + 2 * kPad);
  if (scratch.chunk.size() < s.size()) scratch.chunk.resize(s.size());
  uint8_t* pos = scratch.pos.data() + kPad;
  for (int i = 0; i < n; ++i) pos[i] = s[i].pos;
  pos[-2] = pos[-1] = internal::kStartTag;
  pos[n] = pos[n + 1] = internal::kEndTag;
  internal::DecodeChunks(*data_, scratch.hashes.data() + kPad, pos, n, scratch, scratch.chunk.data());
  for (int i = 0; i < n; ++i) s[i].chunk = scratch.chunk[i];
}

void SyntaxModel::Tag(std::span<Token> s) const {
  if (s.empty()) return;
  auto& scratch = internal::ThreadScratch();
  int n = static_cast<int>(s.size());
  internal::HashSentence(std::span<const Token>(s), &scratch.hashes);
  if (scratch.pos.size() < s.size() + 2 * kPad) scratch.pos.resize(s.size() + 2 * kPad);
  if (scratch.chunk.size() < s.size()) scratch.chunk.resize(s.size());
  const internal::TokenHashes* h = scratch.hashes.data() + kPad;
  uint8_t* pos = scratch.pos.data() + kPad;
  internal::DecodePos(*data_, h, n, pos);
  pos[-2] = pos[-1] = internal::kStartTag;
  pos[n] = pos[n + 1] = internal::kEndTag;
  internal::DecodeChunks(*data_, h, pos, n, scratch, scratch.chunk.data());
  for (int i = 0; i < n; ++i) {
    s[i].pos = pos[i];
    s[i].chunk = scratch.chunk[i];
  }
}

void SyntaxModel::Tag(AnalyzedDocument& doc) const {
  for (const Sentence& sent : doc.sentences) {
    if (sent.first_token + sent.token_count > doc.tokens.size()) continue;
    Tag(std::span<Token>(doc.tokens.data() + sent.first_token, sent.token_count));
  }
}

}  // namespace khaldun
