// `khaldun eval` end to end on the gold set's dev split (and on the PLOVER
// records when ../shared is present). The coder and the dictionaries are
// still being written, so these tests check that the report is complete and
// its numbers consistent, not that they reach a target.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "khaldun/eval.h"
#include "khaldun/pipeline.h"

namespace khaldun {
namespace {

const std::string kGold = std::string(KHALDUN_SOURCE_DIR) + "/tests/gold/gold.jsonl";
const std::string kPlover =
    std::string(KHALDUN_SOURCE_DIR) + "/../shared/peers/plover/PLOVER_GSR_CAMEO.txt";

const Pipeline& SharedPipeline() {
  static const Pipeline* pipeline = [] {
    auto resources = LoadResources(ResourcePaths{}, nullptr);
    EXPECT_TRUE(resources.ok()) << resources.status().ToString();
    return resources.ok() ? new Pipeline(*resources, PipelineOptions{}) : nullptr;
  }();
  if (pipeline == nullptr) throw std::runtime_error("resources did not load");
  return *pipeline;
}

// The invariants every report must satisfy, whatever the coder's quality.
void ExpectConsistent(const EvalReport& r) {
  ASSERT_FALSE(r.tables.empty());
  for (const ScoreTable& t : r.tables) {
    SCOPED_TRACE(t.name);
    EXPECT_EQ(r.gold_events, t.overall.tp + t.overall.fn);
    EXPECT_EQ(r.produced_events, t.overall.tp + t.overall.fp);
    Prf sum;
    for (const auto& [cls, prf] : t.per_class) sum.Add(prf);
    EXPECT_EQ(t.overall, sum);
    for (double x : {t.overall.Precision(), t.overall.Recall(), t.overall.F1()}) {
      EXPECT_GE(x, 0.0);
      EXPECT_LE(x, 1.0);
    }
    // F1 lies between precision and recall.
    EXPECT_LE(t.overall.F1(), std::max(t.overall.Precision(), t.overall.Recall()) + 1e-12);
    EXPECT_GE(t.overall.F1(), std::min(t.overall.Precision(), t.overall.Recall()) - 1e-12);
  }
  // Confusion rows add up to the gold events, columns to the produced ones.
  uint64_t rows = 0, cols = 0;
  for (const auto& [key, n] : r.confusion) {
    if (key.first != "-") rows += n;
    if (key.second != "-") cols += n;
  }
  EXPECT_EQ(r.gold_events, rows);
  EXPECT_EQ(r.produced_events, cols);
  EXPECT_EQ(r.items, r.cases.size());
  EXPECT_EQ(r.items, r.matches.size());
  EXPECT_LE(r.exact_items, r.items);
  EXPECT_LE(r.false_alarm_items, r.items_without_gold);
}

TEST(EvalDevTest, ReportOnDevSplit) {
  auto gold = ReadGoldFile(kGold);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  size_t dev = 0, dev_events = 0;
  for (const GoldItem& item : *gold) {
    if (item.split == "dev") {
      ++dev;
      dev_events += item.events.size();
    }
  }
  ASSERT_GT(dev, 0u);

  std::vector<EvalCase> cases = CodeGoldItems(*gold, "dev", SharedPipeline(), /*threads=*/2);
  ASSERT_EQ(dev, cases.size());
  EvalReport r = ScoreCases(cases, EvalKind::kCameo);
  EXPECT_EQ(dev, r.items);
  EXPECT_EQ(dev_events, r.gold_events);
  std::vector<std::string> names;
  for (const auto& t : r.tables) names.push_back(t.name);
  EXPECT_EQ(std::vector<std::string>({"root/exact", "root/country", "full/exact", "full/country"}),
            names);
  ExpectConsistent(r);

  // Looser levels can only match more: country >= exact, root >= full.
  EXPECT_GE(r.tables[1].overall.tp, r.tables[0].overall.tp);
  EXPECT_GE(r.tables[0].overall.tp, r.tables[2].overall.tp);
  EXPECT_GE(r.tables[3].overall.tp, r.tables[2].overall.tp);
  EXPECT_GE(r.tables[1].overall.tp, r.tables[3].overall.tp);

  // Every root that has gold events shows up in every table.
  std::set<std::string> gold_roots;
  for (const EvalCase& c : r.cases) {
    for (const auto& e : c.gold) gold_roots.insert(e.code.substr(0, 2));
  }
  EXPECT_EQ(20u, gold_roots.size());
  for (const auto& t : r.tables) {
    for (const auto& root : gold_roots)
      EXPECT_TRUE(t.per_class.count(root)) << t.name << " " << root;
  }

  // Coding is deterministic and independent of the thread count.
  EvalReport again = ScoreCases(CodeGoldItems(*gold, "dev", SharedPipeline(), 1), EvalKind::kCameo);
  for (size_t i = 0; i < r.tables.size(); ++i)
    EXPECT_EQ(r.tables[i].overall, again.tables[i].overall);

  std::string text = FormatReport(r);
  for (const char* part :
       {"root/exact", "root/country", "full/exact", "full/country", "01 make public statement",
        "20 unconventional mass violence", "confusion of root codes"}) {
    EXPECT_NE(std::string::npos, text.find(part)) << part;
  }
  nlohmann::json j = ReportToJson(r);
  EXPECT_EQ(dev, j["counts"]["items"].get<size_t>());
  EXPECT_EQ(4u, j["tables"].size());
  EXPECT_FALSE(j["confusion"].empty());
}

TEST(EvalDevTest, SplitsPartitionTheGold) {
  auto gold = ReadGoldFile(kGold);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  size_t dev = 0, heldout = 0;
  for (const GoldItem& item : *gold) (item.split == "dev" ? dev : heldout)++;
  EXPECT_EQ(gold->size(), dev + heldout);
  // A stratified third is held out (tests/gold/README.md).
  EXPECT_NEAR(double(heldout) / double(gold->size()), 1.0 / 3.0, 0.03);
}

// The further development sets (tests/gold/README.md, "Further sets for
// development"): written apart from gold.jsonl, all dev, ids in order.
TEST(EvalDevTest, ReportOnTheFurtherSets) {
  for (const auto& [file, prefix, count] :
       {std::tuple<std::string, std::string, size_t>{"blind2.jsonl", "b", 200},
        std::tuple<std::string, std::string, size_t>{"blind3.jsonl", "c", 160},
        std::tuple<std::string, std::string, size_t>{"blind4.jsonl", "d", 180},
        std::tuple<std::string, std::string, size_t>{"blind5.jsonl", "e", 160},
        std::tuple<std::string, std::string, size_t>{"blind6.jsonl", "f", 160},
        std::tuple<std::string, std::string, size_t>{"blind7.jsonl", "h", 160},
        std::tuple<std::string, std::string, size_t>{"blind8.jsonl", "k", 160},
        std::tuple<std::string, std::string, size_t>{"blind9.jsonl", "m", 160},
        std::tuple<std::string, std::string, size_t>{"blind10.jsonl", "n", 160},
        std::tuple<std::string, std::string, size_t>{"blind11.jsonl", "r", 160},
        std::tuple<std::string, std::string, size_t>{"blind12.jsonl", "s", 160},
        std::tuple<std::string, std::string, size_t>{"blind13.jsonl", "t", 160},
        std::tuple<std::string, std::string, size_t>{"blind14.jsonl", "u", 160},
        std::tuple<std::string, std::string, size_t>{"blind15.jsonl", "v", 160},
        std::tuple<std::string, std::string, size_t>{"blind16.jsonl", "w", 160},
        std::tuple<std::string, std::string, size_t>{"blind17.jsonl", "x", 160},
        std::tuple<std::string, std::string, size_t>{"blind18.jsonl", "y", 160},
        std::tuple<std::string, std::string, size_t>{"blind19.jsonl", "z", 160},
        std::tuple<std::string, std::string, size_t>{"blind20.jsonl", "a", 160},
        std::tuple<std::string, std::string, size_t>{"blind21.jsonl", "i", 160},
        std::tuple<std::string, std::string, size_t>{"blind22.jsonl", "j", 160},
        std::tuple<std::string, std::string, size_t>{"blind23.jsonl", "l", 160},
        std::tuple<std::string, std::string, size_t>{"blind24.jsonl", "o", 160},
        std::tuple<std::string, std::string, size_t>{"blind25.jsonl", "p", 160},
        std::tuple<std::string, std::string, size_t>{"blind26.jsonl", "q", 160},
        std::tuple<std::string, std::string, size_t>{"blind27.jsonl", "ba", 160},
        std::tuple<std::string, std::string, size_t>{"blind28.jsonl", "bb", 160},
        std::tuple<std::string, std::string, size_t>{"blind29.jsonl", "bc", 160},
        std::tuple<std::string, std::string, size_t>{"blind33.jsonl", "bg", 160},
        std::tuple<std::string, std::string, size_t>{"blind34.jsonl", "bh", 160},
        std::tuple<std::string, std::string, size_t>{"blind35.jsonl", "bi", 160},
        std::tuple<std::string, std::string, size_t>{"blind36.jsonl", "bj", 160},
        std::tuple<std::string, std::string, size_t>{"blind37.jsonl", "bk", 160},
        std::tuple<std::string, std::string, size_t>{"blind38.jsonl", "bl", 160},
        std::tuple<std::string, std::string, size_t>{"blind39.jsonl", "bm", 160},
        std::tuple<std::string, std::string, size_t>{"blind40.jsonl", "bn", 160},
        std::tuple<std::string, std::string, size_t>{"blind41.jsonl", "bo", 160},
        std::tuple<std::string, std::string, size_t>{"blind42.jsonl", "bp", 160},
        std::tuple<std::string, std::string, size_t>{"blind43.jsonl", "bq", 160},
        std::tuple<std::string, std::string, size_t>{"blind44.jsonl", "br", 160}}) {
    SCOPED_TRACE(file);
    auto items = ReadGoldFile(std::string(KHALDUN_SOURCE_DIR) + "/tests/gold/" + file);
    ASSERT_TRUE(items.ok()) << items.status().ToString();
    ASSERT_EQ(count, items->size());
    size_t events = 0;
    for (size_t i = 0; i < items->size(); ++i) {
      const GoldItem& item = (*items)[i];
      EXPECT_EQ("dev", item.split) << item.id;
      EXPECT_EQ(fmt::format("{}{:04d}", prefix, i + 1), item.id);
      events += item.events.size();
    }
    EvalReport r = ScoreCases(CodeGoldItems(*items, "dev", SharedPipeline(), 2), EvalKind::kCameo);
    EXPECT_EQ(count, r.items);
    EXPECT_EQ(events, r.gold_events);
    ExpectConsistent(r);
  }
}

TEST(EvalDevTest, ReportOnPlover) {
  if (!std::filesystem::exists(kPlover)) GTEST_SKIP() << "skipped: needs " << kPlover;
  auto items = ReadPloverFile(kPlover);
  ASSERT_TRUE(items.ok()) << items.status().ToString();
  EXPECT_EQ(322u, items->size());
  EvalReport r = ScoreCases(CodePloverItems(*items, SharedPipeline(), 2), EvalKind::kPlover);
  ASSERT_EQ(1u, r.tables.size());
  EXPECT_EQ("plover/country", r.tables[0].name);
  ExpectConsistent(r);
  // Every gold class is a PLOVER 2021 event type.
  const std::set<std::string> types = {
      "AGREE",  "CONSULT", "SUPPORT",  "CONCEDE", "COOPERATE", "AID",      "RETREAT", "REQUEST",
      "ACCUSE", "REJECT",  "THREATEN", "PROTEST", "SANCTION",  "MOBILIZE", "COERCE",  "ASSAULT"};
  for (const EvalCase& c : r.cases) {
    for (const auto& e : c.gold) EXPECT_TRUE(types.count(e.code)) << c.id << " " << e.code;
  }
}

}  // namespace
}  // namespace khaldun
