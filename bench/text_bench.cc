// The text stage on real news (the first 500 BBC articles): NormalizeText,
// Tokenize, SplitSentences and the whole AnalyzeText. Reports bytes/s and
// tokens/s. Skips when ../shared is absent.
#include <benchmark/benchmark.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "bench_corpora.h"
#include "khaldun/text.h"

namespace khaldun {
namespace {

struct Corpus {
  std::vector<Document> docs;
  std::vector<std::string> normalized;
  std::vector<uint32_t> body_begin;
  int64_t bytes = 0, tokens = 0;
};

const Corpus& Bbc() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    std::ifstream in(bench::SharedDir() + "/corpora/bbc_news/bbc.jsonl");
    std::string line;
    while (c->docs.size() < 500 && std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded()) continue;
      Document d;
      d.text = j.value("text", "");
      c->bytes += static_cast<int64_t>(d.text.size());
      c->docs.push_back(std::move(d));
    }
    std::vector<uint32_t> map;
    for (const Document& d : c->docs) {
      std::string n;
      NormalizeText(d.text, &n, &map);
      auto dl = FindDateline(n);
      c->body_begin.push_back(dl ? dl->body_begin : 0);
      c->normalized.push_back(std::move(n));
      c->tokens += static_cast<int64_t>(AnalyzeText(d).tokens.size());
    }
    return c;
  }();
  return *corpus;
}

bool Ready(benchmark::State& state) {
  if (!Bbc().docs.empty()) return true;
  state.SkipWithError("../shared/corpora/bbc_news is absent");
  return false;
}

void Counters(benchmark::State& state) {
  const Corpus& c = Bbc();
  state.SetBytesProcessed(state.iterations() * c.bytes);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(c.tokens),
                                                  benchmark::Counter::kIsIterationInvariantRate);
}

void BM_Normalize(benchmark::State& state) {
  if (!Ready(state)) return;
  std::string out;
  std::vector<uint32_t> map;
  for (auto _ : state)
    for (const Document& d : Bbc().docs) {
      NormalizeText(d.text, &out, &map);
      benchmark::DoNotOptimize(out.data());
    }
  Counters(state);
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  if (!Ready(state)) return;
  const Corpus& c = Bbc();
  std::vector<Token> tokens;
  std::vector<uint8_t> newlines;
  for (auto _ : state)
    for (size_t i = 0; i < c.normalized.size(); ++i) {
      tokens.clear();
      newlines.clear();
      Tokenize(c.normalized[i], c.body_begin[i], static_cast<uint32_t>(c.normalized[i].size()),
               &tokens, &newlines);
      benchmark::DoNotOptimize(tokens.data());
    }
  Counters(state);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_SplitSentences(benchmark::State& state) {
  if (!Ready(state)) return;
  const Corpus& c = Bbc();
  std::vector<std::vector<Token>> tokens(c.normalized.size());
  std::vector<std::vector<uint8_t>> newlines(c.normalized.size());
  for (size_t i = 0; i < c.normalized.size(); ++i)
    Tokenize(c.normalized[i], c.body_begin[i], static_cast<uint32_t>(c.normalized[i].size()),
             &tokens[i], &newlines[i]);
  std::vector<Sentence> sentences;
  TextOptions options;
  for (auto _ : state)
    for (size_t i = 0; i < tokens.size(); ++i) {
      sentences.clear();
      SplitSentences(tokens[i], newlines[i], options, &sentences);
      benchmark::DoNotOptimize(sentences.data());
    }
  Counters(state);
}
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);

void BM_AnalyzeText(benchmark::State& state) {
  if (!Ready(state)) return;
  for (auto _ : state)
    for (const Document& d : Bbc().docs) benchmark::DoNotOptimize(AnalyzeText(d).tokens.data());
  Counters(state);
}
BENCHMARK(BM_AnalyzeText)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace khaldun

BENCHMARK_MAIN();
