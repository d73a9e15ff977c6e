// Queries over a store of 1M deduplicated events, generated here: a dyad time
// series (the acceptance figure: p50 under 50 ms), and other common queries
// for comparison. Latency percentiles are reported as counters (ms).
#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

#include <fmt/format.h>

#include "khaldun/store.h"

namespace khaldun {
namespace {

constexpr int64_t kEvents = 1'000'000;

// 1M events over three years between 60 countries x 6 sectors, actors skewed
// (a few countries in most events, as in news), 80 CAMEO codes, a place in
// half of them. Written with one INSERT ... SELECT into the store's own
// schema (with all its indexes), which is much faster than coding documents.
// The generated store, closed and deleted at exit (it is ~350 MB with its WAL).
struct GeneratedStore {
  std::string dir;
  std::unique_ptr<EventStore> store;
  ~GeneratedStore() {
    store.reset();
    if (!dir.empty()) std::filesystem::remove_all(dir);
  }
};

EventStore* SharedStore() {
  static GeneratedStore generated;
  static EventStore* store = [] {
    generated.dir = fmt::format("/tmp/khaldun_store_query_bench_{}", ::getpid());
    std::filesystem::remove_all(generated.dir);
    std::filesystem::create_directories(generated.dir);
    auto opened = EventStore::Open(generated.dir + "/bench.db");
    if (!opened.ok()) {
      std::fprintf(stderr, "%s\n", opened.status().ToString().c_str());
      std::exit(1);
    }
    generated.store = std::move(opened).value();
    EventStore* s = generated.store.get();
    const std::string sql = fmt::format(R"sql(
BEGIN;
CREATE TEMP TABLE countries (n INTEGER PRIMARY KEY, code TEXT);
INSERT INTO countries (n, code) VALUES {};
CREATE TEMP TABLE sectors (n INTEGER PRIMARY KEY, code TEXT);
INSERT INTO sectors VALUES (0, ''), (1, 'GOV'), (2, 'MIL'), (3, 'REB'), (4, 'OPP'), (5, 'BUS');
WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < {} - 1),
  r AS (SELECT i, (i * 2654435761) % 4294967296 AS h1, (i * 40503 + 12345) % 1000003 AS h2,
               (i * 97 + (i / 7) * 31) % 1009 AS h3 FROM seq)
INSERT INTO events (date, source_code, target_code, cameo_code, location_name, location_country,
    negated, root_code, quad_class, goldstein, plover_type, plover_mode, source_name, target_name,
    latitude, longitude, num_mentions, num_sources, num_articles, is_root, first_document_id,
    source_url, added)
SELECT date('2018-01-01', '+' || (h1 % 1095) || ' days'),
       (SELECT code FROM countries WHERE n = ((h2 % 1000) * (h2 % 1000)) / 16667)
         || (SELECT code FROM sectors WHERE n = h3 % 6),
       (SELECT code FROM countries WHERE n = ((h3 % 1000) * (h3 % 1000)) / 16667)
         || (SELECT code FROM sectors WHERE n = h2 % 6),
       printf('%02d%d', 1 + h1 / 1095 % 20, h2 % 4), '', '', 0,
       printf('%02d', 1 + h1 / 1095 % 20), 1 + h2 % 4, (h3 % 200) / 10.0 - 10, '', '', '', '',
       NULL, NULL, 1 + h2 % 3, 1, 1, 0, 'doc-' || i, 'doc-' || i, '20240101000000'
FROM r WHERE true
ON CONFLICT DO NOTHING;
COMMIT;
ANALYZE;
)sql",
        [] {
          static const char* kCountries[] = {
              "USA", "IRN", "ISR", "RUS", "CHN", "SYR", "IRQ", "UKR", "TUR", "GBR", "FRA", "DEU",
              "PAK", "IND", "AFG", "SAU", "EGY", "YEM", "LBN", "PSE", "JPN", "KOR", "PRK", "NGA",
              "ETH", "SDN", "SOM", "LBY", "VEN", "MEX", "BRA", "COL", "CAN", "AUS", "ITA", "ESP",
              "POL", "BLR", "GEO", "ARM", "AZE", "KAZ", "UZB", "QAT", "ARE", "JOR", "KEN", "COD",
              "MLI", "NER", "TCD", "CMR", "ZAF", "ZWE", "IDN", "PHL", "MMR", "THA", "VNM", "BGD"};
          std::string values;
          for (int i = 0; i < 60; ++i) values += fmt::format("{}({}, '{}')", i ? ", " : "", i, kCountries[i]);
          return values;
        }(),
        kEvents);
    char* error = nullptr;
    if (sqlite3_exec(s->handle(), sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      std::fprintf(stderr, "generating events: %s\n", error);
      std::exit(1);
    }
    return s;
  }();
  return store;
}

// Runs `query` once per iteration and reports p50/p90/max latency in ms.
template <typename Query>
void Measure(benchmark::State& state, Query query) {
  EventStore* store = SharedStore();
  std::vector<double> ms;
  size_t rows = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    rows = query(store);
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  state.counters["p50_ms"] = ms[ms.size() / 2];
  state.counters["p90_ms"] = ms[ms.size() * 9 / 10];
  state.counters["max_ms"] = ms.back();
  state.counters["rows"] = static_cast<double>(rows);
  state.counters["stored_events"] = static_cast<double>(store->Counts()->events);
}

size_t Rows(Result<std::vector<AggregateRow>> r) {
  if (!r.ok()) {
    std::fprintf(stderr, "%s\n", r.status().ToString().c_str());
    std::exit(1);
  }
  return r->size();
}

// The acceptance query: USA (any sector) -> IRN (any sector), per week, over
// the whole store.
void BM_DyadWeeklySeries(benchmark::State& state) {
  Measure(state, [](EventStore* store) {
    EventFilter f;
    f.source = "USA";
    f.target = "IRN";
    AggregateSpec spec;
    spec.bucket = TimeBucket::kWeek;
    return Rows(store->Aggregate(f, spec));
  });
}
BENCHMARK(BM_DyadWeeklySeries)->Unit(benchmark::kMillisecond)->Iterations(41);

// A less frequent dyad, per month.
void BM_DyadMonthlySeriesExactCodes(benchmark::State& state) {
  Measure(state, [](EventStore* store) {
    EventFilter f;
    f.source = "SYRGOV";
    f.target = "TURMIL";
    AggregateSpec spec;
    spec.bucket = TimeBucket::kMonth;
    return Rows(store->Aggregate(f, spec));
  });
}
BENCHMARK(BM_DyadMonthlySeriesExactCodes)->Unit(benchmark::kMillisecond)->Iterations(41);

// Top 10 dyads in one month.
void BM_TopDyadsOneMonth(benchmark::State& state) {
  Measure(state, [](EventStore* store) {
    EventFilter f;
    f.from = Date::Parse("2019-03-01");
    f.to = Date::Parse("2019-03-31");
    AggregateSpec spec;
    spec.by_dyad = true;
    spec.order_by_count = true;
    spec.limit = 10;
    return Rows(store->Aggregate(f, spec));
  });
}
BENCHMARK(BM_TopDyadsOneMonth)->Unit(benchmark::kMillisecond)->Iterations(21);

// Either-side actor filter per month: no target index, so this scans.
void BM_ActorMonthlySeriesScan(benchmark::State& state) {
  Measure(state, [](EventStore* store) {
    EventFilter f;
    f.actor = "SYR";
    AggregateSpec spec;
    spec.bucket = TimeBucket::kMonth;
    return Rows(store->Aggregate(f, spec));
  });
}
BENCHMARK(BM_ActorMonthlySeriesScan)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace
}  // namespace khaldun

BENCHMARK_MAIN();
