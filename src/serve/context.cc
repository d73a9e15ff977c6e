#include "serve/context.h"

namespace khaldun::internal {

StorePool::Lease::~Lease() {
  if (store_ == nullptr) return;
  std::lock_guard<std::mutex> lock(pool_->mu_);
  pool_->idle_.push_back(std::move(store_));
}

Result<StorePool::Lease> StorePool::Acquire() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      std::unique_ptr<EventStore> store = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(store));
    }
  }
  StoreOptions options;
  options.read_only = true;
  options.create_if_missing = false;
  auto store = EventStore::Open(path_, options);
  if (!store.ok()) return store.status();
  std::lock_guard<std::mutex> lock(mu_);
  ++open_;
  return Lease(this, std::move(store).value());
}

int64_t StorePool::open_connections() const {
  std::lock_guard<std::mutex> lock(mu_);
  return open_;
}

void SendJson(httplib::Response& res, const nlohmann::json& body, int status) {
  res.status = status;
  // Invalid UTF-8 in stored text must not abort an answer: replace it.
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json");
}

void SendError(httplib::Response& res, int status, std::string_view code,
               std::string_view message) {
  SendJson(res, {{"error", {{"status", status}, {"code", code}, {"message", message}}}}, status);
}

void SendStatus(httplib::Response& res, const Status& status) {
  switch (status.code()) {
    case StatusCode::kInvalidArgument:
      return SendError(res, 400, "bad_request", status.ToString());
    case StatusCode::kNotFound:
      return SendError(res, 404, "not_found", status.ToString());
    case StatusCode::kLimitExceeded:
      return SendError(res, 413, "too_large", status.ToString());
    default:
      return SendError(res, 500, "internal", status.ToString());
  }
}

}  // namespace khaldun::internal
