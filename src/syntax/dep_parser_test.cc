// The dependency parser: the transition system on hand-made trees, the model
// file, and the committed model on sentences written for these tests.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "khaldun/dep_parser.h"
#include "khaldun/dep_train.h"
#include "khaldun/syntax.h"
#include "syntax/dep_state.h"
#include "syntax/test_util.h"

namespace khaldun {
namespace {

using testing::SplitTokens;

// A tree in a compact form: "word/TAG/head/label" per token, heads 1-based
// as in CoNLL-U (0 = root).
DepSentence Tree(std::string_view spec) {
  DepSentence s;
  auto toks = SplitTokens(spec);
  for (const Token& t : toks.tokens) {
    std::string_view v = t.text;
    auto a = v.find('/'), b = v.find('/', a + 1), c = v.find('/', b + 1);
    s.words.emplace_back(v.substr(0, a));
    s.pos.push_back(PosTagId(v.substr(a + 1, b - a - 1)).value_or(0));
    s.head.push_back(std::stoi(std::string(v.substr(b + 1, c - b - 1))) - 1);
    s.label.emplace_back(v.substr(c + 1));
  }
  return s;
}

const char* kSeized = "The/DT/2/det rebels/NNS/3/nsubj seized/VBD/0/root the/DT/6/det "
                      "northern/JJ/6/amod town/NN/3/obj on/IN/8/case Friday/NNP/3/obl ././3/punct";
const char* kNested = "Officials/NNS/2/nsubj said/VBD/0/root troops/NNS/4/nsubj had/VBD/2/ccomp "
                      "left/VBN/4/xcomp the/DT/7/det border/NN/5/obj ././2/punct";

// Runs the static oracle from the empty state; returns the heads it built,
// or an empty vector when it got stuck.
std::vector<int> OracleHeads(const DepSentence& s, std::vector<uint8_t>* labels) {
  int n = static_cast<int>(s.words.size());
  std::map<std::string, uint8_t> ids{{"root", 0}};
  std::vector<uint8_t> gold_label;
  for (const auto& l : s.label) {
    ids.emplace(l, static_cast<uint8_t>(ids.size()));
    gold_label.push_back(ids[l]);
  }
  std::vector<int> head(s.head.begin(), s.head.end()), pending(n, 0);
  for (int h : head) {
    if (h >= 0) ++pending[h];
  }
  internal::DepState state;
  state.Init(n);
  while (!state.Done()) {
    int move = internal::OracleMove(state, head.data(), gold_label.data(), pending.data());
    if (move == 0) return {};
    internal::ApplyOracleMove(state, move, pending.data());
  }
  std::vector<int> out;
  labels->clear();
  for (int i = 0; i < n; ++i) {
    out.push_back(state.head(i));
    labels->push_back(state.head(i) < 0 ? 0 : state.label(i));
  }
  EXPECT_EQ(gold_label.size(), labels->size());
  for (int i = 0; i < n; ++i) {
    if (head[i] >= 0) {
      EXPECT_EQ(gold_label[i], (*labels)[i]) << "token " << i;
    }
  }
  return out;
}

TEST(DepOracle, ReproducesProjectiveTrees) {
  for (const char* spec : {kSeized, kNested}) {
    DepSentence s = Tree(spec);
    ASSERT_TRUE(IsProjective(s.head));
    std::vector<uint8_t> labels;
    auto heads = OracleHeads(s, &labels);
    EXPECT_EQ(std::vector<int>(s.head.begin(), s.head.end()), heads) << spec;
  }
}

TEST(DepOracle, StopsOnCrossingArcs) {
  // "A hearing is scheduled on the case tomorrow which ...": the relative
  // clause's arc to "hearing" crosses the verb's arc to "tomorrow".
  DepSentence s = Tree("hearing/NN/2/nsubj held/VBD/0/root today/NN/2/obl:tmod "
                       "which/WDT/5/nsubj ended/VBD/1/acl:relcl");
  EXPECT_FALSE(IsProjective(s.head));
  std::vector<uint8_t> labels;
  EXPECT_TRUE(OracleHeads(s, &labels).empty());
}

DepTrainOptions TinyOptions() {
  DepTrainOptions o;
  o.jackknife_folds = 0;
  o.iterations = 10;
  o.prune_below = 0;
  return o;
}

std::vector<DepSentence> TinyCorpus() { return {Tree(kSeized), Tree(kNested)}; }

TEST(DepModelFile, RoundTripAndDeterminism) {
  auto bytes = TrainDepModelFrom(TinyCorpus(), TinyOptions(), 42, "test model");
  ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
  auto again = TrainDepModelFrom(TinyCorpus(), TinyOptions(), 42, "test model");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*bytes, *again);
  auto model = DepModel::FromBytes(*bytes);
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_EQ(42u, (*model)->info().source_hash);
  EXPECT_EQ("test model", (*model)->info().provenance);
  EXPECT_EQ("root", (*model)->LabelName(0));
  EXPECT_GE((*model)->LabelId("nsubj"), 1);
  EXPECT_EQ(-1, (*model)->LabelId("no-such-relation"));
  // A model that has seen two sentences ten times parses them back.
  DepSentence s = Tree(kSeized);
  std::vector<Token> toks(s.words.size());
  for (size_t i = 0; i < toks.size(); ++i) toks[i] = {s.words[i], {}, 0, s.pos[i], 0};
  std::vector<DepArc> arcs;
  (*model)->Parse(toks, &arcs);
  for (size_t i = 0; i < toks.size(); ++i) {
    EXPECT_EQ(s.head[i], arcs[i].head) << s.words[i];
    EXPECT_EQ(s.label[i], (*model)->LabelName(arcs[i].label)) << s.words[i];
  }
  (*model)->Parse({}, &arcs);
  EXPECT_TRUE(arcs.empty());
}

TEST(DepModelFile, RejectsDamagedFiles) {
  auto bytes = TrainDepModelFrom(TinyCorpus(), TinyOptions(), 1, "x");
  ASSERT_TRUE(bytes.ok());
  std::string damaged = *bytes;
  damaged[damaged.size() - 3] ^= 0x55;
  EXPECT_EQ(StatusCode::kCorruption, DepModel::FromBytes(damaged).status().code());
  std::string wrong_magic = *bytes;
  wrong_magic[0] = 'X';
  EXPECT_EQ(StatusCode::kCorruption, DepModel::FromBytes(wrong_magic).status().code());
  EXPECT_EQ(StatusCode::kCorruption, DepModel::FromBytes(bytes->substr(0, 20)).status().code());
  EXPECT_EQ(StatusCode::kNotFound, DepModel::Load("/nonexistent/deps.bin").status().code());
}

// ---- The committed model ------------------------------------------------------

struct Models {
  std::shared_ptr<const SyntaxModel> tagger;
  std::shared_ptr<const DepModel> parser;
};

const Models* Committed() {
  static const Models* models = [] {
    auto* m = new Models;
    if (!std::filesystem::exists(DepModel::DefaultPath())) return m;
    auto t = SyntaxModel::Load(SyntaxModel::DefaultPath());
    auto p = DepModel::Load(DepModel::DefaultPath());
    if (!t.ok()) ADD_FAILURE() << t.status().ToString();
    if (!p.ok()) ADD_FAILURE() << p.status().ToString();
    if (t.ok() && p.ok()) m->tagger = *t, m->parser = *p;
    return m;
  }();
  return models;
}

// The core arguments of a sentence as "rel(head, dependent)" for the
// relations the event coder reads, in token order of the dependent.
std::string CoreArgs(std::string_view sentence) {
  const Models* m = Committed();
  auto s = SplitTokens(sentence);
  m->tagger->TagPos(s.tokens);
  std::vector<DepArc> arcs;
  m->parser->Parse(s.tokens, &arcs);
  std::string out;
  for (size_t i = 0; i < arcs.size(); ++i) {
    std::string_view rel = m->parser->LabelName(arcs[i].label);
    if (rel != "nsubj" && rel != "obj" && rel != "nsubj:pass" && rel != "obl:agent") continue;
    if (!out.empty()) out += ' ';
    out += std::string(rel) + "(" + std::string(s.tokens[arcs[i].head].text) + ", " +
           std::string(s.tokens[i].text) + ")";
  }
  return out;
}

#define SKIP_WITHOUT_MODEL()                                                     \
  if (!Committed()->parser) {                                                    \
    GTEST_SKIP() << "skipped: " << DepModel::DefaultPath() << " is absent "     \
                 << "(train it with `khaldun train-deps`)";                      \
  }

TEST(CommittedDepModel, Loads) {
  SKIP_WITHOUT_MODEL();
  EXPECT_LT(Committed()->parser->info().file_bytes, 8u << 20);
  EXPECT_NE(std::string::npos, Committed()->parser->info().provenance.find("train-deps"));
}

TEST(CommittedDepModel, SubjectAndObjectOfTheMainVerb) {
  SKIP_WITHOUT_MODEL();
  EXPECT_EQ("nsubj(arrested, Police) obj(arrested, leaders)",
            CoreArgs("Police arrested two opposition leaders in the capital on Monday ."));
  EXPECT_EQ("nsubj(met, minister) nsubj(arrived, who) obj(met, president)",
            CoreArgs("The minister , who arrived in Cairo on Sunday , met the Egyptian "
                     "president ."));
  EXPECT_EQ("nsubj(attacked, Gunmen) obj(attacked, convoy) obj(killed, soldiers)",
            CoreArgs("Gunmen attacked an army convoy and killed six soldiers ."));
  EXPECT_EQ("nsubj(shelled, troops) obj(shelled, positions) obj(killing, fighters)",
            CoreArgs("Turkish troops shelled Kurdish positions near the border , killing three "
                     "fighters ."));
}

TEST(CommittedDepModel, PassiveAgent) {
  SKIP_WITHOUT_MODEL();
  EXPECT_EQ("nsubj:pass(brokered, truce) obl:agent(brokered, Qatar)",
            CoreArgs("The truce was brokered by Qatar last week ."));
}

}  // namespace
}  // namespace khaldun
