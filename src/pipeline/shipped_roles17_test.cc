// Roles with the shipped dictionaries: an event noun whose agent comes
// before its object ("the expulsion by Moscow of twenty diplomats") acts on
// the party of its "of" phrase; a sentence that opens with a name no
// dictionary knows and an appositive giving its role for a party ("Omar
// Bakri, a spokesman for Hezbollah, accused ...") has that party for its
// subject; a verb after "and" that puts a named party to an act ("urged
// Baghdad to ...", "called on Moscow to ...") is no passive participle
// sharing a reported passive, and takes the subject of the verb it is
// joined to ("said the embassy had been attacked and urged Baghdad to").
//
// Each sentence is written for the test and coded through the whole pipeline
// with the shipped dictionaries, as `khaldun code` codes it.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedRoles17Test, AnEventNounsFrontedAgentLeavesTheOfPhraseItsTarget) {
  EXPECT_EQ("RUSGOV 174 GBRGOV",
            CodesOf("The expulsion by Moscow of twenty British diplomats angered London.",
                    "2021-03-01"));
  EXPECT_EQ("IRNMIL 171 GBR",
            CodesOf("The seizure by Iranian commandos of a British tanker raised tensions in "
                    "the Gulf.",
                    "2021-03-01"));
  EXPECT_EQ("ESPGOV 054 PSEGOV",
            CodesOf("The recognition by Spain of a Palestinian state came after months of "
                    "debate.",
                    "2021-03-01"));
  const std::string arrest = CodesOf(
      "The arrest by Egyptian police of two Italian students was reported on Monday.",
      "2021-03-01");
  EXPECT_NE(std::string::npos, arrest.find("EGYCOP 173 ITAEDU")) << arrest;
}

TEST(ShippedRoles17Test, ARoleWithoutACountryBeforeOfIsNoFrontedAgent) {
  // "the government of ...": the "of" names whose government, not whom it
  // arrested.
  const std::string codes =
      CodesOf("The arrest by the government of Prime Minister Pedro Sanchez of nine Catalan "
              "leaders was reported on Monday.",
              "2021-03-01");
  EXPECT_EQ(std::string::npos, codes.find("173 ESPGOV")) << codes;
}

TEST(ShippedRoles17Test, AnUnknownNamesRoleForAPartyIsTheSubject) {
  EXPECT_EQ("LBNREB 1123 ISRGOV",
            CodesOf("Omar Bakri, a spokesman for Hezbollah, accused Israel of violating the "
                    "truce.",
                    "2021-03-01"));
  EXPECT_EQ("SOMLEG 040 KENGOV",
            CodesOf("Ahmed Yusuf, the head of the Somali parliament, met Kenyan President "
                    "William Ruto on Monday.",
                    "2023-03-01"));
  EXPECT_EQ("AFGREB 1384 PAKGOV",
            CodesOf("Ali Hassan, a senior commander of the Taliban, threatened Pakistan with "
                    "attacks.",
                    "2021-03-01"));
  // The passive's subject, past its auxiliary.
  EXPECT_EQ("THACOP 173 IDNREB",
            CodesOf("Abu Dujana, the alleged military commander of Jemaah Islamiyah, was "
                    "arrested by Thai police in Bangkok.",
                    "2003-09-01"));
}

TEST(ShippedRoles17Test, AKnownNameKeepsItsOwnCode) {
  // A name the dictionaries know is the subject; its appositive only
  // describes it.
  EXPECT_EQ("TURGOV 111 SYRGOV",
            CodesOf("Recep Tayyip Erdogan, the leader of Turkey's ruling party, criticised the "
                    "Syrian government.",
                    "2021-03-01"));
}

TEST(ShippedRoles17Test, AnAppealAfterAReportedPassiveIsTheSpeakers) {
  // (The appeal to protect is an appeal for protection, 0234.)
  EXPECT_EQ("DEUGOV 0234 IRQGOV",
            CodesOf("The German foreign minister said the embassy had been attacked and urged "
                    "Baghdad to protect diplomats.",
                    "2021-03-01"));
  EXPECT_EQ("FRAGOV 0256 RUSGOV",
            CodesOf("Macron told French reporters that the decision had been taken and called "
                    "on Moscow to respect the truce.",
                    "2021-03-01"));
  EXPECT_EQ("TURGOV 0213 SAUGOV",
            CodesOf("Erdogan told Turkish lawmakers that the murder had been planned in advance "
                    "and called on Riyadh to hand over the suspects.",
                    "2018-11-01"));
}

TEST(ShippedRoles17Test, APassivesSecondParticipleStaysPassive) {
  // "charged with", "forced to": no party put to an act; the second
  // participle shares the passive and its subject.
  EXPECT_EQ("", CodesOf("Police said the suspect was arrested and charged with murder.",
                        "2021-03-01"));
  EXPECT_EQ("IRNCOP 173 IRNMED",
            CodesOf("The journalist was detained by Iranian police and forced to confess.",
                    "2021-03-01"));
}

}  // namespace
}  // namespace khaldun
