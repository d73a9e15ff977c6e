// Dictionary loading and matching on the full Phoenix set (CAMEO.2.0.txt, the
// three Phoenix actor files, agents, discards):
//   BM_LoadCold       read + parse + check + compile, no cache (target < 1 s)
//   BM_LoadFromCache  the same files through a warm cache (target < 0.1 s)
//   BM_FindCandidates the trie matcher on BBC sentences (tokens/s)
//   BM_ReferenceFind  the naive reference matcher, for comparison
// Counters: peak_rss_mb is the process's peak resident set so far (run one
// benchmark per process, e.g. --benchmark_filter=BM_LoadCold, to read the
// peak of that benchmark alone; target < 300 MB).
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "khaldun/dictionary.h"
#include "khaldun/text.h"
#include "match/reference_matcher.h"

namespace khaldun {
namespace {

const std::string kPeers = std::string(KHALDUN_SOURCE_DIR) + "/../shared/peers/petrarch2/";

DictionaryFiles PhoenixFiles() {
  DictionaryFiles files;
  for (const char* f : {"CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                        "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt"})
    files.Add(kPeers + f, *DictKindFromFileName(f));
  return files;
}

double PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // Linux reports KiB
}

bool HavePeers(benchmark::State& state) {
  if (std::filesystem::exists(kPeers + "CAMEO.2.0.txt")) return true;
  state.SkipWithError("../shared/peers/petrarch2 is absent");
  return false;
}

void BM_LoadCold(benchmark::State& state) {
  if (!HavePeers(state)) return;
  DictionaryFiles files = PhoenixFiles();
  size_t phrases = 0;
  for (auto _ : state) {
    auto d = Dictionary::Load(files, nullptr);
    if (!d.ok()) state.SkipWithError(d.status().ToString().c_str());
    phrases = (*d)->phrases().size();
  }
  state.counters["phrases"] = static_cast<double>(phrases);
  state.counters["peak_rss_mb"] = PeakRssMb();
}
BENCHMARK(BM_LoadCold)->Unit(benchmark::kMillisecond);

void BM_LoadFromCache(benchmark::State& state) {
  if (!HavePeers(state)) return;
  DictionaryFiles files = PhoenixFiles();
  LoadOptions options;
  options.cache_path = (std::filesystem::temp_directory_path() / "khaldun_dict_bench.cache").string();
  std::filesystem::remove(options.cache_path);
  { auto warm = Dictionary::Load(files, nullptr, options); }  // writes the cache
  bool from_cache = false;
  for (auto _ : state) {
    auto d = Dictionary::Load(files, nullptr, options);
    if (!d.ok()) state.SkipWithError(d.status().ToString().c_str());
    from_cache = (*d)->from_cache();
  }
  if (!from_cache) state.SkipWithError("the cache was not used");
  state.counters["cache_mb"] = std::filesystem::file_size(options.cache_path) / 1048576.0;
  state.counters["peak_rss_mb"] = PeakRssMb();
  std::filesystem::remove(options.cache_path);
}
BENCHMARK(BM_LoadFromCache)->Unit(benchmark::kMillisecond);

// The first `limit` BBC articles, analysed once and kept alive.
struct Corpus {
  std::vector<Document> docs;
  std::vector<AnalyzedDocument> analyzed;
  size_t tokens = 0;
};

const Corpus& BbcCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    std::ifstream in(std::string(KHALDUN_SOURCE_DIR) + "/../shared/corpora/bbc_news/bbc.jsonl");
    std::string line;
    while (c->docs.size() < 300 && std::getline(in, line)) {
      auto j = nlohmann::json::parse(line);
      Document doc;
      doc.text = j.value("text", "");
      c->docs.push_back(std::move(doc));
    }
    for (const auto& d : c->docs) {
      c->analyzed.push_back(AnalyzeText(d));
      c->tokens += c->analyzed.back().tokens.size();
    }
    return c;
  }();
  return *corpus;
}

std::shared_ptr<const Dictionary> Phoenix() {
  static auto dict = *Dictionary::Load(PhoenixFiles(), nullptr);
  return dict;
}

void BM_FindCandidates(benchmark::State& state) {
  if (!HavePeers(state)) return;
  auto dict = Phoenix();
  const Corpus& corpus = BbcCorpus();
  MatchScratch scratch;
  std::vector<PhraseMatch> out;
  for (auto _ : state) {
    for (const auto& a : corpus.analyzed) {
      for (const auto& s : a.sentences) {
        out.clear();
        dict->FindCandidates({a.SentenceTokens(s), s.token_count}, scratch, &out);
        benchmark::DoNotOptimize(out.data());
      }
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.tokens));
  state.counters["tokens"] = static_cast<double>(corpus.tokens);
}
BENCHMARK(BM_FindCandidates)->Unit(benchmark::kMillisecond);

void BM_ReferenceFind(benchmark::State& state) {
  if (!HavePeers(state)) return;
  auto dict = Phoenix();
  ReferenceMatcher reference(*dict);
  const Corpus& corpus = BbcCorpus();
  for (auto _ : state) {
    for (const auto& a : corpus.analyzed)
      for (const auto& s : a.sentences)
        benchmark::DoNotOptimize(reference.Find({a.SentenceTokens(s), s.token_count}));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.tokens));
}
BENCHMARK(BM_ReferenceFind)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace khaldun

BENCHMARK_MAIN();
