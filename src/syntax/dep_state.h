// The arc-standard transition system shared by the dependency parser and its
// trainer: the parser state, the legal moves, the static oracle and the
// feature extractor.
//
// Moves are classes of one linear model: class 0 is the WeightTable's scratch
// class, 1 is SHIFT, 2 + 2*l is LEFT-ARC with label l (s1 <- s0), 3 + 2*l is
// RIGHT-ARC with label l (s1 -> s0). Label 0 is always "root": it is given to
// the last token left on the stack, never by a move, so classes 2 and 3 are
// never chosen.
#ifndef KHALDUN_SYNTAX_DEP_STATE_H_
#define KHALDUN_SYNTAX_DEP_STATE_H_

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "khaldun/dep_parser.h"
#include "syntax/weight_table.h"

namespace khaldun::internal {

inline constexpr char kDepMagic[8] = {'K', 'H', 'L', 'D', 'D', 'E', 'P', 'S'};
inline constexpr uint32_t kDepFormatVersion = 1;
inline constexpr int kDepShift = 1;
inline constexpr int kMaxDepFeatures = 64;

inline int LeftClass(int label) { return 2 + 2 * label; }
inline int RightClass(int label) { return 3 + 2 * label; }
inline int FirstArcClass() { return 4; }  // LEFT-ARC with label 1

class DepModelData {
 public:
  WeightTable weights;
  std::vector<std::string> labels;  // labels[0] == "root"
  int num_classes() const { return 2 + 2 * static_cast<int>(labels.size()); }
};

// Per-token hashes the features read: lower-cased word and POS tag.
struct DepToken {
  uint64_t word = 0;
  uint8_t pos = 0;
};

// A parser configuration. Buffers are reused between sentences.
class DepState {
 public:
  void Init(int n);
  int n() const { return n_; }
  int stack_size() const { return sp_; }
  // The i-th element from the top of the stack (0 = top), or -1.
  int Stack(int i) const { return i < sp_ ? stack_[sp_ - 1 - i] : -1; }
  // The i-th token of the buffer, or -1.
  int Buffer(int i) const { return b0_ + i < n_ ? b0_ + i : -1; }
  bool CanShift() const { return b0_ < n_; }
  bool CanArc() const { return sp_ >= 2; }
  bool Done() const { return b0_ >= n_ && sp_ <= 1; }
  bool Legal(int cls) const { return cls == kDepShift ? CanShift() : cls >= FirstArcClass() && CanArc(); }
  void Apply(int cls);

  int head(int i) const { return head_[i]; }
  uint8_t label(int i) const { return label_[i]; }
  // Leftmost / second leftmost / rightmost / second rightmost dependent, or -1.
  int lc1(int i) const { return i < 0 ? -1 : lc1_[i]; }
  int lc2(int i) const { return i < 0 ? -1 : lc2_[i]; }
  int rc1(int i) const { return i < 0 ? -1 : rc1_[i]; }
  int rc2(int i) const { return i < 0 ? -1 : rc2_[i]; }
  int left_count(int i) const { return i < 0 ? 0 : nleft_[i]; }
  int right_count(int i) const { return i < 0 ? 0 : nright_[i]; }

 private:
  void AddArc(int h, int d, uint8_t l);
  int n_ = 0, sp_ = 0, b0_ = 0;
  std::vector<int> stack_, head_, lc1_, lc2_, rc1_, rc2_;
  std::vector<uint8_t> label_, nleft_, nright_;
};

// The gold move in `s` for a tree (gold_head[i] = head index or -1, gold_label
// its label id), or 0 when no move leads to it (the tree is not projective).
// `pending[i]` counts i's gold dependents not yet attached; the caller keeps
// it up to date through ApplyOracleMove.
int OracleMove(const DepState& s, const int* gold_head, const uint8_t* gold_label,
               const int* pending);
void ApplyOracleMove(DepState& s, int cls, int* pending);

// Features of a state; returns the count written (<= kMaxDepFeatures).
int DepFeatures(const DepState& s, const DepToken* toks, uint32_t* out);

// Hashes tokens (text, pos) into toks[0..n).
void HashDepTokens(std::span<const Token> sentence, std::vector<DepToken>* toks);

// Runs the greedy parser with a finalised model, leaving the tree in s.
void DepDecode(const DepModelData& m, const DepToken* toks, int n, DepState& s,
               std::vector<int32_t>& scores);

// The model file bytes (layout in dep_parser.cc). Deterministic.
std::string SerializeDepModel(const DepModelData& m, uint64_t source_hash,
                              const std::string& provenance);

}  // namespace khaldun::internal

#endif  // KHALDUN_SYNTAX_DEP_STATE_H_
