// Filters and aggregates over stored events.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "khaldun/store.h"
#include "store/store_testing.h"

namespace khaldun {
namespace {

using testing_util::MakeDoc;
using testing_util::MakeEvent;

class QueryTest : public testing_util::StoreDir {
 protected:
  void SetUp() override {
    StoreDir::SetUp();
    auto opened = EventStore::Open(path_);
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
    // Five days of events between a few dyads.
    struct Row { const char* date; const char* code; const char* source; const char* target; const char* place; };
    const Row rows[] = {
        {"2020-01-06", "186", "USA", "IRNMIL", "Baghdad"},   // Monday
        {"2020-01-08", "190", "IRN", "USAMIL", "Erbil"},     // Wednesday, same week
        {"2020-01-08", "111", "IRNGOV", "USA", "Tehran"},
        {"2020-01-13", "042", "IRNGOV", "SYRGOV", "Tehran"}, // next Monday
        {"2020-02-01", "111", "USAGOV", "IRN", ""},
    };
    int n = 0;
    for (const Row& r : rows) {
      Document d = MakeDoc(fmt::format("d{}", n++), "text", r.date);
      Event e = MakeEvent(d, r.code, r.source, r.target, 0, r.place);
      const bool conflict = r.code[0] == '1';
      e.quad_class = conflict ? QuadClass::kMaterialConflict : QuadClass::kVerbalCooperation;
      e.goldstein = conflict ? -5 : 1.5;
      if (r.place == std::string("Tehran")) e.location->country = "IRN";
      ASSERT_TRUE(store_->PutDocument(d, RecordOutcome::kCoded, {e}).ok());
    }
  }
  std::string Find(const EventFilter& f) {
    auto events = store_->FindEvents(f);
    EXPECT_TRUE(events.ok()) << events.status().ToString();
    std::string out;
    for (const StoredEvent& e : *events) {
      if (!out.empty()) out += " ";
      out += fmt::format("{}:{}{}{}", e.date.ToString().substr(5), e.source_code, e.cameo_code,
                         e.target_code);
    }
    return out;
  }
  std::string Aggregate(const EventFilter& f, const AggregateSpec& spec) {
    auto rows = store_->Aggregate(f, spec);
    EXPECT_TRUE(rows.ok()) << rows.status().ToString();
    std::string out;
    for (const AggregateRow& r : *rows) {
      if (!out.empty()) out += " ";
      out += fmt::format("{}{}{}{}={}/{}", r.period, r.source.empty() ? "" : "|" + r.source,
                         r.target.empty() ? "" : ">" + r.target, r.root.empty() ? "" : "|" + r.root,
                         r.events, r.goldstein_sum);
    }
    return out;
  }
  std::unique_ptr<EventStore> store_;
};

TEST_F(QueryTest, Filters) {
  EventFilter f;
  EXPECT_EQ("01-06:USA186IRNMIL 01-08:IRN190USAMIL 01-08:IRNGOV111USA 01-13:IRNGOV042SYRGOV "
            "02-01:USAGOV111IRN",
            Find(f));
  f.from = Date::Parse("2020-01-08");
  f.to = Date::Parse("2020-01-13");
  EXPECT_EQ("01-08:IRN190USAMIL 01-08:IRNGOV111USA 01-13:IRNGOV042SYRGOV", Find(f));
  EventFilter actor;
  actor.actor = "SYR";
  EXPECT_EQ("01-13:IRNGOV042SYRGOV", Find(actor));
  actor.actor = "USA";  // either side, as a prefix: USA, USAMIL, USAGOV
  EXPECT_EQ("01-06:USA186IRNMIL 01-08:IRN190USAMIL 01-08:IRNGOV111USA 02-01:USAGOV111IRN", Find(actor));
  EventFilter dyad;
  dyad.source = "IRN";
  dyad.target = "USA";
  EXPECT_EQ("01-08:IRN190USAMIL 01-08:IRNGOV111USA", Find(dyad));
  EventFilter root;
  root.root = "11";
  EXPECT_EQ("01-08:IRNGOV111USA 02-01:USAGOV111IRN", Find(root));
  EventFilter code;
  code.code = "18";
  EXPECT_EQ("01-06:USA186IRNMIL", Find(code));
  EventFilter quad;
  quad.quad_class = 1;
  EXPECT_EQ("01-13:IRNGOV042SYRGOV", Find(quad));
  EventFilter place;
  place.location = "IRN";  // a country matches its cities
  EXPECT_EQ("01-08:IRNGOV111USA 01-13:IRNGOV042SYRGOV", Find(place));
  place.location = "Erbil";
  EXPECT_EQ("01-08:IRN190USAMIL", Find(place));
  EventFilter limited;
  limited.limit = 2;
  EXPECT_EQ("01-06:USA186IRNMIL 01-08:IRN190USAMIL", Find(limited));
}

// Values are bound, not spliced into SQL: a quote or SQL in a filter value is
// just a code that matches nothing.
TEST_F(QueryTest, FilterValuesAreNeverSql) {
  EventFilter f;
  f.actor = "USA' OR '1'='1";
  EXPECT_EQ("", Find(f));
  f = EventFilter();
  f.location = "x'); DROP TABLE events; --";
  EXPECT_EQ("", Find(f));
  EXPECT_EQ(5, store_->Counts()->events);
}

TEST_F(QueryTest, Aggregates) {
  AggregateSpec by_day;
  by_day.bucket = TimeBucket::kDay;
  EXPECT_EQ("2020-01-06=1/-5 2020-01-08=2/-10 2020-01-13=1/1.5 2020-02-01=1/-5",
            Aggregate({}, by_day));
  AggregateSpec by_week;
  by_week.bucket = TimeBucket::kWeek;  // named by their Monday
  EXPECT_EQ("2020-01-06=3/-15 2020-01-13=1/1.5 2020-01-27=1/-5", Aggregate({}, by_week));
  AggregateSpec by_month;
  by_month.bucket = TimeBucket::kMonth;
  EXPECT_EQ("2020-01=4/-13.5 2020-02=1/-5", Aggregate({}, by_month));
  AggregateSpec by_root;
  by_root.by_root = true;
  EXPECT_EQ("|04=1/1.5 |11=2/-10 |18=1/-5 |19=1/-5", Aggregate({}, by_root));
  // A dyad time series: Iran (any sub-actor) against the US, per month.
  EventFilter dyad;
  dyad.source = "IRN";
  dyad.target = "USA";
  by_month.by_dyad = true;
  EXPECT_EQ("2020-01|IRN>USAMIL=1/-5 2020-01|IRNGOV>USA=1/-5", Aggregate(dyad, by_month));
  AggregateSpec top;
  top.by_dyad = true;
  top.order_by_count = true;
  top.limit = 1;
  Document extra = MakeDoc("extra", "text", "2020-03-01");
  ASSERT_TRUE(store_->PutDocument(extra, RecordOutcome::kCoded,
                                  {MakeEvent(extra, "042", "IRNGOV", "SYRGOV", 0, "Damascus")}).ok());
  EXPECT_EQ("|IRNGOV>SYRGOV=2/-8.5", Aggregate({}, top));
}

TEST_F(QueryTest, TimeBucketNames) {
  EXPECT_EQ(TimeBucket::kWeek, ParseTimeBucket("week"));
  EXPECT_EQ(TimeBucket::kNone, ParseTimeBucket("none"));
  EXPECT_FALSE(ParseTimeBucket("fortnight").has_value());
}

}  // namespace
}  // namespace khaldun
