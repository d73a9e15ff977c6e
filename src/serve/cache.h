// Internal: answers of the aggregate endpoints (/api/series, /api/dyads),
// kept while the store is unchanged. On a large store an aggregate scans
// many rows (1M events: 0.2-2 s), and a dashboard asks the same ones again
// and again.
//
// Staleness: every lookup reads SQLite's PRAGMA data_version on a connection
// of its own, which changes whenever any other connection (this server's
// writer, or `khaldun code --db` in another process) commits; a change
// empties the cache. Thread-safe.
#ifndef KHALDUN_SRC_SERVE_CACHE_H_
#define KHALDUN_SRC_SERVE_CACHE_H_

#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "khaldun/store.h"

namespace khaldun::internal {

class ResponseCache {
 public:
  // `max_entries` 0 disables the cache. `watcher` is a read-only connection
  // used only for data_version (owned).
  ResponseCache(size_t max_entries, std::unique_ptr<EventStore> watcher)
      : max_entries_(max_entries), watcher_(std::move(watcher)) {}

  bool enabled() const { return max_entries_ > 0 && watcher_ != nullptr; }
  // The cached body for `key`, if the store has not changed since it was
  // put. *version is set to the store's version as seen now.
  std::optional<std::string> Get(const std::string& key, int64_t* version);
  // Keeps `body`, computed after a Get() that saw `version`, unless the
  // store has changed since; the least recently used entry goes when full.
  void Put(const std::string& key, int64_t version, std::string body);
  uint64_t hits() const;
  uint64_t misses() const;

 private:
  void CheckVersionLocked();

  const size_t max_entries_;
  mutable std::mutex mu_;
  std::unique_ptr<EventStore> watcher_;
  int64_t version_ = -1;
  std::list<std::pair<std::string, std::string>> entries_;  // most recent first
  std::unordered_map<std::string, std::list<std::pair<std::string, std::string>>::iterator> index_;
  uint64_t hits_ = 0, misses_ = 0;
};

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_SERVE_CACHE_H_
