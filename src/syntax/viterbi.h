// First-order Viterbi over chunk tags, shared by training (float scores) and
// tagging (int32 scores) so that both decode identically.
#ifndef KHALDUN_SYNTAX_VITERBI_H_
#define KHALDUN_SYNTAX_VITERBI_H_

#include <cstdint>

#include "khaldun/syntax.h"
#include "syntax/features.h"

namespace khaldun::internal {

inline constexpr int kChunkClasses = kNumChunkTags;  // class 0 unused; prev index 0 = start

// The score given to a disallowed transition (and to class 0): far below any
// real path, yet twice it plus any emission still fits an int32.
template <typename Score>
constexpr Score ChunkNeg() {
  return Score(-1) * Score(1 << 29);
}

// The transition mask: prev index 0 is the sentence start.
inline bool ChunkTransitionIndexAllowed(int prev, int cur) {
  return cur != 0 && ChunkTransitionAllowed(prev == 0 ? kStartTag : static_cast<uint8_t>(prev),
                                            static_cast<uint8_t>(cur));
}

// emission: n rows of kChunkClasses scores. row(i, prev) points at the
// kChunkClasses scores of moving from tag prev (0 = start) at token i,
// holding ChunkNeg() where the move is disallowed. delta: 2 * kChunkClasses
// scratch; back: n * kChunkClasses scratch. Writes the best tags to out[0..n).
// The inner loop runs over the current tag so that it vectorises.
template <typename Score, typename Row>
void ChunkViterbi(int n, const Score* emission, Row row, Score* delta, int32_t* back,
                  uint8_t* out) {
  constexpr int K = kChunkClasses;
  constexpr Score kFloor = 2 * ChunkNeg<Score>();
  Score* cur = delta;
  Score* prev = delta + K;
  const Score* r0 = row(0, 0);
  for (int c = 0; c < K; ++c) cur[c] = emission[c] + r0[c];
  for (int i = 1; i < n; ++i) {
    Score* t = prev;
    prev = cur;
    cur = t;
    Score top = prev[1];
    for (int c = 2; c < K; ++c) top = prev[c] > top ? prev[c] : top;
    int32_t* b = back + i * K;  // int32 like the scores, so the loop below vectorises
    for (int c = 0; c < K; ++c) {
      cur[c] = kFloor;
      b[c] = kChunkO;
    }
    for (int p = 1; p < K; ++p) {
      Score base = prev[p] - top;
      const Score* r = row(i, p);
      for (int c = 0; c < K; ++c) {
        Score s = base + r[c];
        bool better = s > cur[c];
        cur[c] = better ? s : cur[c];
        b[c] = better ? p : b[c];
      }
    }
    const Score* e = emission + i * K;
    for (int c = 0; c < K; ++c) cur[c] += e[c];
  }
  int best = kChunkO;
  for (int c = 2; c < K; ++c) {
    if (cur[c] > cur[best]) best = c;
  }
  for (int i = n - 1; i >= 0; --i) {
    out[i] = static_cast<uint8_t>(best);
    if (i > 0) best = back[i * K + best];
  }
}

}  // namespace khaldun::internal

#endif  // KHALDUN_SYNTAX_VITERBI_H_
