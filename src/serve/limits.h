// Internal: per-client rate limiting and the server's Prometheus metrics.
#ifndef KHALDUN_SRC_SERVE_LIMITS_H_
#define KHALDUN_SRC_SERVE_LIMITS_H_

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>

namespace khaldun::internal {

// A token bucket per client address: `rate` tokens a second up to `burst`;
// each request takes one. Thread-safe. The table forgets clients whose
// bucket has refilled, so it stays small under many addresses.
class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  RateLimiter(double rate, double burst) : rate_(rate), burst_(burst) {}

  // True when the client may go on; false when it is over its rate, with
  // *retry_after_seconds set to when one token will be back.
  bool Allow(const std::string& client, Clock::time_point now, int* retry_after_seconds);
  bool enabled() const { return rate_ > 0; }

 private:
  struct Bucket {
    double tokens;
    Clock::time_point last;
  };
  const double rate_, burst_;
  std::mutex mu_;
  std::unordered_map<std::string, Bucket> buckets_;
};

// Request counts by route and status, latency histograms by route, and
// counters of refused requests. Thread-safe.
class Metrics {
 public:
  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1,    2.5};
  void Observe(const std::string& route, int status, double seconds);
  // The whole exposition, Prometheus text format 0.0.4.
  std::string Render(int64_t store_connections) const;

 private:
  struct Histogram {
    std::array<uint64_t, kBuckets.size()> counts{};
    uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mu_;
  std::map<std::pair<std::string, int>, uint64_t> requests_;
  std::map<std::string, Histogram> latency_;
};

// Resident set size of this process in bytes (from /proc/self/statm), 0 when unknown.
int64_t ResidentBytes();

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_SERVE_LIMITS_H_
