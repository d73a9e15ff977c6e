// Consultation and diplomatic cooperation (CAMEO roots 04 and 05), second
// part: mediators who lead talks, accession to an alliance or a union, and
// recognition of breakaway regions, coded through the whole pipeline with
// the shipped dictionaries. Each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedConsult16Test, WhoLeadsThePartiesTalksMediatesThem) {
  EXPECT_EQ("ARMGOV 0353 AZEGOV; AZEGOV 0353 ARMGOV; RUSGOV 045 ARMGOV; RUSGOV 045 AZEGOV",
            CodesOf("Armenia and Azerbaijan agreed to a prisoner exchange after negotiations led "
                    "by Russia.",
                    "2020-11-10"));
  EXPECT_EQ("COLGOV 0356 COLREB; COLREB 0356 COLGOV; NORGOV 045 COLGOV; NORGOV 045 COLREB",
            CodesOf("Colombia's government and the ELN rebels agreed to a ceasefire after talks "
                    "led by Norway.",
                    "2023-06-09"));
  const std::string sudan =
      CodesOf("Sudan and South Sudan signed a border accord in Addis Ababa after two weeks of "
              "talks led by the African Union.",
              "2012-09-01");
  EXPECT_NE(std::string::npos, sudan.find("IGOAFRAFU 045 SDNGOV; IGOAFRAFU 045 SSDGOV")) << sudan;
}

TEST(ShippedConsult16Test, JoiningAnAllianceOrAUnionIsAnAccession) {
  EXPECT_EQ("HRVGOV 057 IGOEUREEC",
            CodesOf("Croatia joined the European Union on Monday.", "2013-07-01"));
  EXPECT_EQ("CHNGOV 057 IGOBUSWTO",
            CodesOf("China joined the World Trade Organization on Tuesday.", "2001-12-11"));
  // The alliance named inside the verb is the target, not a party named
  // after it.
  EXPECT_EQ("MNEGOV 057 IGOWSTNAT",
            CodesOf("Montenegro joined NATO in 2017, angering Moscow.", "2017-06-05"));
}

TEST(ShippedConsult16Test, ABidOrAJointActIsNoAccession) {
  // The application itself asks the bloc to admit the applicant (022, as
  // "applied to join").
  EXPECT_EQ("UKRGOV 022 IGOEUREEC",
            CodesOf("Kyiv submitted its application to join the European Union.", "2022-03-01"));
  EXPECT_EQ("TURGOV 080 FINGOV",
            CodesOf("Ankara dropped its objection to Finland joining NATO.", "2022-05-20"));
  EXPECT_EQ("", CodesOf("Japan joined NATO in condemning the missile launch.", "2017-09-03"));
}

TEST(ShippedConsult16Test, RecognisingABreakawayRegionRecognisesItsSeparatists) {
  EXPECT_EQ("RUSGOV 054 UKRSEP",
            CodesOf("Russia recognised two breakaway regions of eastern Ukraine.", "2022-02-22"));
  EXPECT_EQ("RUSGOV 054 MDASEP",
            CodesOf("Moscow recognised the two breakaway republics of Moldova.", "2022-02-22"));
  EXPECT_EQ("TURGOV 054 CYPSEP",
            CodesOf("Ankara recognised the breakaway republic of northern Cyprus.", "1983-11-16"));
  EXPECT_EQ("RUSGOV 054 GEOSEP",
            CodesOf("The Kremlin recognised Georgia's breakaway provinces on Tuesday.",
                    "2008-08-26"));
  // Separatists backed by the recogniser are still of the state they
  // broke from, named after them.
  EXPECT_EQ("RUSGOV 054 MDASEP",
            CodesOf("Moscow recognised the independence of the Russian-backed separatist "
                    "enclave of Transnistria in eastern Moldova.",
                    "2022-02-22"));
  EXPECT_EQ("RUSGOV 054 UKRSEP",
            CodesOf("Vladimir Putin signed decrees recognising the independence of the "
                    "two Moscow-backed separatist regions in eastern Ukraine, Luhansk and Donetsk.",
                    "2022-02-21"));
}

TEST(ShippedConsult16Test, SovereigntyRecognisedIsTheSovereignStates) {
  // Only a state holds sovereignty: the demonym before it is the state.
  EXPECT_EQ("USAGOV 054 ISRGOV",
            CodesOf("The United States recognised Israeli sovereignty over the Golan Heights.",
                    "2019-03-25"));
  // The land it is held over, named with "of" further on, is not the
  // party recognised.
  EXPECT_EQ("USAGOV 054 MARGOV",
            CodesOf("Washington recognised Moroccan sovereignty over the whole of the disputed "
                    "territory of Western Sahara.",
                    "2020-12-11"));
  EXPECT_EQ("PHLGOV 054 IDNGOV",
            CodesOf("Manila recognised the sovereignty of Indonesia over the island.",
                    "2016-07-13"));
}

TEST(ShippedConsult16Test, AnOfficeHolderWelcomedInPersonIsAGuest) {
  // A guest named by an office ("PRIME MINISTER", spelt with a space in
  // the agents file) is received (043), as a guest named by name is, and
  // the welcome reports the guest's visit (042).
  EXPECT_EQ("KENGOV 043 ETHGOV; ETHGOV 042 KENGOV",
            CodesOf("The Ethiopian prime minister was welcomed by Kenya's president in Nairobi.",
                    "2023-08-18"));
  EXPECT_EQ("QATGOV 043 INDGOV; INDGOV 042 QATGOV",
            CodesOf("The visiting Indian prime minister was warmly welcomed by the emir of Qatar "
                    "in Doha.",
                    "2023-08-18"));
  // A welcomed decision stays an endorsement.
  EXPECT_EQ("KENGOV 051 ETHGOV",
            CodesOf("Kenya's president welcomed the decision by the Ethiopian prime minister.",
                    "2023-08-18"));
}

TEST(ShippedConsult16Test, ARoleOfOneCountryAndOfAnotherIsEachCountrys) {
  EXPECT_EQ("USAGOV 043 JPNGOV; USAGOV 043 KORGOV; JPNGOV 042 USAGOV; KORGOV 042 USAGOV",
            CodesOf("Joe Biden hosted the leaders of Japan and of South Korea at Camp David.",
                    "2023-08-18"));
  EXPECT_EQ("FRAGOV 043 EGYGOV; FRAGOV 043 JORGOV; EGYGOV 042 FRAGOV; JORGOV 042 FRAGOV",
            CodesOf("Emmanuel Macron received the foreign ministers of Egypt and of Jordan in "
                    "Paris.",
                    "2023-08-18"));
}

TEST(ShippedConsult16Test, AFrontedParticipleIsTheMainSubjectsAct) {
  // The fronted phrase's party is the participle's object, not the subject
  // of the main clause, and "he" after the speaker's verb is the speaker.
  EXPECT_EQ("BRAGOV 040 FRAGOV; BRAGOV 036 CHNGOV",
            CodesOf("After meeting Emmanuel Macron in Paris, Lula said he would visit China.",
                    "2023-08-18"));
  EXPECT_EQ("SAUGOV 043 IRQGOV; IRQGOV 042 SAUGOV",
            CodesOf("After receiving the Iraqi prime minister, the Saudi crown prince announced "
                    "new investments.",
                    "2023-08-18"));
  EXPECT_EQ("DEUGOV 042 UKR; DEUGOV 042 POL",
            CodesOf("After visiting Kyiv, Olaf Scholz flew to Warsaw.", "2023-08-18"));
}

TEST(ShippedConsult16Test, ARoleOfACompassRegionIsOfItsCountry) {
  EXPECT_EQ("MLIUAF 190 MLIMIL",
            CodesOf("The militias of northern Mali attacked an army base near Gao.",
                    "2015-05-05"));
}

}  // namespace
}  // namespace khaldun
