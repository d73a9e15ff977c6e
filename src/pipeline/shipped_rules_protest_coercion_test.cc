// Protests, shows of force, cuts in relations, sanctions, arrests and
// restrictions (CAMEO 14-17).
//
// Coder rules whose test needs the shipped vocabulary (the roles, places and
// verb patterns of dictionaries/), coded through the whole pipeline as
// `khaldun code` codes them. Each sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedRulesTest, ForcesDispatchedTowardsAParty) {
  EXPECT_EQ("RUSGOV 154 GBR; GBRMIL 154 RUS",
            CodesOf("Russia deployed troops in response to the dispatch of two British destroyers "
                    "towards the Russian coast.",
                    "2020-01-01"));
}

TEST(ShippedRulesTest, AShowOfForceAroundAPlace) {
  // "(AROUND +)" binds the place after "around", as "(NEAR +)" does, not
  // the "it" of the clause after it.
  EXPECT_EQ("CHNGOV 150 TWN",
            CodesOf("China fired several ballistic missiles into waters around Taiwan on Friday "
                    "as it started new exercises.",
                    "2022-08-05"));
  // Nouns that modify the drills ("combat readiness") do not end the phrase
  // that "began" takes as its object.
  EXPECT_EQ("CHNMIL 150 TWN",
            CodesOf("China's navy began two days of combat readiness drills around Taiwan.",
                    "2024-05-23"));
}

TEST(ShippedRulesTest, PrisonersInAnotherStatesJailsProtestAgainstIt) {
  // Held in Israeli jails: the hunger strike is against Israel; its purpose,
  // a protest against detention, makes it one for rights (1423).
  EXPECT_EQ("PSECVL 1423 ISRGOV",
            CodesOf("Hundreds of Palestinian prisoners in Israeli jails started a hunger strike to "
                    "protest against detention without trial.",
                    "2012-04-17"));
}

TEST(ShippedRulesTest, AShowOfForceBlamingAParty) {
  // The party a show of force is blamed on is whom it answers.
  EXPECT_EQ("RUSGOV 152 IGOWSTNAT; RUSGOV 112 IGOWSTNAT",
            CodesOf("Russia put its nuclear forces on high alert on Sunday, blaming aggressive "
                    "statements by NATO countries.",
                    "2022-02-27"));
}

TEST(ShippedRulesTest, SanctionsAgreedToAreTheDecision) {
  // What a bloc agrees to impose is its sanction; the agreement is not with
  // the target.
  EXPECT_EQ("IGOEUREEC 163 RUSBUS",
            CodesOf("The European Union agreed to cut off several Russian banks from the SWIFT "
                    "payment system.",
                    "2022-02-26"));
}

TEST(ShippedRulesTest, EmergencyRuleFallsOnTheWholePopulation) {
  // A city of the state's own is no other party: the country is.
  EXPECT_EQ("KAZGOV 1724 KAZ",
            CodesOf("Kazakhstan declared a state of emergency in Almaty.", "2022-01-05"));
  // Not the object of the verb coordinated before it.
  EXPECT_EQ("MMRMIL 173 MMRGOV; MMRMIL 1724 MMR",
            CodesOf("Myanmar's military detained President Win Myint and declared a state of "
                    "emergency.",
                    "2021-02-01"));
}

TEST(ShippedRulesTest, PlacesOrderedToStayShutRestrictTheirUsers) {
  // The universities, with no country, are of the state that orders.
  EXPECT_EQ("MMRMIL 172 MMREDU",
            CodesOf("Myanmar's junta ordered universities to remain closed on Monday.",
                    "2021-03-01"));
}

TEST(ShippedRulesTest, AProtestAtTheSeatOfTheLegislatureTargetsIt) {
  // The parliament named with no country is the protesters' own.
  EXPECT_EQ("NPLOPP 145 NPLLEG",
            CodesOf("Nepalese protesters broke into the parliament compound on Tuesday.",
                    "2025-09-09"));
}

TEST(ShippedRulesTest, RelationsCutBackByExclusionStaffCutsAndBasesVacated) {
  // A party left out of a summit by its hosts (160); "excluded from the
  // list" codes nothing.
  EXPECT_EQ("IGOAFRAFU 160 MLIMIL",
            CodesOf("The African Union excluded Mali's junta leader from its summit in Addis "
                    "Ababa.",
                    "2022-02-01"));
  EXPECT_EQ("", CodesOf("The committee excluded the company from the list.", "2022-02-01"));
  // A mission told to shrink its staff (161); a foreign force told to quit
  // a base (166).
  EXPECT_EQ("TURGOV 161 AUTGOV",
            CodesOf("Ankara ordered Vienna to cut the staff of its embassy by half.", "2020-01-01"));
  EXPECT_EQ("KGZGOV 166 USAGOV",
            CodesOf("Kyrgyzstan ordered the United States to vacate the Manas air base.",
                    "2009-02-01"));
  // Peacekeepers pulling out end the international presence (1661), not a
  // military retreat (0874); they leave the country, not its government
  // (the gold sets' 1661 targets are bare countries).
  EXPECT_EQ("FRAPKO 1661 CIV",
            CodesOf("French peacekeepers began pulling out of Ivory Coast on Monday.",
                    "2015-01-01"));
}

TEST(ShippedRulesTest, NotesThatAskAndWaterRefusedAreNoComplaintOrAidCut) {
  // A diplomatic note that requests something is no official complaint.
  EXPECT_EQ("",
            CodesOf("Dhaka sent a diplomatic note to New Delhi requesting the extradition of the "
                    "former prime minister.",
                    "2024-12-23"));
  // A hunger striker who stops drinking water withholds no aid.
  EXPECT_EQ("BHROPP 142 BHRGOV",
            CodesOf("Jailed Bahraini activist Abdulhadi al-Khawaja stopped drinking water on "
                    "Monday, escalating his hunger strike against the authorities in Manama.",
                    "2012-04-01"));
}

TEST(ShippedRulesTest, CaptureAloneTakesPlacesAndSoldiers) {
  // Arresting soldiers is an arrest (it was 181, a pattern written for
  // "captured soldiers"), and a town named after a detention is where it
  // happened (it was 192, occupying the town).
  EXPECT_EQ("TURCOP 173 TURMIL",
            CodesOf("Turkish police arrested two soldiers in Ankara.", "2020-01-01"));
  EXPECT_EQ("IRNCOP 173 IRNEDU",
            CodesOf("Iranian police detained 20 students in the town of Qom.", "2020-01-01"));
  // "captured" keeps them.
  EXPECT_EQ("RUSMIL 192 UKR",
            CodesOf("Russian forces captured the town of Bakhmut.", "2023-05-21"));
  // In the passive the troops or police named after "by" detain the subject.
  EXPECT_EQ("KENCOP 173 KENUAF",
            CodesOf("The warlord was captured by police in Nairobi.", "2020-01-01"));
}

TEST(ShippedRulesTest, AnOfficeHolderSeizedIsDetained) {
  // Soldiers seizing a president detain him (173), they seize no property.
  EXPECT_NE(std::string::npos,
            CodesOf("Malian soldiers seized President Ibrahim Boubacar Keita at his residence in "
                    "Bamako.",
                    "2020-08-18")
                .find("MLIMIL 173 MLIGOV"));
}

TEST(ShippedRulesTest, TakenInForQuestioningIsDetained) {
  EXPECT_NE(std::string::npos,
            CodesOf("French police raided the home of former president Nicolas Sarkozy and took him "
                    "in for questioning.",
                    "2012-01-01")
                .find("FRACOP 173 FRAELI"));
}

TEST(ShippedRulesTest, CrowdsStormingTheSeatsOfPower) {
  // Forcing one's way into a parliament storms it; the parliament building
  // stands for the legislature.
  EXPECT_EQ("KENOPP 145 KENLEG",
            CodesOf("Hundreds of demonstrators forced their way into Kenya's parliament in "
                    "Nairobi.",
                    "2024-06-25"));
  EXPECT_EQ("NPLOPP 145 NPLLEG",
            CodesOf("Protesters set fire to the parliament building in Kathmandu on Friday.",
                    "2025-09-09"));
  // Gunmen forcing their way in attack.
  EXPECT_EQ(std::string::npos,
            CodesOf("Gunmen forced their way into a hotel in Mogadishu.", "2020-01-01")
                .find(" 145 "));
}

TEST(ShippedRulesTest, ProtestsAgainstAMonarchyTargetItsGovernment) {
  EXPECT_EQ("BHROPP 141 BHRGOV",
            CodesOf("Thousands of protesters rallied in Manama to demand reforms from Bahrain's "
                    "monarchy.",
                    "2011-02-20"));
}

TEST(ShippedRulesTest, RiotsAgainstAPeoplesShopsTargetItsBusinesses) {
  EXPECT_EQ("SLBOPP 145 CHNBUS",
            CodesOf("Solomon Islands protesters set fire to Chinese-owned shops in Honiara.",
                    "2021-11-25"));
}

TEST(ShippedRulesTest, ProtestAndStrikeWordsInOtherSenses) {
  // A right to protest is held, not used; a prisoner walking out of prison
  // strikes against no one; walking out of a deal leaves it.
  EXPECT_EQ("", CodesOf("Critics said laws curbing the right to protest in Britain were unjust.",
                        "2005-03-01"));
  EXPECT_EQ("", CodesOf("Senegal's opposition leader walked out of prison in Dakar.", "2024-03-14"));
  EXPECT_EQ("USAGOV 127 IRNGOV",
            CodesOf("Washington walked out of the nuclear deal with Iran.", "2018-05-08"));
}

TEST(ShippedRulesTest, AlliesAgreeingToSanctionAThirdPartySanctionIt) {
  // The sanctions are the news, even after a time between the verbs; the
  // allies' accord among themselves is not coded.
  EXPECT_EQ("ESPGOV 163 SYRBUS; ITAGOV 163 SYRBUS; GRCGOV 163 SYRBUS",
            CodesOf("Spain, Italy and Greece agreed on Monday to impose sanctions on Syrian banks.",
                    "2019-05-12"));
}

TEST(ShippedRulesTest, PoliceStormingAnEmbassyCoerceItsState) {
  EXPECT_EQ("BOLCOP 170 PERGOV",
            CodesOf("Bolivian police stormed the Peruvian embassy in La Paz to seize a fugitive.",
                    "2022-08-04"));
  // A crowd that storms one riots.
  EXPECT_EQ("SYROPP 145 DNKGOV",
            CodesOf("Protesters stormed the Danish embassy in Damascus.", "2006-02-04"));
}

TEST(ShippedRulesTest, TroopsStationedSomewhereAreNotDeployedNow) {
  // The participle describes the troops; their drills are the event, held
  // by both sides (062 both ways).
  EXPECT_EQ("TURMIL 062 QATMIL; QATMIL 062 TURMIL",
            CodesOf("Turkish troops stationed in Qatar held joint drills with Qatari forces.",
                    "2017-06-19"));
  EXPECT_EQ("RUSGOV 154 BLR", CodesOf("Russia stationed troops in Belarus on Monday.", "2022-01-17"));
}

TEST(ShippedRulesTest, ACurfewAfterAnArrestFallsOnThePopulation) {
  EXPECT_EQ("GINMIL 173 GINGOV; GINMIL 1723 GIN",
            CodesOf("Guinea's army detained President Alpha Conde and imposed a nationwide "
                    "curfew.",
                    "2021-09-05"));
}

TEST(ShippedRulesTest, DaysOfClashesBetweenPoliceAndACrowdAreRepression) {
  // "days of clashes" happened (unlike "the risk of clashes"), and the
  // second party may follow a quantity phrase.
  EXPECT_EQ("BLRCOP 175 BLROPP; BLROPP 145 BLRCOP",
            CodesOf("Lukashenko stayed defiant after three days of clashes between the riot "
                    "police and tens of thousands of demonstrators in Minsk.",
                    "2020-08-12"));
}

TEST(ShippedRulesTest, ASubsidiaryConfiscatedIsTakenFromItsOwner) {
  EXPECT_EQ("RUSGOV 1711 DEUBUS",
            CodesOf("Moscow seized control of the Russian subsidiary of Germany's Uniper.",
                    "2023-04-26"));
  // "temporary control of" a subsidiary, and a firm put under state
  // management, are confiscations too, not occupied territory.
  EXPECT_EQ("RUSGOV 1711 DEUBUS",
            CodesOf("Russia seized temporary control of a subsidiary of Germany's Uniper.",
                    "2023-04-26"));
  EXPECT_EQ("RUSGOV 1711 DEUBUS",
            CodesOf("Russia placed the local unit of Germany's Uniper under temporary state "
                    "management.",
                    "2023-04-26"));
}

TEST(ShippedRulesTest, ACelebrationOrMourningMarchIsNoProtest) {
  // A crowd marching to celebrate or to mourn protests against no one; the
  // same march "to protest" does.
  EXPECT_EQ("", CodesOf("Crowds marched through Madrid to celebrate the team's victory.",
                        "2010-07-12"));
  EXPECT_EQ("", CodesOf("Thousands rallied in Kyiv to mourn the victims.", "2010-07-12"));
  EXPECT_EQ("ESPOPP 141 ESPGOV",
            CodesOf("Thousands marched through Madrid to protest the war.", "2010-07-12"));
}

TEST(ShippedRulesTest, ALeaderFlownIntoExileIsExpelled) {
  // The soldiers of the first act are the same soldiers in the second; the
  // place of exile is not their country.
  EXPECT_EQ("NERMIL 173 NERGOV; NERMIL 174 NERGOV",
            CodesOf("Soldiers arrested President Mohamed Bazoum and flew him into exile in Chad.",
                    "2023-07-27"));
  // Flying out of a place into exile is leaving, not expelling.
  EXPECT_EQ("", CodesOf("Former president Yahya Jammeh flew out of Banjul into exile.",
                        "2017-01-21"));
}

TEST(ShippedRulesTest, ADecreeFallsOnThePopulationNotOnAPartyOfTheClauseAfterIt) {
  // The protesters are whom the participle clause accuses, not whom the
  // state of emergency is imposed on.
  EXPECT_EQ("THAGOV 1724 THA; THAGOV 112 THAOPP",
            CodesOf("Thailand's prime minister declared a state of emergency on Tuesday, "
                    "accusing protesters of trying to topple the government.",
                    "2010-04-07"));
}

TEST(ShippedRulesTest, AirlinesBarredAndPlanesTurnedBack) {
  // A state's airlines kept out of a bloc's skies are an embargo (163);
  // planes turned back are refused entry (120), not people deported (174),
  // and the refusal answers the government that sent them.
  EXPECT_EQ("IGOEUREEC 163 BLRBUS",
            CodesOf("The European Union banned Belarusian airlines from its airspace on Monday.",
                    "2021-05-24"));
  EXPECT_EQ("COLGOV 120 USAGOV",
            CodesOf("Colombia turned back two US military planes on Sunday.", "2025-01-26"));
}

TEST(ShippedRulesTest, PoliceDeployedAreTheMeansNotTheTarget) {
  // A show of force at home is aimed at the crowd the sentence names, or
  // else falls on the place; never on the state's own police.
  EXPECT_EQ("ZWEGOV 153 ZWEOPP",
            CodesOf("Zimbabwe deployed riot police in Harare as opposition supporters gathered for "
                  "a rally.",
                  "2018-08-01"));
  EXPECT_EQ("ZWEGOV 153 ZWE",
            CodesOf("Zimbabwe's government deployed riot police in Harare on Monday.", "2018-08-01"));
}

}  // namespace
}  // namespace khaldun
