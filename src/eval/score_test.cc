// Matching, P/R/F1 arithmetic and confusion counts on small hand-made inputs.
#include <gtest/gtest.h>

#include "khaldun/eval.h"

namespace khaldun {
namespace {

EventTriple E(std::string source, std::string code, std::string target) {
  return {std::move(source), std::move(code), std::move(target)};
}

// "tp/fp/fn" for compact comparisons.
std::string Counts(const Prf& p) {
  return std::to_string(p.tp) + "/" + std::to_string(p.fp) + "/" + std::to_string(p.fn);
}

TEST(PrfTest, Arithmetic) {
  Prf p{3, 1, 2};
  EXPECT_DOUBLE_EQ(0.75, p.Precision());
  EXPECT_DOUBLE_EQ(0.6, p.Recall());
  EXPECT_NEAR(2 * 0.75 * 0.6 / 1.35, p.F1(), 1e-12);
  Prf none;
  EXPECT_EQ(0.0, none.Precision());
  EXPECT_EQ(0.0, none.Recall());
  EXPECT_EQ(0.0, none.F1());
  Prf only_fp{0, 4, 0};
  EXPECT_EQ(0.0, only_fp.F1());
  p.Add({1, 2, 3});
  EXPECT_EQ("4/3/5", Counts(p));
}

TEST(MatchEventsTest, RootAndFullCodes) {
  std::vector<EventTriple> gold = {E("USAGOV", "042", "UKRGOV")};
  std::vector<EventTriple> produced = {E("USAGOV", "043", "UKRGOV")};
  EXPECT_EQ("1/0/0",
            Counts(MatchEvents(gold, produced, ActorLevel::kExact, CodeLevel::kRoot).overall));
  EXPECT_EQ("0/1/1",
            Counts(MatchEvents(gold, produced, ActorLevel::kExact, CodeLevel::kFull).overall));
  // "0841" and "084" share the root 08 but are different full codes.
  EXPECT_EQ("1/0/0", Counts(MatchEvents({E("A", "0841", "B")}, {E("A", "084", "B")},
                                        ActorLevel::kExact, CodeLevel::kRoot)
                                .overall));
}

TEST(MatchEventsTest, EachGoldEventMatchesOnce) {
  std::vector<EventTriple> gold = {E("RUSMIL", "190", "UKR")};
  std::vector<EventTriple> produced = {E("RUSMIL", "190", "UKR"), E("RUSMIL", "193", "UKR")};
  ItemMatch m = MatchEvents(gold, produced, ActorLevel::kExact, CodeLevel::kRoot);
  EXPECT_EQ("1/1/0", Counts(m.overall));
  EXPECT_EQ(std::vector<bool>({true}), m.gold_matched);
  EXPECT_EQ(std::vector<bool>({true, false}), m.produced_matched);
  // Two identical gold events need two produced ones.
  m = MatchEvents({E("A", "111", "B"), E("A", "111", "B")}, {E("A", "111", "B")},
                  ActorLevel::kExact, CodeLevel::kFull);
  EXPECT_EQ("1/0/1", Counts(m.overall));
}

TEST(MatchEventsTest, SourceAndTargetMustBothAgree) {
  std::vector<EventTriple> gold = {E("ISRGOV", "057", "AREGOV")};
  EXPECT_EQ("0/1/1", Counts(MatchEvents(gold, {E("AREGOV", "057", "ISRGOV")}, ActorLevel::kExact,
                                        CodeLevel::kRoot)
                                .overall));
  EXPECT_EQ("0/1/1", Counts(MatchEvents(gold, {E("ISRGOV", "057", "ARE")}, ActorLevel::kExact,
                                        CodeLevel::kRoot)
                                .overall));
}

TEST(MatchEventsTest, CountryLevelActors) {
  std::vector<EventTriple> gold = {E("RUSGOV", "129", "IGOUNO")};
  std::vector<EventTriple> produced = {E("RUS", "129", "IGOUNOSEC")};
  EXPECT_EQ("0/1/1",
            Counts(MatchEvents(gold, produced, ActorLevel::kExact, CodeLevel::kRoot).overall));
  EXPECT_EQ("1/0/0",
            Counts(MatchEvents(gold, produced, ActorLevel::kCountry, CodeLevel::kRoot).overall));
}

TEST(MatchEventsTest, PerClassCounts) {
  std::vector<EventTriple> gold = {E("A", "042", "B"), E("A", "111", "C"), E("D", "190", "E")};
  std::vector<EventTriple> produced = {E("A", "040", "B"), E("A", "112", "C"), E("A", "193", "C")};
  ItemMatch m = MatchEvents(gold, produced, ActorLevel::kExact, CodeLevel::kRoot);
  EXPECT_EQ("2/1/1", Counts(m.overall));
  EXPECT_EQ("1/0/0", Counts(m.per_class["04"]));
  EXPECT_EQ("1/0/0", Counts(m.per_class["11"]));
  EXPECT_EQ("0/1/1", Counts(m.per_class["19"]));
  // Full codes: no code agrees, so every event is an error of its own root.
  m = MatchEvents(gold, produced, ActorLevel::kExact, CodeLevel::kFull);
  EXPECT_EQ("0/3/3", Counts(m.overall));
  EXPECT_EQ("0/1/1", Counts(m.per_class["04"]));
  EXPECT_EQ("0/1/1", Counts(m.per_class["11"]));
  EXPECT_EQ("0/1/1", Counts(m.per_class["19"]));
}

TEST(MatchEventsTest, WildcardTargetDoesNotStealASpecificMatch) {
  // PLOVER records without a target give a "*" target.
  std::vector<EventTriple> gold = {E("USA", "AGREE", "*"), E("USA", "AGREE", "JOR")};
  std::vector<EventTriple> produced = {E("USA", "AGREE", "JOR")};
  ItemMatch m = MatchEvents(gold, produced, ActorLevel::kCountry, CodeLevel::kFull, false);
  EXPECT_EQ("1/0/1", Counts(m.overall));
  EXPECT_EQ(std::vector<bool>({false, true}), m.gold_matched);
  EXPECT_EQ("1/0/1", Counts(m.per_class["AGREE"]));
  // Alone, the wildcard accepts any target.
  m = MatchEvents({E("USA", "AGREE", "*")}, {E("USA", "AGREE", "IGO")}, ActorLevel::kCountry,
                  CodeLevel::kFull, false);
  EXPECT_EQ("1/0/0", Counts(m.overall));
}

TEST(ConfusionTest, PairsEventsOnTheSameDyad) {
  Confusion c;
  AddConfusion({E("A", "042", "B"), E("A", "111", "C"), E("F", "0841", "G")},
               {E("A", "043", "B"), E("A", "190", "C"), E("D", "010", "E")}, ActorLevel::kExact,
               true, &c);
  Confusion want = {{{"04", "04"}, 1}, {{"11", "19"}, 1}, {{"08", "-"}, 1}, {{"-", "01"}, 1}};
  EXPECT_EQ(want, c);
}

TEST(ConfusionTest, AgreeingClassesArePairedFirst) {
  Confusion c;
  AddConfusion({E("A", "111", "B")}, {E("A", "190", "B"), E("A", "112", "B")}, ActorLevel::kExact,
               true, &c);
  Confusion want = {{{"11", "11"}, 1}, {{"-", "19"}, 1}};
  EXPECT_EQ(want, c);
}

TEST(ConfusionTest, CountryLevelDyads) {
  Confusion exact, country;
  AddConfusion({E("RUSGOV", "111", "USAGOV")}, {E("RUS", "112", "USA")}, ActorLevel::kExact, true,
               &exact);
  AddConfusion({E("RUSGOV", "111", "USAGOV")}, {E("RUS", "112", "USA")}, ActorLevel::kCountry, true,
               &country);
  EXPECT_EQ((Confusion{{{"11", "-"}, 1}, {{"-", "11"}, 1}}), exact);
  EXPECT_EQ((Confusion{{{"11", "11"}, 1}}), country);
}

TEST(ScoreCasesTest, TotalsOverItems) {
  std::vector<EvalCase> cases(3);
  cases[0].id = "g1";
  cases[0].gold = {E("RUSGOV", "042", "CHNGOV")};
  cases[0].produced = {E("RUSGOV", "042", "CHNGOV")};
  cases[1].id = "g2";
  cases[1].gold = {E("RUSGOV", "111", "USAGOV"), E("CHNGOV", "111", "USAGOV")};
  cases[1].produced = {E("RUS", "112", "USA")};
  cases[2].id = "g3";  // a no-event item given an event
  cases[2].produced = {E("FRA", "010", "DEU")};
  EvalReport r = ScoreCases(cases, EvalKind::kCameo);
  EXPECT_EQ(3u, r.items);
  EXPECT_EQ(1u, r.items_without_gold);
  EXPECT_EQ(3u, r.items_with_output);
  EXPECT_EQ(1u, r.false_alarm_items);
  EXPECT_EQ(1u, r.exact_items);
  EXPECT_EQ(3u, r.gold_events);
  EXPECT_EQ(3u, r.produced_events);
  ASSERT_EQ(4u, r.tables.size());
  EXPECT_EQ("root/exact", r.tables[0].name);
  EXPECT_EQ("1/2/2", Counts(r.tables[0].overall));  // root/exact
  EXPECT_EQ("2/1/1", Counts(r.tables[1].overall));  // root/country
  EXPECT_EQ("1/2/2", Counts(r.tables[2].overall));  // full/exact
  EXPECT_EQ("1/2/2", Counts(r.tables[3].overall));  // full/country
  EXPECT_EQ("1/0/1", Counts(r.tables[1].per_class["11"]));
  EXPECT_EQ("0/1/0", Counts(r.tables[1].per_class["01"]));
  Confusion want = {{{"04", "04"}, 1}, {{"11", "11"}, 1}, {{"11", "-"}, 1}, {{"-", "01"}, 1}};
  EXPECT_EQ(want, r.confusion);
  ASSERT_EQ(3u, r.matches.size());
  EXPECT_EQ(std::vector<bool>({false, false}), r.matches[1].gold_matched);
}

TEST(ScoreCasesTest, PerTag) {
  std::vector<EvalCase> cases(3);
  cases[0].tags = {"passive"};
  cases[0].gold = {E("USAMIL", "186", "IRNMIL")};
  cases[0].produced = {E("USAMIL", "186", "IRNMIL")};
  cases[1].tags = {"passive", "metonymy"};
  cases[1].gold = {E("RUSGOV", "016", "GBRGOV")};
  cases[1].produced = {E("RUS", "016", "GBR")};
  cases[2].tags = {"no-event"};
  cases[2].produced = {E("FRA", "010", "DEU")};
  EvalReport r = ScoreCases(cases, EvalKind::kCameo);
  EXPECT_EQ(2u, r.tag_items["passive"]);
  ASSERT_EQ(4u, r.per_tag["passive"].size());
  EXPECT_EQ("1/1/1", Counts(r.per_tag["passive"][0]));  // root/exact
  EXPECT_EQ("2/0/0", Counts(r.per_tag["passive"][1]));  // root/country
  EXPECT_EQ("0/1/1", Counts(r.per_tag["metonymy"][0]));
  EXPECT_EQ("0/1/0", Counts(r.per_tag["no-event"][1]));
  EXPECT_NE(std::string::npos, FormatReport(r).find("per tag")) << FormatReport(r);
  EXPECT_EQ(2, ReportToJson(r)["per_tag"]["passive"]["items"]);
}

TEST(ScoreCasesTest, PloverTypesAreTheirOwnClasses) {
  std::vector<EvalCase> cases(1);
  cases[0].gold = {E("HUN", "AGREE", "ROU"), E("ROU", "AGREE", "HUN")};
  cases[0].produced = {E("HUN", "AGREE", "ROU"), E("HUN", "CONSULT", "ROU")};
  cases[0].unscored = 2;
  EvalReport r = ScoreCases(cases, EvalKind::kPlover);
  ASSERT_EQ(1u, r.tables.size());
  EXPECT_EQ("plover/country", r.tables[0].name);
  EXPECT_EQ("1/1/1", Counts(r.tables[0].overall));
  EXPECT_EQ("1/0/1", Counts(r.tables[0].per_class["AGREE"]));
  EXPECT_EQ("0/1/0", Counts(r.tables[0].per_class["CONSULT"]));
  EXPECT_EQ(2u, r.unscored_events);
  // The dyad is directed: ROU -> HUN is not HUN -> ROU.
  Confusion want = {{{"AGREE", "AGREE"}, 1}, {{"AGREE", "-"}, 1}, {{"-", "CONSULT"}, 1}};
  EXPECT_EQ(want, r.confusion);
}

TEST(ReportTest, TextAndJson) {
  std::vector<EvalCase> cases(1);
  cases[0].id = "g0001";
  cases[0].text = "Putin visited Beijing.";
  cases[0].gold = {E("RUSGOV", "042", "CHN")};
  cases[0].produced = {E("RUSGOV", "043", "CHNGOV")};
  EvalReport r = ScoreCases(cases, EvalKind::kCameo);
  r.source = "gold.jsonl";
  r.split = "dev";
  std::string text = FormatReport(r, /*errors=*/true);
  EXPECT_NE(std::string::npos, text.find("khaldun eval: gold.jsonl, split dev")) << text;
  EXPECT_NE(std::string::npos, text.find("root/country")) << text;
  EXPECT_NE(std::string::npos, text.find("04 consult")) << text;
  EXPECT_NE(std::string::npos, text.find("missed  RUSGOV 042 CHN")) << text;
  EXPECT_NE(std::string::npos, text.find("extra   RUSGOV 043 CHNGOV")) << text;
  nlohmann::json j = ReportToJson(r, /*errors=*/true);
  EXPECT_EQ("cameo", j["kind"]);
  EXPECT_EQ(1, j["counts"]["gold_events"]);
  ASSERT_EQ(4u, j["tables"].size());
  EXPECT_EQ("root/country", j["tables"][1]["name"]);
  EXPECT_EQ(1, j["tables"][1]["overall"]["tp"]);
  EXPECT_DOUBLE_EQ(1.0, j["tables"][1]["overall"]["f1"].get<double>());
  EXPECT_EQ(0, j["tables"][0]["overall"]["tp"]);
  EXPECT_EQ(1, j["tables"][0]["per_class"]["04"]["fn"]);
  EXPECT_EQ("RUSGOV 042 CHN", j["items"][0]["missed"][0]);
}

}  // namespace
}  // namespace khaldun
