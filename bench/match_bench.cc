// The matcher and the coder on news50k.text (the first 10,000 records), with
// khaldun's default dictionaries and with TABARI's full dictionaries (the
// Phoenix set is measured by dict_load_bench's BM_FindCandidates):
//   BM_FindCandidates/<dicts>  Dictionary::FindCandidates per sentence (tokens/s)
//   BM_Code/<dicts>            Coder::Code per record, tagging included (records/s)
// Skips what ../shared lacks.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>
#include <memory>

#include "bench_corpora.h"
#include "khaldun/pipeline.h"

namespace khaldun {
namespace {

struct Corpus {
  std::vector<Document> docs;
  std::vector<AnalyzedDocument> analyzed;
  int64_t tokens = 0;
};

const Corpus& News() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    const std::string path = bench::SharedDir() + "/bench/news50k.text";
    if (!std::filesystem::exists(path)) return c;
    auto reader = OpenInputs({path});
    if (!reader.ok()) return c;
    Document d;
    Rejection r;
    InputReader::Kind kind;
    while (c->docs.size() < 10000 && (kind = (*reader)->Next(&d, &r)) != InputReader::Kind::kEnd)
      if (kind == InputReader::Kind::kDocument) c->docs.push_back(d);
    for (const Document& doc : c->docs) {
      c->analyzed.push_back(AnalyzeText(doc));
      c->tokens += static_cast<int64_t>(c->analyzed.back().tokens.size());
    }
    return c;
  }();
  return *corpus;
}

const Resources* Load(const std::string& set) {
  static std::map<std::string, std::unique_ptr<Resources>> loaded;
  auto& slot = loaded[set];
  if (!slot) {
    ResourcePaths paths;
    const std::string peers = bench::SharedDir() + "/peers/";
    if (set == "tabari")
      paths.dictionaries = {peers + "tabari-dictionaries/CountryInfo.120116.actors",
                            peers + "tabari-dictionaries/Internatnl.120521.actors",
                            peers + "tabari-dictionaries/PSU.120522.agents",
                            peers + "tabari/CAMEO.091003.master.verbs"};
    for (const auto& p : paths.dictionaries)
      if (!std::filesystem::exists(p)) return nullptr;
    auto r = LoadResources(paths, nullptr);
    if (!r.ok()) return nullptr;
    slot = std::make_unique<Resources>(std::move(r).value());
  }
  return slot.get();
}

void BM_FindCandidates(benchmark::State& state, const std::string& set) {
  const Resources* res = Load(set);
  const Corpus& c = News();
  if (!res || c.docs.empty()) {
    state.SkipWithError("../shared is absent");
    return;
  }
  MatchScratch scratch;
  std::vector<PhraseMatch> out;
  for (auto _ : state)
    for (const AnalyzedDocument& a : c.analyzed)
      for (const Sentence& s : a.sentences) {
        out.clear();
        res->dictionary->FindCandidates({a.SentenceTokens(s), s.token_count}, scratch, &out);
        benchmark::DoNotOptimize(out.data());
      }
  state.SetItemsProcessed(state.iterations() * c.tokens);
}
BENCHMARK_CAPTURE(BM_FindCandidates, default, std::string("default"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_FindCandidates, tabari, std::string("tabari"))->Unit(benchmark::kMillisecond);

void BM_Code(benchmark::State& state, const std::string& set) {
  const Resources* res = Load(set);
  const Corpus& c = News();
  if (!res || c.docs.empty()) {
    state.SkipWithError("../shared is absent");
    return;
  }
  Coder coder(CoderResources{res->dictionary, res->codebook, res->gazetteer, res->syntax});
  for (auto _ : state)
    for (const AnalyzedDocument& a : c.analyzed) benchmark::DoNotOptimize(coder.Code(a).size());
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(c.docs.size()));
}
BENCHMARK_CAPTURE(BM_Code, default, std::string("default"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Code, tabari, std::string("tabari"))->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace khaldun

BENCHMARK_MAIN();
