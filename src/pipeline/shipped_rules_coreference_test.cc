// Pronouns and definite phrases that refer back, and compounds and lists of
// parties that act together or on each other.
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

TEST(ShippedRulesTest, TheTwoLeadersAreTheOfficeHoldersNamed) {
  // "Iranian" in "Iranian prisons" names a country, not a leader: the two
  // leaders are Macron and Iran's president.
  EXPECT_EQ("FRAGOV 0253 IRNGOV; FRAGOV 044 IRNGOV; IRNGOV 044 FRAGOV",
            CodesOf("Macron urged Iran's president to release French citizens held in Iranian "
                    "prisons when the two leaders met in New York.",
                    "2023-09-19"));
  // Nor is an aircraft named before them, or its air force, a leader.
  EXPECT_EQ("TURGOV 041 RUSGOV; RUSGOV 041 TURGOV",
            CodesOf("Erdogan wrote to Putin about the loss of the Russian helicopter. A week "
                    "later the two leaders spoke by phone.",
                    "2016-06-01"));
}

TEST(ShippedRulesTest, HimInAnAttachedClauseIsTheOtherPerson) {
  // In a clause opened by "after" with a subject of its own, "him" is the
  // subject of the clause it is attached to.
  EXPECT_EQ("PERGOV 0831 PERMIL; PERMIL 0241 PERGOV",
            CodesOf("President Pedro Castillo resigned after Peruvian army commander Jorge "
                    "Salas called on him to step down.",
                    "2022-12-07"));
  // A reported clause closed before the pronoun's clause does not hold it.
  EXPECT_EQ("PERMIL 0241 PERGOV",
            CodesOf("Peru's army commander said President Pedro Castillo had lost the "
                    "country's trust, and called on him to step down.",
                    "2022-12-07"));
}

TEST(ShippedRulesTest, HeInAnArticlesFirstSentenceIsItsSubject) {
  // No person is named before: "he" is the person the sentence opens with.
  EXPECT_EQ("CHNGOV 042 KAZGOV; CHNGOV 040 KAZGOV; KAZGOV 040 CHNGOV",
            CodesOf("Chinese President Xi Jinping arrived in Astana on Saturday, and he and "
                    "Kazakh President Nursultan Nazarbayev held talks on energy.",
                    "2013-09-07"));
}

TEST(ShippedRulesTest, AListAfterCommaAndIsAListOfSubjects) {
  // ", and" opens a clause whose subject is the whole list after it; "the
  // authorities" an organisation urges are of the place named before.
  EXPECT_EQ("MMRJUD 173 MMRMED; IGOUNO 0253 MMRGOV; IGOEUREEC 0253 MMRGOV",
            CodesOf("A court in Yangon jailed two reporters on Monday, and the United Nations and "
                    "the European Union urged the authorities to free them.",
                    "2018-09-03"));
}

TEST(ShippedRulesTest, TroopsFromTheTwoCountriesAndADateAfterOn) {
  // "on Friday" is no "(ON +)" of the strike's pattern, so the troops after
  // it are not its target; "troops from the two countries" are each
  // country's troops, fighting each other.
  EXPECT_EQ("THAMIL 195 KHMMIL; THAMIL 194 KHMMIL; KHMMIL 194 THAMIL",
            CodesOf("Thai jets struck Cambodian army positions on Friday as troops from the two "
                    "countries battled with artillery.",
                    "2025-07-24"));
}

TEST(ShippedRulesTest, EachAccusingTheOtherIsMutual) {
  // "each side ... the other" stands for the members of the compound named
  // before it.
  EXPECT_EQ("ARMMIL 190 AZEMIL; AZEMIL 190 ARMMIL; ARMMIL 112 AZEMIL; AZEMIL 112 ARMMIL",
            CodesOf("Armenian and Azerbaijani troops clashed on the border on Tuesday, with each "
                    "side accusing the other of opening fire first.",
                    "2022-09-13"));
}

TEST(ShippedRulesTest, AlliesLaunchingAnAttackActTogether) {
  // A compound that launches an offensive does not fight itself; with no
  // target named there is no event.
  EXPECT_EQ("", CodesOf("US and Iraqi forces launched a major offensive on Monday.", "2004-11-08"));
  // Forces that clash fight each other.
  EXPECT_EQ("INDMIL 190 CHNMIL; CHNMIL 190 INDMIL",
            CodesOf("Indian and Chinese troops clashed on Monday.", "2020-06-15"));
}

TEST(ShippedRulesTest, CountriesThatSupportAPlanDoNotSupportEachOther) {
  EXPECT_EQ("", CodesOf("Italy, Greece and Denmark supported the plan.", "1987-06-01"));
}

TEST(ShippedRulesTest, APersonNoDictionaryKnowsTakesNoOneElsesCode) {
  // An unknown subject is the salient person: "he" in the next sentence is
  // not the president named after "from".
  EXPECT_EQ("",
            CodesOf("Opposition leader Marek Novak accused the cabinet of taking orders from "
                    "Donald Trump. He also called for a UN inquiry.",
                    "2018-04-10"));
  // Within a sentence too ("Dunmore, 31, ... she"): nobody, not the minister.
  EXPECT_EQ("GBRGOV 040 FRAGOV",
            CodesOf("Theresa May met Emmanuel Macron. Helen Dunmore, 31, was told by officials "
                    "that she would be expelled from France.",
                    "2018-04-10"));
  // A known person as the next sentence's subject is salient again.
  EXPECT_EQ("USAGOV 1123 RUSGOV",
            CodesOf("Opposition leader Marek Novak criticised the cabinet. Donald Trump met "
                    "reporters. He accused Russia of meddling.",
                    "2018-04-10"));
}

TEST(ShippedRulesTest, APronounAfterItsSubjectSaidIsThatSubject) {
  // "X said he ...": the pronoun is the sentence's own subject, not the
  // person of the sentence before.
  EXPECT_EQ("RUSGOV 0874 SYR",
            CodesOf("Emmanuel Macron spoke about Syria. Vladimir Putin said on Monday he was "
                    "withdrawing his troops from Syria.",
                    "2018-04-10"));
  // "Mr Blair said he ...": a surname after a title, named in full before.
  EXPECT_EQ("USAGOV 040 GBRGOV; GBRGOV 036 IRQGOV",
            CodesOf("George Bush met Tony Blair. Mr Blair said he would visit Iraq.",
                    "2004-06-01"));
}

TEST(ShippedRulesTest, TheGroupNamedByARoleIsTheArmedGroupNamedBefore) {
  // "the paramilitary", with no country of its own, is the armed group named
  // earlier in the sentence, not a militia of the place.
  EXPECT_EQ("SDNMIL 194 SDNREB; SDNREB 1124 SDNMIL",
            CodesOf("The Sudanese army shelled positions of the Rapid Support Forces in Omdurman, "
                    "and the paramilitary accused the army of killing civilians.",
                    "2023-05-01"));
  // "the militants" in the next sentence: the group of the sentence before,
  // not a militia of the other party's country.
  EXPECT_EQ("SOMREB 190 KEN; KENMIL 190 SOMREB",
            CodesOf("Al-Shabaab fighters attacked a base in Kenya. Kenyan troops later killed five "
                    "of the militants.",
                    "2023-05-01"));
  // "the alliance", "the bloc": the international organisation named before.
  EXPECT_EQ("RUSGOV 111 IGOWSTNAT",
            CodesOf("NATO expanded its presence in Estonia. Russia condemned the alliance on "
                    "Monday.",
                    "2023-05-01"));
  EXPECT_EQ("IGOEUREEC 163 BLRGOV; BLRGOV 111 IGOEUREEC",
            CodesOf("The European Union imposed new sanctions on Belarus, and Minsk condemned the "
                    "bloc.",
                    "2023-05-01"));
}

TEST(ShippedRulesTest, APastActOfGangsInAReportedClauseIsNotTheSpeakers) {
  // The act the gangs did is not the president's, whom a later "he" might
  // name: gangs are an armed group outside the state (UAF), of the
  // sentence's one state.
  EXPECT_EQ("KAZUAF 190 KAZ",
            CodesOf("Kazakh President Kassym-Jomart Tokayev said armed gangs had attacked the town "
                    "of Taraz.",
                    "2022-01-06"));
  // A party the dictionaries know keeps its act.
  EXPECT_EQ("UKRMIL 190 RUS",
            CodesOf("Russian President Vladimir Putin said Ukrainian forces had attacked Russia.",
                    "2022-01-06"));
}

TEST(ShippedRulesTest, ThemInALaterClauseIsTheGroupTheSentenceOpenedWith) {
  // "them" in a clause with a subject of its own is the plural group the
  // sentence opened with; the police act where the protest happened.
  EXPECT_EQ("BGDEDU 141 BGDGOV; BGDCOP 175 BGDEDU",
            CodesOf("Thousands of students rallied in Dhaka on Monday, and police fired rubber "
                    "bullets to disperse them.",
                    "2024-07-15"));
  EXPECT_EQ("UGAOPP 141 UGAGOV; UGACOP 173 UGAOPP",
            CodesOf("Thousands of opposition supporters marched in Kampala on Sunday before "
                    "Ugandan police arrested dozens of them.",
                    "2021-01-17"));
  // Within one clause another group may be meant: no guess.
  EXPECT_EQ("", CodesOf("Israeli troops mistook three Egyptian police officers for Palestinian "
                        "militants and shot them.",
                        "2012-09-21"));
}

TEST(ShippedRulesTest, AVerbJoinedToAMutualActSharesNoPlaceAsTarget) {
  // The handshake's place is no party: the statement is signed by each
  // with the other, not with the Czech Republic.
  EXPECT_EQ("GRCGOV 040 TURGOV; TURGOV 040 GRCGOV; GRCGOV 057 TURGOV; TURGOV 057 GRCGOV",
            CodesOf("Greece and Turkey shook hands in the Czech capital Prague and signed a joint "
                    "declaration on migration.",
                    "2023-03-01"));
}

TEST(ShippedRulesTest, ADefiniteRoleRefersBackToThePartyOfItsSector) {
  // "the soldiers", "the junta": no country of their own and no place; the
  // army named before, not the other party's country.
  EXPECT_EQ("IGOAFRAFU 0253 GINMIL",
            CodesOf("Guinea's army seized the presidential palace on Sunday, and the African Union "
                    "urged the soldiers to release President Alpha Conde.",
                    "2021-09-06"));
  EXPECT_EQ("BFAMIL 1721 FRAMED; FRAGOV 111 BFAMIL",
            CodesOf("Burkina Faso's junta suspended two French broadcasters on Monday, days after "
                    "the French foreign minister criticised the junta.",
                    "2023-03-01"));
}

TEST(ShippedRulesTest, TheSuspectIsTheAttackerNamedBefore) {
  // "the suspect" is the gunman of the same sentence, whose country the
  // event's place gives.
  EXPECT_NE(std::string::npos,
            CodesOf("A gunman shot a Colombian senator at a rally in Bogota on Saturday, and "
                    "police arrested the suspect on the spot.",
                    "2021-02-01")
                .find("COLCOP 173 COLUAF"));
  // With no attacker named, "the suspect" is nobody the coder knows.
  EXPECT_EQ("", CodesOf("Police in Bogota arrested the suspect on Saturday.", "2021-02-01"));
}

TEST(ShippedRulesTest, AnObjectItIsAThingNotTheLastStateNamed) {
  // "criticised it as a threat": the object "it" is the pact, so the
  // criticism goes to whoever proposed it, not to a state "it" would be
  // read as (Vietnam, named last).
  EXPECT_EQ("JPNGOV 0311 VNMGOV; CHNGOV 111 JPNGOV",
            CodesOf("Japan proposed a trade pact to Vietnam, and the Chinese foreign ministry "
                    "criticised it as a threat to the region.",
                    "2023-01-01"));
}

TEST(ShippedRulesTest, AnAppositionAfterTheLastMemberKeepsTheCompound) {
  // The name (or the title) set off by commas renames the second member;
  // the subject is the compound, whose members meet each other.
  EXPECT_EQ("KENGOV 040 TZAGOV; TZAGOV 040 KENGOV",
            CodesOf("Kenyan President William Ruto and Tanzania's president, Samia Suluhu Hassan, "
                    "met on Friday to discuss border trade.",
                    "2023-06-01"));
  EXPECT_EQ("RWAGOV 057 CODGOV; CODGOV 057 RWAGOV",
            CodesOf("Paul Kagame and Felix Tshisekedi, Congo's president, signed a peace agreement "
                    "on Friday.",
                    "2023-06-01"));
  // The title renamed by the name is a person: a commander on a visit is
  // not a deployment of troops.
  EXPECT_EQ("TURMIL 042 USA",
            CodesOf("Turkey's army chief, General Metin Gurak, arrived in Washington on Tuesday "
                    "for talks at the Pentagon.",
                    "2023-06-01"));
}

TEST(ShippedRulesTest, AMemberOfACompoundNamedAgainIsNoThirdParty) {
  // "Icelanders" are one of the signatories, not whom the accord is with.
  EXPECT_EQ("NORGOV 057 ISLGOV; ISLGOV 057 NORGOV",
            CodesOf("Norway and Iceland signed a fisheries agreement on Monday giving Icelanders "
                    "access to Norwegian waters.",
                    "2023-06-01"));
}

TEST(ShippedRulesTest, APossessiveCountryOwnsEveryRoleOfItsList) {
  // "Peru's" names whose the court and the palace are too, and the list is
  // the target: one event per member.
  EXPECT_EQ("PEROPP 145 PERLEG; PEROPP 145 PERJUD; PEROPP 145 PERGOV",
            CodesOf("Protesters stormed Peru's Congress, Supreme Court and presidential palace in "
                    "Lima on Saturday.",
                    "2023-06-01"));
}

TEST(ShippedRulesTest, TheTwoStandsForThePairNamedLast) {
  // "The two" with no noun, before its verb, is the pair met before.
  EXPECT_EQ("RUSGOV 040 CHNGOV; RUSGOV 057 CHNGOV; CHNGOV 057 RUSGOV",
            CodesOf("Vladimir Putin met Xi Jinping in Moscow on Monday. The two later signed a gas "
                    "deal.",
                    "2023-06-01"));
  // "the two Koreas" are North and South Korea; the role before "of" is
  // each one's.
  EXPECT_EQ("PRKGOV 040 KORGOV; KORGOV 040 PRKGOV",
            CodesOf("The leaders of the two Koreas met at the border on Friday.", "2023-06-01"));
}

TEST(ShippedRulesTest, TwoCountedGroupsAreAList) {
  // The count before the second group is part of its phrase: both groups
  // were detained.
  EXPECT_EQ("TURCOP 173 SYR; TURCOP 173 IRQ",
            CodesOf("Turkish police detained four Syrians and two Iraqis in Istanbul on Monday.",
                    "2023-06-01"));
}

TEST(ShippedRulesTest, AStateNamedByTwoWordsTakesTheRoleOfItsList) {
  // "Saudi Arabia" is no person's name: the navies are both countries'.
  EXPECT_EQ("OMNMIL 062 SAUMIL; SAUMIL 062 OMNMIL",
            CodesOf("The navies of Oman and Saudi Arabia held joint drills in the Arabian Sea on "
                    "Monday.",
                    "2023-06-01"));
}

TEST(ShippedRulesTest, APrepositionRepeatedAfterAndJoinsItsParties) {
  // "and to Ghana's president": the condolences go to both.
  EXPECT_EQ("KENGOV 018 NGAGOV; KENGOV 018 GHAGOV",
            CodesOf("William Ruto sent condolences to his Nigerian counterpart, Bola Tinubu, and "
                    "to Ghana's president on Monday after the floods.",
                    "2023-06-01"));
}

TEST(ShippedRulesTest, AParticiplesPronounIsThePreviousObject) {
  // "them" after ", accusing" are the diplomats expelled.
  EXPECT_EQ("BDIGOV 161 RWAGOV; BDIGOV 112 RWAGOV",
            CodesOf("Burundi expelled three Rwandan diplomats, accusing them of spying.",
                    "2020-03-01"));
}

TEST(ShippedRulesTest, ACompoundSubjectBreakingATruceBreaksItAgainstEachOther) {
  // A ceasefire binds both sides: its violation by a compound subject is an
  // act of each against the other (196), as fighting is.
  EXPECT_EQ("SDNMIL 196 SDNREB; SDNREB 196 SDNMIL",
            CodesOf("Sudan's army and the rebels violated the truce within hours.", "2023-05-01"));
  // Two states named together may be allies breaking it against someone
  // unnamed: no act on each other.
  EXPECT_EQ("", CodesOf("Russia and Syria violated the truce, the opposition said.", "2016-09-20"));
}

TEST(ShippedRulesTest, PeopleACompoundSubjectAgreesToSwapAreNoParty) {
  // Prisoners named only by their role are what the two sides trade, held
  // by each: the sides act on each other (it had RUSGOV 0353 RUSMIL).
  EXPECT_EQ("RUSGOV 0353 UKRGOV; UKRGOV 0353 RUSGOV",
            CodesOf("Russian and Ukrainian negotiators agreed to exchange 500 prisoners of war "
                    "each.",
                    "2025-05-16"));
  // Not other acts of a list: a withdrawal each announces is no act on the
  // others.
  EXPECT_EQ("",
            CodesOf("Norway, Spain and Poland, which all have soldiers in the region, announced "
                    "their withdrawal.",
                    "2005-02-01"));
}

TEST(ShippedRulesTest, AFrontedPhraseEndsBeforeTheSubjectList) {
  // The mediator named at the end of the fronted phrase is no member of the
  // subject list after its comma. (The talks in Ankara are a meeting of the
  // two at a third location.)
  EXPECT_EQ("RUSGOV 0356 UKRGOV; UKRGOV 0356 RUSGOV; RUSGOV 044 UKRGOV; UKRGOV 044 RUSGOV; "
            "TURGOV 045 RUSGOV; TURGOV 045 UKRGOV",
            CodesOf("After a day of talks in Ankara mediated by Mevlut Cavusoglu, the foreign "
                    "ministers of Russia and Ukraine agreed to a ceasefire.",
                    "2022-03-10"));
  EXPECT_EQ("DEUGOV 041 FRAGOV; FRAGOV 041 DEUGOV; ITAGOV 041 FRAGOV; FRAGOV 041 ITAGOV; "
            "DEUGOV 036 ITAGOV; ITAGOV 036 DEUGOV",
            CodesOf("After a phone call with Emmanuel Macron, Olaf Scholz and Mario Draghi agreed "
                    "to meet.",
                    "2022-03-10"));
}

TEST(ShippedRulesTest, ThemAfterAndIsTheGroupTheVerbBeforeActedOn) {
  // "them", the object of a second verb of the same subject, is the plural
  // object of the first; a later "them" is the same group.
  EXPECT_EQ("CUBGOV 0841 CUBCVL; CUBGOV 174 CUBCVL",
            CodesOf("Cuba freed 75 political prisoners on Friday and put them on a plane to "
                    "Madrid.",
                    "2010-07-12"));
  // Diplomats detained and then expelled.
  EXPECT_EQ("IRQCOP 173 IRNGOV; IRQCOP 161 IRNGOV",
            CodesOf("Iraqi police detained three Iranian diplomats and then expelled them.",
                    "2016-02-02"));
  // Two groups before "and": no guess.
  EXPECT_EQ("", CodesOf("Israeli troops mistook three Egyptian police officers for Palestinian "
                        "militants and expelled them.",
                        "2012-09-21"));
}

TEST(ShippedRulesTest, HimAfterAndIsTheOnePersonNamedWhenTheSubjectIsNoPerson) {
  EXPECT_EQ("IRNGOV 0841 IRNOPP",
            CodesOf("Iran reduced the sentence of the jailed opposition leader and freed him "
                    "on Sunday.",
                    "2015-05-10"));
  // Two people named: no guess.
  EXPECT_EQ(std::string::npos,
            CodesOf("Iran arrested the opposition leader and a British journalist and freed him "
                    "on Sunday.",
                    "2015-05-10")
                .find("0841"));
}

TEST(ShippedRulesTest, ARoleOwnedByAnObjectIsATarget) {
  // "his supporters" are the supporters of the deposed leader, an object
  // before them, not of the soldiers.
  EXPECT_EQ("THAMIL 173 THAELI; THAMIL 175 THAOPP",
            CodesOf("Thai troops detained former prime minister Thaksin Shinawatra at a "
                    "checkpoint, and soldiers "
                    "fired on his supporters outside the airport.",
                    "2008-09-10"));
  // "their 12 sailors" are the crews of the boats seized.
  EXPECT_EQ("IRNMIL 171 GBRMIL; IRNMIL 173 GBRMIL",
            CodesOf("Iranian border guards seized two British navy boats, detaining their 12 "
                    "sailors.",
                    "2007-03-23"));
  // A second verb of the subject: "his" is the subject's again.
  EXPECT_EQ(std::string::npos, CodesOf("Vladimir Putin received Alexander Lukashenko in Moscow "
                                       "and criticised his supporters.",
                                       "2021-09-09")
                                   .find("BLROPP"));
  // Owned by the subject: no target.
  EXPECT_EQ("", CodesOf("Iranian border guards fired on their own supporters.", "2007-03-23"));
}

}  // namespace
}  // namespace khaldun
