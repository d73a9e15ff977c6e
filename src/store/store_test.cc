#include "khaldun/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <unistd.h>

#include "store/schema.h"
#include "store/store_testing.h"

namespace khaldun {
namespace {

using testing_util::MakeDoc;
using testing_util::MakeEvent;
using testing_util::StoreDir;

class StoreTest : public StoreDir {};

TEST_F(StoreTest, RoundTripsEventsWithEvidence) {
  auto store = EventStore::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Document d = MakeDoc("d1", "The US assassination of the Iranian commander in Baghdad.");
  ASSERT_TRUE((*store)->Begin().ok());
  ASSERT_TRUE((*store)->PutDocument(d, RecordOutcome::kCoded, {MakeEvent(d, "186")}).ok());
  ASSERT_TRUE((*store)->Commit().ok());

  auto events = (*store)->AllEvents();
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(1u, events->size());
  const Event& e = (*events)[0];
  EXPECT_EQ("USA 186 IRNMIL @Baghdad/IRQ 2020-01-14",
            fmt::format("{} {} {} @{}/{} {}", e.source.code, e.cameo_code, e.target.code,
                        e.location->name, e.location->country, e.date.ToString()));
  EXPECT_EQ("nominal: ASSASSINATION (OF +)", e.evidence.rule);
  EXPECT_EQ(d.text, e.evidence.sentence);
  EXPECT_EQ("the US", e.source.matched_text);
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
  EXPECT_EQ(1, counts->mentions);
  EXPECT_EQ(1, counts->events);
  auto events = (*store)->FindEvents({});
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(1u, events->size());
  EXPECT_EQ(1, (*events)[0].num_mentions);
  EXPECT_EQ(1, (*events)[0].num_articles);
}

TEST_F(StoreTest, HasDocumentIsFalseForAnotherHash) {
  auto store = EventStore::Open(path_);
  ASSERT_TRUE(store.ok());
  Document d = MakeDoc("d1", "text");
  ASSERT_TRUE((*store)->PutDocument(d, RecordOutcome::kNoEvent, {}).ok());
  EXPECT_TRUE(*(*store)->HasDocument("d1", ContentHash(d)));
  EXPECT_FALSE(*(*store)->HasDocument("d1", ContentHash(MakeDoc("d1", "other text"))));
  EXPECT_FALSE(*(*store)->HasDocument("d2", ContentHash(d)));
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
  EXPECT_EQ(0, counts->mentions);
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

TEST_F(StoreTest, NewerSchemaIsRefused) {
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(SQLITE_OK, sqlite3_open(path_.c_str(), &db));
    ASSERT_EQ(SQLITE_OK, sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr));
    sqlite3_close(db);
  }
  auto store = EventStore::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(StatusCode::kCorruption, store.status().code());
  EXPECT_NE(std::string::npos, store.status().message().find("newer")) << store.status().ToString();
}

TEST_F(StoreTest, ReadOnlyOpenNeedsAnExistingCurrentDatabase) {
  StoreOptions read_only;
  read_only.read_only = true;
  EXPECT_FALSE(EventStore::Open(path_, read_only).ok());
  { ASSERT_TRUE(EventStore::Open(path_).ok()); }
  auto store = EventStore::Open(path_, read_only);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_FALSE((*store)->PutRejection({"f", 1, ""}, "x").ok());
  EXPECT_EQ(0, (*store)->Counts()->documents);
}

TEST_F(StoreTest, AnalyzeWritesPlannerStatistics) {
  auto store = EventStore::Open(path_);
  ASSERT_TRUE(store.ok());
  Document d = MakeDoc("d1", "text");
  ASSERT_TRUE((*store)->PutDocument(d, RecordOutcome::kCoded, {MakeEvent(d, "186")}).ok());
  ASSERT_TRUE((*store)->Analyze().ok());
  sqlite3_stmt* q = nullptr;
  ASSERT_EQ(SQLITE_OK, sqlite3_prepare_v2((*store)->handle(),
                                          "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'events'",
                                          -1, &q, nullptr));
  ASSERT_EQ(SQLITE_ROW, sqlite3_step(q));
  EXPECT_GT(sqlite3_column_int(q, 0), 0);
  sqlite3_finalize(q);
}

// A database written by schema version 1 (one events row per mention) is
// migrated on open: its rows become mentions and deduplicated events.
TEST_F(StoreTest, MigratesVersionOneDatabases) {
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(SQLITE_OK, sqlite3_open(path_.c_str(), &db));
    ASSERT_EQ(SQLITE_OK, sqlite3_exec(db, internal::MigrationSql(1), nullptr, nullptr, nullptr));
    const char* rows = R"sql(
PRAGMA user_version = 1;
INSERT INTO documents (id, content_hash, date, source, url, title, text, outcome, event_count)
  VALUES ('a', 'h1', '2020-01-14', 'Tasnim', 'http://a', '', 'A.', 'coded', 2),
         ('b', 'h2', '2020-01-14', 'IRNA', '', '', 'B.', 'coded', 1);
INSERT INTO events (id, document_id, sentence_index, date, source_code, source_name, target_code,
    target_name, cameo_code, root_code, quad_class, goldstein, location_name, location_country,
    latitude, longitude, negated, sentence, sentence_begin, sentence_end, verb_text, rule)
  VALUES ('a-0-0', 'a', 0, '2020-01-14', 'USA', 'United States', 'IRNMIL', 'Iran military',
          '186', '18', 4, -10, 'Baghdad', 'IRQ', 33.3, 44.4, 0, 'A.', 0, 2, 'killed', 'r'),
         ('a-3-0', 'a', 3, '2020-01-14', 'USA', 'United States', 'IRNMIL', 'Iran military',
          '186', '18', 4, -10, 'Baghdad', 'IRQ', 33.3, 44.4, 0, 'A again.', 10, 18, 'killed', 'r'),
         ('b-1-0', 'b', 1, '2020-01-14', 'USA', 'United States', 'IRNMIL', 'Iran military',
          '186', '18', 4, -10, 'Baghdad', 'IRQ', 33.3, 44.4, 0, 'B.', 0, 2, 'killed', 'r');
)sql";
    char* error = nullptr;
    ASSERT_EQ(SQLITE_OK, sqlite3_exec(db, rows, nullptr, nullptr, &error)) << error;
    sqlite3_close(db);
  }
  auto store = EventStore::Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto counts = (*store)->Counts();
  EXPECT_EQ(2, counts->documents);
  EXPECT_EQ(3, counts->mentions);
  EXPECT_EQ(1, counts->events);
  auto events = (*store)->FindEvents({});
  ASSERT_EQ(1u, events->size());
  const StoredEvent& e = (*events)[0];
  EXPECT_EQ("USA 186 IRNMIL @Baghdad 3 mentions 2 articles 2 sources root url=http://a",
            fmt::format("{} {} {} @{} {} mentions {} articles {} sources {} url={}", e.source_code,
                        e.cameo_code, e.target_code, e.location->name, e.num_mentions,
                        e.num_articles, e.num_sources, e.is_root ? "root" : "not-root",
                        e.source_url));
  // The migrated store keeps deduplicating new documents into old events.
  Document c = MakeDoc("c", "C.");
  c.source = "Tasnim";
  ASSERT_TRUE((*store)->PutDocument(c, RecordOutcome::kCoded, {MakeEvent(c, "186")}).ok());
  events = (*store)->FindEvents({});
  ASSERT_EQ(1u, events->size());
  EXPECT_EQ(4, (*events)[0].num_mentions);
  EXPECT_EQ(3, (*events)[0].num_articles);
  EXPECT_EQ(2, (*events)[0].num_sources);
  auto mentions = (*store)->AllEvents();
  ASSERT_EQ(4u, mentions->size());
  EXPECT_EQ("A again.", (*mentions)[1].evidence.sentence);
}

}  // namespace
}  // namespace khaldun
