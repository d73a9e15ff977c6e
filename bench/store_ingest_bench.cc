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

constexpr int kEventsPerDocument = 10;
constexpr int kDocumentsPerRun = 10'000;  // 100k event mentions per iteration

// The shape of the synthetic feed.
enum Feed : int {
  // A news feed as it arrives: dates advance (2,000 documents a day, as a
  // day of a wire's output), actors skewed towards a few countries.
  kChronological = 0,
  // The worst case for the indexes: dates anywhere in a year, actors uniform.
  kRandom = 1,
};

// A synthetic coded document: `kEventsPerDocument` mentions between actors
// drawn from 50 countries x 6 sectors, 60 CAMEO codes, one of 20 places in
// half of them; about as wide as the coder's real output.
Document MakeDocument(int64_t n, Feed feed, std::mt19937& rng, std::vector<Event>* events) {
  static const char* kSectors[] = {"", "GOV", "MIL", "REB", "OPP", "BUS"};
  Document d;
  d.id = fmt::format("bench-{}", n);
  if (feed == kChronological) {
    const int day = static_cast<int>(n / 2000);
    d.date = Date{static_cast<int16_t>(2020 + day / 336), static_cast<uint8_t>(1 + day / 28 % 12),
                  static_cast<uint8_t>(1 + day % 28)};
  } else {
    d.date = Date{2020, static_cast<uint8_t>(1 + rng() % 12), static_cast<uint8_t>(1 + rng() % 28)};
  }
  d.source = fmt::format("source-{}", rng() % 40);
  d.url = fmt::format("https://news.example/{}", n);
  d.text = std::string(1500, 'x');
  auto country = [&] {
    if (feed == kRandom) return static_cast<unsigned>(rng() % 50);
    const unsigned r = rng() % 1000;
    return r * r / 20000;  // skewed: country 0 in ~14% of mentions, 49 in ~0.1%
  };
  events->clear();
  for (int k = 0; k < kEventsPerDocument; ++k) {
    Event e;
    e.id = fmt::format("{}-{}-0", d.id, k);
    e.document_id = d.id;
    e.sentence_index = static_cast<uint32_t>(k);
    e.date = d.date;
    e.source.code = fmt::format("C{:02d}{}", country(), kSectors[rng() % 6]);
    e.source.name = "Source actor";
    e.source.matched_text = "the source actor";
    e.source.bytes = {10, 26};
    e.source.how = "dictionary";
    e.target.code = fmt::format("C{:02d}{}", country(), kSectors[rng() % 6]);
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

// One iteration: 10,000 documents (100,000 mentions) into a new store,
// committed every `batch` documents as `khaldun code --db` commits each
// pipeline batch (256 by default). Real time: the WAL writes count.
void BM_StoreIngest(benchmark::State& state) {
  const Feed feed = static_cast<Feed>(state.range(0));
  const int batch = static_cast<int>(state.range(1));
  const std::string dir = fmt::format("/tmp/khaldun_store_ingest_bench_{}", ::getpid());
  std::mt19937 rng(20200114);
  std::vector<Document> docs(kDocumentsPerRun);
  std::vector<std::vector<Event>> events(kDocumentsPerRun);
  for (int i = 0; i < kDocumentsPerRun; ++i) docs[i] = MakeDocument(i, feed, rng, &events[i]);
  int64_t merged = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    auto store = EventStore::Open(dir + "/bench.db");
    if (!store.ok()) {
      state.SkipWithError(store.status().ToString().c_str());
      break;
    }
    state.ResumeTiming();
    for (int i = 0; i < kDocumentsPerRun; ++i) {
      if (i % batch == 0 && !(*store)->Begin().ok()) state.SkipWithError("begin");
      Status s = (*store)->PutDocument(docs[i], RecordOutcome::kCoded, events[i]);
      if (!s.ok()) {
        state.SkipWithError(s.ToString().c_str());
        break;
      }
      if ((i % batch == batch - 1 || i + 1 == kDocumentsPerRun) && !(*store)->Commit().ok()) {
        state.SkipWithError("commit");
      }
    }
    state.PauseTiming();
    merged = kDocumentsPerRun * kEventsPerDocument - (*store)->Counts()->events;
    store->reset();
    std::filesystem::remove_all(dir);
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * kDocumentsPerRun * kEventsPerDocument);
  state.counters["mentions_merged"] = static_cast<double>(merged);
}
BENCHMARK(BM_StoreIngest)
    ->ArgNames({"random", "batch"})
    ->Args({kChronological, 256})
    ->Args({kChronological, 1024})
    ->Args({kRandom, 256})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

}  // namespace
}  // namespace khaldun

BENCHMARK_MAIN();
