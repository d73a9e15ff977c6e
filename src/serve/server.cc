// khaldun::Server: cpp-httplib wired to the API handlers, with the checks
// every request passes first (rate limit, body size), JSON for every error,
// metrics, and the dashboard's static files.
#include <arpa/inet.h>
#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "khaldun/serve.h"
#include "serve/context.h"
#include "serve/limits.h"
#include "store/statement.h"

namespace khaldun {

using internal::SendError;
using internal::SendJson;

bool IsLoopbackHost(const std::string& host) {
  if (host == "localhost" || host == "::1") return true;
  in_addr v4{};
  if (::inet_pton(AF_INET, host.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  return false;
}

struct Server::Impl {
  explicit Impl(ServeOptions options)
      : context(std::move(options)),
        limiter(context.options.rate_limit, context.options.rate_burst) {}

  internal::ApiContext context;
  internal::RateLimiter limiter;
  internal::Metrics metrics;
  httplib::Server http;
  int port = 0;
  std::atomic<bool> running{false};  // inside Run()

  void Setup();
};

namespace {

// The route a path belongs to, as a metrics label: a few fixed names, so
// that arbitrary paths cannot grow the metrics without bound.
std::string RouteLabel(const std::string& path) {
  static const char* const kRoutes[] = {"/api/events", "/api/series", "/api/dyads", "/api/actors",
                                        "/api/code",   "/api/ingest", "/healthz",   "/metrics"};
  for (const char* r : kRoutes) {
    if (path == r) return r;
  }
  if (path.rfind("/api/event/", 0) == 0) return "/api/event/:id";
  if (path.rfind("/api/", 0) == 0) return "/api/other";
  return "static";
}

// When the current request was routed, for the latency histogram; each
// request is answered on one worker thread from routing to logging.
thread_local std::chrono::steady_clock::time_point request_start;
thread_local bool request_timed = false;

const char* ErrorCodeFor(int status) {
  switch (status) {
    case 400:
      return "bad_request";
    case 401:
      return "unauthorized";
    case 403:
      return "forbidden";
    case 404:
      return "not_found";
    case 405:
      return "method_not_allowed";
    case 413:
      return "too_large";
    case 414:
      return "uri_too_long";
    case 415:
      return "unsupported_media_type";
    case 429:
      return "rate_limited";
    default:
      return status >= 500 ? "internal" : "error";
  }
}

}  // namespace

void Server::Impl::Setup() {
  const ServeOptions& o = context.options;
  const int threads = std::max(1, o.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  http.set_payload_max_length(std::max(o.max_body_bytes, o.max_ingest_bytes));
  http.set_read_timeout(10);
  http.set_write_timeout(10);
  http.set_keep_alive_timeout(5);
  http.set_keep_alive_max_count(1000);
  // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's
  // algorithm and the client's delayed ACK add ~40 ms to every answer.
  http.set_tcp_nodelay(true);
  http.set_default_headers(
      {{"X-Content-Type-Options", "nosniff"},
       {"Referrer-Policy", "no-referrer"},
       {"Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'"}});

  http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    request_start = std::chrono::steady_clock::now();
    request_timed = true;
    int retry_after = 1;
    if (!limiter.Allow(req.remote_addr, request_start, &retry_after)) {
      res.set_header("Retry-After", std::to_string(retry_after));
      SendError(res, 429, "rate_limited",
                fmt::format("over {} requests per second from {}; retry in {} s",
                            context.options.rate_limit, req.remote_addr, retry_after));
      return httplib::Server::HandlerResponse::Handled;
    }
    // Refuse a large body from its declared length, before it is read.
    if (req.has_header("Content-Length")) {
      const size_t limit = req.path == "/api/ingest" ? context.options.max_ingest_bytes
                                                     : context.options.max_body_bytes;
      const std::string declared = req.get_header_value("Content-Length");
      if (declared.size() > 19 || std::strtoull(declared.c_str(), nullptr, 10) > limit) {
        res.set_header("Connection", "close");
        SendError(res, 413, "too_large", fmt::format("the body is over {} bytes", limit));
        return httplib::Server::HandlerResponse::Handled;
      }
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  // Errors httplib finds itself (no route, a body over the hard limit, a
  // malformed request line) get the same JSON shape as the handlers' own.
  http.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        std::string message = res.status == 404 ? fmt::format("no such resource: {}", req.path)
                                                : fmt::format("request refused ({})", res.status);
        SendError(res, res.status, ErrorCodeFor(res.status), message);
        return httplib::Server::HandlerResponse::Handled;
      }));
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "unknown exception";
        try {
          if (ep) std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        SendError(res, 500, "internal", what);
      });
  http.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
    double seconds = -1;
    if (request_timed) {
      seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - request_start).count();
      request_timed = false;
    }
    metrics.Observe(RouteLabel(req.path), res.status, seconds);
  });

  http.Get("/healthz", [this](const httplib::Request&, httplib::Response& res) {
    auto store = context.pool.Acquire();
    if (!store.ok()) return SendError(res, 503, "unavailable", store.status().ToString());
    internal::Statement q((*store)->handle(), "PRAGMA user_version");
    if (!q.Step()) return SendError(res, 503, "unavailable", q.status().ToString());
    SendJson(res, {{"status", "ok"},
                   {"schema", q.Int(0)},
                   {"writes", context.writer != nullptr},
                   {"version", KHALDUN_VERSION}});
  });
  http.Get("/metrics", [this](const httplib::Request&, httplib::Response& res) {
    std::string text = metrics.Render(context.pool.open_connections());
    text += "# HELP khaldun_cache_lookups_total Lookups in the cache of aggregate answers.\n";
    text += "# TYPE khaldun_cache_lookups_total counter\n";
    text +=
        fmt::format("khaldun_cache_lookups_total{{result=\"hit\"}} {}\n", context.cache->hits());
    text +=
        fmt::format("khaldun_cache_lookups_total{{result=\"miss\"}} {}\n", context.cache->misses());
    res.set_content(text, "text/plain; version=0.0.4");
  });
  internal::RegisterReadApi(http, &context);
  internal::RegisterWriteApi(http, &context);
  if (!o.static_dir.empty()) http.set_mount_point("/", o.static_dir);
}

Result<std::unique_ptr<Server>> Server::Create(ServeOptions options) {
  if (!IsLoopbackHost(options.host)) {
    if (!options.allow_remote) {
      return Status::InvalidArgument(
          fmt::format("'{}' is not a loopback address: binding it needs --allow-remote and a token",
                      options.host));
    }
    if (options.token.empty()) {
      return Status::InvalidArgument(
          fmt::format("binding '{}' needs a token (--token-file or KHALDUN_TOKEN)", options.host));
    }
  }
  if (options.rate_limit < 0 || (options.rate_limit > 0 && options.rate_burst < 1)) {
    return Status::InvalidArgument("the rate limit must be >= 0 with a burst of at least 1");
  }
  if (!options.codebook && options.pipeline)
    options.codebook = options.pipeline->resources().codebook;
  if (!options.codebook) {
    const std::string dir = DefaultDataDir() + "/data/cameo/";
    auto book = CameoCodebook::Load(dir + "cameo_codes.tsv", dir + "cameo_plover.tsv");
    if (!book.ok()) return book.status();
    options.codebook = *book;
  }
  auto impl = std::make_unique<Impl>(std::move(options));
  impl->context.codebook = impl->context.options.codebook;
  const ServeOptions& o = impl->context.options;
  if (!o.token.empty() && o.pipeline) {
    // The writer also creates and migrates the database when needed.
    auto writer = EventStore::Open(o.db_path);
    if (!writer.ok()) return writer.status();
    impl->context.writer = std::move(writer).value();
  }
  // Fail now, not at the first request, when the store cannot be read. A
  // store of an older schema is migrated first, as `khaldun query` does.
  Status readable = impl->context.pool.Acquire().status();
  if (readable.message().find("open it once for writing") != std::string::npos) {
    StoreOptions migrate;
    migrate.create_if_missing = false;
    auto migrated = EventStore::Open(o.db_path, migrate);
    if (!migrated.ok()) return migrated.status();
    migrated->reset();
    readable = impl->context.pool.Acquire().status();
  }
  if (!readable.ok()) return readable;
  std::unique_ptr<EventStore> watcher;
  if (o.cache_entries > 0) {
    StoreOptions read_only;
    read_only.read_only = true;
    read_only.create_if_missing = false;
    auto opened = EventStore::Open(o.db_path, read_only);
    if (!opened.ok()) return opened.status();
    watcher = std::move(opened).value();
  }
  impl->context.cache =
      std::make_unique<internal::ResponseCache>(o.cache_entries, std::move(watcher));
  impl->Setup();
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() { Stop(); }

Status Server::Bind() {
  const ServeOptions& o = impl_->context.options;
  if (o.port == 0) {
    impl_->port = impl_->http.bind_to_any_port(o.host);
    if (impl_->port <= 0) impl_->port = 0;
  } else if (impl_->http.bind_to_port(o.host, o.port)) {
    impl_->port = o.port;
  }
  if (impl_->port == 0) {
    return Status::IoError(fmt::format(
        "cannot bind {}:{} (in use, or not an address of this machine)", o.host, o.port));
  }
  return Status::Ok();
}

int Server::port() const { return impl_->port; }

Status Server::Run() {
  if (impl_->port == 0) return Status::InvalidArgument("Run() before Bind()");
  impl_->running = true;
  const bool clean = impl_->http.listen_after_bind();
  impl_->running = false;
  return clean ? Status::Ok() : Status::IoError("the server stopped listening");
}

void Server::Stop() {
  if (!impl_) return;
  // Run() may be between its start and httplib's accept loop, where a stop
  // would be lost: wait for the loop (briefly) before stopping it.
  for (int i = 0; i < 2000 && impl_->running && !impl_->http.is_running(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  impl_->http.stop();
}

}  // namespace khaldun
