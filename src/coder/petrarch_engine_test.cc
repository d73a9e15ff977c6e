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
THE_AU [IGOAFR]
WEST_GERMAN [GMWGOV]
NORTH_KOREA [PRK]
+THE_HERMIT_KINGDOM
DENMARK [DNK]
+ZEALAND
NEW_ZEALAND [NZE]
)";

constexpr const char* kAgents = R"(
SOLDIERS [~MIL]
LAWMAKERS [~LEG]
DEPUTY_PRIME_MINISTER [~GOV]
DIPLOMAT [~GOV]
MSF [NGO~]
MINISTER [~GOV]
OFFICIALS [~GOV]
OFFICIAL [~GOV]
ACTIVISTS [~OPP]
WORLD_GOVERNMENT [~WGO]
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
--- SAID [023] ---
SAID
--- ABANDON [120] ---
ABANDON
--- STOP [190] ---
STOP
--- LEAVE [032:033] ---
LEAVE {LEFT LEAVES LEAVING}
--- RISE [---] ---
RISE {RISEN ROSE RISES}
- * IN DISPUTE WITH  [120]
--- PARADE [111] ---
PARADE
--- BURN [---] ---
BURN
- * DOWN  [193]
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

  // Codes `text` in PETRARCH mode with its parse tree and <Config> options.
  static std::string CodeWithParse(const std::string& text, const std::string& parse,
                                   bool require_dyad = true,
                                   std::vector<std::pair<std::string, std::string>> config = {}) {
    Document doc;
    doc.id = "t";
    doc.text = text;
    doc.date = *Date::Parse("2020-01-14");
    AnalyzedDocument analyzed = AnalyzeText(doc);
    std::string out;
    for (const Event& e : internal::CodePetrarch(coder_->resources(),
                                                 CoderOptions{.mode = CodingMode::kPetrarch,
                                                 .require_dyad = require_dyad,
                                                 .tabari_options = std::move(config)},
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

TEST_F(PetrarchEngineTest, ActorPhraseWrittenWithItsArticleOrAModifier) {
  // THE_AU, +THE_HERMIT_KINGDOM and NEW_ZEALAND begin with words the mention
  // reader steps over; NEW_ZEALAND wins over the synonym ZEALAND of Denmark.
  EXPECT_EQ("IGOAFR 111 GON", Code("The AU condemned Gondor."));
  EXPECT_EQ("PRK 111 NZE", Code("The Hermit Kingdom condemned New Zealand."));
  EXPECT_EQ("PRK 111 DNK", Code("The Hermit Kingdom condemned Zealand."));
}

TEST_F(PetrarchEngineTest, AgentAloneHeadingAPlacePhraseTakesItsActor) {
  EXPECT_EQ("ARNOPP 111 GON", Code("Human rights activists in Arnor condemned Gondor."));
}

TEST_F(PetrarchEngineTest, EveryVerbPhraseOfTheTreeCodesWithItsSubject) {
  // "said" has its own subject, an agent alone (---GOV), and as object a
  // noun phrase with no actor: coded only without require_dyad.
  const std::string text =
      "Fornost welcomed Gondor after a long rift, the primary official news agency WFNA said on "
      "Thursday.";
  const std::string parse =
      "(ROOT (S (S (NP (NNP Fornost)) (VP (VBD welcomed) (NP (NNP Gondor)) (PP (IN after) (NP (DT "
      "a) (JJ long) (NN rift))))) (, ,) (NP (DT the) (JJ primary) (JJ official) (NN news) (NN "
      "agency) (NNP WFNA)) (VP (VBD said) (PP (IN on) (NP (NNP Thursday)))) (. .)))";
  EXPECT_EQ("FOR 041 GON; ---GOV 023 ", CodeWithParse(text, parse, false));
  EXPECT_EQ("FOR 041 GON", CodeWithParse(text, parse, true));
}

TEST_F(PetrarchEngineTest, SayingWithATimeAsObjectCodesNothing) {
  // "said today": the NP-TMP is a time, so "said" has no object.
  const std::string text = "Fornost welcomed Gondor, a senior Arnor official said today.";
  const std::string parse =
      "(ROOT (S (S (NP (NNP Fornost)) (VP (VBD welcomed) (NP (NNP Gondor)))) (, ,) (NP (DT a) (JJ "
      "senior) (NNP Arnor) (NN official)) (VP (VBD said) (NP-TMP (NN today))) (. .)))";
  EXPECT_EQ("FOR 041 GON", CodeWithParse(text, parse, false));
}

TEST_F(PetrarchEngineTest, VerbInTheComplementOfACodedVerbAddsNothing) {
  const std::string text = "Arnor abandoned efforts to stop Gondor.";
  const std::string parse =
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD abandoned) (NP (NNS efforts)) (S (VP (TO to) (VP (VB "
      "stop) (NP (NNP Gondor)))))) (. .)))";
  EXPECT_EQ("ARN 120 GON", CodeWithParse(text, parse));
}

TEST_F(PetrarchEngineTest, ParseOfTheFirstPartOnlyCodesThatPart) {
  // The tree stops before ", Mordor said on Thursday": that verb is not coded.
  const std::string text = "Arnor welcomed Gondor, Mordor said on Thursday.";
  const std::string parse =
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD welcomed) (NP (NNP Gondor))) (. .)))";
  EXPECT_EQ("ARN 041 GON", CodeWithParse(text, parse, false));
}

TEST_F(PetrarchEngineTest, AgentComposesUnlessTheCodeHoldsItAsAField) {
  // GMWGOV holds the letters WGO but not the field: WORLD_GOVERNMENT adds it.
  EXPECT_EQ("GMWGOVWGO 111 GON", Code("West German world government condemned Gondor."));
}

TEST_F(PetrarchEngineTest, VerbTheTreeReadsAsANounCodesNothing) {
  const std::string text = "Fornost was in an accord with a Gondor parade.";
  const std::string parse =
      "(ROOT (S (NP (NNP Fornost)) (VP (VBD was) (PP (IN in) (NP (NP (DT an) (NN accord)) (PP (IN "
      "with) (NP (DT a) (NNP Gondor) (NN parade)))))) (. .)))";
  EXPECT_EQ("", CodeWithParse(text, parse));
}

TEST_F(PetrarchEngineTest, OpeningParticipleIsNoEvent) {
  const std::string text = "Condemned by Mordor, Arnor welcomed Gondor.";
  const std::string parse =
      "(ROOT (S (S (VP (VBN Condemned) (PP (IN by) (NP (NNP Mordor))))) (, ,) (NP (NNP Arnor)) (VP "
      "(VBD welcomed) (NP (NNP Gondor))) (. .)))";
  EXPECT_EQ("ARN 041 GON", CodeWithParse(text, parse));
}

TEST_F(PetrarchEngineTest, PatternWithoutSourceSlotTakesTheVerbsOwnSubject) {
  // "- * DOWN [193]" binds no source: "burned down" is coded with its own
  // subject, Mordor, not the Arnor of the first clause.
  const std::string text = "Arnor is angry, and Mordor burned down its embassy.";
  const std::string parse =
      "(ROOT (S (S (NP (NNP Arnor)) (VP (VBZ is) (ADJP (JJ angry)))) (, ,) (CC and) (S (NP (NNP "
      "Mordor)) (VP (VBD burned) (PRT (RP down)) (NP (PRP$ its) (NN embassy)))) (. .)))";
  EXPECT_EQ("MOR 193 ", CodeWithParse(text, parse, false));
}

TEST_F(PetrarchEngineTest, NewActorLengthMakesShortUncodedPhrasesActors) {
  // new_actor_length 4: both phrases have at most four words; LEAVE's paired
  // code [032:033] also gives the reverse event.
  const std::string text = "Gryffindor's head Minerva McGonagall left for the Ministry of Magic.";
  const std::string parse =
      "(ROOT (S (NP (NP (NNP Gryffindor) (POS 's)) (NN head) (NNP Minerva) (NNP McGonagall)) (VP "
      "(VBD left) (PP (IN for) (NP (NP (DT the) (NNP Ministry)) (PP (IN of) (NP (NNP Magic)))))) "
      "(. "
      ".)))";
  EXPECT_EQ(
      "\"GRYFFINDOR HEAD MINERVA MCGONAGALL\" 032 \"THE MINISTRY OF MAGIC\"; \"THE MINISTRY OF "
      "MAGIC\" 033 \"GRYFFINDOR HEAD MINERVA MCGONAGALL\"",
      CodeWithParse(text, parse, true, {{"new_actor_length", "4"}}));
  EXPECT_EQ("", CodeWithParse(text, parse, true, {{"new_actor_length", "3"}}));
  EXPECT_EQ("", CodeWithParse(text, parse));
}

TEST_F(PetrarchEngineTest, EveryConjunctOfACoordinatedSubjectIsASource) {
  const std::string text = "Arnor's death and injury toll has risen in the dispute with Gondor.";
  const std::string parse =
      "(ROOT (S (NP (NP (NP (NNP Arnor) (POS 's)) (NN death)) (CC and) (NP (NN injury) (NN toll))) "
      "(VP (VBZ has) (VP (VBN risen) (PP (IN in) (NP (NP (DT the) (NN dispute)) (PP (IN with) (NP "
      "(NNP Gondor))))))) (. .)))";
  EXPECT_EQ("ARN 120 GON", CodeWithParse(text, parse, true, {}));
  EXPECT_EQ("ARN 120 GON; \"INJURY TOLL\" 120 GON",
            CodeWithParse(text, parse, true, {{"new_actor_length", "4"}}));
}

TEST_F(PetrarchEngineTest, TerminalCommaClauseSetAsideWithinItsLimits) {
  // Without require_dyad "said" codes ---GOV; comma_emin 3, comma_emax 6
  // set aside the 6 words after the last comma.
  const std::string text = "Fornost welcomed Gondor, a senior official said on Saturday.";
  const std::string parse =
      "(ROOT (S (S (NP (NNP Fornost)) (VP (VBD welcomed) (NP (NNP Gondor)))) (, ,) (NP (DT a) (JJ "
      "senior) (NN official)) (VP (VBD said) (PP (IN on) (NP (NNP Saturday)))) (. .)))";
  EXPECT_EQ("FOR 041 GON; ---GOV 023 ", CodeWithParse(text, parse, false));
  EXPECT_EQ("FOR 041 GON",
            CodeWithParse(text, parse, false, {{"comma_emin", "3"}, {"comma_emax", "6"}}));
  EXPECT_EQ("FOR 041 GON; ---GOV 023 ",
            CodeWithParse(text, parse, false, {{"comma_emin", "3"}, {"comma_emax", "0"}}));
}

TEST(PetrarchTree, ReadsNodesLeavesAndAlignsTokens) {
  auto tree = internal::ReadPetrarchTree("(ROOT (S (NP-SBJ (NNP Arnor)) (VP (VBD left)) (. .)))");
  ASSERT_TRUE(tree.has_value());
  EXPECT_EQ(3u, tree->leaves.size());
  EXPECT_EQ("NP", tree->nodes[tree->nodes[tree->leaf_node[0]].parent].label);
  EXPECT_EQ(1, tree->CommonAncestor(0, 1));  // S
  EXPECT_FALSE(internal::ReadPetrarchTree("(ROOT (NP (NNP Arnor))))").has_value());
  // Subject, object and governing verb.
  auto t = internal::ReadPetrarchTree(
      "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (ADJP (IN about) (S (VP (TO to) (VP (VB restore) "
      "(NP (NNS ties)))))))))");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ("NP", t->nodes[t->SubjectOf(4)].label);
  EXPECT_EQ(0u, t->nodes[t->SubjectOf(4)].begin);  // "Arnor", reached from "restore"
  ASSERT_EQ(1u, t->ObjectsOf(4).size());
  EXPECT_EQ(5u, t->nodes[t->ObjectsOf(4)[0]].begin);     // "ties"
  EXPECT_EQ(std::vector<int>{1}, t->GoverningVerbs(4));  // "is"
  EXPECT_FALSE(internal::ReadPetrarchTree("(ROOT (NP (NNP Arnor)").has_value());
}

}  // namespace
}  // namespace khaldun
