// Which commas close a phrase fronted before the sentence's subject.
#include "coder/fronted_phrase.h"

#include <gtest/gtest.h>

#include <string>

#include "khaldun/text.h"

namespace khaldun::internal {
namespace {

// Whether the first comma of `text` closes a fronted phrase, with the actor
// before it starting at the token `actor_begin`.
bool FirstCommaCloses(const std::string& text, uint32_t actor_begin) {
  Document doc;
  doc.text = text;
  const AnalyzedDocument analyzed = AnalyzeText(doc);
  const std::span<const Token> tokens = analyzed.tokens;
  for (uint32_t k = 0; k < tokens.size(); ++k)
    if (tokens[k].text == ",") return ClosesFrontedPhrase(tokens, actor_begin, k);
  return false;
}

TEST(FrontedPhraseTest, APhraseOpenedByAPrepositionEndsAtItsComma) {
  // After|two|days|of|talks|chaired|by|Kenya|,|...
  EXPECT_TRUE(
      FirstCommaCloses("After two days of talks chaired by Kenya, Sudan and Chad agreed.", 7));
  // Following|a|call|with|Modi|,|...
  EXPECT_TRUE(FirstCommaCloses("Following a call with Modi, Putin and Xi said so.", 4));
}

TEST(FrontedPhraseTest, NotAListOpeningTheSentence) {
  // A subject list: no opener.
  EXPECT_FALSE(FirstCommaCloses("Kenya, Uganda and Tanzania agreed.", 0));
  // The opener's own clause has the list as its subject.
  EXPECT_FALSE(FirstCommaCloses("After Kenya, Uganda and Tanzania agreed, trade rose.", 1));
  // A gerund may take the list as its object.
  EXPECT_FALSE(FirstCommaCloses("Bringing aid to Kenya, Uganda and Tanzania helped.", 3));
}

TEST(FrontedPhraseTest, OnlyTheFirstComma) {
  Document doc;
  doc.text = "After talks in Geneva, Switzerland, Iran, Iraq and Syria agreed.";
  const AnalyzedDocument analyzed = AnalyzeText(doc);
  const std::span<const Token> tokens = analyzed.tokens;
  // After|talks|in|Geneva|,|Switzerland|,|Iran|...: the second comma follows another.
  ASSERT_EQ(",", tokens[6].text);
  EXPECT_FALSE(ClosesFrontedPhrase(tokens, 5, 6));
  EXPECT_FALSE(ClosesFrontedPhrase(tokens, 3, 3));
}

}  // namespace
}  // namespace khaldun::internal
