// Subjects, objects and agents read across participles, relative clauses,
// appositives and verbs joined by "and".
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

TEST(ShippedRulesTest, CommaAndBeforeAVerbJoinsClausesNotActors) {
  // "Ukraine, and the Kremlin rejected": the Kremlin's verb follows, so the
  // two are no compound subject; the gerund after "of" (past an adverb) is
  // what the court alleges, no event; and the Kremlin rejects the court's
  // act, not its own.
  EXPECT_EQ("IGOICC 112 RUSGOV; RUSGOV 120 IGOICC",
            CodesOf("The International Criminal Court accused Russia's president of illegally "
                    "deporting children from Ukraine, and the Kremlin dismissed the decision as "
                    "void.",
                    "2023-03-17"));
  // A list whose last member comes after ", and" stays a list.
  EXPECT_EQ("GBRGOV 041 USAGOV; USAGOV 041 GBRGOV; GBRGOV 041 LKAGOV; LKAGOV 041 GBRGOV; "
            "GBRGOV 041 IDNGOV; IDNGOV 041 GBRGOV",
            CodesOf("The British prime minister telephoned the US president, and the presidents "
                    "of Sri Lanka and Indonesia.",
                    "2005-01-03"));
}

TEST(ShippedRulesTest, APhraseSetOffByCommasAfterTheSubjectIsNotTheSubject) {
  // A participle phrase, and a relative clause, between the subject and its
  // verb.
  EXPECT_EQ("RUSGOV 018 POL",
            CodesOf("The Russian prime minister, standing next to his Polish counterpart at the "
                    "site, offered condolences to the Polish people.",
                    "2010-04-10"));
  EXPECT_EQ("MYSGOV 0256 THAGOV",
            CodesOf("Malaysia's prime minister, whose country leads ASEAN this year, urged "
                    "Thailand to halt the fighting.",
                    "2025-07-24"));
}

TEST(ShippedRulesTest, AParticipleAfterAfterHasTheMainSubject) {
  // "hours after receiving ...": the president received the envoy, not the
  // prisoners he freed.
  EXPECT_EQ("BLRGOV 0841 BLROPP; BLRGOV 043 USAGOV; USAGOV 042 BLRGOV",
            CodesOf("Belarus's president freed an opposition leader on Saturday, hours after "
                    "receiving a US envoy in Minsk.",
                    "2025-06-21"));
}

TEST(ShippedRulesTest, ACoordinatedParticipleAfterACountOfTimesIsPassive) {
  // "was shot several times and gravely wounded by an attacker": the second
  // participle is passive too; a named office-holder wounded is 185.
  EXPECT_EQ("SVKUAF 185 SVKGOV",
            CodesOf("Slovak premier Robert Fico was shot several times and gravely wounded by an "
                    "attacker in Handlova.",
                    "2024-05-15"));
}

TEST(ShippedRulesTest, ACommonNounBeforeTheVerbIsItsUnknownSubject) {
  // After "but", "objectors" are the protesters, whom no dictionary codes;
  // the party of the first clause is not their subject.
  EXPECT_EQ("",
            CodesOf("The BJP denied any bias against Muslims, but objectors have been holding "
                    "protests in New Delhi for two months.",
                    "2020-02-25"));
}

TEST(ShippedRulesTest, TheLastWordOfAnEventNounIsNoVerb) {
  // "the chemical weapons attack": "attack" is the noun's last word, not a
  // verb whose subject is the speaker.
  EXPECT_EQ("",
            CodesOf("The British prime minister insisted that the chemical weapons attack on "
                    "Douma cannot go unchallenged.",
                    "2018-04-09"));
}

TEST(ShippedRulesTest, TheObjectOfAVerbAfterWhomIsItsAntecedent) {
  EXPECT_EQ("KENGOV 112 SOMREB",
            CodesOf("Kenyan troops chased al-Shabaab militants, whom Nairobi blames for the "
                    "kidnappings of tourists.",
                    "2011-10-16"));
}

TEST(ShippedRulesTest, AVerbAfterAndSharesTheSubjectOfAVerbThatCodesNothing) {
  // "seized power" codes nothing of its own, yet "detained" after "and" is
  // still the military's, not the main clause's World Bank.
  EXPECT_EQ("IGOUNODEVWBK 1621 SDN; SDNMIL 173 SDNGOV",
            CodesOf("The World Bank froze disbursements to Sudan on Wednesday, after Sudan's "
                    "military seized power and detained the prime minister, Abdalla Hamdok.",
                    "2021-10-27"));
}

TEST(ShippedRulesTest, APassivesAgentIsInItsOwnByPhrase) {
  // The guards arrested them; Ankara only armed the guards.
  EXPECT_EQ("", CodesOf("Two Iraqi farmers were arrested by village guards, armed by Ankara, near "
                        "the border.",
                        "2019-05-02"));
  // Whoever fired the shells killed the soldiers.
  EXPECT_EQ("ARMMIL 194 AZEMIL",
            CodesOf("Six Azerbaijani soldiers were killed by shells fired by Armenian forces.",
                    "2019-05-02"));
}

TEST(ShippedRulesTest, AParticipleAfterACommaDescribesTheNounBeforeIt) {
  // Someone accused the engineers; Turkey accused no one.
  EXPECT_EQ("", CodesOf("Two Turkish engineers are still in custody in Libya, accused of spying "
                        "for Egypt.",
                        "2019-05-02"));
  // Between commas before the sentence's verb, too: the release is coded,
  // the accusation has no one to make it.
  EXPECT_EQ("IRQGOV 0841 IRNREL",
            CodesOf("The Iranian cleric Hassan Karimi, previously accused of inciting riots, was "
                    "freed by Iraq on Monday.",
                    "2019-05-02"));
  // After an appositive, the verb joined by "and" to the next is the
  // subject's own.
  EXPECT_EQ("PRKGOV 130 KORGOV; PRKGOV 1384 KORGOV",
            CodesOf("Kim Yo Jong, sister of the North Korean leader Kim Jong Un, warned on Sunday "
                    "that Seoul would pay a price, and threatened South Korea with military "
                    "action.",
                    "2020-06-13"));
}

TEST(ShippedRulesTest, AParticipleAfterADeterminerAndAnAdverbDescribesANoun) {
  // "liberated" describes the city; the volunteers took no city (192).
  EXPECT_EQ("", CodesOf("Ukrainian volunteers delivered food to the now liberated city of Kherson.",
                        "2022-11-20"));
}

TEST(ShippedRulesTest, ADemonymOpeningItsOwnClauseNamesThatVerbsSubject) {
  // "Russian shells and drones" follows "that" and runs up to its verb: it
  // is the subject of "struck", not Kyiv; "drones" shares the country word.
  EXPECT_EQ("RUSMIL 195 UKR",
            CodesOf("Kyiv reported that Russian shells and drones struck a market in Kherson, "
                    "killing seven people.",
                    "2023-03-01"));
  // After "after": the missiles' country, not Kyiv, struck (its forces:
  // a state's missiles are MIL).
  EXPECT_EQ("RUSMIL 195 UKR",
            CodesOf("Kyiv appealed for more air defence systems after Russian missiles struck a "
                    "power plant in Lviv.",
                    "2023-03-01"));
  // After ", and" past the first clause's verb: the planes are Japan's
  // armed forces, not the party the first clause was about.
  EXPECT_EQ("JPNGOV 018 TUR; JPNMIL 073 TUR",
            CodesOf("Japan sent its condolences to Ankara, and Japanese air force planes flew "
                    "relief supplies into Turkey.",
                    "2023-02-08"));
}

TEST(ShippedRulesTest, AVerbAfterAndIsJoinedToTheVerbOfItsForm) {
  // "demanded" is joined to "said", not to the passive in the reported
  // clause: Berlin demands, not the poisoned opposition leader.
  EXPECT_EQ("DEUGOV 100 BLRGOV",
            CodesOf("Berlin said laboratory tests showed that the opposition leader had been "
                    "poisoned and demanded an explanation from Minsk.",
                    "2021-09-01"));
  // A second participle may share the auxiliary of the first: the troops
  // wounded them too.
  EXPECT_EQ("ISRMIL 190 PSE",
            CodesOf("Palestinian officials said Israeli troops had killed four people and "
                    "wounded 20 in Jenin.",
                    "2023-03-01"));
}

TEST(ShippedRulesTest, WhoGaveTheOrderIsThePassivesAgent) {
  EXPECT_EQ("IRNMIL 173 NLDCVL",
            CodesOf("A Dutch tourist was detained in Tehran on the orders of Iran's Revolutionary "
                    "Guards.",
                    "2023-03-01"));
  // The troops put on alert are the instrument; the target is found after
  // the order.
  EXPECT_EQ("ARMGOV 152 AZE",
            CodesOf("Armenian troops were put on full combat alert on the orders of Prime "
                    "Minister Nikol Pashinyan amid border tensions with Azerbaijan.",
                    "2023-03-01"));
}

TEST(ShippedRulesTest, ASpeakerNamedInsideARelativeClauseClosesTheObject) {
  // "that critics say" opens a relative clause on "law": Hungary, inside it,
  // is no target of the rally, which is against the country's government.
  // (The crowd of Slovaks protesting is the opposition, SVKOPP.)
  EXPECT_EQ("SVKOPP 1412 SVKGOV",
            CodesOf("Thousands of Slovaks rallied in Bratislava against a media law that critics "
                    "say copies a Hungarian model.",
                    "2023-03-01"));
}

TEST(ShippedRulesTest, APassiveHasNoDirectObjectForAPatternToBind) {
  // "- * +" bound Malta, after "off": where the tanker was seized, not
  // whose property was.
  EXPECT_EQ("LBYMIL 171 PAN",
            CodesOf("A Panamanian oil tanker was seized off Malta by Libyan coast guards on "
                    "Tuesday.",
                    "2019-07-04"));
}

TEST(ShippedRulesTest, APartyInAnAppositiveOnTheObjectIsNotTheTarget) {
  // The cartel describes the man extradited; he goes to the United States.
  EXPECT_EQ("MEXGOV 063 USAGOV",
            CodesOf("Mexico extradited Ovidio Guzman, the son of the jailed Sinaloa cartel boss "
                    "El Chapo, to the United States on Friday.",
                    "2023-09-15"));
}

TEST(ShippedRulesTest, AParticipleAfterANumberInWordsDescribesTheNoun) {
  // "five detained fishermen" are the fishermen freed, not detained again.
  EXPECT_EQ("IRNGOV 0841 USA",
            CodesOf("Iran freed five detained Americans on Monday.", "2023-09-18"));
}

TEST(ShippedRulesTest, APassiveRelativeClauseActsOnItsAntecedentsOwner) {
  // "which was seized by": the antecedent suffered the act; a country
  // word modifying its head noun names whose it is, even as the object of
  // a preposition.
  EXPECT_EQ("RUSMIL 171 UKR",
            CodesOf("Kyiv called for the return of the Ukrainian-flagged cargo ship Zarya, which "
                    "was seized by Russian border guards in the Sea of Azov.",
                    "2018-11-26"));
  // An active relative clause is the act of its antecedent itself: a
  // resolution, not the body that drafted it.
  EXPECT_EQ("FRAGOV 051 IGOUNO",
            CodesOf("France welcomed a Security Council resolution that threatened Iran with "
                    "sanctions.",
                    "2018-11-26"));
}

TEST(ShippedRulesTest, APassivesAgentPastAGerundClauseOfTime) {
  // "while leaving ..." shares the passive's subject; the "by" after it is
  // the shooting's agent.
  EXPECT_EQ("JPNUAF 186 JPNELI",
            CodesOf("Former Japanese prime minister Taro Aso was shot dead while leaving a "
                    "restaurant in Tokyo on Friday by a Japanese gunman.",
                    "2021-01-08"));
}

TEST(ShippedRulesTest, APartyAfterRatherThanIsNotTheTarget) {
  // (The civilians the strike's own verb names are its target, of the
  // place: IRQCVL.)
  EXPECT_EQ("USAMIL 195 IRQCVL",
            CodesOf("The Pentagon said its air strike in Mosul killed twelve civilians rather "
                    "than an Islamic State commander.",
                    "2017-03-20"));
}

TEST(ShippedRulesTest, APartyBetweenCommaWithAndAParticipleIsItsSubject) {
  // ", with" + weapons + participle: the weapons' side is the subject, not
  // an instrument of the fighting.
  EXPECT_EQ("SDNMIL 190 SDNREB; SDNREB 190 SDNMIL; SDNMIL 195 SDNREB",
            CodesOf("Fighting raged in Khartoum between the army and the RSF, with Sudanese "
                    "warplanes striking RSF bases.",
                    "2023-04-15"));
  EXPECT_EQ("SRBGOV 040 KSVGOV; KSVGOV 040 SRBGOV; SRBGOV 112 KSVGOV",
            CodesOf("Talks between Serbia and Kosovo collapsed on Monday, with Belgrade accusing "
                    "Pristina of bad faith.",
                    "2023-04-15"));
  // Without the comma the participle describes the noun before "with".
  EXPECT_EQ("ETHGOV 057 IGOUNO; IGOUNO 057 ETHGOV; ETHGOV 0863 IGOUNO",
            CodesOf("Ethiopia signed an accord with the United Nations allowing aid agencies into "
                    "Tigray.",
                    "2023-04-15"));
}

TEST(ShippedRulesTest, AnAbsolutePhraseAfterWithHasItsOwnSubject) {
  // ", with Russia's foreign minister accusing ...": the minister accuses,
  // not the compound subject of the main clause.
  const std::string events = CodesOf(
      "Iran and Iraq resumed talks on Monday, with Russia's foreign minister accusing Syria of "
      "stalling.",
      "2023-06-01");
  EXPECT_NE(std::string::npos, events.find("RUSGOV 111 SYRGOV")) << events;
  EXPECT_EQ(std::string::npos, events.find("IRNGOV 111 SYRGOV")) << events;
  EXPECT_NE(std::string::npos,
            CodesOf("Greece and Turkey resumed talks on Monday, with Germany's chancellor carrying "
                    "messages between them.",
                    "2023-06-01")
                .find("DEUGOV 045 GRCGOV"));
  // Without the comma, "with" takes the verb's object: the deal grants.
  EXPECT_EQ("IRNGOV 057 IGOUNO; IGOUNO 057 IRNGOV; IRNGOV 086 IRQ",
            CodesOf("Iran signed a deal with the United Nations granting Iraqis access to Tehran.",
                    "2023-06-01"));
}

TEST(ShippedRulesTest, AParticipleAfterACommaAndAnAdverbHasTheMainSubject) {
  // ", in effect seizing them": the Kremlin seizes, not the owners listed
  // before the comma.
  EXPECT_EQ("RUSGOV 171 DEUBUS; RUSGOV 171 FIN",
            CodesOf("The Kremlin placed the Russian assets of Germany's Uniper and Finland's "
                    "Fortum under state control, in effect seizing them from their owners.",
                    "2023-06-01"));
}

TEST(ShippedRulesTest, AParticipleReadingAfterTheSubjectIsItsVerb) {
  // "detained" between a noun subject and its object is the past tense the
  // tagger took for a participle: the journalist held is the state's.
  EXPECT_EQ("TURCOP 173 TURMED",
            CodesOf("Turkish police detained journalist Ahmet Sik on Friday.", "2011-03-03"));
}

TEST(ShippedRulesTest, AListOfActsKeepsItsSubject) {
  // Verbs listed after a comma and "and" share the first verb's subject;
  // the president in the first verb's object is none of them.
  EXPECT_EQ("GABMIL 173 GABGOV; GABMIL 1724 GAB; GABMIL 1723 GAB",
            CodesOf("Gabonese soldiers detained President Ali Bongo in Libreville, dissolved the "
                    "parliament and imposed a nightly curfew.",
                    "2023-08-30"));
}

TEST(ShippedRulesTest, VerbsJoinedRightAwayShareAnObject) {
  // "beat" codes its own act on the protesters "arrested" names.
  EXPECT_EQ("ZWEMIL 175 ZWEOPP; ZWEMIL 173 ZWEOPP",
            CodesOf("Soldiers beat and arrested dozens of protesters in Harare.", "2019-01-15"));
}

TEST(ShippedRulesTest, AVerbAfterARelativeClauseSharesTheMainSubject) {
  // ", and imposed" is the EU's act, past the relative clause on "the
  // crackdown".
  EXPECT_EQ("IGOEUREEC 163 BLRGOV",
            CodesOf("The EU condemned the crackdown that followed the election, and imposed "
                    "sanctions on Belarus.",
                    "2020-10-02"));
}

}  // namespace
}  // namespace khaldun
