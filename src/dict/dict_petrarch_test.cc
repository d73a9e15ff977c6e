// PETRARCH-2 syntax, one feature per test, each with its own tiny dictionary.
#include <gtest/gtest.h>

#include "dict/dict_test_util.h"

namespace khaldun {
namespace {

using testing::OneSource;
using testing::RenderDiagnostics;
using testing::RenderMatches;
constexpr auto kP2 = DictFormat::kPetrarch2;

TEST(PetrarchVerbs, BlockWordsGetRegularFormsAndBlockCode) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kVerbs, kP2,
                     "--- ACCELERATE [042] ---\n"
                     "HURRY\n"
                     "RACE\n"
                     "PUSH\n", &diags);
  EXPECT_EQ("", RenderDiagnostics(diags));
  EXPECT_EQ("verb:0-1=HURRY verb:1-2=HURRY verb:2-3=RACE verb:3-4=RACE verb:4-5=PUSH verb:5-6=PUSH",
            RenderMatches(*d, "hurries hurried racing raced pushes pushing"));
  ASSERT_EQ(1u, d->verb_blocks().size());
  EXPECT_EQ("042", d->verb_blocks()[0].code.ToString());
  EXPECT_EQ("ACCELERATE", d->verb_blocks()[0].name);
}

TEST(PetrarchVerbs, IrregularFormsInBracesReplaceRegularOnes) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kVerbs, kP2, "--- GIVE [070] ---\nGIVE {GIVES GAVE GIVEN }\n", &diags);
  EXPECT_EQ("verb:0-1=GIVE verb:1-2=GIVE verb:2-3=GIVE", RenderMatches(*d, "gave given gives giving"));
}

TEST(PetrarchVerbs, PlusMarksTheInflectedWordOfAMultiWordVerb) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kVerbs, kP2, "--- CANCEL [---] ---\n+CALL_OFF [160]\n", &diags);
  EXPECT_EQ("verb:1-3=CALL OFF", RenderMatches(*d, "they called off talks"));
  const auto& form = d->verb_forms()[0];
  EXPECT_EQ("160", form.EffectiveCode(d->verb_blocks()).ToString());
}

TEST(PetrarchVerbs, PatternsWithPhrasesSynsetsAndPairedCodes) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kVerbs, kP2,
                     "&CURRENCY\n+DOLLAR\n+CASH_\n\n"
                     "--- APPEAR [---] ---\n"
                     "APPEAR\n"
                     "- * (BEFORE COURT) [:173] # reverse only\n"
                     "- $ * (TO {PEACE TALKS}) [036:036]\n"
                     "- * &CURRENCY [071]\n", &diags);
  EXPECT_EQ("", RenderDiagnostics(diags));
  const auto& patterns = d->verb_blocks()[0].patterns;
  ASSERT_EQ(3u, patterns.size());
  EXPECT_EQ("", patterns[0].code.primary);
  EXPECT_EQ("173", patterns[0].code.reverse);
  EXPECT_EQ("036:036", patterns[1].code.ToString());
  using T = PatternElement::Type;
  std::vector<T> types;
  for (const auto& e : patterns[1].elements) types.push_back(e.type);
  EXPECT_EQ((std::vector<T>{T::kSource, T::kVerb, T::kPrepBegin, T::kWord, T::kNounBegin, T::kWord, T::kWord,
                            T::kNounEnd, T::kPrepEnd}),
            types);
  EXPECT_EQ(T::kSynset, patterns[2].elements[1].type);
  EXPECT_EQ("CURRENCY", d->synsets()[patterns[2].elements[1].id].name);
  EXPECT_EQ((std::vector<std::string>{"DOLLAR", "DOLLARS", "CASH"}), d->synsets()[0].phrases);
}

TEST(PetrarchVerbs, SynsetLabelEndingInUnderscoreGetsNoPlurals) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kVerbs, kP2, "&AUXVERB3_\n+HAVE\n+HAS\n", &diags);
  ASSERT_EQ(1u, d->synsets().size());
  EXPECT_EQ("AUXVERB3", d->synsets()[0].name);
  EXPECT_EQ((std::vector<std::string>{"HAVE", "HAS"}), d->synsets()[0].phrases);
}

// Synsets that name each other (&B and &C) grow at every level of the
// expansion of a third that names them (&A); the expansion stops at a bound
// with an error instead of exhausting memory (a 567-byte input found by the
// dict_fuzz campaign took over 2 GB).
TEST(PetrarchVerbs, MutuallyNestedSynsetsStopGrowingWithAnError) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kVerbs, kP2,
                     "&A\n+&B_X\n+&B_Y\n&B\n+&C_P\n+&C_Q\n+&C_R\n+&C_S\n&C\n"
                     "+&B_T\n+&B_U\n+&B_V\n+&B_W\n",
                     &diags);
  ASSERT_EQ(3u, d->synsets().size());
  EXPECT_LE(d->synsets()[0].phrases.size(), 4096u);
  EXPECT_NE(std::string::npos, RenderDiagnostics(diags).find("[synset-too-large]"))
      << RenderDiagnostics(diags);
}

TEST(PetrarchVerbs, UnknownSynsetDropsThePatternOnly) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kVerbs, kP2, "--- X [---] ---\nSEIZE\n- * &WEAPON [194]\n- * LAND [190]\n", &diags);
  EXPECT_EQ("test:3: error: unknown synset &WEAPON; pattern dropped [unknown-synset]\n", RenderDiagnostics(diags));
  EXPECT_EQ(1u, d->verb_blocks()[0].patterns.size());
}

TEST(PetrarchVerbs, TransformationsAreKept) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kVerbs, kP2, "~ a (a b ATTACK) SAY = a b 015\n", &diags);
  ASSERT_EQ(1u, d->transformations().size());
  EXPECT_EQ("a (a b ATTACK) SAY", d->transformations()[0].lhs);
  EXPECT_EQ("a b 015", d->transformations()[0].rhs);
}

TEST(PetrarchVerbs, DefectsAreReportedWithFileAndLine) {
  std::vector<Diagnostic> diags;
  OneSource(DictKind::kVerbs, kP2,
            "--- X [---] ---\n"
            "SEIZE\n"
            "- * (TO LAND [190]\n"        // unbalanced
            "- * LAND [999]\n"            // not CAMEO
            "- LAND [190]\n"              // no verb
            "- * { A | B } [190]\n",      // disjunction
            &diags);
  EXPECT_EQ(
      "test:3: error: unclosed '('; line skipped [unbalanced-brackets]\n"
      "test:5: error: pattern has no '*' for the verb, so it can never match [never-matches]\n"
      "test:6: error: PETRARCH-2 patterns cannot hold { A | B } disjunctions (use a synset) [syntax]\n"
      "test:4: error: [999] is not a CAMEO code; pattern dropped [not-cameo-code]\n",
      RenderDiagnostics(diags));
}

TEST(PetrarchVerbs, EmptyBlocksAndSynsetsNeverMatch) {
  std::vector<Diagnostic> diags;
  OneSource(DictKind::kVerbs, kP2, "&EMPTY\n--- NOWORDS [010] ---\n- * X [010]\n", &diags);
  EXPECT_EQ(
      "test:1: warning: synset &EMPTY has no phrases [never-matches]\n"
      "test:2: warning: block NOWORDS has no words, so its patterns can never match [never-matches]\n",
      RenderDiagnostics(diags));
}

TEST(PetrarchNominals, BlockWordsGetNounPlurals) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kNominals, kP2, "--- ATTACK [190] ---\nAIR_STRIKE\nCASUALTY\n", &diags);
  EXPECT_EQ("nominal:0-2=AIR STRIKE nominal:2-3=CASUALTY", RenderMatches(*d, "air strikes casualties"));
  EXPECT_TRUE(d->verb_blocks()[0].nominal);
}

TEST(PetrarchActors, SynonymsAndDatedCodes) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kActors, kP2,
                     "AFGHANISTAN_  [AFG]\n"
                     "+KABUL_\n"
                     "HAMID_KARZAI_\n"
                     "\t[AFGELI 620101-011221]\n"
                     "\t[AFGGOV >20011222]\n"
                     "\t[AFGELI]\n", &diags);
  EXPECT_EQ("", RenderDiagnostics(diags));
  EXPECT_EQ("actor:0-1=AFGHANISTAN actor:2-4=HAMID KARZAI", RenderMatches(*d, "Kabul says Hamid Karzai"));
  const ActorEntry& k = d->actor(1);
  EXPECT_EQ("AFGGOV", k.CodeAt(Date{2005, 1, 1}));
  EXPECT_EQ("AFGELI", k.CodeAt(Date{1990, 1, 1}));
  EXPECT_EQ("AFGELI", k.CodeAt(Date{}));
  EXPECT_EQ(19620101, k.dated[0].from);
}

TEST(PetrarchActors, SevenDigitDateDropsOnlyThatRestriction) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kActors, kP2, "LEVON_TER_PETROSIAN_\n\t[ARMUNR 9008223-911221]\n\t[ARMELI]\n", &diags);
  EXPECT_EQ("test:2: error: malformed date \"9008223\" (want YYYYMMDD or YYMMDD); restriction dropped [malformed-date]\n",
            RenderDiagnostics(diags));
  EXPECT_EQ("ARMELI", d->actor(0).default_code);
  EXPECT_TRUE(d->actor(0).dated.empty());
}

TEST(PetrarchActors, LessThanDateAndConflictingDuplicates) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kActors, kP2, "OBAMA [USAELI <20090120]\nOBAMA [USAGOV]\n", &diags);
  EXPECT_EQ(20090120, d->actor(0).dated[0].to);
  ASSERT_EQ(1u, diags.size());
  EXPECT_EQ("conflicting-duplicate", diags[0].check);
  EXPECT_EQ(2u, diags[0].line);
}

TEST(PetrarchAgents, CompositionPluralsAndSubstitutions) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kAgents, kP2,
                     "!PERSON! = MAN, MEN\n"
                     "CONGRESS!PERSON! [~LEG]\n"
                     "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\n"
                     "POLICE {} [~COP]\n"
                     "HUMAN_RIGHTS_BODY [NGO~]\n"
                     "MINISTRY [~GOV]\n", &diags);
  EXPECT_EQ("", RenderDiagnostics(diags));
  EXPECT_EQ("agent:0-1=LEG agent:1-2=LEG agent:2-4=GOVATG agent:4-5=COP agent:5-6=GOV",
            RenderMatches(*d, "congressmen congressman attorneys general police ministries"));
  EXPECT_EQ("", RenderMatches(*d, "polices congresspersons"));
  EXPECT_EQ(AgentEntry::Composition::kPrefix, d->agent(3).composition);
  EXPECT_EQ("NGO", d->agent(3).code);
  EXPECT_EQ(AgentEntry::Composition::kSuffix, d->agent(0).composition);
}

TEST(PetrarchDiscards, StoryLevelAndTrailingUnderscore) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kDiscards, kP2, "+ACADEMY AWARD # pas\nSOCCER\nWORLD CUP_\n", &diags);
  EXPECT_TRUE(d->discard(0).story_level);
  EXPECT_FALSE(d->discard(1).story_level);
  EXPECT_EQ("discard:0-2=ACADEMY AWARD discard:2-3=SOCCER discard:3-5=WORLD CUP",
            RenderMatches(*d, "academy awards soccerball world cup"));
  EXPECT_EQ("", RenderMatches(*d, "world cups"));
}

TEST(PetrarchIssues, BlocksAndExpansions) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kIssues, kP2,
                     "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"
                     "n:teacher [TEACHERS]\n"
                     "pre+k [EARLY]\n"
                     "v:kidnap\n"
                     "~a head start\n"
                     "</ISSUE>\n", &diags);
  EXPECT_EQ("", RenderDiagnostics(diags));
  EXPECT_EQ("issue:0-1=TEACHERS issue:1-2=EARLY issue:2-4=EARLY issue:4-5=EDUCATION",
            RenderMatches(*d, "teachers pre-k pre k kidnaps"));
  EXPECT_TRUE(d->issue(3).ignore);
  EXPECT_EQ("EDUCATION", d->issue(0).category);
}

TEST(PetrarchComments, XmlAndHashCommentsAreSkipped) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kActors, kP2, "<!-- header\nNOT_AN_ACTOR [XXX]\n-->\nFRANCE [FRA] # comment\n", &diags);
  EXPECT_EQ(1u, d->actors().size());
  EXPECT_EQ("FRA", d->actor(0).default_code);
}

}  // namespace
}  // namespace khaldun
