// Coreference across sentences with the shipped dictionaries: an object
// "him" or "her" whose clause's subject is already the person it would
// stand for, and a bare "the minister" after a named foreign minister.
// Each passage is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedCorefTest, ObjectPronounIsTheOtherPersonWhenTheSubjectIsTheSalientOne) {
  // "him" is not "He" (that would be "himself"): the other person of the
  // sentence before.
  EXPECT_EQ("EGYGOV 040 JORGOV; EGYGOV 020 JORGOV",
            CodesOf("Egyptian President Abdel Fattah al-Sisi met King Abdullah of Jordan in "
                    "Amman on Monday. He urged him to keep the border crossing open.",
                    "2022-06-01"));
  EXPECT_EQ("RUSGOV 040 USAGOV; RUSGOV 130 USAGOV",
            CodesOf("Vladimir Putin spoke to Joe Biden on Monday. He warned him against sending "
                    "troops to Ukraine.",
                    "2022-06-01"));
  // The subject named again by surname, and a host and his guest.
  EXPECT_EQ("RUSGOV 040 TURGOV; RUSGOV 051 TURGOV",
            CodesOf("Vladimir Putin met Recep Tayyip Erdogan in Sochi. Putin praised him for his "
                    "mediation.",
                    "2022-06-01"));
  EXPECT_EQ("RUSGOV 043 TURGOV; RUSGOV 051 TURGOV; TURGOV 042 RUSGOV",
            CodesOf("Vladimir Putin received Recep Tayyip Erdogan in Sochi on Friday. He thanked "
                    "him for his mediation.",
                    "2022-06-01"));
  // "She ... him".
  EXPECT_EQ("DEUGOV 040 FRAGOV; DEUGOV 051 FRAGOV",
            CodesOf("Angela Merkel met Emmanuel Macron in Berlin. She praised him for his reform "
                    "plans.",
                    "2019-06-01"));
}

TEST(ShippedCorefTest, ObjectPronounKeepsTheSalientPersonUnderAnotherSubject) {
  // The subject is the other person, so "him" is the salient one as before.
  EXPECT_EQ("ISRGOV 040 USAGOV; USAGOV 0256 ISRGOV",
            CodesOf("Israeli Prime Minister Benjamin Netanyahu met US President Joe Biden at the "
                    "White House. The president urged him to agree to a ceasefire.",
                    "2022-06-01"));
}

TEST(ShippedCorefTest, TheMinisterIsTheForeignMinisterNamedBefore) {
  EXPECT_EQ("RUSGOV 042 TUR; RUSGOV 111 IGOWSTNAT",
            CodesOf("Foreign Minister Sergei Lavrov arrived in Ankara on Monday. The minister "
                    "criticised NATO.",
                    "2022-06-01"));
  EXPECT_EQ("DEUGOV 042 UKR; DEUGOV 0332 UKR",
            CodesOf("German Foreign Minister Annalena Baerbock arrived in Kyiv on Monday. The "
                    "minister pledged more military aid to Ukraine.",
                    "2022-06-01"));
}

TEST(ShippedCorefTest, ARoleOnePersonHoldsIsTheOtherPersonToo) {
  EXPECT_EQ("RUSGOV 040 TURGOV; RUSGOV 1123 TURGOV",
            CodesOf("Russian Foreign Minister Sergei Lavrov met his Turkish counterpart on "
                    "Friday. He accused him of arming Ukraine.",
                    "2022-06-01"));
}

TEST(ShippedCorefTest, TheKingdomTheEmirateTheIslandAreTheStateOfThatKind) {
  EXPECT_EQ("SAUGOV 161 QATGOV; SAUGOV 112 QATGOV",
            CodesOf("Saudi Arabia cut ties with Qatar. The kingdom accused Doha of backing "
                    "terrorism.",
                    "2022-06-01"));
  EXPECT_EQ("QATGOV 161 EGYGOV; QATGOV 1123 EGYGOV",
            CodesOf("Qatar expelled the Egyptian ambassador. The emirate accused Cairo of "
                    "meddling.",
                    "2022-06-01"));
  // An object, with "of" and what the state did.
  EXPECT_EQ("MARGOV 161 DZAGOV; DZAGOV 112 MARGOV",
            CodesOf("Morocco recalled its ambassador from Algeria. Algiers accused the kingdom "
                    "of hostile acts.",
                    "2022-06-01"));
  EXPECT_EQ("LKAGOV 0231 IGOBUSIMF; LKAGOV 020 INDGOV",
            CodesOf("Sri Lanka asked the IMF for a loan. The island nation also appealed to "
                    "India for fuel.",
                    "2022-06-01"));
  // "the kingdom of Thailand" names its own state; no island state named
  // before, so "the island" is no one.
  EXPECT_EQ("JPNGOV 114 CHNGOV",
            CodesOf("Japan protested to Beijing over the island of Senkaku. The kingdom of "
                    "Thailand stayed silent.",
                    "2022-06-01"));
  EXPECT_EQ("DEUGOV 070 GRC", CodesOf("Germany sent aid to Greece. The island appealed for more.",
                                     "2022-06-01"));
}

TEST(ShippedCorefTest, TheSouthAndTheNorthAreTheOtherHalfOfKorea) {
  EXPECT_EQ("KORGOV 073 PRK", CodesOf("Seoul sent food aid to the North in June.", "2010-11-23"));
  EXPECT_EQ("KORGOV 163 PRKGOV",
            CodesOf("North Korea tested a missile in March. The South imposed new sanctions on "
                    "Pyongyang.",
                    "2010-11-23"));
  // With no half of Korea named before, "the South" is a region.
  EXPECT_EQ("", CodesOf("The South voted heavily for the opposition, and Nigeria's army was "
                        "deployed there.",
                        "2010-11-23"));
}

TEST(ShippedCorefTest, ARoleOwnedByAStateNamedAgainIsThatStates) {
  EXPECT_EQ("SAUGOV 191 QAT; SAUCOP 173 QAT",
            CodesOf("Saudi Arabia closed its border with Qatar, and the kingdom's police "
                    "arrested three Qatari citizens.",
                    "2017-06-05"));
}

TEST(ShippedCorefTest, TheirAfterAVerbAnsweringACallIsTheGroupThatMadeIt) {
  // "rejected their demands": the demands are the demonstrators', named
  // before, so they are the target, not the police commanders the demands
  // are about.
  EXPECT_EQ("KENGOV 040 KENOPP; KENOPP 040 KENGOV; KENGOV 124 KENOPP",
            CodesOf("Kenyan President William Ruto withdrew the finance bill on Wednesday. He sat "
                    "down with the demonstrators on Friday but rejected their demands for the "
                    "prosecution of police commanders.",
                    "2024-06-26"));
}

}  // namespace
}  // namespace khaldun
