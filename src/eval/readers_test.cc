// The gold readers: khaldun's JSONL and the PLOVER records.
#include <gtest/gtest.h>

#include "khaldun/eval.h"

namespace khaldun {
namespace {

TEST(ParseGoldTest, ReadsItems) {
  std::string jsonl =
      R"({"id": "g0001", "date": "2023-03-20", "text": "Xi visited Moscow.", "events": [{"source": "CHNGOV", "code": "042", "target": "RUSGOV"}], "split": "dev", "tags": ["metonymy"]})"
      "\n\n"
      R"({"id": "g0002", "date": "2022-12-18", "text": "Argentina won the World Cup.", "events": [], "split": "heldout", "tags": []})"
      "\n";
  auto items = ParseGold(jsonl, "t.jsonl");
  ASSERT_TRUE(items.ok()) << items.status().ToString();
  ASSERT_EQ(2u, items->size());
  EXPECT_EQ("g0001", (*items)[0].id);
  EXPECT_EQ("CHNGOV 042 RUSGOV", ToString((*items)[0].events.at(0)));
  EXPECT_EQ(std::vector<std::string>({"metonymy"}), (*items)[0].tags);
  EXPECT_EQ("heldout", (*items)[1].split);
  EXPECT_TRUE((*items)[1].events.empty());
}

TEST(ParseGoldTest, ErrorsNameTheLine) {
  const std::string ok =
      R"({"id": "g1", "date": "2020-01-01", "text": "x", "events": [], "split": "dev"})";
  struct Case {
    std::string line;
    std::string message;
  } cases[] = {
      {"{not json", "not a JSON object"},
      {R"({"id": "g2", "text": "x", "events": [], "split": "test"})", "\"split\" must be"},
      {R"({"id": "g2", "text": "x", "split": "dev"})", "missing \"events\""},
      {R"({"id": "g2", "text": "x", "split": "dev", "events": [{"source": "A", "code": "4a", "target": "B"}]})",
       "not a CAMEO event code"},
      {R"({"id": "g2", "text": "x", "split": "dev", "events": [{"source": "", "code": "042", "target": "B"}]})",
       "lacks source or target"},
      {R"({"id": "g1", "text": "x", "split": "dev", "events": []})", "duplicate id g1"},
  };
  for (const Case& c : cases) {
    auto items = ParseGold(ok + "\n" + c.line + "\n", "t.jsonl");
    ASSERT_FALSE(items.ok()) << c.line;
    EXPECT_EQ(2u, items.status().context().line) << c.line;
    EXPECT_EQ("t.jsonl", items.status().context().file);
    EXPECT_NE(std::string::npos, items.status().message().find(c.message))
        << items.status().ToString();
  }
}

TEST(ParseGoldTest, MissingFile) {
  auto items = ReadGoldFile("/nonexistent/gold.jsonl");
  ASSERT_FALSE(items.ok());
  EXPECT_EQ(StatusCode::kNotFound, items.status().code());
}

constexpr char kPlover[] = R"([
{"id": "PLOVER-GSR01-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "header"},
{"id": "A1", "date": "2000-01-01",
 "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"}, {"actorText": "Romanian", "code": "ROU", "sector": "GOV"}],
 "event": "AGREE", "text": "Hungarian and Romanian officials agreed."},
{"id": "A2", "date": "2000-01-01",
 "source": [{"actorText": "APEC", "code": "IGO"}], "target": [{"actorText": "Tokyo", "code": "JAP"}],
 "event": "AGREE", "text": "APEC agreed to set up a centre in Tokyo."},
{"id": "A3", "date": "2000-01-01", "source": [{"actorText": "Akayev", "code": "KGZ", "sector": "GOV"}],
 "target": "", "event": "FIGHT", "text": "Akayev fought."},
{"id": "A4", "date": "2000-01-01",
 "source": [{"code": "USA", "sector": "GOV"}, {"code": "USA", "sector": "MIL"}],
 "target": [{"code": "IRQ"}, {"code": "SYR"}], "event": "DEMAND", "text": "US officials and generals demanded."}
])";

TEST(ParsePloverTest, ReadsRecordsAndMapsTypesTo2021) {
  auto items = ParsePlover(kPlover, "p.json");
  ASSERT_TRUE(items.ok()) << items.status().ToString();
  ASSERT_EQ(4u, items->size());  // the DOCUMENT header is skipped
  const auto& v = *items;
  EXPECT_EQ(std::vector<std::string>({"HUN", "ROU"}), v[0].sources);
  EXPECT_TRUE(v[0].targets.empty());
  EXPECT_EQ(std::vector<std::string>({"JPN"}), v[1].targets);  // JAP is not ISO-3166
  EXPECT_EQ("ASSAULT", v[2].event);
  EXPECT_EQ("FIGHT", v[2].original_event);
  EXPECT_EQ("REQUEST", v[3].event);
  EXPECT_EQ(std::vector<std::string>({"USA"}), v[3].sources);  // one country, listed once
}

TEST(ParsePloverTest, GoldEvents) {
  auto items = ParsePlover(kPlover, "p.json");
  ASSERT_TRUE(items.ok());
  auto render = [](const std::vector<EventTriple>& events) {
    std::string out;
    for (const auto& e : events) out += (out.empty() ? "" : "; ") + ToString(e);
    return out;
  };
  EXPECT_EQ("HUN AGREE ROU; ROU AGREE HUN", render(PloverGoldEvents((*items)[0])));
  EXPECT_EQ("IGO AGREE JPN", render(PloverGoldEvents((*items)[1])));
  EXPECT_EQ("KGZ ASSAULT *", render(PloverGoldEvents((*items)[2])));
  EXPECT_EQ("USA REQUEST IRQ; USA REQUEST SYR", render(PloverGoldEvents((*items)[3])));
}

TEST(ParsePloverTest, NotAnArray) {
  auto items = ParsePlover("{\"id\": 1}", "p.json");
  ASSERT_FALSE(items.ok());
  EXPECT_EQ("p.json", items.status().context().file);
}

}  // namespace
}  // namespace khaldun
