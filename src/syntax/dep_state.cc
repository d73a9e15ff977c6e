#include "syntax/dep_state.h"

#include <algorithm>

#include "syntax/hashing.h"

namespace khaldun::internal {

void DepState::Init(int n) {
  n_ = n;
  sp_ = 0;
  b0_ = 0;
  if (static_cast<int>(stack_.size()) < n) {
    for (auto* v : {&stack_, &head_, &lc1_, &lc2_, &rc1_, &rc2_}) v->resize(n);
    label_.resize(n);
    nleft_.resize(n);
    nright_.resize(n);
  }
  std::fill_n(head_.begin(), n, -1);
  std::fill_n(lc1_.begin(), n, -1);
  std::fill_n(lc2_.begin(), n, -1);
  std::fill_n(rc1_.begin(), n, -1);
  std::fill_n(rc2_.begin(), n, -1);
  std::fill_n(label_.begin(), n, 0);
  std::fill_n(nleft_.begin(), n, 0);
  std::fill_n(nright_.begin(), n, 0);
}

void DepState::AddArc(int h, int d, uint8_t l) {
  head_[d] = h;
  label_[d] = l;
  if (d < h) {
    if (nleft_[h] < 255) ++nleft_[h];
    if (lc1_[h] < 0 || d < lc1_[h]) {
      lc2_[h] = lc1_[h];
      lc1_[h] = d;
    } else if (lc2_[h] < 0 || d < lc2_[h]) {
      lc2_[h] = d;
    }
  } else {
    if (nright_[h] < 255) ++nright_[h];
    if (rc1_[h] < 0 || d > rc1_[h]) {
      rc2_[h] = rc1_[h];
      rc1_[h] = d;
    } else if (rc2_[h] < 0 || d > rc2_[h]) {
      rc2_[h] = d;
    }
  }
}

void DepState::Apply(int cls) {
  if (cls == kDepShift) {
    stack_[sp_++] = b0_++;
    return;
  }
  int s0 = stack_[sp_ - 1], s1 = stack_[sp_ - 2];
  auto l = static_cast<uint8_t>((cls - 2) / 2);
  if (cls % 2 == 0) {  // LEFT-ARC: s1 <- s0
    AddArc(s0, s1, l);
    stack_[sp_ - 2] = s0;
  } else {  // RIGHT-ARC: s1 -> s0
    AddArc(s1, s0, l);
  }
  --sp_;
}

int OracleMove(const DepState& s, const int* gold_head, const uint8_t* gold_label,
               const int* pending) {
  if (s.CanArc()) {
    int s0 = s.Stack(0), s1 = s.Stack(1);
    if (gold_head[s1] == s0) return LeftClass(gold_label[s1]);
    if (gold_head[s0] == s1 && pending[s0] == 0) return RightClass(gold_label[s0]);
  }
  return s.CanShift() ? kDepShift : 0;
}

void ApplyOracleMove(DepState& s, int cls, int* pending) {
  if (cls != kDepShift) --pending[cls % 2 == 0 ? s.Stack(0) : s.Stack(1)];
  s.Apply(cls);
}

namespace {

enum DepTemplate : uint32_t {
  kBias = 128, kS0w, kS0p, kS0wp, kS1w, kS1p, kS1wp, kS2p, kB0w, kB0p, kB0wp, kB1w, kB1p, kB1wp,
  kB2p, kS0wS1w, kS0pS1p, kS0wS1p, kS0pS1w, kS0wpS1p, kS0pS1wp, kS0pB0p, kS0wB0p, kS0pB0w,
  kS0wB0w, kS1pS0pB0p, kS2pS1pS0p, kS0pB0pB1p, kB0pB1pB2p, kS0lc1p, kS0lc1l, kS0rc1p, kS0rc1l,
  kS1lc1p, kS1lc1l, kS1rc1p, kS1rc1l, kS0lc2p, kS0lc2l, kS1rc2p, kS1rc2l, kS1pS0pS0lc1p,
  kS1pS0pS0rc1p, kS1pS0pS1lc1p, kS1pS0pS1rc1p, kS0pS0lc1pS0lc2p, kS1pS1rc1pS1rc2p, kS0wDist,
  kS0pDist, kS1wDist, kS1pDist, kS0pS1pDist, kS0wLeft, kS0pLeft, kS1wRight, kS1pRight,
  kS1pLeft, kS0pRight, kS0lc1wS0p, kS1rc1wS1p, kS0pS0lc1l, kS1pS1rc1l, kS0pS0lc1lS0lc2l,
  kS1pS1rc1lS1rc2l, kS1wS0p, kB0wS0wp,
};

constexpr uint64_t kNoWord = 0x6e6f6e65776f7264ULL;  // "noneword"
constexpr uint8_t kNoPos = 254;
constexpr uint8_t kNoLabel = 254;

inline uint64_t Pair(uint64_t a, uint64_t b) { return Mix64(a * 0x9e3779b97f4a7c15ULL + b); }

int DistanceBucket(int d) {
  if (d <= 4) return d;
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  return 7;
}

}  // namespace

int DepFeatures(const DepState& s, const DepToken* t, uint32_t* f) {
  auto W = [&](int i) { return i < 0 ? kNoWord : t[i].word; };
  auto P = [&](int i) -> uint64_t { return i < 0 ? kNoPos : t[i].pos; };
  auto L = [&](int i) -> uint64_t { return i < 0 ? kNoLabel : s.label(i); };
  int s0 = s.Stack(0), s1 = s.Stack(1), s2 = s.Stack(2);
  int b0 = s.Buffer(0), b1 = s.Buffer(1), b2 = s.Buffer(2);
  uint64_t s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), b0w = W(b0), b0p = P(b0);
  uint64_t b1p = P(b1);
  int s0l1 = s.lc1(s0), s0l2 = s.lc2(s0), s0r1 = s.rc1(s0);
  int s1l1 = s.lc1(s1), s1r1 = s.rc1(s1), s1r2 = s.rc2(s1);
  uint64_t dist = s0 >= 0 && s1 >= 0 ? DistanceBucket(s0 - s1) : 9;
  int n = 0;
  f[n++] = Feature(kBias, 0);
  f[n++] = Feature(kS0w, s0w);
  f[n++] = Feature(kS0p, s0p);
  f[n++] = Feature(kS0wp, s0w, s0p);
  f[n++] = Feature(kS1w, s1w);
  f[n++] = Feature(kS1p, s1p);
  f[n++] = Feature(kS1wp, s1w, s1p);
  f[n++] = Feature(kS2p, P(s2));
  f[n++] = Feature(kB0w, b0w);
  f[n++] = Feature(kB0p, b0p);
  f[n++] = Feature(kB0wp, b0w, b0p);
  f[n++] = Feature(kB1w, W(b1));
  f[n++] = Feature(kB1p, b1p);
  f[n++] = Feature(kB1wp, W(b1), b1p);
  f[n++] = Feature(kB2p, P(b2));
  f[n++] = Feature(kS0wS1w, s0w, s1w);
  f[n++] = Feature(kS0pS1p, s0p, s1p);
  f[n++] = Feature(kS0wS1p, s0w, s1p);
  f[n++] = Feature(kS0pS1w, s0p, s1w);
  f[n++] = Feature(kS0wpS1p, Pair(s0w, s0p), s1p);
  f[n++] = Feature(kS0pS1wp, s0p, Pair(s1w, s1p));
  f[n++] = Feature(kS0pB0p, s0p, b0p);
  f[n++] = Feature(kS0wB0p, s0w, b0p);
  f[n++] = Feature(kS0pB0w, s0p, b0w);
  f[n++] = Feature(kS0wB0w, s0w, b0w);
  f[n++] = Feature(kS1pS0pB0p, Pair(s1p, s0p), b0p);
  f[n++] = Feature(kS2pS1pS0p, Pair(P(s2), s1p), s0p);
  f[n++] = Feature(kS0pB0pB1p, Pair(s0p, b0p), b1p);
  f[n++] = Feature(kB0pB1pB2p, Pair(b0p, b1p), P(b2));
  f[n++] = Feature(kS0lc1p, P(s0l1));
  f[n++] = Feature(kS0lc1l, L(s0l1));
  f[n++] = Feature(kS0rc1p, P(s0r1));
  f[n++] = Feature(kS0rc1l, L(s0r1));
  f[n++] = Feature(kS1lc1p, P(s1l1));
  f[n++] = Feature(kS1lc1l, L(s1l1));
  f[n++] = Feature(kS1rc1p, P(s1r1));
  f[n++] = Feature(kS1rc1l, L(s1r1));
  f[n++] = Feature(kS0lc2p, P(s0l2));
  f[n++] = Feature(kS0lc2l, L(s0l2));
  f[n++] = Feature(kS1rc2p, P(s1r2));
  f[n++] = Feature(kS1rc2l, L(s1r2));
  f[n++] = Feature(kS1pS0pS0lc1p, Pair(s1p, s0p), P(s0l1));
  f[n++] = Feature(kS1pS0pS0rc1p, Pair(s1p, s0p), P(s0r1));
  f[n++] = Feature(kS1pS0pS1lc1p, Pair(s1p, s0p), P(s1l1));
  f[n++] = Feature(kS1pS0pS1rc1p, Pair(s1p, s0p), P(s1r1));
  f[n++] = Feature(kS0pS0lc1pS0lc2p, Pair(s0p, P(s0l1)), P(s0l2));
  f[n++] = Feature(kS1pS1rc1pS1rc2p, Pair(s1p, P(s1r1)), P(s1r2));
  f[n++] = Feature(kS0wDist, s0w, dist);
  f[n++] = Feature(kS0pDist, s0p, dist);
  f[n++] = Feature(kS1wDist, s1w, dist);
  f[n++] = Feature(kS1pDist, s1p, dist);
  f[n++] = Feature(kS0pS1pDist, Pair(s0p, s1p), dist);
  f[n++] = Feature(kS0wLeft, s0w, s.left_count(s0));
  f[n++] = Feature(kS0pLeft, s0p, s.left_count(s0));
  f[n++] = Feature(kS1wRight, s1w, s.right_count(s1));
  f[n++] = Feature(kS1pRight, s1p, s.right_count(s1));
  f[n++] = Feature(kS1pLeft, s1p, s.left_count(s1));
  f[n++] = Feature(kS0pRight, s0p, s.right_count(s0));
  f[n++] = Feature(kS0lc1wS0p, W(s0l1), s0p);
  f[n++] = Feature(kS1rc1wS1p, W(s1r1), s1p);
  f[n++] = Feature(kS0pS0lc1l, s0p, L(s0l1));
  f[n++] = Feature(kS1pS1rc1l, s1p, L(s1r1));
  f[n++] = Feature(kS0pS0lc1lS0lc2l, Pair(s0p, L(s0l1)), L(s0l2));
  f[n++] = Feature(kS1pS1rc1lS1rc2l, Pair(s1p, L(s1r1)), L(s1r2));
  return n;
}

void HashDepTokens(std::span<const Token> sentence, std::vector<DepToken>* toks) {
  if (toks->size() < sentence.size()) toks->resize(sentence.size());
  for (size_t i = 0; i < sentence.size(); ++i) {
    // Lower case, with every digit folded to 0: "1,200" and "3,400" share a feature.
    uint64_t h = kFnvOffset;
    for (char c : sentence[i].text) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c >= '1' && c <= '9') c = '0';
      h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
    }
    (*toks)[i] = {h, sentence[i].pos};
  }
}

void DepDecode(const DepModelData& m, const DepToken* toks, int n, DepState& s,
               std::vector<int32_t>& scores) {
  s.Init(n);
  int k = m.num_classes();
  scores.resize(k);
  uint32_t f[kMaxDepFeatures];
  while (!s.Done()) {
    int nf = DepFeatures(s, toks, f);
    m.weights.Prefetch(f, nf);
    std::fill(scores.begin(), scores.end(), 0);
    m.weights.AddScores(f, nf, scores.data());
    int best = s.CanShift() ? kDepShift : -1;
    if (s.CanArc()) {
      for (int c = FirstArcClass(); c < k; ++c) {
        if (best < 0 || scores[c] > scores[best]) best = c;
      }
    }
    s.Apply(best);
  }
}

}  // namespace khaldun::internal
