// The pattern index is a shortcut: ChoosePattern must choose the same
// pattern with it as without it (patterns.h), whatever a pattern begins
// with after the verb: a word, a synonym set, a target, or nothing.
#include "coder/patterns.h"

#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "coder/clause.h"
#include "coder/mentions.h"
#include "khaldun/text.h"

namespace khaldun::internal {
namespace {

constexpr const char* kActors = R"(
IRAN [IRN]
UKRAINE [UKR]
GERMANY [DEU]
)";

constexpr const char* kVerbs = R"(
&ARMS
+TANKS
+HEAVY_WEAPONS
+AIR_DEFENCE_SYSTEMS
--- SEND [---] ---
SEND {SENT SENDS SENDING}
- * &ARMS (TO +) [072]
- * &ARMS [072]
- * AID (TO +) [070]
- * + (TO +) [---]
- * (UP) [---]
- WILL * &ARMS [0332]
)";

// A sentence read as the coder reads it: its tokens, phrase matches and
// actor mentions (the document is kept for the tokens' text).
struct ReadSentence {
  ReadSentence(const Dictionary& dict, std::string text) {
    doc.text = std::move(text);
    analyzed = AnalyzeText(doc);
    MatchScratch scratch;
    dict.FindCandidates(tokens(), scratch, &matches);
    CoreferenceMemory memory;
    mentions = FindMentions(tokens(), matches, MentionContext{&dict}, &memory);
  }
  ReadSentence(const ReadSentence&) = delete;
  std::span<const Token> tokens() const { return analyzed.tokens; }

  Document doc;
  AnalyzedDocument analyzed;
  std::vector<PhraseMatch> matches;
  std::vector<Mention> mentions;
};

// The test actors with `verbs` (PETRARCH-2 verb dictionary text), and
// `agents` when given; null if they do not load.
std::shared_ptr<const Dictionary> LoadDictionary(const char* verbs, const char* agents = nullptr) {
  std::vector<Diagnostic> diagnostics;
  std::vector<DictionarySource> sources = {
      {"test.actors.txt", DictKind::kActors, DictFormat::kPetrarch2, kActors},
      {"test.verbs.txt", DictKind::kVerbs, DictFormat::kPetrarch2, verbs}};
  if (agents != nullptr)
    sources.push_back({"test.agents.txt", DictKind::kAgents, DictFormat::kPetrarch2, agents});
  return Dictionary::FromSources(sources, &diagnostics);
}

TEST(PatternIndexTest, ChoosesWhatTheFullScanChooses) {
  auto dict = LoadDictionary(kVerbs);
  ASSERT_NE(dict, nullptr);
  const PatternIndex index = PatternIndex::Build(*dict);
  const char* kSentences[] = {
      "Germany sent tanks to Ukraine.",
      "Germany sent nearly 40 heavy weapons to Ukraine.",
      "Germany will send air defence systems.",
      "Germany sent aid to Ukraine.",
      "Germany sent Iran to Ukraine.",
      "Germany sent up 40 tanks.",
      "Germany sent a letter to Ukraine.",
      "Germany sent the long-promised and much-debated tanks to Ukraine.",
  };
  int triggers = 0;
  for (const char* text : kSentences) {
    const ReadSentence read(*dict, text);
    const std::span<const Token> tokens = read.tokens();
    const std::vector<Mention>& mentions = read.mentions;
    for (const PhraseMatch& m : read.matches) {
      if (m.kind != PhraseMatch::Kind::kVerb) continue;
      ++triggers;
      const ClauseWindow window = ClauseAround(tokens, m.span.begin);
      const PatternChoice fast = ChoosePattern(*dict, m, tokens, mentions, window, &index);
      const PatternChoice full = ChoosePattern(*dict, m, tokens, mentions, window, nullptr);
      EXPECT_EQ(fast.pattern, full.pattern) << text;
      EXPECT_EQ(fast.code.primary, full.code.primary) << text;
      EXPECT_EQ(fast.target, full.target) << text;
    }
  }
  EXPECT_EQ(triggers, 8);
}

// A pattern whose later words ("- * + MUST RESIGN") are missing from the
// clause, or that binds an actor where none follows, is skipped before it is
// matched; the choice must stay what the full scan chooses.
TEST(PatternIndexTest, SkipsPatternsWhoseLaterWordsAreAbsent) {
  constexpr const char* kSayVerbs = R"(
--- SAY [---] ---
SAY {SAID SAYS SAYING}
- * + MUST [100]
- * + MUST RESIGN [1041]
- * (THAT +) MUST WITHDRAW [1056]
- * + (BY PHONE) [041]
)";
  auto dict = LoadDictionary(kSayVerbs);
  ASSERT_NE(dict, nullptr);
  const PatternIndex index = PatternIndex::Build(*dict);
  struct Case {
    const char* text;
    const char* code;  // the code the sentence's trigger takes
  };
  const Case kCases[] = {
      {"Germany said Iran must resign.", "1041"},
      {"Germany said Iran must pay.", "100"},
      {"Germany said that Ukraine must withdraw its claim.", "1056"},
      {"Germany said the talks must resume.", "---"},
      {"Germany said the vote was fair.", "---"},
      {"Germany spoke to Iran, and said by phone that the talks must resume.", "---"},
      {"Germany told Iran by phone that Ukraine must resign.", ""},
  };
  int triggers = 0;
  for (const Case& c : kCases) {
    const ReadSentence read(*dict, c.text);
    const std::span<const Token> tokens = read.tokens();
    for (const PhraseMatch& m : read.matches) {
      if (m.kind != PhraseMatch::Kind::kVerb) continue;
      ++triggers;
      const ClauseWindow window = ClauseAround(tokens, m.span.begin);
      const PatternChoice fast = ChoosePattern(*dict, m, tokens, read.mentions, window, &index);
      const PatternChoice full = ChoosePattern(*dict, m, tokens, read.mentions, window, nullptr);
      EXPECT_EQ(fast.pattern, full.pattern) << c.text;
      EXPECT_EQ(fast.target, full.target) << c.text;
      EXPECT_EQ(fast.code.primary, c.code) << c.text;
    }
  }
  EXPECT_EQ(triggers, 6);
}

TEST(PatternBeforeVerbTest, ASetBeforeTheVerbNeedsOneOfItsPhrases) {
  constexpr const char* kFerryVerbs = R"(
&RELIEF
+FOOD_AID
+MEDICINE
--- FERRY [---] ---
FERRY {FERRIES FERRIED FERRYING}
- &RELIEF * (TO +) [073]
)";
  auto dict = LoadDictionary(kFerryVerbs);
  ASSERT_NE(dict, nullptr);
  auto code_of = [&](const char* text) {
    const ReadSentence read(*dict, text);
    const std::span<const Token> tokens = read.tokens();
    for (const PhraseMatch& m : read.matches)
      if (m.kind == PhraseMatch::Kind::kVerb)
        return ChoosePattern(*dict, m, tokens, read.mentions, ClauseAround(tokens, m.span.begin),
                             nullptr)
            .code.primary;
    return std::string("no verb");
  };
  EXPECT_EQ(code_of("Medicine was ferried to Ukraine."), "073");
  // No phrase of the set before "ferried": the block's null code.
  EXPECT_EQ(code_of("Children were ferried to Ukraine."), "---");
}

TEST(PatternBeforeVerbTest, AMentionWithNoCodeIsNoParty) {
  // "with drones": a weapon after "with" is the instrument; its mention has
  // no code and a pattern's '+' must not bind it.
  constexpr const char* kAgents = R"(
DRONE [~MIL]
)";
  constexpr const char* kAttackVerbs = R"(
--- ATTACK [190] ---
ATTACK {ATTACKED ATTACKS ATTACKING}
- * (WITH +) [195]
)";
  auto dict = LoadDictionary(kAttackVerbs, kAgents);
  ASSERT_NE(dict, nullptr);
  const ReadSentence read(*dict, "Iran attacked Ukraine with drones.");
  const std::span<const Token> tokens = read.tokens();
  const std::vector<Mention>& mentions = read.mentions;
  const std::vector<PhraseMatch>& matches = read.matches;
  bool cleared_weapon = false;
  for (const Mention& m : mentions) cleared_weapon |= m.code.empty() && m.role != nullptr;
  ASSERT_TRUE(cleared_weapon);
  for (const PhraseMatch& m : matches) {
    if (m.kind != PhraseMatch::Kind::kVerb) continue;
    const PatternChoice choice =
        ChoosePattern(*dict, m, tokens, mentions, ClauseAround(tokens, m.span.begin), nullptr);
    EXPECT_TRUE(choice.target < 0 || !mentions[choice.target].code.empty());
  }
}

TEST(PatternScareQuotesTest, APatternReadsAcrossScareQuotes) {
  auto dict = LoadDictionary(kVerbs);
  ASSERT_NE(dict, nullptr);
  const PatternIndex index = PatternIndex::Build(*dict);
  auto code_of = [&](const char* text) {
    const ReadSentence read(*dict, text);
    const std::span<const Token> tokens = read.tokens();
    for (const PhraseMatch& m : read.matches)
      if (m.kind == PhraseMatch::Kind::kVerb) {
        const PatternChoice choice = ChoosePattern(*dict, m, tokens, read.mentions,
                                                   ClauseAround(tokens, m.span.begin), &index);
        return choice.code.primary + (choice.target >= 0 ? " +" : "");
      }
    return std::string("no verb");
  };
  EXPECT_EQ(code_of("Germany sent tanks to Ukraine."), "072 +");
  // The quotation marks end no clause: the pattern reads on past them.
  EXPECT_EQ(code_of("Germany sent 'tanks' to Ukraine."), "072 +");
  EXPECT_EQ(code_of("Germany sent \"heavy weapons\" to Ukraine."), "072 +");
  // A long quotation is another speaker's words, and ends the clause.
  EXPECT_EQ(code_of("Germany sent \"tanks and heavy weapons and all it could spare\" to Ukraine."),
            "---");
}

}  // namespace
}  // namespace khaldun::internal
