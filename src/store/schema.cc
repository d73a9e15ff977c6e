// The store's schema and its migrations. Each migration moves the database
// from version N-1 to N inside one transaction; PRAGMA user_version records
// the version reached.
#include "khaldun/store.h"

#include <sqlite3.h>

#include <fmt/format.h>

#include "store/statement.h"

namespace khaldun {
namespace {

constexpr const char* kMigrations[] = {
    // Version 1: documents, rejected records and events with their evidence.
    R"sql(
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,
  date TEXT,
  source TEXT, url TEXT, title TEXT, text TEXT NOT NULL,
  extra TEXT,
  outcome TEXT NOT NULL CHECK (outcome IN ('coded', 'no-event')),
  event_count INTEGER NOT NULL DEFAULT 0,
  stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE rejections (
  origin TEXT NOT NULL, line INTEGER NOT NULL, record TEXT NOT NULL,
  reason TEXT NOT NULL,
  stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (origin, line, record)
);
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence_index INTEGER NOT NULL,
  date TEXT,
  source_code TEXT, source_name TEXT, source_text TEXT, source_begin INTEGER, source_end INTEGER,
  source_how TEXT,
  target_code TEXT, target_name TEXT, target_text TEXT, target_begin INTEGER, target_end INTEGER,
  target_how TEXT,
  cameo_code TEXT NOT NULL, root_code TEXT NOT NULL, quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL, plover_type TEXT, plover_mode TEXT,
  location_name TEXT, location_country TEXT, latitude REAL, longitude REAL,
  location_text TEXT,
  negated INTEGER NOT NULL DEFAULT 0,
  sentence TEXT NOT NULL, sentence_begin INTEGER, sentence_end INTEGER,
  verb_text TEXT, verb_begin INTEGER, verb_end INTEGER, rule TEXT
);
CREATE INDEX events_by_date ON events(date);
CREATE INDEX events_by_document ON events(document_id);
CREATE INDEX events_by_dyad ON events(source_code, target_code, date);
CREATE INDEX events_by_code ON events(cameo_code, date);
)sql",
};

}  // namespace

Status EventStore::Migrate() {
  internal::Statement version_query(db_, "PRAGMA user_version");
  if (!version_query.Step()) return version_query.status();
  const int64_t version = version_query.Int(0);
  constexpr int64_t kLatest = sizeof(kMigrations) / sizeof(kMigrations[0]);
  static_assert(kLatest == kSchemaVersion);
  if (version > kLatest) {
    return Status::Corruption(fmt::format(
        "database schema version {} is newer than this khaldun understands ({})", version, kLatest));
  }
  for (int64_t v = version; v < kLatest; ++v) {
    if (Status s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
    Status s = Exec(kMigrations[v]);
    if (s.ok()) s = Exec(fmt::format("PRAGMA user_version = {}", v + 1).c_str());
    if (!s.ok()) {
      Exec("ROLLBACK");
      return s;
    }
    if (Status c = Exec("COMMIT"); !c.ok()) return c;
  }
  return Status::Ok();
}

}  // namespace khaldun
