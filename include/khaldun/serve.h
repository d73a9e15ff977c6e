// The HTTP server behind `khaldun serve`: a JSON API over the event store and
// the dashboard's static files, on cpp-httplib.
//
// Endpoints (all answers are JSON unless said otherwise):
//   GET  /healthz                 {"status":"ok"}; 503 when the store cannot be read
//   GET  /metrics                 Prometheus text format (requests, latencies, RSS)
//   GET  /api/events              deduplicated events; filters from, to, actor, source,
//                                 target, code, root, quad, location, negated; pages with
//                                 limit (default 50, at most max_page_size) and offset
//   GET  /api/series              per-period counts, QuadClass counts and Goldstein sums
//                                 (bucket=day|week|month|year) for the same filters
//   GET  /api/dyads               top (source, target) pairs by event count
//   GET  /api/actors              actor codes and names (prefix=, limit=)
//   GET  /api/event/<id>          one event with every mention and its evidence
//   POST /api/code                {"text", "date", ...} -> coded events; "store": true keeps them
//   POST /api/ingest              JSONL records (as `khaldun code`) -> coded and stored
//   GET  /, /<file>               the dashboard, from ServeOptions::static_dir
// The POST endpoints need "Authorization: Bearer <token>": 401 without it,
// 403 with a wrong one or when the server has no token.
//
// Every error is a 4xx/5xx status with a body {"error": {"status": N,
// "code": "bad_parameter", "message": "..."}}. Every value from a request
// reaches SQL as a bound parameter.
//
// Thread-safety: a Server answers requests on its own worker threads; each
// request borrows one read-only store connection from a pool; writes go
// through one read-write connection under a mutex. Stop() may be called from
// any thread.
#ifndef KHALDUN_SERVE_H_
#define KHALDUN_SERVE_H_

#include <cstdint>
#include <memory>
#include <string>

#include "khaldun/cameo.h"
#include "khaldun/pipeline.h"
#include "khaldun/status.h"

namespace khaldun {

struct ServeOptions {
  std::string db_path;             // the event store; must exist unless writes are enabled
  std::string host = "127.0.0.1";  // address to bind
  int port = 8080;                 // 0: any free port (see Server::port())
  // Binding an address that is not loopback (127.0.0.0/8, ::1, localhost)
  // needs this flag and a token; otherwise Create() fails. Default: false.
  bool allow_remote = false;
  // Bearer token for the POST endpoints. Empty: they answer 403. Default: "".
  std::string token;
  // Directory of the dashboard's files; empty: no dashboard. Default: "".
  std::string static_dir;
  size_t max_body_bytes = size_t{1} << 20;     // POST /api/code bodies; larger: 413
  size_t max_ingest_bytes = size_t{16} << 20;  // POST /api/ingest bodies; larger: 413
  // Token bucket per client address: `rate_limit` requests per second on
  // average, bursts up to `rate_burst`; over it: 429. 0 disables. Defaults: 50, 200.
  double rate_limit = 50;
  double rate_burst = 200;
  int threads = 8;              // worker threads answering requests
  int64_t max_page_size = 500;  // largest `limit` of /api/events
  int64_t max_offset = 100000;  // largest `offset` of /api/events
  // Answers of /api/series and /api/dyads kept while the store is unchanged
  // (any commit, by any process, empties the cache); 0 disables. Default: 256.
  size_t cache_entries = 256;
  // Codes documents for /api/code and /api/ingest; null: they answer 503.
  std::shared_ptr<const Pipeline> pipeline;
  // Maps root codes to QuadClass for /api/series; null: taken from the
  // pipeline's resources, else loaded from DefaultDataDir()/data/cameo.
  std::shared_ptr<const CameoCodebook> codebook;
};

class Server {
 public:
  // Checks the options and opens the store (read-write when a token and a
  // pipeline are given, so that writes are possible; read-only otherwise; a
  // store of an older schema is migrated first, as `khaldun query` does).
  // Fails with kInvalidArgument for a remote address without allow_remote
  // and a token, and with the store's error when it cannot be opened.
  static Result<std::unique_ptr<Server>> Create(ServeOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds host:port. Fails with kIoError when the address cannot be bound.
  Status Bind();
  // The bound port (after Bind()), 0 before.
  int port() const;
  // Answers requests until Stop(). Bind() first.
  Status Run();
  // Stops Run(); thread-safe, idempotent.
  void Stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// True for 127.0.0.0/8, ::1 and "localhost".
bool IsLoopbackHost(const std::string& host);

}  // namespace khaldun

#endif  // KHALDUN_SERVE_H_
