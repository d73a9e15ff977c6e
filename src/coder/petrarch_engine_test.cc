// PETRARCH mode (CodingMode::kPetrarch): its rules, each on a sentence written
// for the rule, with a small PETRARCH-2 dictionary written here. Events render
// as "SRC CODE TGT".
#include "coder/petrarch_engine.h"

#include <gtest/gtest.h>

#include "coder/petrarch_tree.h"
#include "khaldun/coder.h"
#include "khaldun/text.h"

namespace khaldun {
namespace {

constexpr const char* kActors = R"(
ARNOR [ARN]
GONDOR [GON]
FORNOST [FOR]
MORDOR [MOR]
ITHILEN [ITH]
CALIMEHTAR [CALGOV]
)";

constexpr const char* kAgents = R"(
SOLDIERS [~MIL]
LAWMAKERS [~LEG]
DEPUTY_PRIME_MINISTER [~GOV]
DIPLOMAT [~GOV]
MSF [NGO~]
MINISTER [~GOV]
OFFICIALS [~GOV]
)";

constexpr const char* kVerbs = R"(
--- CONDEMN [111] ---
CONDEMN
--- WELCOME [041] ---
WELCOME
--- WARN [160] ---
WARN
--- VISIT [042:043] ---
VISIT
)";

constexpr const char* kDiscards = R"(
BASEBALL
+TYPHOON
)";

class PetrarchEngineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<Diagnostic> diagnostics;
    auto dict = Dictionary::FromSources(
        {{"t.actors.txt", DictKind::kActors, DictFormat::kPetrarch2, kActors},
         {"t.agents.txt", DictKind::kAgents, DictFormat::kPetrarch2, kAgents},
         {"t.verbs.txt", DictKind::kVerbs, DictFormat::kPetrarch2, kVerbs},
         {"t.discards.txt", DictKind::kDiscards, DictFormat::kPetrarch2, kDiscards}},
        &diagnostics);
    for (const auto& d : diagnostics)
      if (d.severity == Diagnostic::Severity::kError) ADD_FAILURE() << d.ToString();
    auto book =
        CameoCodebook::Load(std::string(KHALDUN_SOURCE_DIR) + "/data/cameo/cameo_codes.tsv", "");
    ASSERT_TRUE(book.ok()) << book.status().ToString();
    coder_ = new Coder({dict, *book, nullptr}, CoderOptions{.mode = CodingMode::kPetrarch});
  }
  static void TearDownTestSuite() { delete coder_; }

  static std::string Code(const std::string& text) {
    Document doc;
    doc.id = "t";
    doc.text = text;
    doc.date = *Date::Parse("2020-01-14");
    AnalyzedDocument analyzed = AnalyzeText(doc);
    std::string out;
    for (const Event& e : coder_->Code(analyzed)) {
      if (!out.empty()) out += "; ";
      out += e.source.code + " " + e.cameo_code + " " + e.target.code;
    }
    return out;
  }

  // Codes `text` in PETRARCH mode with its parse tree.
  static std::string CodeWithParse(const std::string& text, const std::string& parse) {
    Document doc;
    doc.id = "t";
    doc.text = text;
    doc.date = *Date::Parse("2020-01-14");
    AnalyzedDocument analyzed = AnalyzeText(doc);
    std::string out;
    for (const Event& e :
         internal::CodePetrarch(coder_->resources(), CoderOptions{.mode = CodingMode::kPetrarch},
                                analyzed, parse, nullptr)) {
      if (!out.empty()) out += "; ";
      out += e.source.code + " " + e.cameo_code + " " + e.target.code;
    }
    return out;
  }

  static Coder* coder_;
};

Coder* PetrarchEngineTest::coder_ = nullptr;

TEST_F(PetrarchEngineTest, SimpleDyad) {
  EXPECT_EQ("ARN 111 GON", Code("Arnor condemned Gondor on Monday."));
}

TEST_F(PetrarchEngineTest, PairedCodeGivesTheReverseEvent) {
  EXPECT_EQ("ARN 042 GON; GON 043 ARN", Code("Arnor visited Gondor."));
}

TEST_F(PetrarchEngineTest, AgentHeadWithPrepositionalComplementComposes) {
  // "Soldiers from Gondor": the agent heads the noun phrase the actor sits in.
  EXPECT_EQ("GONMIL 111 MOR", Code("Soldiers from Gondor condemned Mordor."));
}

TEST_F(PetrarchEngineTest, AgentReachesEveryCoordinatedActor) {
  EXPECT_EQ("FORLEG 041 MOR; GONLEG 041 MOR",
            Code("Lawmakers in Fornost and Gondor welcomed Mordor."));
}

TEST_F(PetrarchEngineTest, CoordinatedAgentHeadsAreActorsOfTheirOwn) {
  EXPECT_EQ("FORGOV 041 MOR; FORLEG 041 MOR",
            Code("Lawmakers and officials in Fornost welcomed Mordor."));
}

TEST_F(PetrarchEngineTest, AgentAfterPossessiveComposes) {
  EXPECT_EQ("ARNGOV 111 MOR",
            Code("Arnor's first Deputy Prime Minister Telemar condemned Mordor."));
}

TEST_F(PetrarchEngineTest, PrefixAndSuffixAgentsComposeAroundTheActor) {
  EXPECT_EQ("NGOARNGOV 111 GON", Code("An MSF Arnor diplomat condemned Gondor."));
}

TEST_F(PetrarchEngineTest, AgentOfAnotherPhraseDoesNotCompose) {
  // "condemned the lawmakers": the agent is in the object, not the subject.
  EXPECT_EQ("ARN 111 GON", Code("Arnor condemned Gondor and the lawmakers."));
}

TEST_F(PetrarchEngineTest, SentenceDiscardDropsOnlyItsSentence) {
  EXPECT_EQ("MOR 111 FOR", Code("Arnor welcomed baseball with Gondor. Mordor condemned Fornost."));
}

TEST_F(PetrarchEngineTest, StoryDiscardDropsTheWholeStory) {
  EXPECT_EQ("", Code("Mordor condemned Fornost. Arnor welcomed Gondor after the typhoon."));
}

TEST_F(PetrarchEngineTest, CoordinatedAdjectivesDoNotMakeACompoundActor) {
  // The "and" joins adjectives inside one noun phrase: the phrase's actor is
  // its first, Ithilen, with the agent "minister".
  const std::string text = "Ithilen's awful and evil minister Calimehtar warned Mordor.";
  const std::string parse =
      "(ROOT (S (NP (NP (NNP Ithilen) (POS 's)) (ADJP (JJ awful) (CC and) (JJ evil)) (NN minister)"
      " (NNP Calimehtar)) (VP (VBD warned) (NP (NNP Mordor))) (. .)))";
  EXPECT_EQ("ITHGOV 160 MOR", CodeWithParse(text, parse));
}

TEST_F(PetrarchEngineTest, CoordinatedNounPhrasesStayACompound) {
  const std::string text = "Arnor and Gondor warned Mordor.";
  const std::string parse =
      "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD warned) (NP (NNP Mordor))) (. .)))";
  EXPECT_EQ("ARN 160 MOR; GON 160 MOR", CodeWithParse(text, parse));
}

TEST_F(PetrarchEngineTest, UnreadableParseIsIgnored) {
  EXPECT_EQ("ARN 160 MOR; GON 160 MOR",
            CodeWithParse("Arnor and Gondor warned Mordor.", "(ROOT (S (NP (NNP Arnor)"));
}

TEST(PetrarchTree, ReadsNodesLeavesAndAlignsTokens) {
  auto tree = internal::ReadPetrarchTree("(ROOT (S (NP-SBJ (NNP Arnor)) (VP (VBD left)) (. .)))");
  ASSERT_TRUE(tree.has_value());
  EXPECT_EQ(3u, tree->leaves.size());
  EXPECT_EQ("NP", tree->nodes[tree->nodes[tree->leaf_node[0]].parent].label);
  EXPECT_EQ(1, tree->CommonAncestor(0, 1));  // S
  EXPECT_FALSE(internal::ReadPetrarchTree("(ROOT (NP (NNP Arnor))))").has_value());
  EXPECT_FALSE(internal::ReadPetrarchTree("(ROOT (NP (NNP Arnor)").has_value());
}

}  // namespace
}  // namespace khaldun
