// `khaldun train-deps` and `khaldun eval-deps`: train the dependency parser
// from the UD treebanks in ../shared/corpora/syntax, and measure UAS/LAS.
#include <chrono>
#include <cstdio>

#include "command.h"
#include "common.h"
#include "khaldun/dep_parser.h"
#include "khaldun/dep_train.h"
#include "khaldun/syntax.h"

namespace khaldun::cli {
namespace {

struct TrainArgs {
  DepTrainOptions options;
  std::string output = DepModel::DefaultPath();
};

struct EvalArgs {
  std::string model = DepModel::DefaultPath();
  std::string tagger = SyntaxModel::DefaultPath();
  std::vector<std::string> files = {
      SharedSyntaxCorpusDir() + "/ud_english_ewt/en_ewt-ud-dev.conllu",
      SharedSyntaxCorpusDir() + "/ud_english_ewt/en_ewt-ud-test.conllu"};
  bool gold_pos = false;
};

void RunTrain(const TrainArgs& a) {
  auto start = std::chrono::steady_clock::now();
  auto bytes = TrainDepModel(a.options, [](const std::string& m) {
    std::fprintf(stderr, "%s\n", m.c_str());
  });
  if (!bytes.ok()) Fail(bytes.status());
  auto check = DepModel::FromBytes(*bytes);
  if (!check.ok()) Fail(check.status());
  WriteModelFileOrExit(a.output, *bytes);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const auto& info = (*check)->info();
  std::printf("wrote %s: %zu bytes, %u features, %d relations, source hash %016llx, %.1f s\n",
              a.output.c_str(), bytes->size(), info.features, (*check)->num_labels(),
              static_cast<unsigned long long>(info.source_hash), secs);
}

void RunEval(const EvalArgs& a) {
  auto model = DepModel::Load(a.model);
  if (!model.ok()) Fail(model.status());
  std::shared_ptr<const SyntaxModel> tagger;
  if (!a.gold_pos) {
    auto t = SyntaxModel::Load(a.tagger);
    if (!t.ok()) Fail(t.status());
    tagger = *t;
  }
  const auto& info = (*model)->info();
  std::printf("model %s: %llu bytes, %u features, source hash %016llx\n%s", a.model.c_str(),
              static_cast<unsigned long long>(info.file_bytes), info.features,
              static_cast<unsigned long long>(info.source_hash), info.provenance.c_str());
  for (const std::string& file : a.files) {
    auto data = ReadConlluTrees(file);
    if (!data.ok()) Fail(data.status());
    auto start = std::chrono::steady_clock::now();
    auto e = EvaluateDeps(**model, tagger.get(), *data);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    auto slash = file.find_last_of('/');
    std::printf("%s (%s tags): %llu sentences, %llu tokens\n",
                file.substr(slash == std::string::npos ? 0 : slash + 1).c_str(),
                a.gold_pos ? "corpus" : "predicted", static_cast<unsigned long long>(e.sentences),
                static_cast<unsigned long long>(e.tokens));
    std::printf("  POS %.2f%%  UAS %.2f%%  LAS %.2f%%  UAS without punctuation %.2f%%\n",
                100.0 * e.pos_correct / std::max<uint64_t>(e.tokens, 1), 100 * e.uas(),
                100 * e.las(), 100 * e.uas_nonpunct());
    std::printf("  %.0f sentences/s (tag + parse, including evaluation)\n", e.sentences / secs);
  }
}

struct ParseArgs {
  std::string model = DepModel::DefaultPath();
  std::string tagger = SyntaxModel::DefaultPath();
  std::vector<std::string> sentences;
};

// One line per token: index, word, POS, head index (0 = root), relation.
void RunParse(const ParseArgs& a) {
  auto model = DepModel::Load(a.model);
  if (!model.ok()) Fail(model.status());
  auto tagger = SyntaxModel::Load(a.tagger);
  if (!tagger.ok()) Fail(tagger.status());
  std::vector<DepArc> arcs;
  for (const std::string& text : a.sentences) {
    std::vector<Token> toks;
    for (size_t i = 0; i < text.size();) {
      size_t j = text.find(' ', i);
      if (j == std::string::npos) j = text.size();
      if (j > i) toks.push_back({std::string_view(text).substr(i, j - i), {}, 0, 0, 0});
      i = j + 1;
    }
    (*tagger)->TagPos(toks);
    (*model)->Parse(toks, &arcs);
    for (size_t i = 0; i < toks.size(); ++i) {
      std::printf("%zu\t%.*s\t%s\t%d\t%s\n", i + 1, static_cast<int>(toks[i].text.size()),
                  toks[i].text.data(), std::string(PosTagName(toks[i].pos)).c_str(),
                  arcs[i].head + 1, std::string((*model)->LabelName(arcs[i].label)).c_str());
    }
    std::printf("\n");
  }
}

void SetupDeps(CLI::App& app) {
  static TrainArgs train;
  auto* t = app.add_subcommand("train-deps",
                               "Train the dependency parser from ../shared/corpora/syntax");
  t->add_option("-o,--output", train.output, "Model file to write")->capture_default_str();
  t->add_option("--ewt", train.options.ewt_train, "UD English EWT training trees; empty to leave out")
      ->capture_default_str();
  t->add_option("--gum", train.options.gum_train, "UD English GUM training trees; empty to leave out")
      ->capture_default_str();
  t->add_option("--conll2000", train.options.conll2000_train,
                "CoNLL-2000 training file, also read by the jackknife taggers; empty to leave out")
      ->capture_default_str();
  t->add_option("--iterations", train.options.iterations)->capture_default_str();
  t->add_option("--folds", train.options.jackknife_folds,
                "Jackknife folds for the parser's input tags (0: treebank tags)")
      ->capture_default_str();
  t->add_option("--seed", train.options.seed, "Shuffling seed")->capture_default_str();
  t->add_option("--prune", train.options.prune_below, "Drop averaged weights below this")
      ->capture_default_str();
  t->callback([] { RunTrain(train); });

  static EvalArgs eval;
  auto* e = app.add_subcommand("eval-deps", "Measure the dependency parser's UAS and LAS");
  e->add_option("-m,--model", eval.model, "Dependency model file")->capture_default_str();
  e->add_option("--tagger", eval.tagger, "Syntax model whose POS tags the parser reads")
      ->capture_default_str();
  e->add_option("files", eval.files, "CoNLL-U files (default: EWT dev and test)");
  e->add_flag("--gold-pos", eval.gold_pos, "Parse from the corpus tags (an upper bound)");
  e->callback([] { RunEval(eval); });

  static ParseArgs parse;
  auto* p = app.add_subcommand("parse-deps",
                               "Parse space-tokenised sentences; print CoNLL-style head and relation");
  p->add_option("-m,--model", parse.model, "Dependency model file")->capture_default_str();
  p->add_option("--tagger", parse.tagger, "Syntax model for the POS tags")->capture_default_str();
  p->add_option("sentences", parse.sentences, "Sentences, tokens separated by spaces")->required();
  p->callback([] { RunParse(parse); });
}

const CommandRegistrar kRegistrar(410, &SetupDeps);

}  // namespace
}  // namespace khaldun::cli
