// Tagging and chunking speed on the CoNLL-2000 test set (47,377 tokens of
// WSJ), with the committed model. Reports tokens/s; the goal is >= 1M/s per
// core for BM_TagAndChunk. Skips when ../shared or the model is absent.
#include <benchmark/benchmark.h>

#include <memory>
#include <vector>

#include "khaldun/syntax.h"
#include "khaldun/syntax_clause.h"
#include "khaldun/syntax_train.h"

namespace {

struct Corpus {
  std::shared_ptr<const khaldun::SyntaxModel> model;
  std::vector<khaldun::TaggedSentence> sentences;
  std::vector<std::vector<khaldun::Token>> tokens;
  int64_t token_count = 0;
  std::string error;
};

const Corpus& GetCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    auto model = khaldun::SyntaxModel::Load(khaldun::SyntaxModel::DefaultPath());
    if (!model.ok()) {
      c->error = model.status().ToString();
      return c;
    }
    c->model = *model;
    auto data = khaldun::ReadConll2000(khaldun::SharedSyntaxCorpusDir() + "/conll2000/test.txt");
    if (!data.ok()) {
      c->error = data.status().ToString();
      return c;
    }
    c->sentences = std::move(data).value();
    for (const auto& s : c->sentences) {
      std::vector<khaldun::Token> toks(s.words.size());
      for (size_t i = 0; i < toks.size(); ++i) toks[i].text = s.words[i];
      c->token_count += static_cast<int64_t>(toks.size());
      c->tokens.push_back(std::move(toks));
    }
    return c;
  }();
  return *corpus;
}

template <typename Fn>
void RunOverCorpus(benchmark::State& state, Fn fn) {
  const Corpus& c = GetCorpus();
  if (!c.error.empty()) {
    state.SkipWithError(c.error.c_str());
    return;
  }
  auto tokens = c.tokens;  // a private copy: Tag writes pos/chunk
  for (auto& s : tokens) c.model->TagPos(s);  // so that BM_ChunkOnly sees real tags
  for (auto _ : state) {
    for (auto& s : tokens) fn(*c.model, std::span<khaldun::Token>(s));
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * c.token_count);
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(c.token_count), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_TagAndChunk(benchmark::State& state) {
  RunOverCorpus(state, [](const khaldun::SyntaxModel& m, std::span<khaldun::Token> s) { m.Tag(s); });
}
BENCHMARK(BM_TagAndChunk)->Unit(benchmark::kMillisecond);

void BM_TagPosOnly(benchmark::State& state) {
  RunOverCorpus(state,
                [](const khaldun::SyntaxModel& m, std::span<khaldun::Token> s) { m.TagPos(s); });
}
BENCHMARK(BM_TagPosOnly)->Unit(benchmark::kMillisecond);

void BM_ChunkOnly(benchmark::State& state) {
  RunOverCorpus(state,
                [](const khaldun::SyntaxModel& m, std::span<khaldun::Token> s) { m.Chunk(s); });
}
BENCHMARK(BM_ChunkOnly)->Unit(benchmark::kMillisecond);

// Clause analysis alone, on sentences already tagged and chunked.
void BM_Clauses(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  if (!c.error.empty()) {
    state.SkipWithError(c.error.c_str());
    return;
  }
  auto tokens = c.tokens;
  for (auto& s : tokens) c.model->Tag(s);
  size_t clauses = 0;
  for (auto _ : state) {
    for (auto& s : tokens) clauses += khaldun::AnalyzeClauses(s).size();
  }
  benchmark::DoNotOptimize(clauses);
  state.SetItemsProcessed(state.iterations() * c.token_count);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(c.token_count),
                                                  benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Clauses)->Unit(benchmark::kMillisecond);

void BM_LoadModel(benchmark::State& state) {
  for (auto _ : state) {
    auto m = khaldun::SyntaxModel::Load(khaldun::SyntaxModel::DefaultPath());
    benchmark::DoNotOptimize(m.ok());
  }
}
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
