#include "serve/cache.h"

#include "store/statement.h"

namespace khaldun::internal {

void ResponseCache::CheckVersionLocked() {
  Statement q(watcher_->handle(), "PRAGMA data_version");
  const int64_t version = q.Step() ? q.Int(0) : -2;  // an error: treat as changed
  if (version != version_ || version == -2) {
    entries_.clear();
    index_.clear();
    version_ = version;
  }
}

std::optional<std::string> ResponseCache::Get(const std::string& key, int64_t* version) {
  if (!enabled()) return std::nullopt;
  std::lock_guard<std::mutex> lock(mu_);
  CheckVersionLocked();
  *version = version_;
  auto it = index_.find(key);
  if (it == index_.end()) {
    ++misses_;
    return std::nullopt;
  }
  ++hits_;
  entries_.splice(entries_.begin(), entries_, it->second);
  return it->second->second;
}

void ResponseCache::Put(const std::string& key, int64_t version, std::string body) {
  if (!enabled()) return;
  std::lock_guard<std::mutex> lock(mu_);
  // A commit seen since the Get(): the body may be older than the store.
  if (version != version_) return;
  if (auto it = index_.find(key); it != index_.end()) {
    it->second->second = std::move(body);
    entries_.splice(entries_.begin(), entries_, it->second);
    return;
  }
  entries_.emplace_front(key, std::move(body));
  index_[key] = entries_.begin();
  while (entries_.size() > max_entries_) {
    index_.erase(entries_.back().first);
    entries_.pop_back();
  }
}

uint64_t ResponseCache::hits() const {
  std::lock_guard<std::mutex> lock(mu_);
  return hits_;
}

uint64_t ResponseCache::misses() const {
  std::lock_guard<std::mutex> lock(mu_);
  return misses_;
}

}  // namespace khaldun::internal
