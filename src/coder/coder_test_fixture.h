// The coder tests' fixtures: a small dictionary written for the tests, a
// coder over it (CoderTest) and one that also reads POS tags with the shipped
// tagger (TaggedCoderTest). Shared by the coder_*_test.cc files.
// The coder's rules, each on a sentence written for the rule, with a small
// dictionary written in the test. Events render as "SRC CODE TGT @Place".
#ifndef KHALDUN_CODER_CODER_TEST_FIXTURE_H_
#define KHALDUN_CODER_CODER_TEST_FIXTURE_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "khaldun/coder.h"
#include "khaldun/syntax.h"
#include "khaldun/text.h"

namespace khaldun::testing {

constexpr const char* kActors = R"(
IRAN [IRN]
+IRANIAN_
+TEHRAN
SYRIA [SYR]
+SYRIAN_
UNITED_STATES [USA]
+US
+AMERICAN_
IRAQ [IRQ]
+IRAQI_
+IRAQIS
+BAGHDAD
RUSSIA [RUS]
+RUSSIAN_
+MOSCOW
CHINA [CHN]
+CHINESE_
NEW_ZEALAND [NZL]
TAMIL_TIGERS_ [LKAREB]
MAHDI_ARMY_ [IRQREB]
ABU_BAKR_AL_BAGHDADI_ [IRQREB]
INTERNATIONAL_MONETARY_FUND [IGOBUSIMF]
+IMF
WHITE_HOUSE [USAGOV]
HASSAN_ROUHANI [IRNELI] [IRNGOV 20130803-20210803]
UNITED_NATIONS [IGOUNO]
)";

constexpr const char* kAgents = R"(
PRESIDENT [~GOV]
PRIME_MINISTER [~GOV]
AMBASSADOR [~GOV]
GOVERNMENT [~GOV]
COMMANDER [~MIL]
GENERAL [~MIL]
MILITARY {} [~MIL]
TROOPS {} [~MIL]
POLICE {} [~COP]
PROTESTER [~OPP]
SUPPORTER [~OPP]
GUNMAN [~UAF]
CIVILIAN [~CVL]
PEOPLE {} [~CVL]
AID_AGENCY {AID_AGENCIES} [~NGO]
AIR_BASE [~MIL]
REFUGEE [~REF]
MINORITY {MINORITIES} [~CVL]
ARTILLERY {} [~MIL]
SUICIDE_BOMBER [~UAF]
COMMANDO [~MIL]
FIGHTER [~REB]
COURT [~JUD]
JOURNALIST [~MED]
JUDGE [~JUD]
PROSECUTOR [~JUD]
MILITARY_RULER [~MIL]
)";

constexpr const char* kVerbs = R"(
--- CONDEMN [111] ---
CONDEMN
DENOUNCE
+HIT_BACK_AT {+HITS_BACK_AT +HIT_BACK_AT +HITTING_BACK_AT}
--- MEET [040] ---
MEET {MET MEETING MEETS}
- * (WITH +) [040]
--- ATTACK [190] ---
ATTACK
--- DENY [016] ---
DENY {DENIED}
--- ACCUSE [112] ---
ACCUSE {ACCUSED ACCUSING}
- * + [112]
--- STORM [---] ---
STORM {STORMED}
--- PRAISE [051] ---
PRAISE {PRAISED}
--- CONVICT [116] ---
CONVICT {CONVICTED}
--- SENTENCE [173] ---
SENTENCE {SENTENCED}
--- FIGHT [190] ---
FIGHT {FOUGHT}
- * (IN +) [190]
--- SHELL [190] ---
SHELL {SHELLED}
- * (IN +) [194]
--- ASSASSINATE [186] ---
ASSASSINATE
--- KILL [1823] ---
KILL
- * (UP) [---]
- * (AT +) [1823]
WOUND {WOUNDED}
--- CALL [---] ---
CALL
- * FOR [100]
- * ON + [100]
--- EXPEL [174] ---
EXPEL
--- LAUNCH [---] ---
LAUNCH {LAUNCHED}
--- BEAT [175] ---
BEAT {BEAT BEATEN BEATING BEATS}
--- SAY [---] ---
SAY {SAID SAYS SAYING}
--- VISIT [042:043] ---
VISIT
--- ARRIVE [---] ---
+ARRIVE_IN {+ARRIVED_IN} [042]
--- WELCOME [043] ---
WELCOME {WELCOMED}
--- AGREE [030] ---
AGREE {AGREED}
--- RELEASE [084] ---
RELEASE {RELEASED}
FREE {FREED}
- * + [0841]
--- DOWN [---] ---
+SHOOT_DOWN {+SHOT_DOWN} [195]
--- FIRE [---] ---
FIRE
- * MISSILES [195]
--- DEMONSTRATE [141] ---
DEMONSTRATE
+STORM_THE_COURT {+STORMED_THE_COURT} [145]
--- RESTRICT [---] ---
RESTRICT
- * ACCESS [1721]
--- DRILL [150] ---
DRILL {DRILLED}
--- CLAIM [---] ---
CLAIM
- * ATTACKS (IN +) [015]
--- DELIVER [---] ---
DELIVER
- * FOOD (TO +) [073]
- * WEAPONS (TO +) [072]
--- DEESCALATE [087] ---
+CALL_OFF {+CALLS_OFF +CALLED_OFF +CALLING_OFF}
+AGREE_TO_A_CEASEFIRE {+AGREES_TO_A_CEASEFIRE +AGREED_TO_A_CEASEFIRE} [0871]
--- DESTROY [---] ---
DESTROY
- * HOMES [1712]
--- INVESTIGATE [090] ---
INVESTIGATE {INVESTIGATES INVESTIGATED INVESTIGATING}
--- EXPRESS [---] ---
EXPRESS
- * SORROW [018]
--- THREATEN [130] ---
THREATEN {THREATENED}
--- RESIGN [0831] ---
RESIGN
--- DEMAND [100] ---
DEMAND
- * RESIGNATION [1041]
- * (THAT +) WITHDRAW [1056]
--- RECALL [---] ---
+RECALL_ITS_AMBASSADOR {+RECALLED_ITS_AMBASSADOR} [161]
+RECALL {+RECALLS} [161]
--- FREEZE [---] ---
FREEZE {FREEZES FROZE FROZEN FREEZING}
- * + ACCESS [1621]
- * AID (TO +) [1621]
--- STATE [010] ---
REITERATE {REITERATED}
--- BOMB_IRREGULAR [183] ---
+BLEW_UP {+BLOW_UP +BLOWS_UP +BLOWING_UP}
--- SUPPLY [070] ---
SUPPLY {SUPPLIES SUPPLIED}
--- ORDER [---] ---
ORDER {ORDERED ORDERS ORDERING}
--- ALLY [062] ---
+ALLIED
--- EXCHANGE [---] ---
EXCHANGE {EXCHANGED}
- * FIRE [190]
- * {ARTILLERY FIRE} [194]
--- WITHDRAW [---] ---
WITHDRAW {WITHDREW WITHDRAWN WITHDRAWS WITHDRAWING}
- * (FROM +) [0874]
--- ARREST [173] ---
ARREST {ARRESTED ARRESTS ARRESTING}
DETAIN {DETAINED DETAINS DETAINING}
--- DEPLOY [154] ---
DEPLOY {DEPLOYED}
--- COMMIT [---] ---
COMMIT {COMMITTED}
- * TROOPS [154]
--- EVACUATE [0873] ---
EVACUATE {EVACUATED}
--- APPEAL [020] ---
APPEAL {APPEALING}
- * (FOR RESIGNATION) [0241]
--- ENGAGE [---] ---
ENGAGE {ENGAGED}
- * (IN FIGHTING) (WITH +) [190]
--- RIOT [145] ---
+THROW_STONES {+THREW_STONES +THROWING_STONES}
RANSACK {RANSACKED}
--- PROMISE [030] ---
VOW {VOWED}
- * (NOT TO) [---]
- * (TO ATTACK +) [1384]
--- EASE [---] ---
LIFT {LIFTED}
- * {STATE OF EMERGENCY} [0814]
--- IMPOSE [---] ---
IMPOSE
- WILL * CURFEW [1323]
)";

constexpr const char* kNominals = R"(
--- ATTACK [190] ---
ATTACK
- * (ON +) [190]
--- MISSILE_ATTACK [195] ---
MISSILE_ATTACK
- * (ON +) [195]
--- ASSASSINATION [186] ---
ASSASSINATION
--- MEETING [040] ---
MEETING
- * (WITH +) [040]
--- STRIKE [---] ---
AIR_STRIKE [195]
- $ * (ON +) [195]
--- DEMAND [100] ---
DEMAND
- $ * (THAT +) [100]
)";

class CoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<Diagnostic> diagnostics;
    auto dict = Dictionary::FromSources(
        {{"test.actors.txt", DictKind::kActors, DictFormat::kPetrarch2, kActors},
         {"test.agents.txt", DictKind::kAgents, DictFormat::kPetrarch2, kAgents},
         {"test.verbs.txt", DictKind::kVerbs, DictFormat::kPetrarch2, kVerbs},
         {"test.nominals.txt", DictKind::kNominals, DictFormat::kPetrarch2, kNominals}},
        &diagnostics);
    for (const auto& d : diagnostics)
      if (d.severity == Diagnostic::Severity::kError) ADD_FAILURE() << d.ToString();
    std::string root = KHALDUN_SOURCE_DIR;
    auto book = CameoCodebook::Load(root + "/data/cameo/cameo_codes.tsv", "");
    ASSERT_TRUE(book.ok()) << book.status().ToString();
    auto places = Gazetteer::FromPlaces({{"Tehran", "IRN", PlaceKind::kCapital, 35.69, 51.39},
                                         {"Iraq", "IRQ", PlaceKind::kCountry, 33.0, 43.7},
                                         {"Baghdad", "IRQ", PlaceKind::kCapital, 33.3, 44.4},
                                         {"Basra", "IRQ", PlaceKind::kCity, 30.5, 47.8}});
    // The rules below are shown with CAMEO's bare country codes; the
    // state-actor convention has its own test.
    coder_ = new Coder({dict, *book, places}, CoderOptions{.state_actors = false});
  }
  static void TearDownTestSuite() { delete coder_; }

  // Codes `text` as one document dated 2020-01-14 and renders its events.
  static std::string Code(const std::string& text, ExplainTrace* trace = nullptr) {
    Document doc;
    doc.id = "t";
    doc.text = text;
    doc.date = *Date::Parse("2020-01-14");
    AnalyzedDocument analyzed = AnalyzeText(doc);
    std::string out;
    for (const Event& e : coder_->Code(analyzed, trace)) {
      if (!out.empty()) out += "; ";
      out += e.source.code + " " + e.cameo_code + " " + e.target.code;
      if (e.location) out += " @" + e.location->name;
    }
    return out;
  }

  // Codes `text` as Code does (without locations) with a coder of the same
  // dictionary that codes states as their governments (CoderOptions{}), over
  // `places`, reading POS tags with the shipped model when `tagged`.
  static std::string CodeAsStates(const std::string& text, std::shared_ptr<const Gazetteer> places,
                                  bool tagged = false) {
    CoderResources resources = coder_->resources();
    resources.gazetteer = std::move(places);
    if (tagged) {
      auto model = SyntaxModel::Load(std::string(KHALDUN_SOURCE_DIR) + "/models/syntax.bin");
      if (!model.ok()) return "no model: " + model.status().ToString();
      resources.syntax = *model;
    }
    Coder states(resources, CoderOptions{});
    Document doc;
    doc.id = "t";
    doc.text = text;
    doc.date = *Date::Parse("2020-01-14");
    std::string out;
    for (const Event& e : states.Code(AnalyzeText(doc)))
      out += (out.empty() ? "" : "; ") + e.source.code + " " + e.cameo_code + " " + e.target.code;
    return out;
  }

  static Coder* coder_;
};

// The rules that read POS tags, with the shipped tagger and the test
// dictionary above.
class TaggedCoderTest : public CoderTest {
 protected:
  static std::string CodeTagged(const std::string& text) {
    auto model = SyntaxModel::Load(std::string(KHALDUN_SOURCE_DIR) + "/models/syntax.bin");
    if (!model.ok()) return "no model: " + model.status().ToString();
    CoderResources resources = coder_->resources();
    resources.syntax = *model;
    Coder tagged(resources, CoderOptions{.state_actors = false});
    Document doc;
    doc.id = "t";
    doc.text = text;
    doc.date = *Date::Parse("2020-01-14");
    std::string out;
    for (const Event& e : tagged.Code(AnalyzeText(doc)))
      out += (out.empty() ? "" : "; ") + e.source.code + " " + e.cameo_code + " " + e.target.code;
    return out;
  }
};

}  // namespace khaldun::testing

#endif  // KHALDUN_CODER_CODER_TEST_FIXTURE_H_
