#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "khaldun/syntax.h"
#include "khaldun/syntax_clause.h"
#include "khaldun/syntax_train.h"
#include "khaldun/syntax_tree.h"
#include "syntax/test_util.h"

namespace khaldun {
namespace {

using testing::RenderChunks;
using testing::RenderTags;

// A PETRARCH-style parse (ROOT wrapper, spaces before closing brackets).
constexpr char kPetrarchStyle[] = R"(
(ROOT (S
  (NP (NP (NNP Tehran) ) (CC and) (NP (NNP Damascus) ) )
  (VP (AUXD did)
    (RB not)
    (VP (VB condemn)
      (NP (NP (DT the) (NNP US) (POS 's) ) (NN air) (NN strike) )
      (PP (IN on) (NP (NNP Sunday) ) ) ) )
  (. .) ) )
)";

TEST(PennTree, ReadsWordsTagsAndChunks) {
  auto tree = ReadPennTree(kPetrarchStyle);
  ASSERT_TRUE(tree.ok()) << tree.status().ToString();
  auto tokens = TreeTokens(*tree);
  EXPECT_EQ("Tehran/NNP and/CC Damascus/NNP did/VBD not/RB condemn/VB the/DT US/NNP 's/POS "
            "air/NN strike/NN on/IN Sunday/NNP ./.",
            RenderTags(tokens));
  EXPECT_EQ("[NP Tehran] and [NP Damascus] [VP did not condemn] [NP the US 's] [NP air strike] "
            "[PP on] [NP Sunday] .",
            RenderChunks(tokens));
  ASSERT_EQ(1u, tree->warnings.size());
  EXPECT_EQ("AUXD mapped to VBD", tree->warnings[0]);
}

TEST(PennTree, ClausesFromATree) {
  auto tree = ReadPennTree(kPetrarchStyle);
  ASSERT_TRUE(tree.ok());
  auto tokens = TreeTokens(*tree);
  auto clauses = AnalyzeClauses(tokens);
  ASSERT_GE(clauses.size(), 1u);
  EXPECT_EQ("S=[Tehran]+[Damascus] V=[did not condemn] O=[the US 's air strike] neg=1 pass=0 "
            "P=[on Sunday]",
            RenderClause(clauses[0], tokens));
}

TEST(PennTree, DropsTracesAndFunctionTags) {
  auto tree = ReadPennTree(
      "( (S (NP-SBJ-1 (NNS Talks) ) (VP (VBD were) (VP (VBN held) (NP (-NONE- *-1) ) "
      "(PP-LOC (IN in) (NP (NNP Oman) (-LRB- -LRB-) (NNP Muscat) (-RRB- -RRB-) ) ) ) ) ) )");
  ASSERT_TRUE(tree.ok()) << tree.status().ToString();
  EXPECT_EQ((std::vector<std::string>{"Talks", "were", "held", "in", "Oman", "(", "Muscat", ")"}),
            tree->words);
  EXPECT_EQ(kPosLRB, tree->pos[5]);
  // A bracket at the end of its phrase is outside the chunk, like a comma.
  EXPECT_EQ("[NP Talks] [VP were held] [PP in] [NP Oman ( Muscat] )",
            RenderChunks(TreeTokens(*tree)));
}

TEST(PennTree, UnknownLabelsAreWarningsNotErrors) {
  auto tree = ReadPennTree("(S (NP (actor Iran)) (VP (VBD struck)))");
  ASSERT_TRUE(tree.ok());
  EXPECT_EQ(kPosNone, tree->pos[0]);
  EXPECT_EQ("unknown POS 'actor'", tree->warnings.at(0));
}

TEST(PennTree, MalformedTreesAreErrors) {
  for (const char* bad : {"", "NP", "(S x (NP y))", "(S (NP (NNP Iran) x", ")(S (NNP Iran))",
                          "(S (NNP Iran) extra) more", "(S (NNP Iran)) trailing"}) {
    auto tree = ReadPennTree(bad);
    EXPECT_FALSE(tree.ok()) << bad;
    if (!tree.ok()) EXPECT_EQ(StatusCode::kInvalidArgument, tree.status().code()) << bad;
  }
}

TEST(PennTree, ToleratesExtraClosingBrackets) {
  auto tree = ReadPennTree("(S (NP (NNP Iran)) (VP (VBD struck))) ) )\n");
  ASSERT_TRUE(tree.ok()) << tree.status().ToString();
  EXPECT_EQ("2 extra ')' ignored", tree->warnings.at(0));
  auto cut = ReadPennTree("(S (NP (NNP Iran)) (VP (VBD struck)");
  ASSERT_TRUE(cut.ok()) << cut.status().ToString();
  EXPECT_EQ("2 missing ')' added", cut->warnings.at(0));
  EXPECT_FALSE(ReadPennTrees("(S (NP (NNP Iran)) (VP (VBD struck)").ok());
}

TEST(PennTree, ReadsSeveralTrees) {
  auto trees = ReadPennTrees("(S (NNP A))\n( (S (NNP B) ) )\n");
  ASSERT_TRUE(trees.ok());
  ASSERT_EQ(2u, trees->size());
  EXPECT_EQ("B", (*trees)[1].words[0]);
  EXPECT_FALSE(ReadPennTrees("(S (NNP A)) junk").ok());
}

TEST(ApplyTree, AlignsTokensThatSplitDifferently) {
  auto tree = ReadPennTree("(S (NP (NNP U.S.) (NNS forces)) (VP (VBD left)) (. .))");
  ASSERT_TRUE(tree.ok());
  // A tokenizer that split "U.S." in two still gets the leaf's tags.
  auto s = testing::SplitTokens("U.S . forces left .");
  ASSERT_TRUE(ApplyTree(*tree, s.tokens).ok());
  EXPECT_EQ("U.S/NNP ./NNP forces/NNS left/VBD ./.", RenderTags(s.tokens));
  EXPECT_EQ("[NP U.S . forces] [VP left] .", RenderChunks(s.tokens));

  auto quoted = ReadPennTree("(S (`` ``) (NP (PRP We)) (VP (VBP fight)) ('' ''))");
  ASSERT_TRUE(quoted.ok());
  auto q = testing::SplitTokens("\" We fight \"");
  EXPECT_TRUE(ApplyTree(*quoted, q.tokens).ok());

  auto other = testing::SplitTokens("Iran left .");
  Status st = ApplyTree(*tree, other.tokens);
  EXPECT_EQ(StatusCode::kInvalidArgument, st.code());
  auto shorter = testing::SplitTokens("U.S. forces");
  EXPECT_FALSE(ApplyTree(*tree, shorter.tokens).ok());
}

// The NLTK treebank sample (WSJ 00-01, gold POS, read in place): chunks
// derived from the first tree match CoNLL-2000's conventions, and the
// tagger's accuracy against the gold tags is a held-out figure.
TEST(PennTree, WsjSample) {
  std::string dir = SharedSyntaxCorpusDir() + "/ptb_wsj_nltk_sample/combined";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "../shared absent: " << dir;
  std::ifstream in(dir + "/wsj_0001.mrg");
  std::stringstream ss;
  ss << in.rdbuf();
  auto trees = ReadPennTrees(ss.str());
  ASSERT_TRUE(trees.ok()) << trees.status().ToString();
  ASSERT_EQ(2u, trees->size());
  EXPECT_EQ("[NP Pierre Vinken] , [NP 61 years] [ADJP old] , [VP will join] [NP the board] "
            "[PP as] [NP a nonexecutive director] [NP Nov. 29] .",
            RenderChunks(TreeTokens((*trees)[0])));

  auto model = SyntaxModel::Load(SyntaxModel::DefaultPath());
  ASSERT_TRUE(model.ok());
  std::vector<TaggedSentence> gold;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::ifstream f(entry.path());
    std::stringstream fs;
    fs << f.rdbuf();
    auto file_trees = ReadPennTrees(fs.str());
    ASSERT_TRUE(file_trees.ok()) << entry.path() << ": " << file_trees.status().ToString();
    for (auto& t : *file_trees) gold.push_back({t.words, t.pos, t.chunk});
  }
  auto ev = EvaluateSyntax(**model, gold);
  EXPECT_EQ(94084u, ev.tokens);
  EXPECT_GT(ev.pos_accuracy(), 0.955);
  EXPECT_GT(ev.chunk_f1(), 0.88);
  std::printf("WSJ sample: POS %.2f%%, chunk F1 vs tree-derived chunks %.2f\n",
              100 * ev.pos_accuracy(), 100 * ev.chunk_f1());
}

}  // namespace
}  // namespace khaldun
