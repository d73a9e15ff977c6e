// Dependency parsing speed on the UD English EWT test set (2,077 sentences,
// 25,094 words of web text), with the committed models: the words are tagged
// once by syntax.bin, then parsed. Reports sentences/s and tokens/s. Skips
// when ../shared or a model is absent.
#include <benchmark/benchmark.h>

#include <memory>
#include <vector>

#include "khaldun/dep_parser.h"
#include "khaldun/dep_train.h"
#include "khaldun/syntax.h"

namespace {

struct Corpus {
  std::shared_ptr<const khaldun::DepModel> parser;
  std::vector<khaldun::DepSentence> sentences;
  std::vector<std::vector<khaldun::Token>> tokens;  // tagged
  int64_t token_count = 0;
  std::string error;
};

const Corpus& GetCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    auto tagger = khaldun::SyntaxModel::Load(khaldun::SyntaxModel::DefaultPath());
    auto parser = khaldun::DepModel::Load(khaldun::DepModel::DefaultPath());
    if (!tagger.ok() || !parser.ok()) {
      c->error = (tagger.ok() ? parser.status() : tagger.status()).ToString();
      return c;
    }
    c->parser = *parser;
    auto data = khaldun::ReadConlluTrees(khaldun::SharedSyntaxCorpusDir() +
                                         "/ud_english_ewt/en_ewt-ud-test.conllu");
    if (!data.ok()) {
      c->error = data.status().ToString();
      return c;
    }
    c->sentences = std::move(data).value();
    for (const auto& s : c->sentences) {
      std::vector<khaldun::Token> toks(s.words.size());
      for (size_t i = 0; i < toks.size(); ++i) toks[i].text = s.words[i];
      (*tagger)->TagPos(toks);
      c->token_count += static_cast<int64_t>(toks.size());
      c->tokens.push_back(std::move(toks));
    }
    return c;
  }();
  return *corpus;
}

void BM_Parse(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  if (!c.error.empty()) {
    state.SkipWithError(c.error.c_str());
    return;
  }
  std::vector<khaldun::DepArc> arcs;
  for (auto _ : state) {
    for (const auto& s : c.tokens) c.parser->Parse(s, &arcs);
    benchmark::ClobberMemory();
  }
  auto sentences = static_cast<double>(c.tokens.size());
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(c.tokens.size()));
  state.counters["sentences/s"] =
      benchmark::Counter(sentences, benchmark::Counter::kIsIterationInvariantRate);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(c.token_count),
                                                  benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);

void BM_LoadDepModel(benchmark::State& state) {
  for (auto _ : state) {
    auto m = khaldun::DepModel::Load(khaldun::DepModel::DefaultPath());
    benchmark::DoNotOptimize(m.ok());
  }
}
BENCHMARK(BM_LoadDepModel)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
