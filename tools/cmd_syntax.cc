// `khaldun train-syntax` and `khaldun eval-syntax`: train the POS tagger and
// chunker from ../shared/corpora/syntax, and measure them on held-out tests.
#include <chrono>
#include <cstdio>

#include "command.h"
#include "common.h"
#include "khaldun/syntax.h"
#include "khaldun/syntax_train.h"

namespace khaldun::cli {
namespace {

struct TrainArgs {
  SyntaxTrainOptions options;
  std::string output = SyntaxModel::DefaultPath();
};

struct EvalArgs {
  std::string model = SyntaxModel::DefaultPath();
  std::string conll_test = SharedSyntaxCorpusDir() + "/conll2000/test.txt";
  std::string ewt_test = SharedSyntaxCorpusDir() + "/ud_english_ewt/en_ewt-ud-test.conllu";
  bool gold_pos = false;
};

void RunTrain(const TrainArgs& a) {
  auto start = std::chrono::steady_clock::now();
  auto bytes = TrainSyntaxModel(a.options, [](const std::string& m) {
    std::fprintf(stderr, "%s\n", m.c_str());
  });
  if (!bytes.ok()) Fail(bytes.status());
  auto check = SyntaxModel::FromBytes(*bytes);
  if (!check.ok()) Fail(check.status());
  WriteModelFileOrExit(a.output, *bytes);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const auto& info = (*check)->info();
  std::printf("wrote %s: %zu bytes, %u POS features, %u chunk features, %u dictionary words, "
              "source hash %016llx, %.1f s\n",
              a.output.c_str(), bytes->size(), info.pos_features, info.chunk_features,
              info.tag_dictionary_words, static_cast<unsigned long long>(info.source_hash), secs);
}

void PrintEval(const char* name, const SyntaxEvaluation& e, bool chunks) {
  std::printf("%s: %llu sentences, %llu tokens\n", name,
              static_cast<unsigned long long>(e.sentences),
              static_cast<unsigned long long>(e.tokens));
  std::printf("  POS accuracy   %.2f%%\n", 100 * e.pos_accuracy());
  if (chunks) {
    std::printf("  chunk P/R/F1   %.2f%% / %.2f%% / %.2f  (%llu gold, %llu predicted, %llu correct)\n",
                100 * e.chunk_precision(), 100 * e.chunk_recall(), 100 * e.chunk_f1(),
                static_cast<unsigned long long>(e.gold_chunks),
                static_cast<unsigned long long>(e.predicted_chunks),
                static_cast<unsigned long long>(e.correct_chunks));
    for (int t = 1; t < static_cast<int>(ChunkType::kCount); ++t) {
      if (e.gold_by_type[t] == 0) continue;
      double p = e.predicted_by_type[t] ? double(e.correct_by_type[t]) / e.predicted_by_type[t] : 0;
      double r = double(e.correct_by_type[t]) / e.gold_by_type[t];
      std::printf("    %-6s F1 %6.2f  (%llu gold)\n", ChunkTypeName(static_cast<ChunkType>(t)).data(),
                  p + r > 0 ? 200 * p * r / (p + r) : 0.0,
                  static_cast<unsigned long long>(e.gold_by_type[t]));
    }
  }
}

void RunEval(const EvalArgs& a) {
  auto model = SyntaxModel::Load(a.model);
  if (!model.ok()) Fail(model.status());
  const auto& info = (*model)->info();
  std::printf("model %s: %llu bytes, format %u, source hash %016llx\n%s", a.model.c_str(),
              static_cast<unsigned long long>(info.file_bytes), info.format_version,
              static_cast<unsigned long long>(info.source_hash), info.provenance.c_str());
  if (!a.conll_test.empty()) {
    auto data = ReadConll2000(a.conll_test);
    if (!data.ok()) Fail(data.status());
    auto start = std::chrono::steady_clock::now();
    auto e = EvaluateSyntax(**model, *data, a.gold_pos);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    PrintEval(a.gold_pos ? "CoNLL-2000 test (corpus POS feeds the chunker)"
                         : "CoNLL-2000 test (predicted POS feeds the chunker)",
              e, true);
    std::printf("  %.0f tokens/s (tag + chunk, including evaluation)\n", e.tokens / secs);
  }
  if (!a.ewt_test.empty()) {
    auto data = ReadConllu(a.ewt_test);
    if (!data.ok()) Fail(data.status());
    PrintEval("UD English EWT test (XPOS)", EvaluateSyntax(**model, *data), false);
  }
}

void SetupSyntax(CLI::App& app) {
  static TrainArgs train;
  auto* t = app.add_subcommand("train-syntax",
                               "Train the POS tagger and chunker from ../shared/corpora/syntax");
  t->add_option("-o,--output", train.output, "Model file to write")->capture_default_str();
  t->add_option("--conll2000", train.options.conll2000_train,
                "CoNLL-2000 training file (POS + chunks); empty to leave out")
      ->capture_default_str();
  t->add_option("--ewt", train.options.ewt_train,
                "UD English EWT training file (POS only); empty to leave out")
      ->capture_default_str();
  t->add_option("--seed", train.options.seed, "Shuffling seed")->capture_default_str();
  t->add_option("--pos-iterations", train.options.pos_iterations)->capture_default_str();
  t->add_option("--chunk-iterations", train.options.chunk_iterations)->capture_default_str();
  t->add_option("--folds", train.options.jackknife_folds,
                "Jackknife folds for the chunker's input tags (0: corpus tags)")
      ->capture_default_str();
  t->add_option("--dict-min-count", train.options.dictionary_min_count,
                "Tag dictionary: minimum word count")
      ->capture_default_str();
  t->add_option("--dict-ratio", train.options.dictionary_ratio,
                "Tag dictionary: minimum share of the word's most frequent tag")
      ->capture_default_str();
  t->add_option("--prune", train.options.prune_below, "Drop averaged weights below this")
      ->capture_default_str();
  t->callback([] { RunTrain(train); });

  static EvalArgs eval;
  auto* e = app.add_subcommand("eval-syntax",
                               "Measure POS accuracy and chunk F1 on the held-out test sets");
  e->add_option("-m,--model", eval.model, "Model file")->capture_default_str();
  e->add_option("--conll2000-test", eval.conll_test, "CoNLL-2000 test file; empty to skip")
      ->capture_default_str();
  e->add_option("--ewt-test", eval.ewt_test, "UD EWT test file; empty to skip")
      ->capture_default_str();
  e->add_flag("--gold-pos", eval.gold_pos,
              "Chunk from the corpus POS tags instead of predicted ones (an upper bound)");
  e->callback([] { RunEval(eval); });
}

const CommandRegistrar kRegistrar(400, &SetupSyntax);

}  // namespace
}  // namespace khaldun::cli
