// Internal: what the request handlers share (options, the store connection
// pool, the writer) and the helpers that write JSON answers.
#ifndef KHALDUN_SRC_SERVE_CONTEXT_H_
#define KHALDUN_SRC_SERVE_CONTEXT_H_

#include <httplib.h>

#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/serve.h"
#include "khaldun/store.h"
#include "serve/cache.h"

namespace khaldun::internal {

// Read-only store connections, one per concurrent request, opened on demand
// and kept for reuse (an EventStore is used by one thread at a time).
class StorePool {
 public:
  explicit StorePool(std::string path) : path_(std::move(path)) {}

  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<EventStore> store)
        : pool_(pool), store_(std::move(store)) {}
    Lease(Lease&&) = default;
    ~Lease();
    EventStore* operator->() const { return store_.get(); }
    EventStore& operator*() const { return *store_; }

   private:
    StorePool* pool_;
    std::unique_ptr<EventStore> store_;
  };

  // A connection for the calling thread until the lease ends.
  Result<Lease> Acquire();
  int64_t open_connections() const;

 private:
  const std::string path_;
  mutable std::mutex mu_;
  std::vector<std::unique_ptr<EventStore>> idle_;
  int64_t open_ = 0;
};

struct ApiContext {
  ServeOptions options;
  std::shared_ptr<const CameoCodebook> codebook;  // never null once the server is created
  StorePool pool;
  std::mutex write_mu;                   // guards writer
  std::unique_ptr<EventStore> writer;    // null when writes are disabled
  std::unique_ptr<ResponseCache> cache;  // of /api/series and /api/dyads; never null

  explicit ApiContext(ServeOptions o) : options(std::move(o)), pool(options.db_path) {}
};

void SendJson(httplib::Response& res, const nlohmann::json& body, int status = 200);
// {"error": {"status": N, "code": code, "message": message}}
void SendError(httplib::Response& res, int status, std::string_view code, std::string_view message);
// kInvalidArgument -> 400, kNotFound -> 404, kLimitExceeded -> 413, else 500.
void SendStatus(httplib::Response& res, const Status& status);

void RegisterReadApi(httplib::Server& server, ApiContext* context);
void RegisterWriteApi(httplib::Server& server, ApiContext* context);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_SERVE_CONTEXT_H_
