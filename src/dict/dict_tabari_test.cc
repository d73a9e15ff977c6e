// TABARI syntax, one feature per test, each with its own tiny dictionary.
#include <gtest/gtest.h>

#include "dict/dict_test_util.h"

namespace khaldun {
namespace {

using testing::OneSource;
using testing::RenderDiagnostics;
using testing::RenderMatches;
constexpr auto kTab = DictFormat::kTabari;
using T = PatternElement::Type;

std::vector<T> Types(const VerbPattern& p) {
  std::vector<T> out;
  for (const auto& e : p.elements) out.push_back(e.type);
  return out;
}

TEST(TabariVerbs, WordsAreStemsUnlessTheyEndInUnderscore) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kVerbs, kTab, "ABUS  [---] ;OY\nACT_ [100]\n", &diags);
  EXPECT_EQ("", RenderDiagnostics(diags));
  // ABUS is a stem; ACT_ is whole but takes the regular endings (manual 5.2.3).
  EXPECT_EQ("verb:0-1=ABUS verb:1-2=ABUS verb:2-3=ACT verb:3-4=ACT", RenderMatches(*d, "abused abuses act acted"));
  EXPECT_EQ("", RenderMatches(*d, "actor activity"));
}

TEST(TabariVerbs, IrregularFormsOnTheFollowingLine) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kVerbs, kTab, "FLY_ [032]\n{ FLEW_ FLOWN_ }\n", &diags);
  EXPECT_EQ("verb:0-1=FLY verb:1-2=FLY", RenderMatches(*d, "flew flown"));
  EXPECT_EQ(1u, d->verb_blocks().size());
}

TEST(TabariVerbs, SpecialTokensAndAdjacency) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kVerbs, kTab,
                     "ABDUCT  [181]\n"
                     "- + * BY_ $  [181] ;BERT\n"
                     "- *_AND_KILLED ^ %  [1823]\n", &diags);
  EXPECT_EQ("", RenderDiagnostics(diags));
  const auto& ps = d->verb_blocks()[0].patterns;
  ASSERT_EQ(2u, ps.size());
  EXPECT_EQ((std::vector<T>{T::kTarget, T::kVerb, T::kWord, T::kSource}), Types(ps[0]));
  EXPECT_FALSE(ps[0].elements[2].stem);  // BY_ is whole
  EXPECT_EQ((std::vector<T>{T::kVerb, T::kWord, T::kWord, T::kSkip, T::kCompound}), Types(ps[1]));
  EXPECT_TRUE(ps[1].elements[0].adjacent_to_next);
  EXPECT_TRUE(ps[1].elements[1].adjacent_to_next);
  EXPECT_FALSE(ps[1].elements[1].stem);  // AND_ is whole
  EXPECT_TRUE(ps[1].elements[2].stem);   // KILLED is a stem
}

TEST(TabariVerbs, Alternatives) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kVerbs, kTab, "ABDUCT  [181]\n- + IN_ $ { WAS | WERE } *  [181]\n", &diags);
  const auto& p = d->verb_blocks()[0].patterns[0];
  ASSERT_EQ(T::kAlternatives, p.elements[3].type);
  EXPECT_EQ((std::vector<std::vector<std::string>>{{"WAS"}, {"WERE"}}), p.elements[3].alternatives);
  auto d2 = OneSource(DictKind::kVerbs, kTab, "ACCORD [---]\n- * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS [111]\n", &diags);
  const auto& alt = d2->verb_blocks()[0].patterns[0].elements[2];
  ASSERT_EQ(T::kAlternatives, alt.type);
  EXPECT_TRUE(d2->verb_blocks()[0].patterns[0].elements[1].adjacent_to_next);
  EXPECT_TRUE(alt.adjacent_to_next);
  EXPECT_EQ((std::vector<std::vector<std::string>>{{"GENEVA"}, {"INTERNATIONAL"}}), alt.alternatives);
  EXPECT_EQ((std::vector<std::vector<PhraseWord>>{{{"GENEVA", false}}, {{"INTERNATIONAL", true}}}),
            alt.alternative_words);
}

TEST(TabariVerbs, DiscardDominantSubordinateAndPairedCodes) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kVerbs, kTab,
                     "SAID_ [023?]\n"
                     "- * KENTUCKY DERBY  [###]\n"
                     "- * EFFORT BY [111!]\n"
                     "MEET_ [031:031]\n", &diags);
  EXPECT_EQ("", RenderDiagnostics(diags));
  EXPECT_EQ(EventCode::Priority::kSubordinate, d->verb_blocks()[0].code.priority);
  EXPECT_TRUE(d->verb_blocks()[0].patterns[0].code.is_discard());
  EXPECT_EQ("111!", d->verb_blocks()[0].patterns[1].code.ToString());
  EXPECT_EQ("031", d->verb_blocks()[1].code.reverse);
}

TEST(TabariVerbs, SectionsSynsetsTimeNounAdjective) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kVerbs, kTab,
                     "<SYNSETS>\n&CURRENCY\n+DOLLAR\n+SWISS_FRANC\n</SYNSETS>\n"
                     "<TIME>\nLAST_WEEK [-7]\n- * AND A WEEK [+8]\n</TIME>\n"
                     "<NOUN>\nFORCES_\n</NOUN>\n"
                     "<ADJECTIVE>\nBAD\n</ADJECTIVE>\n"
                     "GRANT [070]\n- * &CURRENCY [071]\n~FINISH\nNOT_READ [010]\n", &diags);
  EXPECT_EQ("", RenderDiagnostics(diags));
  EXPECT_EQ((std::vector<std::string>{"DOLLAR", "SWISS FRANC"}), d->synsets()[0].phrases);
  EXPECT_EQ("-7", d->word_class(PhraseMatch::Kind::kTime)[0].code);
  EXPECT_EQ("time:0-2=LAST WEEK noun:2-3=FORCES adjective:3-4=BAD verb:4-5=GRANT",
            RenderMatches(*d, "last week forces badly granted"));
  EXPECT_EQ(1u, d->verb_blocks().size());  // nothing after ~FINISH
  EXPECT_EQ(0u, d->verb_blocks()[0].patterns[0].elements[1].id);
}

TEST(TabariActors, InlineDatedCodesAndStems) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kActors, kTab,
                     "ALBRIGHT  [USAGOV 991201-010114] [---] ;ems\n"
                     "ARGENTIN  [ARG]\n"
                     "AL_GORE_  [AGR]\n"
                     "AFGHANISTAN_  [AFG]\n"
                     "\t[AFGGOV 331108-730717]\n", &diags);
  EXPECT_EQ("", RenderDiagnostics(diags));
  EXPECT_EQ("USAGOV", d->actor(0).CodeAt(Date{2000, 6, 1}));
  EXPECT_EQ("---", d->actor(0).CodeAt(Date{2005, 6, 1}));
  EXPECT_EQ("actor:0-1=ARGENTIN actor:1-3=AL GORE actor:3-4=AFGHANISTAN",
            RenderMatches(*d, "Argentina's Al Gore Afghanistans"));
  EXPECT_EQ("AFGGOV", d->actor(3).CodeAt(Date{1950, 1, 1}));
}

TEST(TabariActors, NounAndAdjectiveSectionsLastUntilTheirEndTag) {
  // The section is remembered across lines, after the "<NOUN>" line's own text
  // is gone (a view of that text once dangled and sent nouns to the adjectives;
  // found by the dict_fuzz campaign as a use-after-free).
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kActors, kTab,
                     "<NOUN>\nMILITIAS\nGUNMEN_\n</NOUN>\n<ADJECTIVE>\nARMED\n</ADJECTIVE>\n"
                     "ARGENTIN  [ARG]\n",
                     &diags);
  EXPECT_EQ("", RenderDiagnostics(diags));
  EXPECT_EQ("noun:0-1=MILITIAS noun:1-2=GUNMEN adjective:2-3=ARMED actor:3-4=ARGENTIN",
            RenderMatches(*d, "militias gunmen armed Argentine"));
}

TEST(TabariActors, AnEmptyNounIsAnErrorThatNamesTheLine) {
  // "_" alone in a <NOUN> section has no word; its TABARI endings were once
  // added to the last word of an empty phrase (found by the dict_fuzz campaign).
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kActors, kTab, "<NOUN>\n_\nGUNMEN_\n</NOUN>\n", &diags);
  EXPECT_EQ("test:2: error: empty phrase; line skipped [syntax]\n", RenderDiagnostics(diags));
  EXPECT_EQ("noun:0-1=GUNMEN", RenderMatches(*d, "gunmen"));
}

TEST(TabariAgents, TildeCodesAndEndings) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kAgents, kTab, "AMBASSADOR_  [ ~GOV] ;LRP\nHUMAN_RIGHTS_BODY_  [NGO~]\nFISHERM_ [~AGR]\n",
                     &diags);
  EXPECT_EQ("", RenderDiagnostics(diags));
  EXPECT_EQ("agent:0-1=GOV agent:1-2=AGR", RenderMatches(*d, "ambassadors fishermen"));
  EXPECT_EQ(AgentEntry::Composition::kPrefix, d->agent(1).composition);
}

TEST(TabariOptions, LabelsNameCodesWithoutRestrictingThem) {
  // TABARI prints LABEL names in its output; an unlabelled code stays valid,
  // and a labelled code is valid even when CAMEO lacks it.
  std::vector<Diagnostic> diags;
  auto d = Dictionary::FromSources({{"o.options", DictKind::kOptions, kTab, "// c\nLABEL: 010=YIELD\nLABEL: 999=ODD\n"},
                                    {"v.verbs", DictKind::kVerbs, kTab, "YIELD_ [010]\nGO_ [190]\nODD_ [999]\nBAD_ [998]\n"}},
                                   &diags);
  EXPECT_EQ("v.verbs:4: error: block code [998] is not a CAMEO code; block words code nothing [not-cameo-code]\n",
            RenderDiagnostics(diags));
  EXPECT_EQ("LABEL", d->options()[0].key);
}

TEST(TabariVerbs, ComplexityCodeIsAccepted) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kVerbs, kTab, "BLAST_ [+++]\n", &diags);
  EXPECT_EQ("", RenderDiagnostics(diags));
  EXPECT_EQ("+++", d->verb_blocks()[0].code.primary);
}

TEST(TabariSynsets, NestedSynsetsExpand) {
  // A synset may name another one, defined before or after it.
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kVerbs, kTab,
                     "<SYNSETS>\n&PHRASE\n+&TYPES_MEMOS\n+MEMOS_ON_&TYPES\n&TYPES\n+ECONOMIC\n+CULTURAL\n</SYNSETS>\n",
                     &diags);
  EXPECT_EQ("", RenderDiagnostics(diags));
  std::string phrases;
  for (const std::string& p : d->synsets()[0].phrases) phrases += p + ";";
  EXPECT_EQ("ECONOMIC MEMOS;CULTURAL MEMOS;MEMOS ON ECONOMIC;MEMOS ON CULTURAL;", phrases);
}

}  // namespace
}  // namespace khaldun
