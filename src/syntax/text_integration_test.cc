// The tagger on the text stage's own tokens (AnalyzeText): PTB-like splits
// ("n't", "'s", punctuation) and normalised quotes reach the model intact.
#include <gtest/gtest.h>

#include "khaldun/syntax.h"
#include "khaldun/syntax_clause.h"
#include "khaldun/text.h"
#include "syntax/test_util.h"

namespace khaldun {
namespace {

TEST(TextIntegration, TagsAndAnalysesAnalyzedDocument) {
  auto model = SyntaxModel::Load(SyntaxModel::DefaultPath());
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  Document doc;
  doc.id = "t1";
  doc.text = "Iran's foreign minister said the US didn't attack the base. "
             "\"We will respond,\" Zarif said.";
  AnalyzedDocument ad = AnalyzeText(doc);
  ASSERT_EQ(2u, ad.sentences.size());
  (*model)->Tag(ad);
  for (const Token& t : ad.tokens) {
    EXPECT_NE(0, t.pos) << t.text;
    EXPECT_NE(0, t.chunk) << t.text;
  }
  const Sentence& s0 = ad.sentences[0];
  std::span<const Token> first(ad.SentenceTokens(s0), s0.token_count);
  std::vector<Token> copy(first.begin(), first.end());
  EXPECT_EQ("Iran/NNP 's/POS foreign/JJ minister/NN said/VBD the/DT US/NNP did/VBD n't/RB "
            "attack/VB the/DT base/NN ./.",
            testing::RenderTags(copy));
  auto clauses = AnalyzeClauses(first);
  ASSERT_EQ(2u, clauses.size());
  EXPECT_EQ("S=[the US] V=[did n't attack] O=[the base] neg=1 pass=0 kind=rep "
            "speaker=[Iran 's foreign minister]",
            RenderClause(clauses[1], first));
}

}  // namespace
}  // namespace khaldun
