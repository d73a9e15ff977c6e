#include "khaldun/store.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <unistd.h>

namespace khaldun {
namespace {

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("khaldun_store_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "events.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  static Document MakeDoc(const std::string& id, const std::string& text) {
    Document d;
    d.id = id;
    d.text = text;
    d.date = *Date::Parse("2020-01-14");
    d.source = "test";
    return d;
  }
  static Event MakeEvent(const Document& d, const std::string& code) {
    Event e;
    e.id = d.id + "-0-0";
    e.document_id = d.id;
    e.date = d.date;
    e.source.code = "USA";
    e.source.matched_text = "the US";
    e.target.code = "IRNMIL";
    e.target.matched_text = "Iranian commander";
    e.cameo_code = code;
    e.root_code = code.substr(0, 2);
    e.quad_class = QuadClass::kMaterialConflict;
    e.goldstein = -10;
    e.location = Location{"Baghdad", "IRQ", 33.3, 44.4, "in Baghdad", {}};
    e.evidence.sentence = d.text;
    e.evidence.rule = "nominal: ASSASSINATION (OF +)";
    return e;
  }

  std::filesystem::path dir_;
  std::string path_;
};

TEST_F(StoreTest, RoundTripsEventsWithEvidence) {
  auto store = EventStore::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Document d = MakeDoc("d1", "The US assassination of the Iranian commander in Baghdad.");
  ASSERT_TRUE((*store)->Begin().ok());
  ASSERT_TRUE((*store)->PutDocument(d, RecordOutcome::kCoded, {MakeEvent(d, "186")}).ok());
  ASSERT_TRUE((*store)->Commit().ok());

  auto events = (*store)->AllEvents();
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(1u, events->size());
  const Event& e = (*events)[0];
  EXPECT_EQ("USA 186 IRNMIL @Baghdad/IRQ 2020-01-14",
            fmt::format("{} {} {} @{}/{} {}", e.source.code, e.cameo_code, e.target.code,
                        e.location->name, e.location->country, e.date.ToString()));
  EXPECT_EQ("nominal: ASSASSINATION (OF +)", e.evidence.rule);
  EXPECT_EQ(QuadClass::kMaterialConflict, e.quad_class);
}

TEST_F(StoreTest, RestoringTheSameDocumentAddsNothing) {
  auto store = EventStore::Open(path_);
  ASSERT_TRUE(store.ok());
  Document d = MakeDoc("d1", "text");
  for (int run = 0; run < 3; ++run) {
    ASSERT_TRUE((*store)->PutDocument(d, RecordOutcome::kCoded, {MakeEvent(d, "186")}).ok());
  }
  auto has = (*store)->HasDocument("d1", ContentHash(d));
  ASSERT_TRUE(has.ok());
  EXPECT_TRUE(*has);
  auto counts = (*store)->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(1, counts->documents);
  EXPECT_EQ(1, counts->events);
}

TEST_F(StoreTest, ChangedContentReplacesEvents) {
  auto store = EventStore::Open(path_);
  ASSERT_TRUE(store.ok());
  Document d = MakeDoc("d1", "first version");
  ASSERT_TRUE((*store)->PutDocument(d, RecordOutcome::kCoded, {MakeEvent(d, "186")}).ok());
  Document changed = MakeDoc("d1", "second version");
  EXPECT_NE(ContentHash(d), ContentHash(changed));
  ASSERT_TRUE((*store)->PutDocument(changed, RecordOutcome::kNoEvent, {}).ok());
  auto counts = (*store)->Counts();
  EXPECT_EQ(1, counts->documents);
  EXPECT_EQ(0, counts->events);
  EXPECT_EQ(1, counts->no_event);
}

TEST_F(StoreTest, RejectionsAreCountedOnce) {
  auto store = EventStore::Open(path_);
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->PutRejection({"in.jsonl", 3, "in.jsonl:3"}, "invalid UTF-8 at byte 5").ok());
  ASSERT_TRUE((*store)->PutRejection({"in.jsonl", 3, "in.jsonl:3"}, "invalid UTF-8 at byte 5").ok());
  EXPECT_EQ(1, (*store)->Counts()->rejected);
}

TEST_F(StoreTest, NotADatabaseIsAClearError) {
  { std::ofstream(path_) << "this is not sqlite, just text that is long enough to matter......"; }
  auto store = EventStore::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(std::string::npos, store.status().ToString().find(path_));
}

}  // namespace
}  // namespace khaldun
