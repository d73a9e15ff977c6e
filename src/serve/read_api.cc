// The read endpoints: events, series, dyads, actors and one event with its
// mentions. Reads go through the store's public API (filters are bound by
// the store); the two lookups it does not offer (an event's key by id, actor
// names) are prepared statements here, on the documented schema.
#include <fmt/format.h>

#include <charconv>
#include <map>

#include "khaldun/export.h"
#include "serve/context.h"
#include "serve/highlight.h"
#include "serve/params.h"
#include "store/statement.h"

namespace khaldun::internal {
namespace {

nlohmann::json EventJson(const StoredEvent& e, const CameoCodebook& book) {
  nlohmann::json j = StoredEventToJson(e);
  const CameoCode* info = book.Find(e.cameo_code);
  j["cameo_name"] = info ? info->name : "";
  return j;
}

// The smallest string above every code starting with `prefix` (codes are
// upper-case ASCII letters and digits, so the last byte never overflows).
std::string PrefixEnd(std::string prefix) {
  prefix.back() = static_cast<char>(prefix.back() + 1);
  return prefix;
}

Result<std::string> ActorName(EventStore& store, const std::string& code) {
  if (code.empty()) return std::string();
  Statement q(store.handle(), "SELECT name FROM actors WHERE code = ?");
  if (!q.status().ok()) return q.status();
  q.Bind(1, std::string_view(code));
  if (q.Step()) return std::string(q.Text(0));
  if (!q.status().ok()) return q.status();
  return std::string();
}

// The cache key of a request: its path and its parameters in name order
// (httplib keeps them sorted), so "a=1&b=2" and "b=2&a=1" share an entry.
std::string CacheKey(const httplib::Request& req) {
  std::string key = req.path;
  for (const auto& [name, value] : req.params) key += "\n" + name + "=" + value;
  return key;
}

// Answers from the cache when it can; otherwise runs `compute` and keeps a
// 200 answer.
template <typename Fn>
void Cached(ApiContext* ctx, const httplib::Request& req, httplib::Response& res, Fn compute) {
  const std::string key = CacheKey(req);
  int64_t version = 0;
  if (auto body = ctx->cache->Get(key, &version)) {
    res.set_header("X-Cache", "hit");
    res.set_content(*body, "application/json");
    return;
  }
  compute(ctx, req, res);
  if (res.status == 200) ctx->cache->Put(key, version, res.body);
}

void Events(ApiContext* ctx, const httplib::Request& req, httplib::Response& res) {
  if (Status s = CheckParams(req.params, kFilterParams, {"limit", "offset", "total"}); !s.ok()) {
    return SendStatus(res, s);
  }
  EventFilter filter;
  if (Status s = ParseEventFilter(req.params, &filter); !s.ok()) return SendStatus(res, s);
  auto limit = IntParam(req.params, "limit", 50, 1, ctx->options.max_page_size);
  if (!limit.ok()) return SendStatus(res, limit.status());
  auto offset = IntParam(req.params, "offset", 0, 0, ctx->options.max_offset);
  if (!offset.ok()) return SendStatus(res, offset.status());
  auto total = IntParam(req.params, "total", 0, 0, 1);
  if (!total.ok()) return SendStatus(res, total.status());

  auto store = ctx->pool.Acquire();
  if (!store.ok()) return SendStatus(res, store.status());
  // One row past the page tells whether there is a next page.
  filter.limit = *offset + *limit + 1;
  nlohmann::json rows = nlohmann::json::array();
  int64_t seen = 0;
  bool more = false;
  Status s = (*store)->ForEachEvent(filter, [&](const StoredEvent& e) {
    if (seen++ < *offset) return Status::Ok();
    if (static_cast<int64_t>(rows.size()) == *limit) {
      more = true;
    } else {
      rows.push_back(EventJson(e, *ctx->codebook));
    }
    return Status::Ok();
  });
  if (!s.ok()) return SendStatus(res, s);
  filter.limit = 0;
  nlohmann::json body = {
      {"filter", DescribeFilter(filter)},
      {"offset", *offset},
      {"limit", *limit},
      {"count", rows.size()},
      {"has_more", more},
      {"next_offset", more ? nlohmann::json(*offset + *limit) : nlohmann::json()},
      {"events", std::move(rows)}};
  if (*total == 1) {
    auto agg = (*store)->Aggregate(filter, AggregateSpec{});
    if (!agg.ok()) return SendStatus(res, agg.status());
    body["total"] = agg->empty() ? 0 : agg->front().events;
  }
  SendJson(res, body);
}

void Series(ApiContext* ctx, const httplib::Request& req, httplib::Response& res) {
  if (Status s = CheckParams(req.params, kFilterParams, {"bucket"}); !s.ok())
    return SendStatus(res, s);
  EventFilter filter;
  if (Status s = ParseEventFilter(req.params, &filter); !s.ok()) return SendStatus(res, s);
  std::string bucket_name = Param(req.params, "bucket");
  if (bucket_name.empty()) bucket_name = "day";
  auto bucket = ParseTimeBucket(bucket_name);
  if (!bucket || *bucket == TimeBucket::kNone) {
    return SendError(
        res, 400, "bad_request",
        fmt::format("'bucket' must be day, week, month or year, not '{}'", bucket_name));
  }
  auto store = ctx->pool.Acquire();
  if (!store.ok()) return SendStatus(res, store.status());
  AggregateSpec spec;
  spec.bucket = *bucket;
  spec.by_root = true;  // QuadClass follows from the root code
  auto rows = (*store)->Aggregate(filter, spec);
  if (!rows.ok()) return SendStatus(res, rows.status());

  nlohmann::json series = nlohmann::json::array();
  struct Period {
    int64_t events = 0, mentions = 0;
    double goldstein = 0, goldstein_weighted = 0;
    int64_t quad[4] = {0, 0, 0, 0};
  };
  std::string current;
  Period p;
  auto flush = [&] {
    if (current.empty()) return;
    series.push_back(
        {{"period", current},
         {"events", p.events},
         {"mentions", p.mentions},
         {"goldstein_sum", p.goldstein},
         {"goldstein_mean", p.events ? p.goldstein / p.events : 0.0},
         {"goldstein_weighted_mean", p.mentions ? p.goldstein_weighted / p.mentions : 0.0},
         {"quad", {p.quad[0], p.quad[1], p.quad[2], p.quad[3]}}});
  };
  for (const AggregateRow& row : *rows) {
    if (row.period != current) {
      flush();
      current = row.period;
      p = Period{};
    }
    p.events += row.events;
    p.mentions += row.mentions;
    p.goldstein += row.goldstein_sum;
    p.goldstein_weighted += row.goldstein_weighted;
    if (const CameoCode* root = ctx->codebook->Find(row.root)) {
      p.quad[static_cast<int>(root->quad_class) - 1] += row.events;
    }
  }
  flush();
  SendJson(
      res,
      {{"filter", DescribeFilter(filter)}, {"bucket", bucket_name}, {"series", std::move(series)}});
}

void Dyads(ApiContext* ctx, const httplib::Request& req, httplib::Response& res) {
  if (Status s = CheckParams(req.params, kFilterParams, {"limit"}); !s.ok())
    return SendStatus(res, s);
  EventFilter filter;
  if (Status s = ParseEventFilter(req.params, &filter); !s.ok()) return SendStatus(res, s);
  auto limit = IntParam(req.params, "limit", 20, 1, 200);
  if (!limit.ok()) return SendStatus(res, limit.status());
  auto store = ctx->pool.Acquire();
  if (!store.ok()) return SendStatus(res, store.status());
  AggregateSpec spec;
  spec.by_dyad = true;
  spec.order_by_count = true;
  // Events without a source or a target are not dyads; ask for a few more
  // groups than needed so that dropping them still fills the page.
  spec.limit = *limit + 50;
  auto rows = (*store)->Aggregate(filter, spec);
  if (!rows.ok()) return SendStatus(res, rows.status());
  nlohmann::json dyads = nlohmann::json::array();
  for (const AggregateRow& row : *rows) {
    if (row.source.empty() || row.target.empty()) continue;
    if (static_cast<int64_t>(dyads.size()) == *limit) break;
    auto source_name = ActorName(**store, row.source);
    auto target_name = ActorName(**store, row.target);
    if (!source_name.ok()) return SendStatus(res, source_name.status());
    if (!target_name.ok()) return SendStatus(res, target_name.status());
    dyads.push_back({{"source", {{"code", row.source}, {"name", *source_name}}},
                     {"target", {{"code", row.target}, {"name", *target_name}}},
                     {"events", row.events},
                     {"mentions", row.mentions},
                     {"goldstein_mean", row.events ? row.goldstein_sum / row.events : 0.0}});
  }
  SendJson(res, {{"filter", DescribeFilter(filter)}, {"dyads", std::move(dyads)}});
}

void Actors(ApiContext* ctx, const httplib::Request& req, httplib::Response& res) {
  if (Status s = CheckParams(req.params, {"prefix", "limit"}); !s.ok()) return SendStatus(res, s);
  EventFilter parsed;  // reuses the actor-code checks
  QueryParams as_actor;
  std::string prefix = Param(req.params, "prefix");
  if (!prefix.empty()) as_actor.emplace("actor", prefix);
  if (Status s = ParseEventFilter(as_actor, &parsed); !s.ok()) {
    return SendError(res, 400, "bad_request",
                     "'prefix' must be letters and digits (a CAMEO actor code)");
  }
  auto limit = IntParam(req.params, "limit", 100, 1, 1000);
  if (!limit.ok()) return SendStatus(res, limit.status());
  auto store = ctx->pool.Acquire();
  if (!store.ok()) return SendStatus(res, store.status());
  const bool any = parsed.actor.empty();
  Statement q(
      (*store)->handle(),
      any ? "SELECT code, name FROM actors ORDER BY code LIMIT ?"
          : "SELECT code, name FROM actors WHERE code >= ? AND code < ? ORDER BY code LIMIT ?");
  if (!q.status().ok()) return SendStatus(res, q.status());
  int index = 1;
  if (!any) {
    q.Bind(index++, std::string_view(parsed.actor));
    q.Bind(index++, std::string_view(PrefixEnd(parsed.actor)));
  }
  q.Bind(index, *limit);
  nlohmann::json actors = nlohmann::json::array();
  while (q.Step()) actors.push_back({{"code", q.Text(0)}, {"name", q.Text(1)}});
  if (!q.status().ok()) return SendStatus(res, q.status());
  SendJson(res, {{"actors", std::move(actors)}});
}

void OneEvent(ApiContext* ctx, const httplib::Request& req, httplib::Response& res) {
  if (!req.params.empty())
    return SendError(res, 400, "bad_request", "this endpoint takes no parameters");
  const std::string& text = req.matches[1].str();
  int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) {
    return SendError(res, 400, "bad_request",
                     fmt::format("event id must be a positive integer, not '{}'", text));
  }
  auto store = ctx->pool.Acquire();
  if (!store.ok()) return SendStatus(res, store.status());
  // The event's key narrows the public filtered reads to a handful of rows.
  EventFilter filter;
  {
    Statement q(
        (*store)->handle(),
        "SELECT date, source_code, target_code, cameo_code, location_name, location_country "
        "FROM events WHERE id = ?");
    if (!q.status().ok()) return SendStatus(res, q.status());
    q.Bind(1, id);
    if (!q.Step()) {
      if (!q.status().ok()) return SendStatus(res, q.status());
      return SendError(res, 404, "not_found", fmt::format("no event {}", id));
    }
    filter.from = filter.to = Date::Parse(q.Text(0));
    filter.source = q.Text(1);
    filter.target = q.Text(2);
    filter.code = q.Text(3);
    filter.location = q.Text(4).empty() ? std::string(q.Text(5)) : std::string(q.Text(4));
    filter.include_negated = true;
  }
  std::optional<StoredEvent> event;
  Status s = (*store)->ForEachEvent(filter, [&](const StoredEvent& e) {
    if (e.id == id) event = e;
    return Status::Ok();
  });
  if (!s.ok()) return SendStatus(res, s);
  if (!event) return SendError(res, 404, "not_found", fmt::format("no event {}", id));
  nlohmann::json mentions = nlohmann::json::array();
  s = (*store)->ForEachMention(filter, [&](const StoredMention& m) {
    if (m.event_id != id) return Status::Ok();
    nlohmann::json j = MentionJson(m.event, *ctx->codebook);
    j["document"] = {{"id", m.event.document_id},
                     {"source", m.document_source},
                     {"url", m.document_url},
                     {"length", m.document_length}};
    j["added"] = m.added;
    mentions.push_back(std::move(j));
    return Status::Ok();
  });
  if (!s.ok()) return SendStatus(res, s);
  nlohmann::json body = {{"event", EventJson(*event, *ctx->codebook)},
                         {"mentions", std::move(mentions)}};
  SendJson(res, body);
}

}  // namespace

void RegisterReadApi(httplib::Server& server, ApiContext* ctx) {
  server.Get("/api/events",
             [ctx](const httplib::Request& q, httplib::Response& r) { Events(ctx, q, r); });
  server.Get("/api/series",
             [ctx](const httplib::Request& q, httplib::Response& r) { Cached(ctx, q, r, Series); });
  server.Get("/api/dyads",
             [ctx](const httplib::Request& q, httplib::Response& r) { Cached(ctx, q, r, Dyads); });
  server.Get("/api/actors",
             [ctx](const httplib::Request& q, httplib::Response& r) { Actors(ctx, q, r); });
  server.Get("/api/event/([^/]*)",
             [ctx](const httplib::Request& q, httplib::Response& r) { OneEvent(ctx, q, r); });
}

}  // namespace khaldun::internal
