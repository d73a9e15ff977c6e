// Verbal acts completed from the acts around them: a claim of responsibility
// names the doer of an attack told without one and is aimed at its victim;
// an arrest made at a party's request answers that party's appeal; a vow
// that an attack "will not go unanswered", of "harsh punishment" or "to
// make them pay" threatens whoever attacked; talks described "as
// constructive" before the talks are named are an optimistic comment; a
// release is asked of whoever holds the detainee; protesters' own country
// named before the places they march in is no target.
//
// Coder rules whose test needs the shipped vocabulary, coded through the
// whole pipeline as `khaldun code` codes them. Each sentence is written for
// the test.
#include <gtest/gtest.h>

#include <string>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedVerbalClaimsTest, AClaimNamesTheDoerOfAnAttackToldWithoutOne) {
  // Unnamed gunmen: the claimer is the doer.
  EXPECT_EQ("IRQREB 190 IRQMIL; IRQREB 015 IRQMIL",
            CodesOf("Gunmen killed 12 Iraqi soldiers near Mosul, and the Islamic State claimed "
                    "responsibility.",
                    "2020-01-01"));
  // No doer at all, only the means ("a roadside bomb").
  EXPECT_EQ("AFGREB 1833 AFGCOP; AFGREB 015 AFGCOP",
            CodesOf("A roadside bomb killed nine Afghan policemen in Helmand; the Taliban "
                    "claimed responsibility.",
                    "2020-01-01"));
  EXPECT_EQ("NGAREB 193 NGAMIL; NGAREB 015 NGAMIL",
            CodesOf("Assailants shot dead four Nigerian soldiers in Borno, and Boko Haram later "
                    "claimed the attack.",
                    "2020-01-01"));
  // "the blast" claimed; the bomber's act on himself is none.
  EXPECT_EQ("NGAREB 1831 NGAMIL; NGAREB 015 NGAMIL",
            CodesOf("A suicide bomber blew himself up near Nigerian troops in Maiduguri, and "
                    "Boko Haram claimed the blast.",
                    "2020-01-01"));
}

TEST(ShippedVerbalClaimsTest, AClaimOfABombingInAPlaceIsAimedAtThePartyItHit) {
  // The killing in the relative clause on "the car bombing" was done by it.
  EXPECT_EQ("SOMREB 015 SOMMIL; SOMREB 1832 SOMMIL",
            CodesOf("Al-Shabaab claimed responsibility for the car bombing in Mogadishu that "
                    "killed 15 Somali soldiers.",
                    "2020-01-01"));
}

TEST(ShippedVerbalClaimsTest, AClaimWithNoActCodedIsAimedAtThePartyOfItsClause) {
  // The bomber is unnamed; the convoy's soldiers are the victims.
  EXPECT_EQ("IRQREB 1831 EGYMIL; IRQREB 015 EGYMIL",
            CodesOf("The Islamic State claimed responsibility after a bomber rammed a car into a "
                    "convoy of Egyptian soldiers in Sinai.",
                    "2020-01-01"));
  // The party before the claim; not the parties of the clause after ", but".
  EXPECT_EQ("SAUGOV 112 IRNGOV; YEMREB 015 SAUBUS",
            CodesOf("Explosions set ablaze a Saudi Aramco refinery in Jeddah; the Houthis claimed "
                    "responsibility, but Riyadh blamed Iran.",
                    "2020-01-01"));
  // Responsibility accepted for no act of force: no claim of an attack.
  EXPECT_EQ("", CodesOf("Monsanto said it accepted full responsibility for the actions of its "
                        "employees in Indonesia.",
                        "2020-01-01"));
}

TEST(ShippedVerbalClaimsTest, AClaimNotMadeNamesNoDoer) {
  EXPECT_EQ("IRQUAF 190 IRQMIL",
            CodesOf("No group claimed responsibility after gunmen killed 12 Iraqi soldiers near "
                    "Mosul.",
                    "2020-01-01"));
  EXPECT_EQ("IRQUAF 190 IRQMIL",
            CodesOf("Gunmen killed 12 Iraqi soldiers near Mosul, but the Islamic State denied "
                    "responsibility.",
                    "2020-01-01"));
}

TEST(ShippedVerbalClaimsTest, AnArrestAtAPartysRequestAnswersItsAppeal) {
  EXPECT_EQ("USAGOV 0213 ARGGOV; ARGCOP 173 RUSBUS",
            CodesOf("Police in Argentina arrested a Russian businessman at the request of the "
                    "United States.",
                    "2020-01-01"));
  // The possessive form; "at Spain's" names whose request, not a place.
  EXPECT_EQ("ESPGOV 0213 DEUGOV; DEUCOP 173 RWAMIL",
            CodesOf("German police detained a Rwandan general at Spain's request.", "2020-01-01"));
  // The request belongs to the arrest nearest before it.
  EXPECT_EQ("CHNCOP 173 JPN; USAGOV 0213 JPNGOV; JPNCOP 173 CHNGOV",
            CodesOf("Chinese police detained a Japanese engineer in Shanghai, weeks after "
                    "Japanese police arrested a Chinese diplomat at America's request.",
                    "2020-01-01"));
}

TEST(ShippedVerbalClaimsTest, AVowedReprisalThreatensWhoeverAttacked) {
  EXPECT_EQ("SYRREB 194 SYRMIL; SYRGOV 138 SYRREB",
            CodesOf("Rebels shelled a Syrian army post near Aleppo, and Damascus vowed harsh "
                    "punishment.",
                    "2020-01-01"));
  EXPECT_EQ("RUS 195 UKR; UKRGOV 138 RUSGOV",
            CodesOf("A Russian missile hit a Ukrainian power plant, and Kyiv vowed to make "
                    "Moscow pay.",
                    "2020-01-01"));
  // "would not go unpunished": the two negatives promise retaliation, in
  // the sentence after the attack too.
  EXPECT_EQ("ISRGOV 190 PSEREB; PSEREB 138 ISRGOV",
            CodesOf("Israel killed a Hamas commander in Beirut. Hamas vowed that the "
                    "assassination would not go unpunished.",
                    "2020-01-01"));
  EXPECT_EQ("TURUAF 190 TURMIL; TURGOV 138 TURUAF",
            CodesOf("Gunmen killed ten Turkish soldiers in an ambush, and Ankara vowed that the "
                    "attack would not go unanswered.",
                    "2020-01-01"));
  // An armed group threatens the state whose troops struck it.
  EXPECT_EQ("FRAMIL 190 MLIREB; MLIREB 138 FRAGOV",
            CodesOf("French troops killed a Malian rebel commander, and the rebels vowed that "
                    "the killing would not go unpunished.",
                    "2020-01-01"));
  // A warning of countermeasures or of a response answers who acted on the
  // speaker; the speaker's own side named after "that" is who will act.
  EXPECT_EQ("USAGOV 163 CHN; CHNGOV 1312 USAGOV",
            CodesOf("Washington imposed new tariffs on Chinese steel, and Beijing warned that it "
                    "would take resolute countermeasures.",
                    "2020-01-01"));
  EXPECT_EQ("AUSGOV 172 CHNBUS; CHNGOV 130 AUSGOV",
            CodesOf("Canberra banned Chinese telecom firms from its 5G network, and Beijing "
                    "warned that it would make a necessary response.",
                    "2020-01-01"));
  EXPECT_EQ("TURGOV 171 GRC; GRCGOV 130 TURGOV",
            CodesOf("Ankara seized a Greek fishing boat, and the Greek prime minister warned that "
                    "Athens would respond firmly.",
                    "2020-01-01"));
  // With no attacker named there is no one to threaten.
  EXPECT_EQ("", CodesOf("Israel vowed that the attack on its embassy would not go unanswered.",
                        "2020-01-01"));
}

TEST(ShippedVerbalClaimsTest, TalksDescribedAsConstructiveBeforeTheyAreNamed) {
  EXPECT_EQ("IRNGOV 013 USAGOV",
            CodesOf("Tehran described as constructive the talks it held with American envoys "
                    "in Geneva.",
                    "2020-01-01"));
  EXPECT_EQ("RUSGOV 013 CHNGOV",
            CodesOf("Moscow described as productive the meeting it held with Chinese officials "
                    "in Beijing.",
                    "2020-01-01"));
}

TEST(ShippedVerbalClaimsTest, AReleaseIsAskedOfWhoeverHoldsTheDetainee) {
  // No addressee named: the sentence's captor; a state's forces seizing a
  // foreign party are answered as its government.
  EXPECT_EQ("IRNGOV 1711 GRC; GRCGOV 1053 IRNGOV",
            CodesOf("Iran seized a Greek tanker in the Gulf, and Athens demanded its immediate "
                    "release.",
                    "2020-01-01"));
  EXPECT_EQ("RUSMIL 1711 UKRMIL; UKRGOV 1053 RUSGOV",
            CodesOf("Russian border guards seized three Ukrainian navy ships in the Kerch "
                    "Strait, and Kyiv demanded their immediate release.",
                    "2020-01-01"));
  EXPECT_EQ("CHNCOP 173 JPN; JPNGOV 1053 CHNGOV; KORGOV 1053 CHNGOV",
            CodesOf("Chinese police detained two Japanese engineers, and Tokyo and Seoul "
                    "demanded their immediate release.",
                    "2020-01-01"));
  // The captor told after the demand; soldiers with no country of their own
  // take their captive's.
  EXPECT_EQ("FRAGOV 1053 MLIMIL; MLIMIL 173 MLIGOV",
            CodesOf("Paris demanded the immediate release of the Malian president, a day after "
                    "soldiers from his own guard detained him in Bamako.",
                    "2020-01-01"));
  // Police or intelligence agents hold the detainee for their state: its
  // government is asked, at home as abroad.
  EXPECT_EQ("BLRCOP 173 BLROPP; IGOEUREEC 1053 BLRGOV; USAGOV 1053 BLRGOV",
            CodesOf("Belarusian police arrested opposition activist Pavel Sevko outside his "
                    "flat in Minsk, and the EU and the United States demanded his release.",
                    "2020-01-01"));
  EXPECT_EQ("IRNSPY 173 FRACVL; FRAGOV 1053 IRNGOV",
            CodesOf("Iranian intelligence agents detained a French tourist in Shiraz, and Paris "
                    "demanded his immediate release.",
                    "2020-01-01"));
  // A demand that the detainee, named by a pronoun, be freed.
  EXPECT_EQ("CHNCOP 173 CANBUS; CANGOV 1053 CHNGOV",
            CodesOf("Chinese police detained a Canadian businessman in Dalian, and Ottawa "
                    "demanded that he be freed without delay.",
                    "2020-01-01"));
  EXPECT_EQ("IRNMIL 173 USAMIL; USAGOV 1053 IRNGOV",
            CodesOf("Iranian troops captured two American sailors in the Gulf, and Washington "
                    "demanded that they be released.",
                    "2020-01-01"));
  // No captor named: no addressee.
  EXPECT_EQ("", CodesOf("Pirates seized a Greek tanker off Somalia, and Athens demanded its "
                        "immediate release.",
                        "2020-01-01"));
}

TEST(ShippedVerbalClaimsTest, AReleaseOfAPersonIsAskedOfTheStateHoldingThem) {
  // The person's own country, when not the caller's.
  EXPECT_EQ("CANGOV 0253 SAUGOV",
            CodesOf("Ottawa called for the release of jailed Saudi bloggers.", "2020-01-01"));
  EXPECT_EQ("IGOEUREEC 1053 BLRGOV",
            CodesOf("The EU demanded the release of the Belarusian journalist.", "2020-01-01"));
  // The holder named after "held by".
  EXPECT_EQ("IGOUNO 0253 GINMIL",
            CodesOf("The UN called for the release of the ousted Guinean president and other "
                    "officials held by the junta in Conakry.",
                    "2020-01-01"));
  EXPECT_EQ("USAGOV 0253 VENGOV",
            CodesOf("Washington called for the release of the Venezuelan opposition leader and "
                    "dozens of activists held by Maduro's government.",
                    "2020-01-01"));
  // An armed group holds others: its own release is not asked of a state.
  EXPECT_EQ("USAGOV 0253 PSEREB",
            CodesOf("Washington urged Hamas to release the hostages.", "2020-01-01"));
}

TEST(ShippedVerbalClaimsTest, AReleaseJoinedToADemandsObjectsIsAskedOfTheArmedGroup) {
  EXPECT_EQ("IGOAFRAFU 1056 NGAGOV; IGOAFRAFU 1056 NGAREB; IGOAFRAFU 1053 NGAREB",
            CodesOf("The African Union demanded an end to the fighting between Nigeria and Boko "
                    "Haram and the unconditional release of all hostages.",
                    "2020-01-01"));
  // "a prisoner release deal" is a deal, not a release asked for.
  EXPECT_EQ("KENGOV 0256 SOMGOV; KENGOV 0256 SOMREB",
            CodesOf("Kenya urged a truce between Somalia and al-Shabaab and a prisoner release "
                    "deal.",
                    "2020-01-01"));
  // No armed group among the demand's targets: no one to ask.
  EXPECT_EQ("IGOEUREEC 1056 COLGOV; IGOEUREEC 1056 VENGOV",
            CodesOf("The European Union demanded a truce between Colombia and Venezuela and the "
                    "release of all detainees.",
                    "2020-01-01"));
}

TEST(ShippedVerbalClaimsTest, APartySaidResponsibleForADeathIsAccusedAndItsDenialAnswers) {
  EXPECT_EQ("USAGOV 112 BLRGOV; BLRGOV 016 USAGOV",
            CodesOf("The opposition leader died in prison; Washington said Lukashenko was "
                    "responsible for his death, and Minsk rejected the charge as absurd.",
                    "2020-01-01"));
  EXPECT_EQ("KORGOV 112 PRKGOV; PRKGOV 016 KORGOV",
            CodesOf("Seoul said Pyongyang was responsible for the sinking of the corvette, and "
                    "North Korea denied it.",
                    "2020-01-01"));
}

TEST(ShippedVerbalClaimsTest, ProtestersOwnCountryBeforeThePlacesIsNoTarget) {
  // "in dozens of Pakistani cities": where they rally; the protest is
  // against their government.
  EXPECT_EQ("PAKOPP 141 PAKGOV",
            CodesOf("Thousands of Imran Khan's supporters rallied in dozens of Pakistani cities "
                    "to demand his release.",
                    "2020-01-01"));
  EXPECT_EQ("EGYOPP 141 EGYGOV",
            CodesOf("Hundreds of Morsi's supporters marched through several Egyptian towns "
                    "against the verdict.",
                    "2020-01-01"));
}

TEST(ShippedVerbalClaimsTest, AParticipleOfSayingSpeaksForTheSentencesSubject) {
  // "..., warning that it would ...": "it" is the main clause's subject,
  // not the party named nearest before.
  EXPECT_EQ("RUSGOV 100 DEUGOV; RUSGOV 1312 DEUGOV",
            CodesOf("Moscow demanded that Berlin cancel the delivery of tanks, warning that it "
                    "would take resolute countermeasures.",
                    "2020-01-01"));
  EXPECT_EQ("IRNGOV 114 GBRGOV; IRNGOV 1312 GBRGOV",
            CodesOf("Tehran summoned the British ambassador over the seizure of its tanker, "
                    "warning that it would take countermeasures.",
                    "2020-01-01"));
}

TEST(ShippedVerbalClaimsTest, WhatAPartyMightConsiderIsNoConsideration) {
  EXPECT_EQ("", CodesOf("Officials said Ankara might consider lifting the ban on Greek ships if "
                        "talks resumed.",
                        "2020-01-01"));
  EXPECT_EQ("", CodesOf("Analysts said Tokyo could consider easing export curbs on South Korea.",
                        "2020-01-01"));
  // Considering told as done stays.
  EXPECT_EQ("DEUGOV 014 RUSGOV",
            CodesOf("Berlin is considering new sanctions on Russia.", "2020-01-01"));
}

}  // namespace
}  // namespace khaldun
