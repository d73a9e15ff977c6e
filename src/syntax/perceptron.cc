#include "syntax/perceptron.h"

#include <algorithm>
#include <cmath>

namespace khaldun::internal {

void AveragedPerceptron::Scores(const uint32_t* f, int n, float* scores) const {
  std::fill_n(scores, num_classes_, 0.0f);
  for (int i = 0; i < n; ++i) {
    auto it = index_.find(f[i]);
    if (it == index_.end()) continue;
    for (const Entry& e : rows_[it->second]) scores[e.cls] += e.w;
  }
}

void AveragedPerceptron::Add(uint32_t feature, int cls, float delta) {
  auto [it, inserted] = index_.try_emplace(feature, static_cast<uint32_t>(rows_.size()));
  if (inserted) rows_.emplace_back();
  auto& row = rows_[it->second];
  for (Entry& e : row) {
    if (e.cls == cls) {
      e.total += static_cast<double>(time_ - e.stamp) * e.w;
      e.stamp = time_;
      e.w += delta;
      return;
    }
  }
  row.push_back({static_cast<uint8_t>(cls), delta, 0.0, time_});
}

void AveragedPerceptron::Update(const uint32_t* f, int n, int truth, int guess) {
  if (truth == guess) return;
  for (int i = 0; i < n; ++i) {
    Add(f[i], truth, 1.0f);
    Add(f[i], guess, -1.0f);
  }
}

WeightTable AveragedPerceptron::Finalize(float prune_below) const {
  std::vector<std::pair<uint32_t, uint32_t>> order(index_.begin(), index_.end());
  std::sort(order.begin(), order.end());
  double t = static_cast<double>(std::max<int64_t>(time_, 1));
  // Averages first, to find the scale.
  std::vector<std::vector<std::pair<uint8_t, double>>> averaged(order.size());
  double max_abs = 1e-9;
  for (size_t i = 0; i < order.size(); ++i) {
    for (const Entry& e : rows_[order[i].second]) {
      double avg = (e.total + static_cast<double>(time_ - e.stamp) * e.w) / t;
      if (std::fabs(avg) < prune_below) continue;
      averaged[i].emplace_back(e.cls, avg);
      max_abs = std::max(max_abs, std::fabs(avg));
    }
    std::sort(averaged[i].begin(), averaged[i].end());
  }
  double scale = 32767.0 / max_abs;
  std::vector<uint32_t> ids;
  std::vector<uint8_t> counts, classes;
  std::vector<int16_t> weights;
  for (size_t i = 0; i < order.size(); ++i) {
    uint8_t count = 0;
    for (const auto& [cls, avg] : averaged[i]) {
      auto q = static_cast<int16_t>(std::lround(avg * scale));
      if (q == 0) continue;
      classes.push_back(cls);
      weights.push_back(q);
      ++count;
    }
    if (count == 0) continue;
    ids.push_back(order[i].first);
    counts.push_back(count);
  }
  return WeightTable::Build(num_classes_, std::move(ids), std::move(counts), classes, weights);
}

}  // namespace khaldun::internal
