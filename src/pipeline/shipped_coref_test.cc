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

}  // namespace
}  // namespace khaldun
