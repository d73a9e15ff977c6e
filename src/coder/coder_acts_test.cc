// Kinds of act: mutual acts, protests, force and killings, aid, visits,
// mediation.
// On a sentence written for each rule, with the small dictionary of
// coder_test_fixture.h.
#include <gtest/gtest.h>

#include <string>

#include "coder/coder_test_fixture.h"

namespace khaldun {
namespace {

using testing::CoderTest;
using testing::TaggedCoderTest;

TEST_F(CoderTest, AMutualActAimedAtAMemberOfItsCompoundSourceIsReciprocal) {
  EXPECT_EQ("CHN 030 RUS; RUS 030 CHN",
            Code("China and Russia agreed to build a pipeline to China."));
}

TEST_F(CoderTest, ACeasefireAgreedByACompoundSourceBindsBothSides) {
  EXPECT_EQ("RUS 0871 IRQ; IRQ 0871 RUS", Code("Russia and Iraq agreed to a ceasefire."));
}

TEST_F(CoderTest, OnlyMutualActsMakeACompoundSourceActOnItself) {
  EXPECT_EQ("", Code("Russia and China condemned the decision."));
}

TEST_F(CoderTest, AProtestAtSeveralSeatsOfStateTargetsEachInstitution) {
  // "Rioters stormed the parliament, the constitutional court and the
  // presidential palace": one protest against the legislature, the courts
  // and the government of the protesters' country.
  EXPECT_EQ("IRQOPP 145 IRQLEG; IRQOPP 145 IRQJUD; IRQOPP 145 IRQGOV",
            Code("Iraqi protesters ransacked the parliament, the supreme court and the "
                 "presidential palace."));
  // A palace or court that is no seat of state adds nothing.
  EXPECT_EQ("IRQOPP 145 IRQGOV", Code("Iraqi protesters ransacked a royal palace."));
}

TEST_F(CoderTest, ProtestersWithNoCountryAreOfTheStateTheSentenceNames) {
  // "Ecuador imposed a curfew as protesters stormed government offices":
  // a crowd with no country protesting against its own state is of the one
  // state the sentence names.
  EXPECT_EQ("IRQOPP 145 IRQLEG",
            Code("Iraq condemned the violence as protesters ransacked the parliament."));
  // Two states named: no telling whose protesters they are.
  EXPECT_EQ("IRQ 111 IRN",
            Code("Iraq condemned Iran as protesters ransacked the parliament."));
}

TEST_F(CoderTest, ForcesDeployedWithNoAgentAreTheirDeploymentsActor) {
  EXPECT_EQ("IRQMIL 154 CHN", Code("Iraqi troops were deployed to China."));
  // With an agent, the agent deployed them.
  EXPECT_EQ("IRN 154 IRQMIL", Code("Iraqi troops were deployed by Iran."));
}

TEST_F(CoderTest, TalksWithSomeoneAreHeldByBoth) {
  EXPECT_EQ("IRN 040 IRQ; IRQ 040 IRN", Code("Iran met with Iraq on Monday."));
  // Without "with", the verb names who met whom.
  EXPECT_EQ("IRN 040 IRQ", Code("Iran met Iraq on Monday."));
}

TEST_F(CoderTest, ACompoundSourceClashingInAPlaceActsOnEachOther) {
  EXPECT_EQ("IRQMIL 190 IRNMIL @Baghdad; IRNMIL 190 IRQMIL @Baghdad",
            Code("Iraqi and Iranian troops fought in Baghdad."));
}

TEST_F(CoderTest, AidGoesToTheCountryNotItsGovernment) {
  auto places = Gazetteer::FromPlaces({{"Iraq", "IRQ", PlaceKind::kCountry, 33.0, 43.7},
                                       {"Baghdad", "IRQ", PlaceKind::kCapital, 33.3, 44.4},
                                       {"Russia", "RUS", PlaceKind::kCountry, 61.5, 105.3}});
  // The state acts (RUSGOV); the aid goes to the country (IRQ), as the
  // condemnation goes to its government.
  EXPECT_EQ("RUSGOV 072 IRQ", CodeAsStates("Russia delivered weapons to Iraq.", places));
  // A capital names the government.
  EXPECT_EQ("RUSGOV 072 IRQGOV", CodeAsStates("Moscow delivered weapons to Baghdad.", places));
  EXPECT_EQ("RUSGOV 111 IRQGOV", CodeAsStates("Russia condemned Iraq.", places));
  // So does aid cut off ("The World Bank paused disbursements to Sudan"),
  // but what a state owns is its government's ("suspended Afghanistan's
  // access to its reserves").
  EXPECT_EQ("RUSGOV 1621 IRQ", CodeAsStates("Russia froze aid to Iraq.", places));
  EXPECT_EQ("RUSGOV 1621 IRQGOV", CodeAsStates("Russia froze Iraq's access to funds.", places));
}

TEST_F(CoderTest, APeoplesProtestAgainstItsCountryIsAgainstItsState) {
  auto places = Gazetteer::FromPlaces({{"Iraq", "IRQ", PlaceKind::kCountry, 33.0, 43.7}});
  // (The crowd of Iraqis protesting is the opposition, IRQOPP.)
  EXPECT_EQ("IRQOPP 141 IRQGOV",
            CodeAsStates("Thousands of Iraqis demonstrated against Iraq.", places));
}

TEST_F(CoderTest, ANamedHostMakesTheVisitOneToTheHost) {
  EXPECT_EQ("IRNGOV 042 IRQ @Baghdad", Code("Hassan Rouhani arrived in Baghdad on Sunday."));
  EXPECT_EQ("IRNGOV 042 IRQGOV @Baghdad; IRNGOV 040 IRQGOV",
            Code("Hassan Rouhani arrived in Baghdad and met the Iraqi president."));
  EXPECT_EQ("IRNGOV 042 IRQMIL @Baghdad; IRQMIL 043 IRNGOV",
            Code("Hassan Rouhani arrived in Baghdad. Iraqi troops welcomed him on Monday."));
  // A welcome reports the visit it receives (a US president hosting China's
  // leader at his Florida resort), also in the passive.
  EXPECT_EQ("IRQ 043 IRNGOV; IRNGOV 042 IRQ", Code("Iraq welcomed Hassan Rouhani on Monday."));
  EXPECT_EQ("IRQ 043 IRNGOV; IRNGOV 042 IRQ", Code("Hassan Rouhani was welcomed by Iraq."));
  // The welcome of something the visitor did is no visit.
  EXPECT_EQ("IRQ 043 IRNGOV", Code("Iraq welcomed the visit of Hassan Rouhani."));
}

TEST_F(CoderTest, TheTargetOfCondemningAnAttackIsTheAttacker) {
  // ATTACK is both a verb and an event noun in the test dictionary. The
  // attack is what China condemns, not a second event the text asserts.
  EXPECT_EQ("CHN 111 RUS", Code("China condemned Russia's attack on Iraq."));
  EXPECT_EQ("RUS 111 USA", Code("Russia condemned the US air strike on Iraqi troops."));
}

TEST_F(CoderTest, APartyAfterAgainstIsNoPartnerOfACooperativeAct) {
  EXPECT_EQ("", Code("Iran agreed to stand firm against Iraq."));
  EXPECT_EQ("IRN 111 IRQ", Code("Iran condemned the raid against Iraq."));
}

TEST_F(CoderTest, EachOtherMakesAnyActMutual) {
  EXPECT_EQ("IRQ 111 CHN; CHN 111 IRQ", Code("Iraq and China condemned each other over Russia."));
}

TEST_F(CoderTest, ForcesMovedByAForcePostureVerbAreNoParty) {
  // "troops" has no country here: it is what is moved; the target lies past it.
  // Forces mobilised against an army are aimed at its country (Indian
  // reinforcements moved up to the Himalayan frontier once a fatal fight with
  // Chinese soldiers had occurred: INDGOV 154 CHN).
  EXPECT_EQ("IRQ 154 CHN", Code("Iraq deployed troops after a clash with Chinese troops."));
  // Every force of a list is moved.
  EXPECT_EQ(
      "IRQ 154 CHN",
      Code("Iraq deployed artillery and thousands of troops after a clash with Chinese troops."));
}

TEST_F(CoderTest, ASuicideBombersAttackIsASuicideBombing) {
  EXPECT_EQ("IRQUAF 1831 CHN", Code("An Iraqi suicide bomber attacked China."));
}

TEST_F(CoderTest, AWeaponAfterWithIsTheInstrumentNotAParty) {
  EXPECT_EQ("IRQMIL 190 CHNMIL; CHNMIL 190 IRQMIL",
            Code("Iraqi and Chinese troops attacked each other with artillery."));
}

TEST_F(CoderTest, AProtestIsAimedAtThePartyNamedAfterAgainst) {
  EXPECT_EQ(
      "IRNOPP 1452 RUS @Tehran",  // against policies: for a change of policy
      Code("Iranian protesters threw stones in Tehran during protests against the policies of "
           "Russia."));
  // Not past the phrase: a later clause names no party of it.
  EXPECT_EQ("IRNOPP 1452 IRNGOV @Tehran",
            Code("Iranian protesters threw stones in Tehran during protests against the new law, "
                 "before Russia spoke."));
}

TEST_F(CoderTest, ADemandThatGivesAProtestsPurposeIsPartOfTheProtest) {
  EXPECT_EQ("IRNOPP 1411 IRNGOV @Tehran",
            Code("Iranian protesters demonstrated in Tehran demanding the resignation."));
  EXPECT_EQ("IRNOPP 1411 IRNGOV @Tehran",
            Code("Iranian protesters demonstrated in Tehran to demand the resignation."));
  // An appeal too.
  EXPECT_EQ("IRNOPP 1411 IRNGOV @Tehran",
            Code("Iranian protesters demonstrated in Tehran appealing for the resignation."));
  // A demand of its own stays one.
  EXPECT_EQ("IRNOPP 1041 IRNGOV", Code("Iranian protesters demanded the resignation."));
}

TEST_F(CoderTest, ACompoundSourceWithoutTargetActsOnItself) {
  EXPECT_EQ("RUS 040 CHN; CHN 040 RUS", Code("Russia and China met in Beijing."));
}

TEST_F(TaggedCoderTest, FightingBetweenTwoPartiesIsMutual) {
  EXPECT_EQ("IRQMIL 190 IRNMIL; IRNMIL 190 IRQMIL",
            CodeTagged("Attacks in Basra continued between Iraqi troops and Iranian troops."));
}

TEST_F(CoderTest, ASayingWhoseClauseCondemnsAPartysActCriticisesIt) {
  EXPECT_EQ("IRN 111 USA", Code("Iran said the American attack was illegal."));
  EXPECT_EQ("IRN 111 RUS", Code("Iran said that Russia's decision was a clear violation."));
  // What is not condemned is no criticism.
  EXPECT_EQ("", Code("Iran said the American attack was not illegal."));
}

TEST_F(CoderTest, ADemandForPoliticalChangeWithNoTargetIsAddressedToTheGovernment) {
  EXPECT_EQ("IRNOPP 1041 IRNGOV",
            Code("Iranian protesters demanded the resignation of the cabinet."));
  EXPECT_EQ("", Code("Iran demanded the resignation of the cabinet."));
}

TEST_F(CoderTest, AProtestWithNoTargetIsAgainstTheProtestersGovernment) {
  EXPECT_EQ("IRNOPP 141 IRNGOV", Code("Iranian protesters demonstrated on Sunday."));
  // A state's own protest needs a target.
  EXPECT_EQ("", Code("Iran demonstrated on Sunday."));
}

TEST_F(CoderTest, AStateBombsWithAerialWeapons) {
  EXPECT_EQ("IRQ 195 IRN", Code("Iraq blew up Iran."));
  EXPECT_EQ("IRQREB 183 IRN", Code("The Mahdi Army blew up Iran."));
}

TEST_F(CoderTest, ACrowdNamedByItsSizeThatProtestsIsTheOpposition) {
  EXPECT_EQ("IRQOPP 141 IRQGOV @Baghdad", Code("Thousands demonstrated in Baghdad on Sunday."));
  EXPECT_EQ("IRQOPP 141 IRQGOV @Basra",
            Code("Tens of thousands of people demonstrated in Basra against the government."));
  // With no place, the crowd has no country.
  EXPECT_EQ("", Code("Thousands demonstrated on Sunday."));
}

TEST_F(CoderTest, TheProtestersOwnSideIsNotWhomTheyProtestAgainst) {
  // The protesters demonstrate for other protesters, against their state.
  EXPECT_EQ("IRQOPP 141 IRQGOV @Baghdad",
            Code("Iraqi protesters demonstrated in Baghdad for the jailed protesters."));
}

TEST_F(TaggedCoderTest, DisapprovalAProtestSetsOutToVoiceIsItsPurpose) {
  // Not also "IRQOPP 111 IRQGOV": denouncing is what the protest is for.
  EXPECT_EQ("IRQOPP 141 IRQGOV",
            CodeTagged("Iraqi protesters demonstrated in Baghdad to denounce the government."));
}

TEST_F(CoderTest, RestrictionsWithNoTargetFallOnTheStatesOwnPopulation) {
  EXPECT_EQ("IRNGOV 1721 IRN", Code("The Iranian government restricted access to the internet."));
  // So does emergency rule lifted: it was the state's own people's.
  EXPECT_EQ("IRNGOV 0814 IRN", Code("The Iranian government lifted the state of emergency."));
}

TEST_F(CoderTest, AMutualActOfACompoundSubjectIgnoresActorsInLaterPhrases) {
  EXPECT_EQ("RUS 030 CHN; CHN 030 RUS",
            Code("Russia and China agreed to cooperate in a plan drawn up by Iraq."));
  // "with" names the other party, who meets each of them.
  EXPECT_EQ("RUS 040 IRQ; IRQ 040 RUS; CHN 040 IRQ; IRQ 040 CHN",
            Code("Russia and China met with Iraq."));
}

TEST_F(CoderTest, KillingANamedOfficeHolderIsAnAssassination) {
  EXPECT_EQ("IRQMIL 186 IRNGOV", Code("Iraqi troops killed Hassan Rouhani on Sunday."));
  // Wounded, not killed: an attempt on their life.
  EXPECT_EQ("IRQMIL 185 IRNGOV", Code("Iraqi troops wounded Hassan Rouhani on Sunday."));
  EXPECT_EQ("IRQMIL 1823 IRNMIL", Code("Iraqi troops wounded an Iranian commander on Sunday."));
  // A rank without a name is not a prominent person named by the text.
  EXPECT_EQ("IRQMIL 1823 IRNMIL", Code("Iraqi troops killed an Iranian commander on Sunday."));
  // A name with a lower-case particle inside is a person's.
  EXPECT_EQ("IRNMIL 186 IRQREB", Code("Iranian troops killed Abu Bakr al Baghdadi on Sunday."));
  // A group's name is no person, nor is an actor in a later phrase.
  EXPECT_EQ("IRQMIL 1823 LKAREB", Code("Iraqi troops killed the Tamil Tigers on Sunday."));
  EXPECT_EQ("IRQMIL 1823 IRNGOV",
            Code("Iraqi troops killed many in the final assault against Hassan Rouhani."));
}

TEST_F(TaggedCoderTest, SympathyNamesWhomItIsForInARelativeClause) {
  EXPECT_EQ("IRN 018 IRQ", CodeTagged("Iran expressed sorrow over the floods that hit Iraq."));
  // Only sympathy looks past "that".
  EXPECT_EQ("", CodeTagged("Iran condemned the floods that hit Iraq."));
}

TEST_F(CoderTest, AnArmedGroupsAttackAtHomeStrikesItsCountry) {
  EXPECT_EQ("IRQREB 190 IRQ @Basra", Code("The Mahdi Army attacked targets in Basra."));
  // With CAMEO's bare codes a state's forces and their country are one
  // party; with state actors, violence at home strikes the country (below).
  EXPECT_EQ("", Code("Iraqi troops attacked targets in Basra."));
}

TEST_F(CoderTest, ViolenceAtHomeStrikesTheCountry) {
  auto places = Gazetteer::FromPlaces({{"Iraq", "IRQ", PlaceKind::kCountry, 33.0, 43.7},
                                       {"Basra", "IRQ", PlaceKind::kCity, 30.5, 47.8}});
  auto code = [&](const char* text) { return CodeAsStates(text, places); };
  EXPECT_EQ("IRQMIL 190 IRQ", code("Iraqi troops attacked targets in Basra."));
  // Coercion too: the destruction of property at home (1712).
  EXPECT_EQ("IRQMIL 1712 IRQ", code("Iraqi troops destroyed homes in Basra."));
  // Talks at home are with no place.
  EXPECT_EQ("", code("Iraqi troops met in Basra."));
}

TEST_F(CoderTest, AShowOfForceWithNoObjectAnswersThePartyNamedAfterAfter) {
  // "Greece put its navy on high alert after Turkish warships entered
  // disputed waters": the posture is aimed at the party whose act it answers.
  EXPECT_EQ("IRQ 154 CHN @Basra", Code("Iraq deployed in Basra after Chinese troops attacked."));
  EXPECT_EQ("IRQ 154 RUS @Basra", Code("Iraq deployed in Basra as Russia attacked."));
  // A party of the source's own country is no adversary.
  EXPECT_EQ("", Code("Iraq deployed in Basra after Iraqi troops attacked."));
}

TEST_F(CoderTest, AStatesForceOnItsOwnProtestersIsViolentRepression) {
  EXPECT_EQ("IRQCOP 175 IRQOPP", Code("Iraqi police attacked Iraqi protesters."));
  EXPECT_EQ("IRQMIL 175 IRQOPP", Code("Iraqi protesters were attacked by Iraqi troops."));
  // Protesters of another country face plain force.
  EXPECT_EQ("IRQCOP 190 IRNOPP", Code("Iraqi police attacked Iranian protesters."));
}

TEST_F(CoderTest, AKillingOfAHundredPeopleOrMoreIsAMassKilling) {
  // A raid in which some 1200 people in Israel's south were killed.
  EXPECT_EQ("IRQMIL 202 IRN", Code("Iraqi troops killed about 1,200 Iranian people."));
  EXPECT_EQ("IRQMIL 202 IRN", Code("Iraqi troops killed more than a thousand Iranian people."));
  EXPECT_EQ("IRQMIL 1823 IRN", Code("Iraqi troops killed 12 Iranian people."));
}

TEST_F(CoderTest, WeaponsWhoseFireIsExchangedAreTheMeans) {
  // Two border armies trading rocket and artillery fire.
  EXPECT_EQ("IRQMIL 194 IRNMIL; IRNMIL 194 IRQMIL",
            Code("Iraqi and Iranian troops exchanged artillery fire."));
}

TEST_F(TaggedCoderTest, AnAdjectiveMayStandBeforeTheWeaponsWhoseFireIsExchanged) {
  // Two border armies trading heavy rocket and artillery fire.
  EXPECT_EQ("IRQMIL 194 IRNMIL; IRNMIL 194 IRQMIL",
            CodeTagged("Iraqi and Iranian troops exchanged heavy artillery and rocket fire."));
}

TEST_F(CoderTest, AMutualActBoundOnlyToItsPlaceIsBetweenTheMembers) {
  // An army and a paramilitary force battling hard inside a capital: the
  // city is where they fought, not whom.
  EXPECT_EQ("IRQMIL 190 IRNMIL @Baghdad; IRNMIL 190 IRQMIL @Baghdad",
            Code("Iraqi and Iranian troops fought heavy battles in Baghdad."));
  // One subject: the pattern's place stays its target.
  EXPECT_EQ("IRNMIL 190 IRQ @Baghdad", Code("Iranian troops fought in Baghdad."));
}

TEST_F(CoderTest, ASentenceAfterItsVerdictIsTheConviction) {
  // A court convicting a former president of corruption and then giving
  // her a long prison term: 116 alone.
  EXPECT_EQ("IRQJUD 116 IRNGOV",
            Code("An Iraqi court convicted Hassan Rouhani and sentenced him to death."));
  // With no verdict in the text the sentence is coded as its dictionary
  // codes it (this test dictionary: 173).
  EXPECT_EQ("IRQJUD 173 IRNGOV", Code("An Iraqi court sentenced Hassan Rouhani to death."));
}

TEST_F(CoderTest, AShowOfForceIsAimedAtThePlaceItIsStagedAround) {
  // Missile drills staged in the seas off Taiwan in answer to a US
  // speaker's trip there: TWN, not the speaker.
  EXPECT_EQ("IRN 154 IRQ @Iraq", Code("Iran deployed warships around Iraq after Russia attacked."));
}

TEST_F(CoderTest, AStatesSingleFighterIsAWarplane) {
  // A lone Indian fighter downed by Pakistani jets.
  EXPECT_EQ("IRNMIL 190 IRQMIL", Code("Iranian troops attacked an Iraqi fighter."));
  // Fighters, plural, are gunmen.
  EXPECT_EQ("IRNMIL 190 IRQREB", Code("Iranian troops attacked Iraqi fighters."));
}

TEST_F(CoderTest, TheBrokerOfADealMediatesBetweenItsParties) {
  // Riyadh and Tehran settling to resume ties in a China-brokered deal.
  EXPECT_EQ("IRQ 040 IRN; RUS 045 IRQ; RUS 045 IRN",
            Code("Iraq met Iran in talks mediated by Russia."));
  // Nothing to mediate: no event of its own.
  EXPECT_EQ("IRQ 111 IRN", Code("Iraq condemned Iran over a plan brokered by Russia."));
}

TEST_F(CoderTest, ForceUsedByProtestersIsARiot) {
  // A crowd backing a junta assaulting a foreign embassy.
  EXPECT_EQ("IRQOPP 145 IRN", Code("Iraqi protesters attacked Iran."));
  EXPECT_EQ("IRQMIL 190 IRN", Code("Iraqi troops attacked Iran."));
}

TEST_F(TaggedCoderTest, EachRoleOfACompoundActsOnTheOther) {
  // "Kyrgyz and Tajik troops clashed, and each government accused the
  // other": "each" and a singular noun stand for the compound named before,
  // and a role after "each" is each member's.
  // The troops of the first clause keep their own codes.
  EXPECT_EQ("IRQMIL 190 CHNMIL; CHNMIL 190 IRQMIL; IRQGOV 112 CHNGOV; CHNGOV 112 IRQGOV",
            CodeTagged("Iraqi and Chinese troops fought each other, and each government accused "
                       "the other of lying."));
}

TEST_F(TaggedCoderTest, APartyAfterCommaWithTakesNoPartInAMutualAct) {
  // "American and Philippine troops began joint exercises, with 17,000
  // soldiers taking part": "with" after a comma opens a phrase of
  // circumstance, even where the pattern reads "with" as the partner.
  EXPECT_EQ("IRQ 040 CHN; CHN 040 IRQ",
            CodeTagged("Iraq and China met on Tuesday, with Russian troops looking on."));
  EXPECT_EQ("IRQ 040 RUSMIL; RUSMIL 040 IRQ; CHN 040 RUSMIL; RUSMIL 040 CHN",
            CodeTagged("Iraq and China met with Russian troops on Tuesday."));
}

TEST_F(TaggedCoderTest, ADrillOfSeveralCountriesIsMilitaryCooperation) {
  // "American and Filipino soldiers began military exercises": a show of
  // force staged together by troops of two countries and aimed at no one
  // is military cooperation between them; after a number, a singular
  // demonym is an adjective of the role that ends the list.
  EXPECT_EQ("IRQMIL 062 CHNMIL; CHNMIL 062 IRQMIL",
            CodeTagged("Iraqi and Chinese troops drilled on Tuesday."));
  EXPECT_EQ("IRQMIL 062 CHNMIL; CHNMIL 062 IRQMIL",
            CodeTagged("More than 5,000 Iraqi and Chinese troops drilled on Tuesday."));
  // Aimed at someone, it stays a show of force.
  EXPECT_EQ("IRQMIL 150 RUS; CHNMIL 150 RUS",
            CodeTagged("Iraqi and Chinese troops drilled against Russia on Tuesday."));
}

}  // namespace
}  // namespace khaldun
