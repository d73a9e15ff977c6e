// CodingMode::kTabari: TABARI 0.8's rules, each on a sentence written for the
// rule, with a small TABARI-format dictionary written here.
#include <gtest/gtest.h>

#include "khaldun/coder.h"
#include "khaldun/text.h"

namespace khaldun {
namespace {

constexpr const char* kActors = R"(
ARNOR_ [ARN]
GONDOR_ [GON]
MORDOR_ [MOR]
ROHAN_ [ROH]
NAZGUL_ [###]
ISILDUR_ [+++]
LORIEN_ [ELR/GAL]
PRINCE DOL_AMROTH [DOL]
)";

constexpr const char* kAgents = R"(
MINISTER_ [~GOV]
)";

constexpr const char* kVerbs = R"(
<SYNSETS>
&KIND
+ECONOMIC
+CULTURAL
&TIE
+&KIND_TIES
</SYNSETS>
<TIME>
YESTERDAY [-1]
</TIME>
ACCUSE  [112]
ATTACK  [190]
MEET  [031:031]
{MET MEETS}
- % HAVE POSTPONED *  [191]
- * &TIE  [064]
- * ABOUT + [036]
- * FRESH_WATER WITH +  [061]
- * AT ^ +  [036]
SAY  [---]
{SAID}
SEND  [---]
- SAID * AID [070]
DENOUNCE  [111]
- * { NOTHING | &KIND_POLICY } OF +  [112]
REPORT  [023?]
BURN DOWN  [180]
DEATH TOLL RISEN  [190]
SHOT  [190]
- + WAS * DEAD  [186]
VOW  [170]
- * RESIST { TO THE END | UNTIL HELL FREEZES OVER }  [113]
- * RESIST { TO THE END OF THE EARTH | TO THE DEATH }  [115]
- * RESISTANCE TO THE INVADING  [114]
- * { LOUDLY PRAISED | ECONOMIC_SANCTIONS } FOR +  [041]
)";

constexpr const char* kOptions = "LABEL: 190=ATTACK\n";

class TabariEngineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<Diagnostic> diagnostics;
    auto dict =
        Dictionary::FromSources({{"t.actors", DictKind::kActors, DictFormat::kTabari, kActors},
                                 {"t.agents", DictKind::kAgents, DictFormat::kTabari, kAgents},
                                 {"t.verbs", DictKind::kVerbs, DictFormat::kTabari, kVerbs},
                                 {"t.options", DictKind::kOptions, DictFormat::kTabari, kOptions}},
                                &diagnostics);
    for (const auto& d : diagnostics)
      if (d.severity == Diagnostic::Severity::kError) ADD_FAILURE() << d.ToString();
    std::string root = KHALDUN_SOURCE_DIR;
    auto book = CameoCodebook::Load(root + "/data/cameo/cameo_codes.tsv", "");
    ASSERT_TRUE(book.ok()) << book.status().ToString();
    resources_ = new CoderResources{dict, *book, nullptr};
  }
  static void TearDownTestSuite() { delete resources_; }

  // Codes `text` dated 1995-01-04 under the TABARI .options commands
  // `tabari_options` (none: no length or comma filtering); events render as
  // "SRC TGT CODE", with "@YYYYMMDD" when the date was shifted.
  static std::string Code(const std::string& text,
                          std::vector<std::pair<std::string, std::string>> tabari_options = {}) {
    CoderOptions options;
    options.mode = CodingMode::kTabari;
    options.tabari_options = std::move(tabari_options);
    Coder coder(*resources_, options);
    Document doc;
    doc.id = "t";
    doc.text = text;
    doc.date = *Date::Parse("1995-01-04");
    AnalyzedDocument analyzed = AnalyzeText(doc);
    std::string out;
    for (const Event& e : coder.Code(analyzed)) {
      if (!out.empty()) out += "; ";
      out += e.source.code + " " + e.target.code + " " + e.cameo_code;
      if (e.date.AsInt() != 19950104) out += " @" + std::to_string(e.date.AsInt());
    }
    return out;
  }

  static CoderResources* resources_;
};

CoderResources* TabariEngineTest::resources_ = nullptr;

TEST_F(TabariEngineTest, SourceBeforeTheVerbTargetAfter) {
  EXPECT_EQ("ARN GON 112", Code("Arnor on Monday accused Gondor of lying."));
}

TEST_F(TabariEngineTest, FirstCodedVerbOfTheClause) {
  // "said" has a null code and no matching pattern: the next verb codes.
  EXPECT_EQ("ARN GON 111", Code("Arnor said it denounced Gondor."));
}

TEST_F(TabariEngineTest, SubordinateCodeOnlyWhenNoOtherVerbCodes) {
  EXPECT_EQ("ARN GON 112", Code("Arnor reported it accused Gondor."));
  EXPECT_EQ("ARN GON 023", Code("Arnor reported Gondor's position."));
}

TEST_F(TabariEngineTest, PatternWordsMayHaveWordsBetween) {
  EXPECT_EQ("ARN GON 070", Code("Arnor said it would send aid to Gondor."));
}

TEST_F(TabariEngineTest, LongestPatternFirstAndAdjacency) {
  // "FRESH_WATER WITH +" is tried before the shorter patterns; "_" joins
  // words with nothing between them.
  EXPECT_EQ("ARN GON 061", Code("Arnor met over fresh water with Gondor."));
  EXPECT_EQ("ARN GON 031; GON ARN 031", Code("Arnor met over fresh cold water with Gondor."));
}

TEST_F(TabariEngineTest, TargetSlotBindsTheActorAfterTheWord) {
  EXPECT_EQ("ARN MOR 036; GON MOR 036", Code("Arnor and Gondor met about Mordor."));
}

TEST_F(TabariEngineTest, CaretSkipsAnActorNounPhrase) {
  EXPECT_EQ("ARN MOR 036", Code("Arnor met at the Gondor embassy Mordor."));
}

TEST_F(TabariEngineTest, CompoundSlotCodesEachMemberOnTheOthers) {
  EXPECT_EQ("ARN GON 191; GON ARN 191", Code("Arnor and Gondor have postponed their meeting."));
}

TEST_F(TabariEngineTest, NestedSynsetInAPattern) {
  EXPECT_EQ("ARN GON 064", Code("Arnor met Gondor on cultural ties."));
}

TEST_F(TabariEngineTest, CompoundActorsOnePairEach) {
  EXPECT_EQ("ARN MOR 112; ROH MOR 112; GON MOR 112",
            Code("Arnor, Rohan and the awful Gondor accused Mordor."));
}

TEST_F(TabariEngineTest, CodedCompoundActorSplits) {
  EXPECT_EQ("ARN ELR 190; ARN GAL 190", Code("Arnor attacked Lorien."));
}

TEST_F(TabariEngineTest, PassiveVoiceSwapsSourceAndTarget) {
  EXPECT_EQ("MOR GON 112", Code("Gondor was fiercely accused by Mordor."));
}

TEST_F(TabariEngineTest, ConjoinedClausesShareTheSource) {
  EXPECT_EQ("ARN GON 112; ARN MOR 190", Code("Arnor accused Gondor and attacked Mordor."));
}

TEST_F(TabariEngineTest, DiscardAndComplexityCodes) {
  EXPECT_EQ("", Code("Nazgul attacked Gondor."));
  EXPECT_EQ("", Code("Isildur attacked Gondor."));
}

TEST_F(TabariEngineTest, TimeWordShiftsTheDate) {
  EXPECT_EQ("ARN GON 190 @19950103", Code("Yesterday, Arnor attacked Gondor."));
}

TEST_F(TabariEngineTest, AgentComposesWithItsActor) {
  EXPECT_EQ("ARNGOV GON 112", Code("Arnor minister accused Gondor."));
}

TEST_F(TabariEngineTest, MinimumWordsSkipsShortSentences) {
  // SET: MINIMUM WORDS = 8, TABARI's default once an .options file is read.
  EXPECT_EQ("", Code("Arnor attacked Gondor.", {{"SET: MINIMUM WORDS", "8"}}));
  EXPECT_EQ("ARN GON 190",
            Code("Arnor attacked Gondor on Monday in the north.", {{"SET: MINIMUM WORDS", "8"}}));
}

TEST_F(TabariEngineTest, CommaDelimitedClausesAreDeleted) {
  // The phrase between the commas (5 words) is deleted before coding, so
  // "accused" is never read; with COMMA: OFF it is the first verb, and its
  // source the first actor of the sentence.
  const std::vector<std::pair<std::string, std::string>> defaults = {{"SET: MINIMUM WORDS", "0"}};
  EXPECT_EQ("ARN GON 190", Code("Arnor, which Rohan accused of lying, attacked Gondor.", defaults));
  EXPECT_EQ("ARN GON 112", Code("Arnor, which Rohan accused of lying, attacked Gondor.",
                                {{"SET: MINIMUM WORDS", "0"}, {"COMMA", "OFF"}}));
}

TEST_F(TabariEngineTest, CodeBySentenceAndCodeAll) {
  const std::string text = "Arnor accused Gondor on Monday after it attacked Mordor.";
  EXPECT_EQ("ARN GON 112", Code(text));
  EXPECT_EQ("ARN GON 112; ARN MOR 190",
            Code(text, {{"SET: MINIMUM WORDS", "0"}, {"SET: CODE", "ALL"}}));
  EXPECT_EQ("ARN GON 112", Code("Arnor accused Gondor and attacked Mordor.",
                                {{"SET: MINIMUM WORDS", "0"}, {"SET: CODE", "BY SENTENCE"}}));
}

TEST_F(TabariEngineTest, DefaultSourceAndTarget) {
  const std::vector<std::pair<std::string, std::string>> options = {
      {"SET: MINIMUM WORDS", "0"}, {"DEFAULT", "SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER"}};
  EXPECT_EQ("DEFSRC GON 112", Code("Someone accused Gondor of lying.", options));
  EXPECT_EQ("ARN DEFTAR 112", Code("Arnor accused someone of lying.", options));
}

TEST_F(TabariEngineTest, ConvertAgentsMakesAnAgentAnActor) {
  EXPECT_EQ("~GOV GON 112", Code("The minister accused Gondor.",
                                 {{"SET: MINIMUM WORDS", "0"}, {"SET: CONVERT AGENT", "TRUE"}}));
  EXPECT_EQ("", Code("The minister accused Gondor."));
}

TEST_F(TabariEngineTest, ComplexWithoutAnActorBeforeTheVerb) {
  EXPECT_EQ("", Code("Having met Gondor, Arnor accused Mordor.",
                     {{"SET: MINIMUM WORDS", "0"}, {"COMMA", "OFF"}, {"COMPLEX", "NOACTPRIOR"}}));
}

TEST_F(TabariEngineTest, PronounsTakeTheFirstActor) {
  EXPECT_EQ("ARN GON 031; GON ARN 031; ARN MOR 112",
            Code("Arnor met Gondor on Monday and then it accused Mordor."));
}

TEST_F(TabariEngineTest, ActorPhraseWordsMayHaveWordsBetween) {
  // PRINCE DOL_AMROTH: "of" may stand between PRINCE and DOL_AMROTH.
  EXPECT_EQ("ARN DOL 112", Code("Arnor accused the Prince of Dol Amroth of lying."));
}

TEST_F(TabariEngineTest, CompoundNeedsAConjunction) {
  EXPECT_EQ("ARN GON 112", Code("Arnor accused Gondor, the Mordor ally, of lying."));
}

TEST_F(TabariEngineTest, MultiWordVerbConjugatesItsFirstWord) {
  EXPECT_EQ("ARN GON 180", Code("Arnor burned down the Gondor embassy."));
}

TEST_F(TabariEngineTest, AlternativesCountTheAlternativeMatched) {
  EXPECT_EQ("ARN MOR 114", Code("Arnor vowed resistance to the end to the invading Mordor."));
  EXPECT_EQ("ARN MOR 115",
            Code("Arnor vowed to resist to the end of the earth the Mordor armies."));
  EXPECT_EQ("ARN MOR 113", Code("Arnor vowed to resist to the end the Mordor armies."));
}

TEST_F(TabariEngineTest, AlternativesReadAsWritten) {
  // Blanks allow words between the alternative's words, '_' does not.
  EXPECT_EQ("ARN GON 041", Code("Arnor vowed loudly and warmly praised for Gondor."));
  EXPECT_EQ("ARN GON 170", Code("Arnor vowed economic high sanctions for Gondor."));
}

TEST_F(TabariEngineTest, CapitalisedOrPossessiveVerbIsANoun) {
  const std::vector<std::pair<std::string, std::string>> options = {{"SET: MINIMUM WORDS", "0"}};
  EXPECT_EQ("", Code("Arnor planned the Attack on Gondor.", options));
  EXPECT_EQ("", Code("Arnor Attack's plans worried Gondor.", options));
  EXPECT_EQ("ARN GON 190", Code("Arnor will attack Gondor.", options));
}

TEST_F(TabariEngineTest, PatternBoundTargetIsNotTheSource) {
  // "- + WAS * DEAD": the actor before the verb is the target, the source
  // is found after the verb.
  EXPECT_EQ("MOR ARN 186", Code("Arnor was shot dead in Mordor.", {{"SET: MINIMUM WORDS", "0"}}));
}

TEST_F(TabariEngineTest, ForwardGivesAnOpeningPronounThePreviousSentencesActor) {
  const std::string text = "Arnor minister accused Gondor of lying. He attacked Mordor.";
  EXPECT_EQ("ARNGOV GON 112; ARN MOR 190",
            Code(text, {{"SET: MINIMUM WORDS", "0"}, {"FORWARD", "^^*****NNN*SSS"}}));
  EXPECT_EQ("ARNGOV GON 112",
            Code(text, {{"SET: MINIMUM WORDS", "0"}, {"FORWARD", "^^*****NNN*SSS OFF"}}));
}

TEST_F(TabariEngineTest, AnAgentComposesWithTheActorOfItsOwnPhraseOnly) {
  EXPECT_EQ("ARNGOV MOR 112; GON MOR 112", Code("The minister of Arnor and Gondor accused Mordor.",
                                                {{"SET: MINIMUM WORDS", "0"}}));
}

TEST_F(TabariEngineTest, SynsetInsideAnAlternative) {
  EXPECT_EQ("ARN GON 112", Code("Arnor denounced the cultural policy of Gondor."));
}

TEST_F(TabariEngineTest, VerbPhraseWordsMayHaveWordsBetween) {
  EXPECT_EQ("ARN GON 190", Code("Arnor's death toll has risen in the war with Gondor."));
}

}  // namespace
}  // namespace khaldun
