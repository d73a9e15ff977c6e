// The training side of a linear model: an averaged perceptron with lazy
// averaging (Collins 2002; Daume's trick of timestamps), finalised into a
// quantised WeightTable for inference.
#ifndef KHALDUN_SYNTAX_PERCEPTRON_H_
#define KHALDUN_SYNTAX_PERCEPTRON_H_

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "syntax/weight_table.h"

namespace khaldun::internal {

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(int num_classes) : num_classes_(num_classes) {}

  // scores[0..num_classes) = the current weights summed over f[0..n).
  void Scores(const uint32_t* f, int n, float* scores) const;
  // One training example seen: call once per example, before Update.
  void Tick() { ++time_; }
  // Moves weight from guess to truth for every feature (no-op when equal).
  void Update(const uint32_t* f, int n, int truth, int guess);

  // Adds delta to one (feature, class) weight (for structured updates).
  void Add(uint32_t feature, int cls, float delta);

  // Averages, drops |w| < prune_below, and quantises to int16 with one scale
  // for the whole model. Deterministic: rows are laid out in feature-id order.
  WeightTable Finalize(float prune_below) const;

 private:
  struct Entry {
    uint8_t cls;
    float w;
    double total;   // sum of w over past ticks, up to stamp
    int64_t stamp;  // tick of the last change
  };
  int num_classes_;
  int64_t time_ = 0;
  std::unordered_map<uint32_t, uint32_t> index_;
  std::vector<std::vector<Entry>> rows_;
};

}  // namespace khaldun::internal

#endif  // KHALDUN_SYNTAX_PERCEPTRON_H_
