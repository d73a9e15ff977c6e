// Actor codes: roles, demonyms, states and their governments, persons and
// institutions.
// On a sentence written for each rule, with the small dictionary of
// coder_test_fixture.h.
#include <gtest/gtest.h>

#include <string>

#include "coder/coder_test_fixture.h"

namespace khaldun {
namespace {

using testing::CoderTest;
using testing::TaggedCoderTest;

TEST_F(CoderTest, DemonymAndRoleComposeAnActorCode) {
  EXPECT_EQ("IRNGOV 111 USAMIL",
            Code("Iranian President Hassan Rouhani denounced the American military."));
}

TEST_F(CoderTest, PossessiveCountryWithTitle) {
  EXPECT_EQ("SYRGOV 111 USA", Code("Syria's Prime Minister Imad Khamis condemned the US."));
}

TEST_F(CoderTest, ARoleWithoutACountryTakesItFromItsPlaceOrTheOtherParty) {
  EXPECT_EQ("IRQOPP 111 IRN", Code("Hundreds of protesters in Baghdad condemned Iran."));
  EXPECT_EQ("IRQUAF 1823 IRQMIL", Code("An Iraqi commander was killed by a gunman on Sunday."));
  // Civilians are as often foreigners: only a place gives them a country.
  EXPECT_EQ("", Code("Russian troops attacked civilians."));
  EXPECT_EQ("RUSMIL 190 IRQCVL @Baghdad", Code("Russian troops attacked civilians in Baghdad."));
  // A government named without a country is the one its opposition faces;
  // a role after "his" is its owner's.
  EXPECT_EQ("IRQOPP 111 IRQGOV", Code("Iraqi protesters condemned the government."));
  EXPECT_EQ("IRNMIL 190 IRQ", Code("Hassan Rouhani said his troops attacked Iraq."));
  // A role coordinated with a country's actor is of that country.
  EXPECT_EQ("RUS 111 IRQGOV; RUS 111 IRQOPP",
            Code("Russia condemned the Iraqi government and the protesters."));
  // Armed forces and police take the country of the state's own institutions
  // or opposition they face, never of civilians or a foreign army.
  EXPECT_EQ("IRQCOP 175 IRQOPP", Code("The police attacked Iraqi protesters."));
  EXPECT_EQ("", Code("Troops attacked Iraqi civilians."));
  // Aid agencies without a country are the actor NGO.
  EXPECT_EQ("IRQ 111 NGO", Code("Iraq denounced the aid agencies on Monday."));
  // Two roles and no country: nothing to complete them from.
  EXPECT_EQ("", Code("Protesters attacked the police."));
}

TEST_F(CoderTest, AnUnknownNameAfterADomesticRoleIsAPersonOfThatRole) {
  EXPECT_EQ("IRN 111 IRQOPP @Baghdad",
            Code("Iran condemned the protester Karim Nouri in Baghdad."));
  // A name before the role names a thing.
  EXPECT_EQ("", Code("Iraq condemned the Basra Protester Monument."));
}

TEST_F(CoderTest, AnUnknownMinisterHoldsOfficeInTheStateTheTextIsAbout) {
  EXPECT_EQ("IRQ 111 RUS; IRQGOV 111 CHN",
            Code("Iraq condemned Russia. Prime Minister Karim Nouri also condemned China."));
  // A title alone names no one.
  EXPECT_EQ("IRQ 111 RUS", Code("Iraq condemned Russia. The prime minister also condemned China."));
}

TEST_F(CoderTest, ARoleOfAnInternationalOrganisationIsThatOrganisation) {
  EXPECT_EQ("IGOUNO 111 IRN", Code("Judges at the United Nations condemned Iran."));
  EXPECT_EQ("IGOUNO 111 IRN", Code("Judges from the United Nations condemned Iran."));
}

TEST_F(CoderTest, AFormerHeadOfGovernmentIsAnElite) {
  EXPECT_EQ("IRNELI 111 USA", Code("Former Iranian president Hassan Rouhani condemned the US."));
  // So is an ousted or deposed one.
  EXPECT_EQ("IRNELI 111 USA", Code("The ousted Iranian president condemned the US."));
  // A former military ruler held power too.
  EXPECT_EQ("IRNELI 111 USA", Code("A former Iranian military ruler condemned the US."));
  EXPECT_EQ("IRNMIL 111 USA", Code("The Iranian military ruler condemned the US."));
}

TEST_F(CoderTest, ARoleAfterAStatesNameIsNotRememberedAsTheName) {
  // Not "USAMIL 111 IRQ": "United States" is the state, not its military.
  EXPECT_EQ("USAMIL 111 IRQ; USA 111 IRQ",
            Code("The United States military condemned Iraq. The United States condemned Iraq."));
}

TEST_F(CoderTest, ARoleBeforeACommonNounIsTheActorsRole) {
  // Before an event noun the role describes the act ("a US terrorist
  // attack"); before another noun it is the actor's ("military presence").
  EXPECT_EQ("IRN 111 USAMIL", Code("Iran condemned the American military presence."));
}

TEST_F(CoderTest, TheOfficeAfterAsIsTheSubjectsRoleAndTheOppositionGetsTheResignation) {
  EXPECT_EQ("IRNGOV 0831 IRNOPP", Code("Hassan Rouhani resigned as Iran's president."));
  // Without an office named, a resignation has no one to answer.
  EXPECT_EQ("", Code("Hassan Rouhani said he would resign."));
  // The office may be named with the subject.
  EXPECT_EQ("IRNGOV 0831 IRNOPP", Code("Iranian President Hassan Rouhani resigned, Russia said."));
}

TEST_F(CoderTest, ARoleAfterIncludingIsPartOfTheActorBeforeIt) {
  EXPECT_EQ("RUSMIL 190 IRQ", Code("Russian troops including commanders attacked Iraq."));
  EXPECT_EQ("RUSMIL 190 IRQ", Code("Russian troops, such as commanders, attacked Iraq."));
}

TEST_F(CoderTest, LowerCaseShortWordIsNotAnAbbreviatedActor) {
  // "us" the pronoun is not "US" the country.
  EXPECT_EQ("", Code("Russia told us it attacked nobody."));
  EXPECT_EQ("RUS 190 USA", Code("Russia attacked US positions."));
}

TEST_F(CoderTest, ARoleAfterAPersonsPossessiveIsAnotherPerson) {
  EXPECT_EQ("IRNMIL 190 IRQ", Code("Hassan Rouhani's commander attacked Iraq."));
}

TEST_F(CoderTest, ANamedPersonCompletesTheRolePhrase) {
  // One mention, IRNGOV, whose name "Rouhani" later refers back.
  EXPECT_EQ("IRNGOV 111 USA; IRNGOV 111 CHN",
            Code("Iranian President Hassan Rouhani condemned the United States. Rouhani also "
                 "denounced China."));
  // The person's dated code applies when the text names no role.
  EXPECT_EQ("IRNGOV 111 USA", Code("Hassan Rouhani condemned the United States."));
}

TEST_F(CoderTest, ARoleOfANamedInstitutionIsTheInstitutions) {
  // Not "IGOJUD": the court's prosecutor is the court.
  EXPECT_EQ("IGOBUSIMF 111 IRQ", Code("The International Monetary Fund's judge condemned Iraq."));
}

TEST_F(CoderTest, ACountryLeadingAnOrganisationModifiesIt) {
  // Not "IRQ 111 RUS": the Russian-led fund is the fund.
  EXPECT_EQ("IRQ 111 IGOBUSIMF",
            Code("Iraq condemned the Russian-led International Monetary Fund."));
}

TEST_F(CoderTest, StateActorsAreCodedAsTheirGovernments) {
  auto places = Gazetteer::FromPlaces({{"Russia", "RUS", PlaceKind::kCountry, 61.5, 105.3},
                                       {"China", "CHN", PlaceKind::kCountry, 35.9, 104.2},
                                       {"Iraq", "IRQ", PlaceKind::kCountry, 33.0, 43.7}});
  auto code = [&](const char* text) { return CodeAsStates(text, places); };
  EXPECT_EQ("RUSGOV 111 CHNGOV; RUSGOV 190 IRQMIL",
            code("Russia condemned China. Moscow attacked Iraqi troops."));
  // A country attacked or visited is a place, not its government.
  EXPECT_EQ("RUSGOV 190 IRQ", code("Moscow attacked Iraq on Sunday."));
  EXPECT_EQ("CHNGOV 042 RUS; RUSGOV 043 CHNGOV", code("China visited Russia."));
  // A plural demonym names people; a state's institution acting on its own
  // people is a dyad only for acts aimed at a population.
  EXPECT_EQ("IRQMIL 1823 IRQ", code("Iraqi troops killed Iraqis on Sunday."));
  EXPECT_EQ("", code("The Iraqi government condemned Iraqis on Sunday."));
  // A possessive state and the state behind an event noun are governments.
  EXPECT_EQ("CHNGOV 111 RUSGOV", code("China denounced Russia's plans."));
  EXPECT_EQ("CHNGOV 111 RUSGOV", code("China condemned the Russian missile attack."));
  // Strikes called off (087) spare a place, not a government.
  EXPECT_EQ("CHNGOV 087 IRQ", code("China called off strikes on Iraq."));
  // The place of attacks claimed is no government.
  EXPECT_EQ("CHNGOV 015 IRQ", code("China claimed the attacks in Baghdad."));
  // A place is investigated, but the state behind an event noun is an actor.
  EXPECT_EQ("CHNGOV 090 IRQ", code("China investigated Iraq."));
  EXPECT_EQ("CHNGOV 090 RUSGOV", code("China investigated the Russian attack."));
  // A demonym before an act of force names the state's military.
  EXPECT_NE(std::string::npos,
            code("The Russian missile attack on Iraq continued.").find("RUSMIL 195 IRQ"));
}

TEST_F(CoderTest, AnEthnicGroupIsCodedByWhereItLives) {
  EXPECT_EQ("IRNCVL 111 RUS", Code("Ethnic Iraqis in Iran condemned Russia."));
  // And where the event happens.
  EXPECT_EQ("RUS 190 IRNCVL @Tehran", Code("Russia attacked ethnic Iraqis in a raid in Tehran."));
  // A demonym with "minority" or "population" names a people too; the
  // event's place may be named before it.
  EXPECT_EQ("RUS 190 IRNCVL @Tehran",
            Code("Russia attacked the Iraqi minority in a raid in Tehran."));
  // (Tehran, right after the verb, is where it happens.)
  EXPECT_EQ("RUS 190 IRNCVL @Tehran",
            Code("Russia attacked in Tehran the Iraqi minority of the city."));
  // So is the people "of" a place.
  EXPECT_EQ("IRNCVL 111 RUS", Code("The Iraqis of Iran condemned Russia."));
  // Protesting in another country, it protests against that country's
  // government, not against the state of its name.
  EXPECT_EQ("IRNCVL 141 IRNGOV @Tehran",
            Code("Thousands of ethnic Iraqis demonstrated in Tehran."));
  // Protesting against another country, it is that country's people too.
  auto places = Gazetteer::FromPlaces({{"Iran", "IRN", PlaceKind::kCountry, 32.0, 53.0}});
  EXPECT_EQ("IRNCVL 141 IRNGOV", CodeAsStates("Ethnic Iraqis demonstrated against Iran.", places));
  // And attacking it.
  EXPECT_EQ("IRNCVL 190 IRN", CodeAsStates("Ethnic Iraqis attacked Iran.", places));
  // Without "ethnic", the demonym names the state's people.
  EXPECT_EQ("IRQ 111 RUS", Code("Iraqis in Iran condemned Russia."));
  // A country's adjective before another people's plural name: that people
  // living in the country ("Bosnian Serbs"), also for a role they own.
  EXPECT_EQ("SYRCVL 111 RUS", Code("Syrian Iraqis condemned Russia."));
  EXPECT_EQ("SYRMIL 190 RUS", Code("Syrian Iraqis said their troops attacked Russia."));
}

TEST_F(CoderTest, ARoleOfACountryAndACoordinatedRole) {
  EXPECT_EQ("IRNMIL 190 USA", Code("The troops of Iran attacked the United States."));
  EXPECT_EQ("RUSMIL 190 IRQ; CHNMIL 190 IRQ", Code("Russian and Chinese troops attacked Iraq."));
}

TEST_F(TaggedCoderTest, ADemonymBeforeTheSubjectsHeadNounIsTheSource) {
  EXPECT_EQ("IRQ 190 IRN", CodeTagged("Iraqi tanks attacked Iran on Sunday."));
}

TEST_F(TaggedCoderTest, AdjectivesBetweenACountryAndItsRoleDoNotSeparateThem) {
  EXPECT_EQ("IRQMIL 190 IRN", CodeTagged("Iraqi ground troops attacked Iran."));
  EXPECT_EQ("IRNMIL 111 RUS", CodeTagged("Iran's top commander condemned Russia."));
}

TEST_F(CoderTest, AModifierWordThatStartsANameIsPartOfIt) {
  // "new" is skipped before a role ("the new president"), not in a name.
  EXPECT_EQ("NZL 111 IRN", Code("New Zealand condemned Iran."));
}

TEST_F(CoderTest, CoordinatedDemonymsShareTheRoleAfterThem) {
  EXPECT_EQ("IRQMIL 190 CHN; IRNMIL 190 CHN; RUSMIL 190 CHN",
            Code("Iraqi, Iranian and Russian troops attacked China."));
}

TEST_F(CoderTest, ACountryBeforeAHyphenatedParticipleOfControlIsThatCountry) {
  EXPECT_EQ("RUS 190 IRQ", Code("Russia attacked Iraqi-held territory."));
  // Where a thing was made names no party.
  EXPECT_EQ("", Code("Russia condemned the Iraqi-made rockets."));
}

TEST_F(CoderTest, OfTwoRoleWordsInARowTheLastIsTheHead) {
  EXPECT_EQ("IRQMIL 190 IRN", Code("Iraqi government troops attacked Iran."));
  EXPECT_EQ("IRQGOV 190 IRN", Code("The Iraqi government attacked Iran."));
}

TEST_F(CoderTest, ASentenceInitialNumberIsNoName) {
  EXPECT_EQ("IRQOPP 111 IRN", Code("Seven protesters in Baghdad condemned Iran."));
}

TEST_F(CoderTest, AMemberOfAnActorIsThatActor) {
  EXPECT_EQ("IRQGOV 111 RUS", Code("A member of the Iraqi government condemned Russia."));
}

TEST_F(CoderTest, AnUnknownCapitalisedWordBeforeAPluralRoleDescribesTheGroup) {
  EXPECT_EQ("IRQOPP 111 IRN", Code("Kurdish protesters in Baghdad condemned Iran."));
  // The word is no person's name to remember: nothing unplaced leaks out.
  EXPECT_EQ(
      "IRQOPP 111 IRN",
      Code("Kurdish protesters in Baghdad condemned Iran. Kurdish protesters condemned Russia."));
}

TEST_F(CoderTest, TheAdjectiveGeneralIsNoRank) {
  EXPECT_EQ("", Code("Iran condemned the general election in Baghdad."));
  EXPECT_EQ("IRN 111 IRQMIL @Baghdad", Code("Iran condemned the general in Baghdad."));
}

TEST_F(TaggedCoderTest, TheCountryBeforeAParticipleOfControlIsTheState) {
  auto places = Gazetteer::FromPlaces({{"Iraq", "IRQ", PlaceKind::kCountry, 33.0, 43.7},
                                       {"China", "CHN", PlaceKind::kCountry, 35.9, 104.2}});
  auto code = [&](const char* text) { return CodeAsStates(text, places, /*tagged=*/true); };
  EXPECT_EQ("CHNGOV 040 IRQGOV", code("China met an Iraqi-led delegation on Sunday."));
  // A demonym before a common noun describes it ...
  EXPECT_EQ("CHNGOV 040 IRQ", code("China met an Iraqi delegation on Sunday."));
  // ... except as what a demand, disapproval, rejection or threat is aimed
  // at: "threatened to strike Iranian sites" is aimed at the state.
  EXPECT_EQ("CHNGOV 111 IRQGOV", code("China condemned an Iraqi plan on Sunday."));
}

TEST_F(CoderTest, AStateForceInAClauseJoinedByAndIsTheFirstSubjectsState) {
  EXPECT_EQ("IRQMIL 190 IRN; IRQCOP 111 RUS",
            Code("Iraqi troops attacked Iran on Sunday and the police condemned Russia."));
}

TEST_F(TaggedCoderTest, PeopleAStateArrestsNamedByARoleAreItsOwn) {
  // "Israeli police arrested dozens of Arab citizens", "More than 5,000
  // people were detained by Russian police".
  EXPECT_EQ("IRQCOP 173 IRQMED", CodeTagged("Iraqi police arrested three journalists."));
  EXPECT_EQ("IRQCOP 173 IRQ", CodeTagged("Dozens of people were detained by Iraqi police."));
  // Armed forces hold people anywhere; an attributive participle is no arrest.
  EXPECT_EQ("", CodeTagged("Iraqi troops detained three journalists."));
  EXPECT_EQ("", CodeTagged("Iraq demanded the release of arrested journalists."));
}

TEST_F(CoderTest, ADemonymNounOfItsOwnTakesNoRoleFromTheList) {
  // When gunmen seize two Canadians along with a Norwegian and a Filipino
  // woman, the Canadians are CAN, not CANCVL.
  EXPECT_EQ("IRN 190 IRQ; IRN 190 RUSCVL",
            Code("Iran attacked two Iraqis and a Russian civilian."));
  // An adjective takes the role: "Thai and Cambodian troops".
  EXPECT_EQ("IRN 190 IRQCVL; IRN 190 RUSCVL", Code("Iran attacked Iraqi and Russian civilians."));
}

TEST_F(TaggedCoderTest, WhomAStatesPoliceInvestigateIsOfItsJurisdiction) {
  // "Brazilian prosecutors began investigating the mining company Vale":
  // BRAJUD 091 BRABUS; an arrest's role before an unknown name likewise.
  EXPECT_EQ("IRQCOP 090 IRQMED",
            CodeTagged("Iraqi police are investigating the journalist Karim Ali."));
  EXPECT_EQ("IRQCOP 173 IRQMED", CodeTagged("Iraqi police arrested the journalist Karim Ali."));
}

TEST_F(TaggedCoderTest, TheTwoCountriesRoleIsEachCountrysRole) {
  // "the two countries' presidents" are each country's government, not
  // the troops the countries were first named with; "the two countries"
  // alone are the states.
  EXPECT_EQ("IRQGOV 111 RUS; CHNGOV 111 RUS",
            CodeTagged("Iraqi and Chinese troops left Basra. The two countries' presidents "
                       "condemned Russia."));
  EXPECT_EQ("IRQ 111 RUS; CHN 111 RUS",
            CodeTagged("Iraqi and Chinese troops left Basra. The two countries condemned Russia."));
}

TEST_F(TaggedCoderTest, ACountryWordModifiesBothRolesJoinedByAnd) {
  // "Turkish police and prosecutors searched the consulate": the
  // prosecutors, who otherwise take a country only from their place, are
  // Turkish too.
  EXPECT_EQ("IRQCOP 111 RUS; IRQJUD 111 RUS",
            CodeTagged("Iraqi police and prosecutors condemned Russia."));
}

}  // namespace
}  // namespace khaldun
