// Criticism, accusations, denials and verdicts, and the act they are aimed at
// (CAMEO 11 and 016).
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

TEST(ShippedRulesTest, AJudgementOfAnActReferredToIsAimedAtWhoeverDidIt) {
  // The object "the move" refers to the expulsion reported before it.
  EXPECT_EQ("BLRGOV 1662 IGOUNOIAE; IGOUNOIAE 111 BLRGOV",
            CodesOf("Belarus expelled two IAEA inspectors on Monday, and the agency's chief "
                    "condemned the move as unjustified.",
                    "2021-05-10"));
  // A relative clause on "a decision" whose subject is the critic.
  EXPECT_EQ("IGOMEAARL 160 LBYGOV; LBYGOV 111 IGOMEAARL",
            CodesOf("The Arab League suspended Libya's membership on Tuesday, a decision that "
                    "Tripoli denounced as illegal.",
                    "2011-02-22"));
  // Across a sentence: the act reported last is in the sentence before.
  EXPECT_EQ("IGOICC 173 SDNGOV; SDNGOV 120 IGOICC",
            CodesOf("The International Criminal Court issued a warrant for the arrest of Sudan's "
                    "president, Omar al-Bashir. Khartoum dismissed the move as worthless.",
                    "2009-03-04"));
  // A clause of content is no relative clause: "allegations that ..." name
  // what is alleged, and its verb has an object of its own.
  EXPECT_EQ("VENGOV 042 ESP",
            CodesOf("Venezuela's president visited Spain on Tuesday and repeated his allegations "
                    "that the former Spanish government backed a coup.",
                    "2004-11-23"));
}

TEST(ShippedRulesTest, AnActReferredToByItsNounIsItsDoers) {
  // An event noun of force refers back to an act of force coded otherwise
  // (an expulsion read as 201 and as 174).
  EXPECT_EQ("ETHGOV 201 ERI; ERIGOV 111 ETHGOV",
            CodesOf("Ethiopia began deporting thousands of Eritreans on Friday, and Asmara "
                    "condemned the expulsions as inhumane.",
                    "2020-01-01"));
  // "the launch" is of the missiles fired.
  EXPECT_EQ("PRKGOV 150 JPN; KORGOV 111 PRKGOV",
            CodesOf("North Korea fired two ballistic missiles over Japan on Monday, and Seoul "
                    "condemned the launch as a grave provocation.",
                    "2020-01-01"));
  // A party named past "as" is not whose act is judged, even the judge
  // itself; another state's armed forces are judged as their state.
  EXPECT_EQ("TURMIL 195 IRQ; IRQGOV 111 TURGOV",
            CodesOf("Turkish jets struck Kurdish positions in northern Iraq on Sunday, and "
                    "Baghdad denounced the raid as a violation of Iraqi sovereignty.",
                    "2020-01-01"));
  // The responder's own act in between is not the one judged.
  EXPECT_EQ("SRBCOP 173 KSVMIL; KSVGOV 161 SRBGOV; KSVGOV 111 SRBCOP",
            CodesOf("Serbian police arrested two Kosovo officers near the border. Pristina "
                    "responded by expelling a Serbian diplomat, calling the arrests illegal.",
                    "2020-01-01"));
}

TEST(ShippedRulesTest, AReactionDrawnOrOwnedOrSaidOfItself) {
  // An article before the reaction; a state's protest is an official one.
  EXPECT_EQ("JPNGOV 154 CHN; CHNGOV 114 JPNGOV",
            CodesOf("Japan sent two warships through the Taiwan Strait on Friday, drawing an "
                    "angry protest from Beijing.",
                    "2020-01-01"));
  // A second "from"; the reaction is asserted after a verb of expelling.
  EXPECT_EQ("ETHGOV 166 IGOUNO; IGOEUREEC 111 ETHGOV; USAGOV 111 ETHGOV",
            CodesOf("Ethiopia expelled seven UN officials on Thursday, drawing condemnation from "
                    "the European Union and from Washington.",
                    "2020-01-01"));
  // With no act coded before it, the reaction is drawn by the subject of
  // the clause the participle hangs on.
  EXPECT_EQ("USAGOV 111 IRNGOV",
            CodesOf("The Iranian government raised fuel prices by 50 percent on Friday, drawing "
                    "sharp criticism from Washington.",
                    "2020-01-01"));
  // So is one judged in an apposition whose participle has its agent after
  // it ("a decision condemned by ..."). The breakaway regions are Georgia's
  // separatists (SEP), the gold's code for them.
  EXPECT_EQ("RUSGOV 054 GEOSEP; GEOGOV 111 RUSGOV; USAGOV 111 RUSGOV",
            CodesOf("Russia recognised the independence of two breakaway regions of Georgia on "
                    "Tuesday, a decision quickly condemned by Tbilisi and Washington.",
                    "2020-01-01"));
  // The possessor of the act named in condemning words.
  EXPECT_EQ("FRAGOV 111 RUSGOV",
            CodesOf("Paris called Moscow's decision to suspend the treaty a grave violation of "
                    "international law.",
                    "2020-01-01"));
  // "said they regretted" in the relative clause on "a decision".
  EXPECT_EQ("USAGOV 163 VENGOV; BRAGOV 110 USAGOV; MEXGOV 110 USAGOV",
            CodesOf("Washington imposed new sanctions on Venezuela on Monday, a decision that "
                    "Brazil and Mexico said they regretted.",
                    "2020-01-01"));
}

TEST(ShippedRulesTest, AnActNamedInCondemningWordsBeforeTheVerb) {
  // "in what ... called": with no act coded before it, the subject of the
  // clause the phrase hangs on did it.
  EXPECT_EQ("TURGOV 111 GRCMIL",
            CodesOf("Greek jets flew over the island of Rhodes on Monday in what Ankara called a "
                    "provocation.",
                    "2020-01-01"));
  // The antecedent of a relative clause of naming, "a trial that ... called
  // a sham": the court that tried him.
  EXPECT_EQ("BLRJUD 116 POLMED; POLGOV 111 BLRJUD",
            CodesOf("A court in Minsk found the Polish reporter guilty of spying on Tuesday after "
                    "a trial that Warsaw called a sham.",
                    "2020-01-01"));
}

TEST(ShippedRulesTest, AnActNamedByAParticipleOnTheSpeakersOwnAct) {
  // Nothing else to refer to: the act the recall answers is the target's.
  EXPECT_EQ("NORGOV 161 BLRGOV; NORGOV 111 BLRGOV",
            CodesOf("Oslo recalled its ambassador from Minsk on Friday, calling the move a "
                    "provocation.",
                    "2020-01-01"));
  // "the restrictions" refer to the act the threat answers, whatever
  // gerund comes between.
  EXPECT_EQ("RUSGOV 138 LTUGOV; RUSGOV 111 LTUGOV",
            CodesOf("Moscow threatened to retaliate against Vilnius for banning the transit of "
                    "goods to Kaliningrad, calling the restrictions hostile.",
                    "2020-01-01"));
  // Not across a verb of saying: the agency's chief calls, not Tehran, and
  // judges Tehran's act.
  EXPECT_EQ("IRNGOV 1662 IGOUNOIAE; IGOUNOIAE 111 IRNGOV",
            CodesOf("Tehran expelled three IAEA inspectors on Monday, the agency's chief said on "
                    "Tuesday, calling the move a serious blow.",
                    "2020-01-01"));
}

TEST(ShippedRulesTest, PoliceActingAbroadAreJudgedAsTheirState) {
  EXPECT_EQ("VENCOP 170 ARGGOV; ARGGOV 111 VENGOV",
            CodesOf("Venezuelan police stormed the Argentine embassy in Caracas, and Buenos Aires "
                    "called the raid a violation of international law.",
                    "2020-01-01"));
}

TEST(ShippedRulesTest, APersonNamedInCondemningWordsThroughAPronoun) {
  // "him" is the ambassador named before the participle.
  EXPECT_EQ("TURGOV 161 NLDGOV; TURGOV 111 NLDGOV",
            CodesOf("Turkey expelled the Dutch ambassador on Monday, calling him a liar.",
                    "2020-01-01"));
  // Praise is no criticism.
  EXPECT_EQ("TURGOV 051 DEUGOV",
            CodesOf("Erdogan praised the German chancellor, calling her a friend.", "2020-01-01"));
}

TEST(ShippedRulesTest, AnEventNounAfterAPrepositionOfTimeIsNoObject) {
  // "after the deployment" tells what happened; it is not what was
  // complained of in so many words.
  EXPECT_EQ("RUSGOV 114 GBRGOV; GBRMIL 154 EST",
            CodesOf("The Russian foreign ministry summoned the British ambassador after the "
                    "deployment of British troops in Estonia.",
                    "2020-01-01"));
}

TEST(ShippedRulesTest, ADeedJudgedBeforeIsTheJudgementsTarget) {
  // "the decision" is the recognition the EU judged, done by Washington.
  EXPECT_EQ("IGOEUREEC 110 USAGOV; TURGOV 111 USAGOV",
            CodesOf("The European Union voiced concern about Washington recognising Jerusalem as "
                    "Israel's capital, while Ankara called that decision null and void.",
                    "2017-12-07"));
}

// "drawing criticism from across the country" names no party: the reaction
// has no source and is not coded, and nothing reads a mention that is not
// there (it read mentions[-1] once; ASan builds caught it on Reuters-21578).
TEST(ShippedRulesTest, AReactionDrawnFromNoPartyIsNotCoded) {
  EXPECT_EQ("BLRGOV 172 BLR",
            CodesOf("The Belarusian government banned the rally on Friday, drawing criticism "
                    "from across the country.",
                    "2020-01-01"));
}

TEST(ShippedRulesTest, AReactionDrawnFromAParty) {
  EXPECT_EQ("THAGOV 174 CHNCVL; IGOUNO 111 THAGOV",
            CodesOf("Thailand deported about 40 Uighurs to China on Thursday, drawing "
                    "condemnation from the UNHCR.",
                    "2025-02-27"));
}

TEST(ShippedRulesTest, WhoseOfficeSpeaksIsTheSubject) {
  EXPECT_EQ("IGOICC 173 ISRGOV; ISRGOV 111 IGOICC",
            CodesOf("The International Criminal Court issued a warrant for the arrest of Benjamin "
                    "Netanyahu, and Netanyahu's office denounced the decision as absurd.",
                    "2024-11-21"));
}

TEST(ShippedRulesTest, ReportingAnAtrocityAccusesItsDoer) {
  // The doer named in the report, after the verb of saying.
  EXPECT_EQ("IGOUNO 1124 SYRGOV",
            CodesOf("A UN commission of inquiry said on Wednesday that Syria's bombardment of "
                    "eastern Ghouta amounted to war crimes.",
                    "2018-06-20"));
  // The report set off after the act it judges: the act's doer is accused.
  EXPECT_EQ("SSDMIL 190 SSDCVL; NGO 1124 SSDMIL",
            CodesOf("South Sudanese soldiers killed dozens of civilians in Juba, "
                    "Amnesty International said on Tuesday, calling the killings war crimes.",
                    "2016-03-08"));
  // An inquiry into atrocities is an investigation (094), no accusation.
  // "a war crime" is a finding too.
  EXPECT_EQ("SSDMIL 190 SSDCVL; NGO 1124 SSDMIL",
            CodesOf("South Sudanese soldiers killed dozens of civilians in Juba, Amnesty "
                    "International said on Tuesday, calling the killings a war crime.",
                    "2016-03-08"));
  EXPECT_EQ("IGOICC 094 LBY",
            CodesOf("The International Criminal Court said on Friday that it was investigating "
                    "war crimes in Libya.",
                    "2011-03-04"));
  EXPECT_EQ("", CodesOf("Serbia said there was no genocide in Kosovo.", "2001-06-01"));
}

TEST(ShippedRulesTest, ADenialAnswersTheAccuser) {
  // The denial names no party: it is aimed at whoever made the accusation.
  EXPECT_EQ("PAKGOV 112 INDGOV; INDGOV 016 PAKGOV",
            CodesOf("Pakistan accused India of sponsoring the bombing in Quetta, which New Delhi "
                    "denied.",
                    "2016-08-09"));
  // In the next sentence, even with one party named.
  EXPECT_EQ("LBNGOV 112 ISRGOV; ISRGOV 016 LBNGOV",
            CodesOf("Lebanon accused Israel of flying drones over Beirut. Israel denied any "
                    "involvement.",
                    "2019-08-25"));
  // A denial with no accusation before it finds no target.
  EXPECT_EQ("", CodesOf("Israel denied any involvement.", "2019-08-25"));
}

TEST(ShippedRulesTest, RejectingAnAccusationDeniesIt) {
  // "a charge <subject> rejected": the charge is the accusation before it;
  // rejecting it denies it (016), aimed at the accuser.
  EXPECT_EQ("VENGOV 112 COLGOV; COLGOV 016 VENGOV",
            CodesOf("Caracas accused Bogota of sheltering the guerrillas, a charge Colombia's "
                    "foreign minister rejected.",
                    "2019-03-01"));
  // The speaker's own pronoun after the verb is no target.
  EXPECT_EQ("USAGOV 1125 CUBGOV; CUBGOV 016 USAGOV",
            CodesOf("Washington accused Havana of hosting a Chinese spy base. Cuba rejected the "
                    "accusation, saying it had no foreign bases.",
                    "2023-03-01"));
  // With no accusation coded, the party that acted against the speaker.
  EXPECT_EQ("CANGOV 161 CHNGOV; CHNGOV 016 CANGOV",
            CodesOf("Ottawa expelled a Chinese diplomat over the intimidation of a lawmaker, and "
                    "Beijing rejected the allegations.",
                    "2023-05-08"));
}

TEST(ShippedRulesTest, AnAccountDismissedIsDenied) {
  // In the next sentence, with the dismissing party alone in it.
  EXPECT_EQ("LTUGOV 112 BLRGOV; BLRGOV 016 LTUGOV",
            CodesOf("Lithuania accused Belarus of forcing the plane down. Minsk dismissed the "
                    "account as a fabrication.",
                    "2023-06-01"));
}

TEST(ShippedRulesTest, AReactionToAnActOfSeveralPartiesAimsAtEach) {
  // "a move <subject> denounced": the antecedent stands right before the
  // subject; the act was done by all three.
  EXPECT_EQ("FRAGOV 054 PSEGOV; BELGOV 054 PSEGOV; MLTGOV 054 PSEGOV; ISRGOV 111 FRAGOV; "
            "ISRGOV 111 BELGOV; ISRGOV 111 MLTGOV",
            CodesOf("France, Belgium and Malta formally recognised a Palestinian state on Monday, "
                    "a move Israeli Foreign Minister Gideon Saar denounced as a prize for terror.",
                    "2025-09-22"));
}

TEST(ShippedRulesTest, ASentenceIsAFindingOfGuilt) {
  // The gold sets code a court's sentence as 116, with or without a verdict
  // in the text; with one, the sentence adds no second event.
  EXPECT_EQ("RUSJUD 116 RUSOPP",
            CodesOf("A Moscow court sentenced opposition activist Ilya Yashin to eight and a half "
                    "years in prison.",
                    "2022-12-09"));
  EXPECT_EQ("KORJUD 116 KORELI",
            CodesOf("A Seoul court found former president Lee Myung-bak guilty of bribery and "
                    "sentenced him to 15 years in prison.",
                    "2018-10-05"));
}

TEST(ShippedRulesTest, TheActCriticisedIsDoneByTheAgentAfterItsOfPhrase) {
  // Iranian police did the arrest Turkey criticises; the Turkish journalist
  // is whom it was done to.
  EXPECT_EQ("TURGOV 111 IRNCOP",
            CodesOf("Turkey criticised the arrest of a Turkish journalist by Iranian police.",
                    "2023-03-01"));
}

TEST(ShippedRulesTest, AnAttributionAfterTheReportAccusesNoOne) {
  // ", Human Rights Watch said" names the source of the news; the deed is
  // coded as what it is, with no accusation besides.
  EXPECT_EQ("SDNMIL 203 SDN",
            CodesOf("Sudanese troops carried out ethnic cleansing in Darfur, Human Rights Watch "
                    "said on Friday.",
                    "2005-05-01"));
}

TEST(ShippedRulesTest, AnOfficialsAllegationDismissedIsDenied) {
  // Not a prime minister dismissed from office (0831); the speech a
  // participle of addressing frames adds no statement (010).
  EXPECT_EQ("INDGOV 016 CANGOV",
            CodesOf("India dismissed as absurd Canadian Prime Minister Justin Trudeau's claim "
                    "that Indian agents were involved.",
                    "2023-09-19"));
  EXPECT_EQ(std::string::npos,
            CodesOf("Ukrainian President Volodymyr Zelensky, addressing the Japanese parliament by "
                    "video, appealed for more sanctions.",
                    "2022-03-23")
                .find(" 010 "));
}

TEST(ShippedRulesTest, AnAccusationParticipleAfterANounNamesNoAccuser) {
  // "blamed on" with no object between is a participle describing the
  // bombings; the president condemned them but blamed no one.
  EXPECT_EQ("NGAGOV 111 NGAREB",
            CodesOf("Nigeria's president condemned the bombings blamed on Boko Haram.",
                    "2023-01-01"));
}

}  // namespace
}  // namespace khaldun
