// Events that must survive material added after their verb: the same act
// coded in a short sentence and in a longer wire-style one (see
// scripts/robustness-after). Coded through the whole pipeline with the
// shipped dictionaries; each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedAfterVerbTest, AParentheticalOnTheObjectKeepsTheVerbsComplement) {
  // A relative clause or an appositive between the object and "to", "of" or
  // "for" leaves the pattern that reads them (a request to release 0253, an
  // accusation of a crime 1121, ...), not the bare verb's code.
  EXPECT_EQ("IGOAFRAFU 0253 BDIGOV",
            CodesOf("The African Union called on Burundi, which has rejected outside mediation, "
                    "to release the detained journalists.",
                    "2021-05-01"));
  EXPECT_EQ("USAGOV 1121 PRKGOV",
            CodesOf("Washington accused Pyongyang, its longtime adversary, of smuggling weapons "
                    "to Syria.",
                    "2021-05-01"));
  EXPECT_EQ("CHNGOV 0256 AUSGOV",
            CodesOf("Beijing asked Canberra, whose ships patrol the area, to withdraw its "
                    "frigates.",
                    "2021-05-01"));
  EXPECT_EQ("RUSGOV 1123 UKRGOV; UKRGOV 016 RUSGOV",
            CodesOf("Moscow accused Kyiv, which denies the charge, of shelling a nuclear plant.",
                    "2021-05-01"));
  EXPECT_EQ("MEXGOV 0233 IGOUNO",
            CodesOf("Mexico appealed to the United Nations, the largest donor in the region, for "
                    "emergency food aid.",
                    "2021-05-01"));
}

TEST(ShippedAfterVerbTest, AParticiplePhraseOrCompanionsOnTheObjectKeepTheComplement) {
  // ", accused of ...,": the person extradited is handed "to" the state
  // after it, not to a state named inside it.
  EXPECT_EQ("ESPGOV 063 USAGOV",
            CodesOf("Spain extradited businessman Carlos Ruiz, accused of laundering money for the "
                    "Venezuelan government, to the United States.",
                    "2021-06-01"));
  // ", known as ...," and a date after it: the ", with ..." further on is
  // no partner of the exercise; the allies still exercise together.
  EXPECT_EQ("THAMIL 062 USAMIL; USAMIL 062 THAMIL",
            CodesOf("Thai and American troops began their annual joint military exercise, known "
                    "as Cobra Gold, on Tuesday, with American warships docking in Sattahip.",
                    "2019-02-12"));
  // ", along with ...,": the order "to leave" reads past the companions.
  EXPECT_EQ("RUSGOV 161 LVAGOV; RUSGOV 161 ESTGOV; RUSGOV 161 LTUGOV",
            CodesOf("Moscow ordered diplomats from Latvia, Estonia and Lithuania, along with those "
                    "of two other European states, to leave the country.",
                    "2021-06-01"));
}

TEST(ShippedAfterVerbTest, AnInfinitiveAfterARelativeClauseOnTheObjectIsTheRequests) {
  // The relative clause ends at its closing comma: "to investigate" is what
  // Portugal asks for, not an act of Angola's, and "rejected" takes no
  // target from after the clause.
  EXPECT_EQ("PRTGOV 020 AGOGOV",
            CodesOf("Portugal urged Angola, which has rejected the findings, to investigate the "
                    "killings of protesters.",
                    "2019-06-29"));
  EXPECT_EQ("PRTGOV 020 AGOGOV", CodesOf("Portugal urged Angola to investigate the killings of "
                                         "protesters.",
                                         "2019-06-29"));
  EXPECT_EQ("DEUGOV 0256 SRBGOV",
            CodesOf("Germany asked Serbia, whose troops have massed near the border, to withdraw "
                    "its forces from the area.",
                    "2019-06-29"));
}

TEST(ShippedAfterVerbTest, APlaceAfterARelativeClauseOnTheObjectStillPlacesTheParties) {
  // The clause goes on past the relative clause: the place after it gives
  // the police and those they hold their country, as without the clause.
  EXPECT_EQ("ZWECOP 173 ZWEMED",
            CodesOf("Police detained three journalists, who had filmed the protest, in Harare.",
                    "2021-06-01"));
  EXPECT_EQ("MLIMIL 173 MLIOPP; MLIOPP 141 MLIGOV",
            CodesOf("Soldiers arrested four activists, who had organised the march, in Bamako.",
                    "2021-06-01"));
}

TEST(ShippedAfterVerbTest, AnOutcomeParticipleLendsTheVerbBeforeItNoTarget) {
  // ", killing ...", ", prompting ...", ", drawing ...": when the act names
  // the place it hits, the parties of the participle clause are not its
  // object; it keeps the target it has alone. (The toll is part of the
  // shelling, not a second event: coder_casualties.cc.)
  EXPECT_EQ("RUSMIL 194 UKR",
            CodesOf("Russian forces shelled villages inside Ukraine overnight, killing at least "
                    "nine Ukrainian soldiers.",
                    "2017-06-01"));
  EXPECT_EQ("TURMIL 195 IRQ; IRQGOV 114 TURGOV",
            CodesOf("Turkish jets bombed villages in northern Iraq, prompting a protest from the "
                    "Iraqi government.",
                    "2017-06-01"));
  EXPECT_EQ("ISRMIL 195 SYR; IGOMEAARL 111 ISRMIL",
            CodesOf("Israeli jets bombed targets inside Syria, drawing condemnation from the Arab "
                    "League.",
                    "2017-06-01"));
}

TEST(ShippedAfterVerbTest, AMeetingInAGerundPhraseOfTimeIsTheSubjects) {
  // "before flying on to a meeting with ...": the minister meets, not the
  // country he visited, the actor nearest before the noun.
  EXPECT_EQ("FRAGOV 042 LBN; FRAGOV 040 DEUGOV",
            CodesOf("The French foreign minister visited Lebanon on Thursday before flying on to a "
                    "meeting with the German chancellor.",
                    "2019-05-01"));
  EXPECT_EQ("IRNGOV 042 SYR; IRNGOV 040 TURGOV",
            CodesOf("Iran's president toured Syria after attending talks with the Turkish leader in "
                    "Ankara.",
                    "2019-05-01"));
}

TEST(ShippedAfterVerbTest, AWhatXCalledPhraseKeepsTheObjectsPattern) {
  // "what X called" before the object leaves the pattern that reads the
  // object (a vessel seized 1711, an accord signed with a partner 057), and
  // its verb is no statement of its own.
  EXPECT_EQ("PHLMIL 1711 CHN",
            CodesOf("The Philippine navy seized what Manila described as a Chinese spy ship near "
                    "Scarborough Shoal.",
                    "2021-06-01"));
  EXPECT_EQ("SRBGOV 057 KSVGOV; KSVGOV 057 SRBGOV",
            CodesOf("Serbia signed what its president called a difficult accord with Kosovo in "
                    "Brussels.",
                    "2021-06-01"));
  EXPECT_EQ("UKRMIL 195 RUSMIL",
            CodesOf("Ukrainian forces shot down what Kyiv called a Russian reconnaissance drone "
                    "over Kharkiv.",
                    "2021-06-01"));
  // After a preposition the phrase judges the act: the judgement is coded.
  EXPECT_EQ("JPNGOV 111 CHNMIL",
            CodesOf("Chinese warplanes flew close to a Japanese destroyer, in what Tokyo called a "
                    "dangerous provocation.",
                    "2021-06-01"));
}

TEST(ShippedAfterVerbTest, AnAppositiveBetweenTheMembersLeavesAMutualActToThem) {
  // "..., the first encounter between X and Y": the appositive after the
  // place names the members of the compound subject again, not a target of
  // their handshake; without the rule the nearer member met itself.
  EXPECT_EQ("JPNGOV 040 KORGOV; KORGOV 040 JPNGOV",
            CodesOf("Shinzo Abe and Moon Jae-in shook hands in Osaka, the first encounter between "
                    "a South Korean president and a Japanese prime minister in 15 months.",
                    "2019-06-29"));
  EXPECT_EQ("PAKGOV 044 INDGOV; INDGOV 044 PAKGOV",
            CodesOf("Imran Khan and Narendra Modi shook hands at the summit in Bishkek, the first "
                    "encounter between an Indian prime minister and a Pakistani leader since the "
                    "crisis.",
                    "2019-06-14"));
  // The same with a second verb phrase after the appositive.
  EXPECT_EQ("JPNGOV 040 KORGOV; KORGOV 040 JPNGOV",
            CodesOf("Shinzo Abe and Moon Jae-in shook hands in Osaka, the first encounter between "
                    "a South Korean president and a Japanese prime minister in 15 months, and left "
                    "for a dinner with other leaders.",
                    "2019-06-29"));
}

}  // namespace
}  // namespace khaldun
