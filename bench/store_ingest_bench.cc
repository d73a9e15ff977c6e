// Ingest into the SQLite store: documents with their event mentions written
// through EventStore::PutDocument in committed batches, as `khaldun code --db`
// writes them. items_per_second counts event mentions.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <random>

#include <fmt/format.h>

#include "khaldun/store.h"

namespace khaldun {
namespace {

constexpr int kDocumentsPerBatch = 256;
constexpr int kEventsPerDocument = 10;

// A synthetic coded document: `kEventsPerDocument` mentions between actors
// drawn from 50 countries x 6 sectors, 60 CAMEO codes, a year of dates, one
// of 20 places; about as wide as the coder's real output.
Document MakeDocument(int64_t n, std::mt19937& rng, std::vector<Event>* events) {
  static const char* kSectors[] = {"", "GOV", "MIL", "REB", "OPP", "BUS"};
  Document d;
  d.id = fmt::format("bench-{}", n);
  d.date = Date{2020, static_cast<uint8_t>(1 + rng() % 12), static_cast<uint8_t>(1 + rng() % 28)};
  d.source = fmt::format("source-{}", rng() % 40);
  d.url = fmt::format("https://news.example/{}", n);
  d.text = std::string(1500, 'x');
  events->clear();
  for (int k = 0; k < kEventsPerDocument; ++k) {
    Event e;
    e.id = fmt::format("{}-{}-0", d.id, k);
    e.document_id = d.id;
    e.sentence_index = static_cast<uint32_t>(k);
    e.date = d.date;
    e.source.code = fmt::format("C{:02d}{}", rng() % 50, kSectors[rng() % 6]);
    e.source.name = "Source actor";
    e.source.matched_text = "the source actor";
    e.source.bytes = {10, 26};
    e.source.how = "dictionary";
    e.target.code = fmt::format("C{:02d}{}", rng() % 50, kSectors[rng() % 6]);
    e.target.name = "Target actor";
    e.target.matched_text = "the target actor";
    e.target.bytes = {40, 56};
    e.target.how = "dictionary";
    e.cameo_code = fmt::format("{:02d}{}", 1 + rng() % 20, rng() % 3);
    e.root_code = e.cameo_code.substr(0, 2);
    e.quad_class = static_cast<QuadClass>(1 + rng() % 4);
    e.goldstein = -10.0 + static_cast<double>(rng() % 200) / 10;
    e.plover_type = "CONSULT";
    e.plover_mode = "visit";
    if (rng() % 2) {
      e.location = Location{fmt::format("City {}", rng() % 20), "IRQ", 33.3, 44.4, "in the city", {60, 71}};
    }
    e.evidence.sentence = "The source actor met the target actor in the city on Tuesday, officials said.";
    e.evidence.sentence_bytes = {static_cast<uint32_t>(k * 100), static_cast<uint32_t>(k * 100 + 78)};
    e.evidence.verb_text = "met";
    e.evidence.verb_bytes = {27, 30};
    e.evidence.rule = "verb: MEET (+ IN)";
    events->push_back(std::move(e));
  }
  return d;
}

void BM_StoreIngest(benchmark::State& state) {
  const std::string dir = fmt::format("/tmp/khaldun_store_ingest_bench_{}", ::getpid());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  auto store = EventStore::Open(dir + "/bench.db");
  if (!store.ok()) {
    state.SkipWithError(store.status().ToString().c_str());
    return;
  }
  std::mt19937 rng(20200114);
  int64_t next = 0;
  std::vector<Document> docs(kDocumentsPerBatch);
  std::vector<std::vector<Event>> events(kDocumentsPerBatch);
  for (auto _ : state) {
    state.PauseTiming();
    for (int i = 0; i < kDocumentsPerBatch; ++i) docs[i] = MakeDocument(next++, rng, &events[i]);
    state.ResumeTiming();
    if (!(*store)->Begin().ok()) state.SkipWithError("begin");
    for (int i = 0; i < kDocumentsPerBatch; ++i) {
      Status s = (*store)->PutDocument(docs[i], RecordOutcome::kCoded, events[i]);
      if (!s.ok()) {
        state.SkipWithError(s.ToString().c_str());
        break;
      }
    }
    if (!(*store)->Commit().ok()) state.SkipWithError("commit");
  }
  state.SetItemsProcessed(state.iterations() * kDocumentsPerBatch * kEventsPerDocument);
  state.counters["documents"] = static_cast<double>(next);
  store->reset();
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_StoreIngest)->Unit(benchmark::kMillisecond)->MinTime(3.0);

}  // namespace
}  // namespace khaldun

BENCHMARK_MAIN();
