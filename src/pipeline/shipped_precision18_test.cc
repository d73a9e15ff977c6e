// False positives on fresh text and real news, through the shipped vocabulary
// and the coder: a statement verb (announce, declare, stress, describe) with
// no pattern of its own states nothing to a party it mentions; only
// informing, notifying and briefing address one (010). An event noun still
// ahead ("the coming summit", "an impending offensive"), none in particular
// ("any war") or a condition ("in the event of") reports no act. An intent
// with no pattern after a hostile verb takes no target from it ("rejected
// the proposal and vowed to press on"), nor one from the subject of the
// clause it reports ("pledged that US forces would remain"). An act after
// "from" that a verb of preventing governs is kept from happening. A flight
// into exile is no visit. A hope for an act of one's own comments on no
// party; "considers it a terrorist group" with the pronoun unresolved weighs
// no policy towards the group named. What is discussed is the topic, not the
// partner. A participle of backing after a noun ("rebels backed by Ankara")
// describes a side, it endorses nothing now. A condition interrupted by a
// phrase between commas is still a condition. A party right before "said"
// after the act is a speaker, not the target. Protesters named by their
// demand protest for it (1411 for a change of leadership), they do not
// demand (1041).
//
// Coded through the whole pipeline as `khaldun code` codes them. Each
// sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedPrecision18Test, AStatementVerbStatesNothingToThePartyItMentions) {
  // The party named in what is stated, declared or described is its topic,
  // not an addressee.
  EXPECT_EQ("", CodesOf("Brazil stressed the need to protect Paraguayan farmers.", "2020-01-01"));
  EXPECT_EQ("", CodesOf("Nigeria declared the Chadian rebels a threat to the region.",
                        "2020-01-01"));
  EXPECT_EQ("", CodesOf("The Danish minister underlined how Sweden had changed its policy.",
                        "2020-01-01"));
  // Informing and notifying address the party named.
  EXPECT_EQ("TURGOV 010 SYRGOV",
            CodesOf("Ankara informed Damascus of the operation in writing.", "2020-01-01"));
  EXPECT_EQ("CANGOV 010 USAGOV",
            CodesOf("Canada notified Washington that it would end the treaty.", "2020-01-01"));
  // A pattern of the block still codes what is declared.
  EXPECT_EQ("KENGOV 1724 KEN", CodesOf("Kenya declared a state of emergency.", "2020-01-01"));
}

TEST(ShippedPrecision18Test, AnEventNounStillAheadOrNoneInParticularIsNotDone) {
  EXPECT_EQ("", CodesOf("Officials discussed the coming summit between Kenya and Ethiopia.",
                        "2020-01-01"));
  EXPECT_EQ("", CodesOf("Congo's army braced for an impending Rwandan offensive on Goma.",
                        "2020-01-01"));
  EXPECT_EQ("", CodesOf("Cyprus readied its bases in the event of US-led military action in Syria.",
                        "2020-01-01"));
  EXPECT_EQ("", CodesOf("Lebanon will be the battlefield in any war between Israel and Iran.",
                        "2020-01-01"));
  EXPECT_EQ("", CodesOf("Analysts raised the prospect of a Turkish offensive against the Kurds.",
                        "2020-01-01"));
  // A summit held, an offensive launched, are reported.
  EXPECT_EQ("KENGOV 040 ETHGOV; ETHGOV 040 KENGOV",
            CodesOf("The summit between Kenya and Ethiopia ended on Friday.", "2020-01-01"));
  EXPECT_EQ("TURMIL 190 SYRUAF",
            CodesOf("The Turkish army launched an offensive against Kurdish militants in Syria.",
                    "2020-01-01"));
}

TEST(ShippedPrecision18Test, AVowAfterAHostileVerbPromisesNothingToItsTarget) {
  EXPECT_EQ("ISRGOV 120 PSEREB",
            CodesOf("Netanyahu rejected the Hamas counterproposal and vowed to press on.",
                    "2020-01-01"));
  EXPECT_EQ("LBNREB 112 ISRGOV",
            CodesOf("Hezbollah blamed Israel for the blasts and promised to keep fighting.",
                    "2020-01-01"));
  EXPECT_EQ("PAKGOV 111 INDGOV",
            CodesOf("Pakistan condemned India over the dam and vowed to stand firm.",
                    "2020-01-01"));
  EXPECT_EQ("CHLGOV 111 BOLGOV",
            CodesOf("Chile accused Bolivia of lying and promised to defend its position.",
                    "2020-01-01"));
  // After a meeting the promise is to the party met.
  EXPECT_EQ("KENGOV 040 ETHGOV; KENGOV 030 ETHGOV",
            CodesOf("The Kenyan president met Ethiopia's prime minister and pledged to build a "
                    "new railway.",
                    "2020-01-01"));
}

TEST(ShippedPrecision18Test, ABarePromiseIsNotToThePartyOfTheClauseItReports) {
  EXPECT_EQ("", CodesOf("Erdogan vowed he would clear Syrian Kurds from the border.",
                        "2020-01-01"));
  EXPECT_EQ("", CodesOf("The Kenyan president promised that Ugandan traders would be welcome.",
                        "2020-01-01"));
  EXPECT_EQ("", CodesOf("The French and German leaders agreed the Iranian government had broken "
                        "the deal.",
                        "2020-01-01"));
  // The party promised comes before the clause.
  EXPECT_EQ("USAGOV 030 TURGOV",
            CodesOf("The Trump administration promised Turkey it would not arm the Kurds.",
                    "2020-01-01"));
  EXPECT_EQ("IGOWSTNAT 030 GEOGOV",
            CodesOf("NATO promised Georgia that it would one day join the alliance.",
                    "2020-01-01"));
  // Members of a compound subject promise each other.
  EXPECT_EQ("KENGOV 030 UGAGOV; UGAGOV 030 KENGOV",
            CodesOf("The Kenyan and Ugandan presidents pledged that neither country would close "
                    "the border.",
                    "2020-01-01"));
}

TEST(ShippedPrecision18Test, AnActAPartyIsPreventedFromIsNotDone) {
  EXPECT_EQ("IGOEUREEC 163 RUSBUS",
            CodesOf("The European Union barred Russian airlines from flying over its territory.",
                    "2020-01-01"));
  EXPECT_EQ("", CodesOf("Police stopped protesters from attacking the Chinese embassy.",
                        "2020-01-01"));
  EXPECT_EQ("", CodesOf("A US judge barred banks from providing loans to Gazprom.", "2020-01-01"));
  EXPECT_EQ("EGYGOV 172 PSEREB",
            CodesOf("Egypt blocked Hamas from receiving weapons from Iran.", "2020-01-01"));
  // Coming back from an act reports it.
  EXPECT_EQ("SYRREB 190 IRQ",
            CodesOf("Syrian fighters returned from fighting the Kurds in Iraq.", "2020-01-01"));
}

TEST(ShippedPrecision18Test, AFlightIntoExileIsNoVisit) {
  EXPECT_EQ("", CodesOf("The deposed Malian president flew into exile aboard an Algerian plane.",
                        "2020-01-01"));
  EXPECT_EQ("", CodesOf("The ousted Bolivian leader flew into exile in Mexico.", "2020-01-01"));
  // Other trips are visits, whatever carries the traveller.
  EXPECT_EQ("BLRGOV 042 RUS",
            CodesOf("Lukashenko arrived in Moscow aboard a private jet.", "2020-01-01"));
  EXPECT_EQ("MLIGOV 042 DZA",
            CodesOf("The Malian foreign minister flew to Algiers for talks.", "2020-01-01"));
}

TEST(ShippedPrecision18Test, AHopeForAnActOfOnesOwnCommentsOnNoParty) {
  EXPECT_EQ("", CodesOf("Ankara hopes to dislodge the PYD from Afrin.", "2020-01-01"));
  EXPECT_EQ("", CodesOf("The Chilean government hopes to use its presidency of the Andean "
                        "Community to push the reform.",
                        "2020-01-01"));
  // A hoped-for meeting, and confidence about another party, still code.
  EXPECT_EQ("TURGOV 036 RUSGOV", CodesOf("Ankara hopes to meet Putin next week.", "2020-01-01"));
  EXPECT_EQ("FRAGOV 013 ITAGOV",
            CodesOf("Macron said he was confident that Paris and Rome would find a joint line.",
                    "2020-01-01"));
}

TEST(ShippedPrecision18Test, AJudgementWithAnUnresolvedPronounWeighsNoPolicy) {
  EXPECT_EQ("", CodesOf("The Turkish government considers it a terrorist group.", "2020-01-01"));
  EXPECT_EQ("", CodesOf("Ankara considers them terrorists.", "2020-01-01"));
  EXPECT_EQ("", CodesOf("He said it would be reckless to consider Isis to have been defeated.",
                        "2020-01-01"));
  EXPECT_EQ("TURGOV 111 TURUAF",
            CodesOf("Ankara considers the militia a terrorist organisation.", "2020-01-01"));
}

TEST(ShippedPrecision18Test, WhatIsDiscussedIsTheTopicNotThePartner) {
  EXPECT_EQ("RUSGOV 040 TURGOV; TURGOV 040 RUSGOV",
            CodesOf("Russia and Turkey met in Moscow to discuss Syria.", "2020-01-01"));
  EXPECT_EQ("", CodesOf("The Turkish president exchanged views on Syria.", "2020-01-01"));
  EXPECT_EQ("", CodesOf("The Egyptian cabinet discussed Sudan on Sunday.", "2020-01-01"));
  EXPECT_EQ("", CodesOf("Kenya and Uganda are happy to discuss the border.", "2020-01-01"));
  // The partner is named after "with"; members of a compound discuss with each other.
  EXPECT_EQ("FRAGOV 040 DEUGOV; DEUGOV 040 FRAGOV",
            CodesOf("The French president discussed the crisis with Angela Merkel.",
                    "2020-01-01"));
  EXPECT_EQ("KENGOV 040 UGAGOV; UGAGOV 040 KENGOV",
            CodesOf("Kenya and Uganda discussed the border dispute on Monday.", "2020-01-01"));
}

TEST(ShippedPrecision18Test, AParticipleOfBackingAfterANounDescribesASide) {
  EXPECT_EQ("", CodesOf("The Syrian rebels backed by Ankara entered the town.", "2020-01-01"));
  EXPECT_EQ("", CodesOf("Aid groups supporting Somali farmers asked for more money.",
                        "2020-01-01"));
  EXPECT_EQ("SYRREB 190 SYR",
            CodesOf("Kurdish fighters backed by Washington entered Raqqa.", "2020-01-01"));
  // A backing reported as an act is one.
  EXPECT_EQ("ESPGOV 051 MARGOV", CodesOf("Spain backed Morocco's autonomy plan.", "2020-01-01"));
  EXPECT_EQ("IGOEURCOEJUD 051 GBRGOV",
            CodesOf("The European court of human rights backed the UK in the case.",
                    "2020-01-01"));
}

TEST(ShippedPrecision18Test, AConditionInterruptedByAPhraseIsStillACondition) {
  EXPECT_EQ("", CodesOf("If Kenya, as expected, closes the border with Somalia, trade will suffer.",
                        "2020-01-01"));
  EXPECT_EQ("", CodesOf("If Trump, with Bolton's encouragement, walks out of the nuclear deal "
                        "with Iran, prices will rise.",
                        "2020-01-01"));
  // The main clause after the condition is reported.
  EXPECT_EQ("RUSGOV 1313 UKRGOV",
            CodesOf("If talks fail, Russia, its main ally, will recall its ambassador from "
                    "Ukraine.",
                    "2020-01-01"));
}

TEST(ShippedPrecision18Test, APartyBeforeSaidAfterTheActIsASpeaker) {
  EXPECT_EQ("", CodesOf("Colombian warplanes bombed a camp that Bogota said was used by drug "
                        "traffickers.",
                        "2020-01-01"));
  EXPECT_EQ("", CodesOf("French jets struck a convoy that Paris described as a jihadist column.",
                        "2020-01-01"));
  // A party named before the attribution is still the target.
  EXPECT_EQ("ISRMIL 195 LBNREB",
            CodesOf("Israeli jets struck Hezbollah positions that the army said stored rockets.",
                    "2020-01-01"));
}

TEST(ShippedPrecision18Test, ProtestersNamedByTheirDemandProtestForIt) {
  EXPECT_EQ("KENCOP 175 KENOPP; KENOPP 1411 KENGOV",
            CodesOf("Kenyan police fired tear gas at protesters demanding the resignation of "
                    "President Ruto.",
                    "2024-06-25"));
  EXPECT_EQ("SRBCOP 175 SRBOPP; SRBOPP 1411 SRBGOV",
            CodesOf("Police in Belgrade fired tear gas at demonstrators demanding new elections.",
                    "2024-06-25"));
  // A demand made by a party that is not named as protesters stays a demand.
  EXPECT_EQ("USAGOV 1041 VENGOV",
            CodesOf("The US ambassador demanded the resignation of the Venezuelan government.",
                    "2024-06-25"));
}

}  // namespace
}  // namespace khaldun
