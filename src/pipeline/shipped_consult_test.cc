// Consultation and diplomatic cooperation (CAMEO roots 04 and 05) coded
// through the whole pipeline with the shipped dictionaries: meetings at a
// third location, agreements signed or sealed, talks that were held. Each
// sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::CodesOf;

TEST(ShippedConsultTest, AMeetingInACountryOfNeitherPartyIsAtAThirdLocation) {
  EXPECT_EQ("VNMGOV 044 JPNGOV; JPNGOV 044 VNMGOV",
            CodesOf("Vietnam's president and Japan's prime minister met in Jakarta on Monday.",
                    "2024-10-23"));
  EXPECT_EQ("EGYGOV 044 ETHGOV; ETHGOV 044 EGYGOV",
            CodesOf("Egypt held talks with Ethiopian officials in Khartoum on Sunday.",
                    "2024-10-23"));
  EXPECT_EQ("KENGOV 044 UGAGOV; UGAGOV 044 KENGOV",
            CodesOf("The presidents of Kenya and Uganda shook hands in Kigali on Tuesday.",
                    "2024-10-23"));
  EXPECT_EQ("INDGOV 044 CHNGOV; CHNGOV 044 INDGOV",
            CodesOf("Narendra Modi and Xi Jinping met in Kazan on the sidelines of a summit.",
                    "2024-10-23"));
}

TEST(ShippedConsultTest, APlaceThatIsTheTopicOfTalksIsNotWhereTheyMet) {
  EXPECT_EQ("FRAGOV 040 KENGOV; KENGOV 040 FRAGOV",
            CodesOf("Emmanuel Macron discussed the fighting in Sudan with Kenya's president on "
                    "Sunday.",
                    "2023-08-18"));
}

TEST(ShippedConsultTest, AMeetingAtOnePartysHomeStaysAPlainMeeting) {
  EXPECT_EQ("PERGOV 040 CHLGOV",
            CodesOf("Peru's foreign minister met his Chilean counterpart in Lima on Friday.",
                    "2024-10-23"));
  EXPECT_EQ("GRCGOV 040 TURGOV",
            CodesOf("Greece's prime minister met Turkey's president in Ankara.", "2024-10-23"));
  // (The Holy See's city lies in Rome.)
  EXPECT_EQ("VATREL 040 ARGGOV",
            CodesOf("Pope Francis met Argentina's president Javier Milei in Rome on Monday.",
                    "2024-02-12"));
}

TEST(ShippedConsultTest, BothSidesOfTalksAtAThirdLocationMetThere) {
  // Only one side's reading reaches the place after the verb; the other
  // side held the same talks there.
  EXPECT_EQ("SDNGOV 044 SDNREB; SDNREB 044 SDNGOV",
            CodesOf("Negotiators from Sudan's army and the rebels met in Jeddah.", "2024-02-12"));
  EXPECT_EQ("MLIREB 044 MLIGOV; MLIGOV 044 MLIREB",
            CodesOf("Talks between Malian rebels and the government opened in Algiers.",
                    "2015-02-12"));
}

TEST(ShippedConsultTest, AMeetingNamedTwiceIsOneMeetingAtTheThirdLocation) {
  // The verb's meeting is placed in Vilnius; the noun's, with no place of
  // its own, is the same meeting (no second 040 beside the 044).
  EXPECT_EQ("GRCGOV 044 TURGOV; TURGOV 044 GRCGOV",
            CodesOf("The Greek and Turkish leaders shook hands in Vilnius in the first meeting "
                    "between leaders of Greece and Turkey in a year.",
                    "2024-10-23"));
}

TEST(ShippedConsultTest, AGuestAHostReceivesMadeAVisitToTheHost) {
  EXPECT_EQ("BRAGOV 043 CHLGOV; CHLGOV 042 BRAGOV",
            CodesOf("Lula hosted the Chilean president Gabriel Boric in Brasilia on Tuesday.",
                    "2024-06-19"));
  EXPECT_EQ("PRKGOV 043 RUSGOV; RUSGOV 042 PRKGOV",
            CodesOf("Kim Jong Un welcomed Vladimir Putin to Pyongyang on Wednesday.", "2024-06-19"));
  EXPECT_EQ("JORGOV 043 IRQGOV; IRQGOV 042 JORGOV",
            CodesOf("Jordan's King Abdullah received the Iraqi prime minister at his palace in "
                    "Amman.",
                    "2024-06-19"));
  EXPECT_EQ("QATGOV 043 TURGOV; TURGOV 042 QATGOV",
            CodesOf("Qatar's emir greeted the Turkish president at the airport in Doha.",
                    "2024-06-19"));
  EXPECT_EQ("JPNGOV 043 IDNGOV; IDNGOV 042 JPNGOV",
            CodesOf("Japan's prime minister rolled out the red carpet for the Indonesian "
                    "president.",
                    "2024-06-19"));
}

TEST(ShippedConsultTest, WhoBrokeredTheAgreementMediatesBetweenItsParties) {
  // The broker is the subject of "broker", the agreement its object; the
  // parties are those of the sentence's agreement.
  EXPECT_EQ("ISRGOV 0356 PSEREB; PSEREB 0356 ISRGOV; EGYGOV 045 ISRGOV; EGYGOV 045 PSEREB",
            CodesOf("Israel and Hamas agreed to a truce, after Egypt helped broker the deal.",
                    "2022-12-08"));
  EXPECT_EQ("ETHGOV 057 ERIGOV; ERIGOV 057 ETHGOV; DZAGOV 045 ETHGOV; DZAGOV 045 ERIGOV",
            CodesOf("Ethiopia and Eritrea signed a peace accord in Algiers; Algeria had brokered "
                    "the agreement.",
                    "2022-12-08"));
  EXPECT_EQ("SDNGOV 030 SSDGOV; SSDGOV 030 SDNGOV; KENGOV 045 SDNGOV; KENGOV 045 SSDGOV",
            CodesOf("Kenya's president, speaking in Nairobi, mediated the talks in which Sudan and "
                    "South Sudan agreed on oil fees.",
                    "2022-12-08"));
  // (No agreement of others in the sentence: nothing was mediated.)
  EXPECT_EQ("", CodesOf("Norway has brokered many deals over the years.", "2022-12-08"));
}

TEST(ShippedConsultTest, TalksAPartyWalkedOutOfWereHeldByBothSides) {
  EXPECT_EQ("IRNGOV 164 GBRGOV; IRNGOV 044 GBRGOV; GBRGOV 044 IRNGOV",
            CodesOf("Iran walked out of nuclear talks with British diplomats in Vienna.",
                    "2014-11-27"));
  EXPECT_EQ("VENGOV 164 VENOPP; VENGOV 046 VENOPP; VENOPP 046 VENGOV",
            CodesOf("Venezuela's delegation walked away from the negotiations with the opposition "
                    "in Mexico City.",
                    "2023-02-28"));
  // Talks suspended were not held that day; a walk-out told in the past
  // perfect is background.
  EXPECT_EQ("SRBGOV 164 KSVGOV", CodesOf("Serbia suspended its talks with Kosovo.", "2023-02-28"));
  EXPECT_EQ("TURGOV 164 GRCGOV",
            CodesOf("Ankara said it had walked out of the talks with Athens because of Greek "
                    "demands.",
                    "2023-02-28"));
}

TEST(ShippedConsultTest, TheMeetingNamedAgainInAnAsideIsTheSubjectsOwn) {
  // "the first encounter between X and Y" after a comma describes the
  // meeting of the compound subject; its parties are no object.
  EXPECT_EQ("CHNGOV 044 USAGOV; USAGOV 044 CHNGOV",
            CodesOf("Xi Jinping and Joe Biden shook hands at a Bali hotel, the first encounter in "
                    "years between a sitting American president and a Chinese leader.",
                    "2022-11-14"));
  EXPECT_EQ("BRAGOV 044 ARGGOV; ARGGOV 044 BRAGOV",
            CodesOf("Lula and Milei met in Montevideo, the first talks between a Brazilian and an "
                    "Argentine leader since the election.",
                    "2024-10-23"));
}

TEST(ShippedConsultTest, AJointPledgeSignedOrAnAccordSealedIsAnAgreement) {
  EXPECT_EQ("INDGOV 044 CHNGOV; CHNGOV 044 INDGOV; INDGOV 057 CHNGOV; CHNGOV 057 INDGOV",
            CodesOf("Narendra Modi and Xi Jinping shook hands in Kazan, their first meeting in "
                    "five years, and signed a pledge to calm the border.",
                    "2024-10-23"));
  EXPECT_EQ("CHLGOV 057 ARGGOV; ARGGOV 057 CHLGOV",
            CodesOf("The presidents of Chile and Argentina signed a pledge to protect the glaciers.",
                    "2018-06-12"));
  EXPECT_EQ("JPNGOV 057 INDGOV; INDGOV 057 JPNGOV",
            CodesOf("Japan and India signed a joint commitment on maritime security.", "2018-06-12"));
  EXPECT_EQ("NORGOV 057 ISLGOV; ISLGOV 057 NORGOV",
            CodesOf("Norway and Iceland sealed an accord on fishing quotas.", "2015-07-14"));
}

TEST(ShippedConsultTest, ALeaderWelcomedInPersonIsAGuestReceived) {
  EXPECT_EQ("ETHGOV 043 ERIGOV; ERIGOV 042 ETHGOV",
            CodesOf("Eritrea's Isaias Afwerki was welcomed in Addis Ababa by Abiy Ahmed.",
                    "2018-07-14"));
  EXPECT_EQ("BRAGOV 043 ARGGOV; ARGGOV 042 BRAGOV",
            CodesOf("Lula welcomed Argentina's president in Brasilia.", "2023-03-16"));
  // Welcoming a decision, or a release, endorses it.
  EXPECT_EQ("DEUGOV 051 FRAGOV",
            CodesOf("Angela Merkel welcomed Emmanuel Macron's proposal.", "2021-01-05"));
  EXPECT_EQ("JPNGOV 051 KORGOV",
            CodesOf("Japan's prime minister welcomed the new government in Seoul.", "2021-01-05"));
}

TEST(ShippedConsultTest, AStateThatHostsIsTheGovernmentVisited) {
  EXPECT_EQ("HUNGOV 043 ISRGOV; ISRGOV 042 HUNGOV",
            CodesOf("Budapest rolled out the red carpet for the Israeli prime minister.",
                    "2023-03-16"));
  // (A country visited with no host named stays the place.)
  EXPECT_EQ("USAGOV 042 POL", CodesOf("Joe Biden visited Poland.", "2023-03-16"));
}

TEST(ShippedConsultTest, EachGuestListedAfterAHostMadeTheVisit) {
  EXPECT_EQ("USAGOV 043 JPNGOV; USAGOV 043 KORGOV; JPNGOV 042 USAGOV; KORGOV 042 USAGOV",
            CodesOf("The US president hosted Japan's Fumio Kishida and South Korea's Yoon Suk "
                    "Yeol at his retreat in Maryland.",
                    "2023-08-18"));
  // (A welcome in the past perfect is background; a party that leads what
  // is hosted is no guest.)
  EXPECT_EQ("CYPGOV 043 GBRGOV",
            CodesOf("Cyprus had hosted Britain's prime minister in 2019, the minister said.",
                    "2020-08-18"));
  EXPECT_EQ("QATGOV 043 USAGOV",
            CodesOf("Qatar hosted an American-led conference on Gaza in Doha.", "2023-08-18"));
}

TEST(ShippedConsultTest, AMeetingCalledOffWasNotHeld) {
  EXPECT_EQ("", CodesOf("A summit in Geneva between Armenia's Nikol Pashinyan and Azerbaijan's "
                        "Ilham Aliyev was called off.",
                        "2023-03-16"));
  EXPECT_EQ("", CodesOf("Talks between Serbia and Kosovo were postponed.", "2023-03-16"));
  EXPECT_EQ("SRBGOV 040 KSVGOV; KSVGOV 040 SRBGOV",
            CodesOf("Talks between Serbia and Kosovo ended without agreement.", "2023-03-16"));
}

// A visit or meeting a party calls off turns down the contact (125); talks
// under way that it calls off are halted (164).
TEST(ShippedConsultTest, AVisitOrMeetingCalledOffIsTurnedDown) {
  EXPECT_EQ("PRTGOV 125 AGOGOV",
            CodesOf("Portugal's prime minister called off his state visit to Luanda.", "2023-05-10"));
  EXPECT_EQ("THAGOV 125 KHMGOV",
            CodesOf("The Thai foreign minister called off a meeting with his Cambodian counterpart.",
                    "2023-05-10"));
  EXPECT_EQ("KORGOV 164 PRKGOV",
            CodesOf("Seoul called off its peace talks with Pyongyang.", "2023-05-10"));
}

TEST(ShippedConsultTest, TalksAcceptedAreAgreedTo) {
  EXPECT_EQ("YEMREB 036 SAUGOV",
            CodesOf("The Houthis accepted talks with Saudi Arabia on a new truce.", "2023-12-14"));
}

}  // namespace
}  // namespace khaldun
