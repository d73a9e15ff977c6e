#include "syntax/features.h"

#include "khaldun/syntax.h"
#include "syntax/hashing.h"

namespace khaldun::internal {
namespace {

inline char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

inline char ShapeClass(char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (static_cast<unsigned char>(c) >= 0x80) return 'u';  // any non-ASCII byte
  return c;
}

TokenHashes Sentinel(std::string_view name) {
  TokenHashes t;
  uint64_t h = Fnv1a(name, 0x5bd1e995);
  t.word = t.lower = t.shape = t.flags = h;
  for (int k = 0; k < 4; ++k) t.prefix[k] = t.suffix[k] = h + k + 1;
  return t;
}

const TokenHashes kStart = Sentinel("<S>");
const TokenHashes kEnd = Sentinel("</S>");

enum PosTemplate : uint32_t {
  kBias = 1, kLower, kWord, kSuf1, kSuf2, kSuf3, kSuf4, kPre1, kPre2, kPre3, kPre4, kShape,
  kFlags, kPrev1, kPrev2, kPrev12, kPrev1Lower, kLowerM1, kSuf3M1, kLowerM2, kLowerP1, kSuf3P1,
  kLowerP2, kShapeP1, kLowerM1Lower, kLowerLowerP1, kPrev1Suf3,
};

enum ChunkTemplate : uint32_t {
  kCBias = 64, kW0, kWm1, kWm2, kWp1, kWp2, kP0, kPm1, kPm2, kPp1, kPp2, kPm1P0, kP0Pp1, kPm2Pm1,
  kPp1Pp2, kPm1P0Pp1, kW0P0, kPm2Pm1P0, kP0Pp1Pp2, kWm1W0, kW0Wp1, kWm1P0, kWp1P0, kWp1Pp1,
  kWm1Pm1, kPm1W0, kTrans, kTransPos,
};

}  // namespace

TokenHashes HashWord(std::string_view w) {
  TokenHashes t;
  t.word = Fnv1a(w);
  uint64_t lower = kFnvOffset, shape = kFnvOffset;
  char last_shape = 0;
  int shape_len = 0;
  uint64_t flags = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    lower = (lower ^ static_cast<unsigned char>(Lower(c))) * kFnvPrime;
    if (i < 4) t.prefix[i] = lower;
    char s = ShapeClass(c);
    if (s != last_shape && shape_len < 8) {
      shape = (shape ^ static_cast<unsigned char>(s)) * kFnvPrime;
      last_shape = s;
      ++shape_len;
    }
    if (s == 'd') flags |= 1;
    if (s == 'X') flags |= 2;
    if (c == '-') flags |= 4;
  }
  for (size_t i = w.size(); i < 4; ++i) t.prefix[i] = lower;
  if (!w.empty() && ShapeClass(w[0]) == 'X') flags |= 8;
  t.lower = lower;
  t.shape = shape;
  t.flags = flags + 1;
  for (size_t k = 1; k <= 4; ++k) {
    size_t from = w.size() > k ? w.size() - k : 0;
    uint64_t h = kFnvOffset;
    for (size_t i = from; i < w.size(); ++i) {
      h = (h ^ static_cast<unsigned char>(Lower(w[i]))) * kFnvPrime;
    }
    t.suffix[k - 1] = h;
  }
  return t;
}

namespace {
template <typename Words, typename TextOf>
void HashAll(const Words& words, TextOf text_of, std::vector<TokenHashes>* out) {
  size_t n = words.size();
  if (out->size() < n + 2 * kPad) out->resize(n + 2 * kPad);
  TokenHashes* h = out->data();
  h[0] = h[1] = kStart;
  for (size_t i = 0; i < n; ++i) h[kPad + i] = HashWord(text_of(words[i]));
  h[kPad + n] = h[kPad + n + 1] = kEnd;
}
}  // namespace

void HashSentence(std::span<const std::string_view> words, std::vector<TokenHashes>* out) {
  HashAll(words, [](std::string_view w) { return w; }, out);
}

void HashSentence(std::span<const Token> tokens, std::vector<TokenHashes>* out) {
  HashAll(tokens, [](const Token& t) { return t.text; }, out);
}

int PosFeatures(const TokenHashes* h, int i, uint8_t p1, uint8_t p2, uint32_t* f) {
  const TokenHashes& w = h[i];
  int n = 0;
  f[n++] = Feature(kBias, 0);
  f[n++] = Feature(kLower, w.lower);
  f[n++] = Feature(kWord, w.word);
  f[n++] = Feature(kSuf1, w.suffix[0]);
  f[n++] = Feature(kSuf2, w.suffix[1]);
  f[n++] = Feature(kSuf3, w.suffix[2]);
  f[n++] = Feature(kSuf4, w.suffix[3]);
  f[n++] = Feature(kPre1, w.prefix[0]);
  f[n++] = Feature(kPre2, w.prefix[1]);
  f[n++] = Feature(kPre3, w.prefix[2]);
  f[n++] = Feature(kPre4, w.prefix[3]);
  f[n++] = Feature(kShape, w.shape);
  f[n++] = Feature(kFlags, w.flags);
  f[n++] = Feature(kPrev1, p1);
  f[n++] = Feature(kPrev2, p2);
  f[n++] = Feature(kPrev12, p1, p2);
  f[n++] = Feature(kPrev1Lower, w.lower, p1);
  f[n++] = Feature(kLowerM1, h[i - 1].lower);
  f[n++] = Feature(kSuf3M1, h[i - 1].suffix[2]);
  f[n++] = Feature(kLowerM2, h[i - 2].lower);
  f[n++] = Feature(kLowerP1, h[i + 1].lower);
  f[n++] = Feature(kSuf3P1, h[i + 1].suffix[2]);
  f[n++] = Feature(kLowerP2, h[i + 2].lower);
  f[n++] = Feature(kShapeP1, h[i + 1].shape);
  f[n++] = Feature(kLowerM1Lower, h[i - 1].lower, w.lower);
  f[n++] = Feature(kLowerLowerP1, w.lower, h[i + 1].lower);
  f[n++] = Feature(kPrev1Suf3, w.suffix[2], p1);
  return n;
}

int ChunkFeatures(const TokenHashes* h, const uint8_t* p, int i, uint32_t* f) {
  int n = 0;
  uint64_t w0 = h[i].lower;
  uint64_t p0 = p[i], pm1 = p[i - 1], pm2 = p[i - 2], pp1 = p[i + 1], pp2 = p[i + 2];
  f[n++] = Feature(kCBias, 0);
  f[n++] = Feature(kW0, w0);
  f[n++] = Feature(kWm1, h[i - 1].lower);
  f[n++] = Feature(kWm2, h[i - 2].lower);
  f[n++] = Feature(kWp1, h[i + 1].lower);
  f[n++] = Feature(kWp2, h[i + 2].lower);
  f[n++] = Feature(kP0, p0);
  f[n++] = Feature(kPm1, pm1);
  f[n++] = Feature(kPm2, pm2);
  f[n++] = Feature(kPp1, pp1);
  f[n++] = Feature(kPp2, pp2);
  f[n++] = Feature(kPm1P0, pm1, p0);
  f[n++] = Feature(kP0Pp1, p0, pp1);
  f[n++] = Feature(kPm2Pm1, pm2, pm1);
  f[n++] = Feature(kPp1Pp2, pp1, pp2);
  f[n++] = Feature(kPm1P0Pp1, pm1 << 8 | p0, pp1);
  f[n++] = Feature(kW0P0, w0, p0);
  f[n++] = Feature(kPm2Pm1P0, pm2 << 8 | pm1, p0);
  f[n++] = Feature(kP0Pp1Pp2, p0 << 8 | pp1, pp2);
  f[n++] = Feature(kWm1W0, h[i - 1].lower, w0);
  f[n++] = Feature(kW0Wp1, w0, h[i + 1].lower);
  f[n++] = Feature(kWm1P0, h[i - 1].lower, p0);
  f[n++] = Feature(kWp1P0, h[i + 1].lower, p0);
  f[n++] = Feature(kWp1Pp1, h[i + 1].lower, pp1);
  f[n++] = Feature(kWm1Pm1, h[i - 1].lower, pm1);
  f[n++] = Feature(kPm1W0, w0, pm1);
  return n;
}

uint32_t ChunkTransitionFeature(uint8_t prev) { return Feature(kTrans, prev); }
uint32_t ChunkTransitionPosFeature(uint8_t prev, uint8_t pos) {
  return Feature(kTransPos, prev, pos);
}

bool ChunkTransitionAllowed(uint8_t prev, uint8_t cur) {
  if (ChunkIsBegin(cur) || cur == kChunkO) return true;
  return prev < kNumChunkTags && ChunkTypeOf(prev) == ChunkTypeOf(cur) &&
         ChunkTypeOf(cur) != ChunkType::kNone;
}

}  // namespace khaldun::internal
