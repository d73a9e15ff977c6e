// Words placed before the main verb, with the shipped dictionaries: an event
// must survive an object relative clause, an appositive or a parenthesis on
// its subject, an appositive name, and a clause or phrase fronted before the
// subject, and those words must lend it no party. Each sentence is written
// for the test (scripts/robustness measures the same constructions at scale).
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedBeforeVerbTest, AnObjectRelativeClauseActsOnItsAntecedent) {
  // The relative clause's subject acts on the antecedent; the main verb
  // keeps the antecedent as its subject.
  EXPECT_EQ("SDNMIL 112 TCDGOV; TCDGOV 111 FRAGOV",
            CodesOf("Chad's president, whom the Sudanese junta accused of arming rebels, "
                    "criticised the French government.",
                    "2024-03-05"));
  EXPECT_EQ("BRAGOV 051 VENOPP; VENOPP 111 COLGOV",
            CodesOf("The Venezuelan opposition leader, whom Brazil's president praised last "
                    "month, criticised the Colombian government.",
                    "2024-03-05"));
  EXPECT_EQ("SRBGOV 112 KSVGOV; KSVGOV 040 DEUGOV",
            CodesOf("Kosovo's prime minister, whom Serbian officials have repeatedly blamed "
                    "for the unrest, met the German chancellor in Berlin.",
                    "2024-03-05"));
  EXPECT_EQ("CHNGOV 130 TWNGOV; TWNGOV 051 JPNGOV",
            CodesOf("Taiwan, which Chinese officials have threatened with force, thanked "
                    "Japan for its support.",
                    "2024-03-05"));
  EXPECT_EQ("UGAGOV 112 KENCOP; KENCOP 051 TZAGOV",
            CodesOf("Kenya's police chief, whom Ugandan officials accused of negligence, "
                    "praised the Tanzanian government.",
                    "2024-03-05"));
}

TEST(ShippedBeforeVerbTest, ARelativeClauseInDashesOrTwoJoinedByAndKeepTheSubject) {
  EXPECT_EQ("CHLGOV 111 PERGOV",
            CodesOf("The Chilean government -- which took part in last year's talks -- "
                    "criticised the Peruvian government.",
                    "2024-03-05"));
  EXPECT_EQ("KENGOV 051 ETHGOV",
            CodesOf("Kenya's president -- who took office in 2022 -- praised the Ethiopian "
                    "government.",
                    "2024-03-05"));
  EXPECT_EQ("EGYGOV 051 SAUGOV",
            CodesOf("Egypt's president, who has been in office since 2014 and who faces an "
                    "election next year, praised the Saudi government.",
                    "2024-03-05"));
}

TEST(ShippedBeforeVerbTest, AFrontedClauseLendsItsVerbNoObjectFromTheMainClause) {
  EXPECT_EQ("SAUGOV 111 GRCGOV",
            CodesOf("Days after Turkish troops crossed the border, the Saudi government "
                    "criticised the Greek government.",
                    "2024-03-05"));
  // The fronted clause's object is no actor; the main clause's subject is
  // not its target.
  EXPECT_EQ("SAUGOV 111 IRNGOV",
            CodesOf("After Houthi rebels fired missiles at the port overnight, the Saudi "
                    "foreign minister criticised Iran.",
                    "2024-03-05"));
  EXPECT_EQ("MLIGOV 023 FRAGOV",
            CodesOf("When troops shelled the market, the Malian government asked France for "
                    "help.",
                    "2024-03-05"));
  EXPECT_EQ("KENCOP 173 SOM",
            CodesOf("Hours after gunmen stormed the hotel, Kenyan police arrested three Somali "
                    "men.",
                    "2024-03-05"));
  EXPECT_EQ("CODMIL 051 RWAGOV",
            CodesOf("Although rebels attacked the convoy, the Congolese army praised the "
                    "Rwandan government.",
                    "2024-03-05"));
}

TEST(ShippedBeforeVerbTest, APhraseSetOffBeforeTheVerbLendsThePatternNoWord) {
  // "of" and "from" inside the appositive or the dashes are no words of
  // the verb's patterns ("- OF *", "- FROM *").
  EXPECT_EQ("NGAMIL 190 NGAREB",
            CodesOf("The Nigerian army, a frequent target of criticism from rights groups, "
                    "attacked Boko Haram camps.",
                    "2024-03-05"));
  EXPECT_EQ("PAKCOP 190 SYRMIL",
            CodesOf("Pakistani police -- under heavy pressure from allies -- attacked Syrian "
                    "army positions near the border.",
                    "2024-03-05"));
}

TEST(ShippedBeforeVerbTest, APatternReadsTheSubjectPastAPhraseOrAClauseSetOff) {
  // "- &TROOPS * (INTO +)" reads the troops before the appositive, the
  // relative clause or the dashes.
  EXPECT_EQ("RUSMIL 190 GEO",
            CodesOf("Russian troops, the largest force in the region, poured into Georgia.",
                    "2024-03-05"));
  EXPECT_EQ("CHNMIL 190 VNM",
            CodesOf("Chinese troops, who had massed on the border for weeks, poured into "
                    "Vietnam.",
                    "2024-03-05"));
  EXPECT_EQ("ETHMIL 190 SOM",
            CodesOf("Ethiopian soldiers -- thousands of them -- poured into Somalia.",
                    "2024-03-05"));
}

TEST(ShippedBeforeVerbTest, AnAppositiveOfTheSubjectIsNotTheSubject) {
  // "one of" a group, or a bare plural noun, opens an appositive too.
  EXPECT_EQ("TURMIL 190 SYR",
            CodesOf("The Turkish army, one of the largest forces of the alliance, attacked "
                    "Kurdish militia positions in Syria.",
                    "2024-03-05"));
  EXPECT_EQ("POLMIL 190 RUS",
            CodesOf("The Polish army, one of the largest forces in NATO, attacked the Russian "
                    "positions.",
                    "2024-03-05"));
  EXPECT_EQ("ETHMIL 190 ERI",
            CodesOf("Ethiopian troops, veterans of years of war in the north, attacked "
                    "Eritrean positions.",
                    "2024-03-05"));
}

TEST(ShippedBeforeVerbTest, ANameSetOffAfterARoleKeepsTheRole) {
  // A name the dictionaries know by its country only names the minister
  // again.
  EXPECT_EQ("IRNGOV 111 GRCGOV",
            CodesOf("Iran's foreign minister, Abbas Araqchi, criticised the Greek government.",
                    "2024-03-05"));
  EXPECT_EQ("IRNGOV 044 OMNGOV",
            CodesOf("Iran's foreign minister, Abbas Araqchi, met the Omani sultan in Muscat.",
                    "2024-03-05"));
}

TEST(ShippedBeforeVerbTest, TheSubjectAfterAFrontedPhraseIsNoPlace) {
  // "in Doha, Canada" is no list of places: the comma closes the phrase.
  EXPECT_EQ("CANGOV 040 JPNGOV",
            CodesOf("After two days of talks in Doha, Canada met Japan's prime minister.",
                    "2024-03-05"));
  EXPECT_EQ("CANGOV 163 MMRMIL",
            CodesOf("After two weeks of talks in Doha, Canada imposed sanctions on Myanmar's "
                    "military.",
                    "2024-03-05"));
}

TEST(ShippedBeforeVerbTest, ACrowdKeepsItsVerbPastADate) {
  EXPECT_EQ("ZMBOPP 1411 ZMBGOV",
            CodesOf("Tens of thousands on Tuesday marched through Lusaka, calling on the "
                    "president to resign.",
                    "2024-03-05"));
  EXPECT_EQ("SRBOPP 141 SRBGOV",
            CodesOf("Thousands of people on Sunday night rallied in Belgrade against the "
                    "government.",
                    "2024-03-05"));
  EXPECT_EQ("BGDOPP 1412 BGDGOV",
            CodesOf("More than 10,000 residents last week marched through Dhaka against the "
                    "new law.",
                    "2024-03-05"));
}

TEST(ShippedBeforeVerbTest, AVerbAfterAdverbsIsAVerb) {
  // The tagger reads "imposed" as an adjective after "also formally".
  EXPECT_EQ("CANGOV 163 MMRMIL",
            CodesOf("Canada also formally imposed sanctions on Myanmar's military.",
                    "2024-03-05"));
}

}  // namespace
}  // namespace khaldun
