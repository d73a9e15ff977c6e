// Which verbs continue, after a comma, a list of acts of one subject.
#include "coder/verb_lists.h"

#include <gtest/gtest.h>

#include <deque>
#include <span>
#include <string>
#include <vector>

#include "khaldun/syntax.h"

namespace khaldun::internal {
namespace {

// Tokens from "word/TAG" pairs separated by spaces; the words live as long
// as the object (Token::text views them).
struct Tagged {
  explicit Tagged(const std::string& text) {
    size_t at = 0;
    while (at < text.size()) {
      size_t end = text.find(' ', at);
      if (end == std::string::npos) end = text.size();
      const std::string pair = text.substr(at, end - at);
      const size_t slash = pair.rfind('/');
      words.push_back(pair.substr(0, slash));
      Token t;
      t.text = words.back();
      t.pos = *PosTagId(pair.substr(slash + 1));
      tokens.push_back(t);
      at = end + 1;
    }
  }
  Tagged(const Tagged&) = delete;
  Tagged& operator=(const Tagged&) = delete;
  operator std::span<const Token>() const { return tokens; }
  std::deque<std::string> words;
  std::vector<Token> tokens;
};

TEST(VerbListsTest, AVerbAfterTheCommaOfAnObject) {
  // Rebels/0 seized/1 the/2 mayor/3 in/4 Goma/5 ,/6 burned/7 the/8 town/9 hall/10
  const Tagged t(
      "Rebels/NNS seized/VBD the/DT mayor/NN in/IN Goma/NNP ,/, burned/VBD the/DT "
      "town/NN hall/NN ./.");
  EXPECT_TRUE(ContinuesVerbList(t, 7, 2));
  // Past an adverb: ", then burned".
  const Tagged then(
      "Rebels/NNS seized/VBD the/DT mayor/NN ,/, then/RB burned/VBD the/DT "
      "hall/NN ./.");
  EXPECT_TRUE(ContinuesVerbList(then, 6, 2));
}

TEST(VerbListsTest, NotAVerbWithASubjectOfItsOwn) {
  // "officials said": a subject stands between the comma and the verb.
  const Tagged said("Rebels/NNS seized/VBD the/DT mayor/NN ,/, officials/NNS said/VBD ./.");
  EXPECT_FALSE(ContinuesVerbList(said, 6, 2));
  // A participle after the comma describes, it is no listed act.
  const Tagged backed(
      "Rebels/NNS seized/VBD the/DT town/NN ,/, backed/VBN by/IN "
      "Rwanda/NNP ./.");
  EXPECT_FALSE(ContinuesVerbList(backed, 5, 2));
}

TEST(VerbListsTest, NotAcrossAClauseOrAnAppositive) {
  // "after the army shelled the town, ...": the comma closes the clause.
  const Tagged after(
      "Rebels/NNS fled/VBD after/IN the/DT army/NN shelled/VBD the/DT "
      "town/NN ,/, residents/NNS said/VBD ./.");
  EXPECT_FALSE(ContinuesVerbList(after, 10, 2));
  // "and the army chief, General Dogo, declared": commas of an appositive.
  const Tagged appositive(
      "Troops/NNS seized/VBD power/NN ,/, and/CC the/DT chief/NN ,/, Dogo/NNP ,/, "
      "declared/VBD a/DT curfew/NN ./.");
  EXPECT_FALSE(ContinuesVerbList(appositive, 10, 2));
  // A relative clause between: "the envoy who fled, ...".
  const Tagged relative(
      "Police/NNS arrested/VBD the/DT man/NN who/WP attacked/VBD the/DT "
      "envoy/NN ,/, closed/VBD the/DT road/NN ./.");
  EXPECT_FALSE(ContinuesVerbList(relative, 9, 2));
}

}  // namespace
}  // namespace khaldun::internal
