// The store's schema and its migrations. Each migration moves the database
// from version N-1 to N inside one transaction; PRAGMA user_version records
// the version reached, so a migration killed half-way leaves version N-1.
#include "store/schema.h"

#include <sqlite3.h>

#include <fmt/format.h>

#include "khaldun/store.h"
#include "store/statement.h"

namespace khaldun {
namespace {

constexpr const char* kMigrations[] = {
    // Version 1: documents, rejected records and events (one row per
    // mention) with their evidence.
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

    // Version 2: GDELT-style deduplication. The version-1 `events` rows
    // become `mentions`; mentions that share date, source, target, code,
    // location and negation become one `events` row with NumMentions,
    // NumSources and NumArticles. Sentence texts move to `sentences` (one
    // row per sentence, not per mention) and actor names to `actors`.
    R"sql(
CREATE TABLE sentences (
  document_id TEXT NOT NULL REFERENCES documents(id),
  sentence_index INTEGER NOT NULL,
  text TEXT NOT NULL,
  begin INTEGER NOT NULL, end INTEGER NOT NULL,
  PRIMARY KEY (document_id, sentence_index)
) WITHOUT ROWID;
CREATE TABLE actors (code TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE events_v2 (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  source_code TEXT NOT NULL, target_code TEXT NOT NULL, cameo_code TEXT NOT NULL,
  location_name TEXT NOT NULL, location_country TEXT NOT NULL, negated INTEGER NOT NULL,
  root_code TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
  plover_type TEXT NOT NULL, plover_mode TEXT NOT NULL,
  source_name TEXT NOT NULL, target_name TEXT NOT NULL,
  latitude REAL, longitude REAL,
  num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL,
  is_root INTEGER NOT NULL,
  first_document_id TEXT NOT NULL, source_url TEXT NOT NULL,
  added TEXT NOT NULL,
  UNIQUE (date, source_code, target_code, cameo_code, location_name, location_country, negated)
);
CREATE TABLE event_sources (
  event_id INTEGER NOT NULL, source TEXT NOT NULL, articles INTEGER NOT NULL,
  PRIMARY KEY (event_id, source)
) WITHOUT ROWID;
CREATE TABLE mentions (
  id TEXT NOT NULL,
  event_id INTEGER NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents(id),
  sentence_index INTEGER NOT NULL,
  date TEXT NOT NULL,
  source_code TEXT, source_name TEXT, source_text TEXT, source_begin INTEGER, source_end INTEGER,
  source_how TEXT,
  target_code TEXT, target_name TEXT, target_text TEXT, target_begin INTEGER, target_end INTEGER,
  target_how TEXT,
  cameo_code TEXT NOT NULL, root_code TEXT NOT NULL, quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL, plover_type TEXT, plover_mode TEXT,
  location_name TEXT, location_country TEXT, latitude REAL, longitude REAL,
  location_text TEXT, location_begin INTEGER, location_end INTEGER,
  negated INTEGER NOT NULL,
  sentence_begin INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
  verb_text TEXT, verb_begin INTEGER, verb_end INTEGER, rule TEXT,
  added TEXT NOT NULL,
  UNIQUE (document_id, id)
);

INSERT INTO sentences (document_id, sentence_index, text, begin, end)
  SELECT document_id, sentence_index, sentence, coalesce(sentence_begin, 0), coalesce(sentence_end, 0)
  FROM events GROUP BY document_id, sentence_index;
INSERT OR IGNORE INTO actors (code, name)
  SELECT source_code, coalesce(source_name, '') FROM events WHERE source_code IS NOT NULL
  UNION ALL
  SELECT target_code, coalesce(target_name, '') FROM events WHERE target_code IS NOT NULL;
INSERT INTO events_v2 (date, source_code, target_code, cameo_code, location_name,
    location_country, negated, root_code, quad_class, goldstein, plover_type, plover_mode,
    source_name, target_name, latitude, longitude, num_mentions, num_sources, num_articles,
    is_root, first_document_id, source_url, added)
  SELECT coalesce(e.date, ''), coalesce(e.source_code, ''), coalesce(e.target_code, ''),
    e.cameo_code, coalesce(e.location_name, ''), coalesce(e.location_country, ''), e.negated,
    e.root_code, e.quad_class, e.goldstein, coalesce(e.plover_type, ''),
    coalesce(e.plover_mode, ''), coalesce(e.source_name, ''), coalesce(e.target_name, ''),
    e.latitude, e.longitude, count(*), count(DISTINCT coalesce(d.source, '')),
    count(DISTINCT e.document_id), max(e.sentence_index = 0), min(e.document_id), '',
    strftime('%Y%m%d%H%M%S', min(d.stored_at))
  FROM events e JOIN documents d ON d.id = e.document_id
  GROUP BY 1, 2, 3, 4, 5, 6, 7
  ORDER BY min(e.rowid);
UPDATE events_v2 SET source_url = coalesce(
  nullif((SELECT url FROM documents WHERE id = first_document_id), ''), first_document_id);
INSERT INTO mentions
  SELECT e.id, v.id, e.document_id, e.sentence_index, coalesce(e.date, ''),
    e.source_code, e.source_name, e.source_text, e.source_begin, e.source_end, e.source_how,
    e.target_code, e.target_name, e.target_text, e.target_begin, e.target_end, e.target_how,
    e.cameo_code, e.root_code, e.quad_class, e.goldstein, e.plover_type, e.plover_mode,
    e.location_name, e.location_country, e.latitude, e.longitude, e.location_text, NULL, NULL,
    e.negated, coalesce(e.sentence_begin, 0), coalesce(e.sentence_end, 0),
    e.verb_text, e.verb_begin, e.verb_end, e.rule,
    (SELECT strftime('%Y%m%d%H%M%S', stored_at) FROM documents WHERE id = e.document_id)
  FROM events e JOIN events_v2 v
    ON v.date = coalesce(e.date, '') AND v.source_code = coalesce(e.source_code, '')
   AND v.target_code = coalesce(e.target_code, '') AND v.cameo_code = e.cameo_code
   AND v.location_name = coalesce(e.location_name, '')
   AND v.location_country = coalesce(e.location_country, '') AND v.negated = e.negated
  ORDER BY e.rowid;
INSERT INTO event_sources (event_id, source, articles)
  SELECT m.event_id, coalesce(d.source, ''), count(DISTINCT m.document_id)
  FROM mentions m JOIN documents d ON d.id = m.document_id GROUP BY 1, 2;
DROP TABLE events;
ALTER TABLE events_v2 RENAME TO events;

CREATE INDEX mentions_by_event ON mentions(event_id);
CREATE INDEX events_by_dyad ON events(source_code, target_code, date);
CREATE INDEX events_by_target ON events(target_code, date);
CREATE INDEX events_by_code ON events(cameo_code, date);
)sql",

    // Version 3: ingest speed. Every index on `events` is written for each
    // new event; the target and code indexes cost about a third of the
    // ingest time and serve only target-side and code filters, which now
    // scan (by date when a date range is given). The dyad index stays: it
    // answers source, dyad and dyad-time-series queries.
    R"sql(
DROP INDEX events_by_target;
DROP INDEX events_by_code;
)sql",

    // Version 4: ingest speed again. A document's mentions get consecutive
    // numbers (`seq`, the row id), and the document records the range, so
    // the (document_id, id) index, written for every mention, goes: a
    // document's mentions are found by that range.
    R"sql(
CREATE TABLE mentions_v4 (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  event_id INTEGER NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents(id),
  sentence_index INTEGER NOT NULL,
  date TEXT NOT NULL,
  source_code TEXT, source_name TEXT, source_text TEXT, source_begin INTEGER, source_end INTEGER,
  source_how TEXT,
  target_code TEXT, target_name TEXT, target_text TEXT, target_begin INTEGER, target_end INTEGER,
  target_how TEXT,
  cameo_code TEXT NOT NULL, root_code TEXT NOT NULL, quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL, plover_type TEXT, plover_mode TEXT,
  location_name TEXT, location_country TEXT, latitude REAL, longitude REAL,
  location_text TEXT, location_begin INTEGER, location_end INTEGER,
  negated INTEGER NOT NULL,
  sentence_begin INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
  verb_text TEXT, verb_begin INTEGER, verb_end INTEGER, rule TEXT,
  added TEXT NOT NULL
);
INSERT INTO mentions_v4 SELECT NULL, * FROM mentions ORDER BY document_id, rowid;
DROP TABLE mentions;
ALTER TABLE mentions_v4 RENAME TO mentions;
CREATE INDEX mentions_by_event ON mentions(event_id);
ALTER TABLE documents ADD COLUMN first_mention INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN last_mention INTEGER NOT NULL DEFAULT -1;
CREATE TEMP TABLE mention_ranges AS
  SELECT document_id, min(seq) AS first, max(seq) AS last FROM mentions GROUP BY document_id;
CREATE INDEX temp.mention_ranges_by_document ON mention_ranges(document_id);
UPDATE documents SET
  first_mention = coalesce((SELECT first FROM mention_ranges WHERE document_id = documents.id), 0),
  last_mention = coalesce((SELECT last FROM mention_ranges WHERE document_id = documents.id), -1);
DROP TABLE temp.mention_ranges;
)sql",
};

constexpr int kLatest = sizeof(kMigrations) / sizeof(kMigrations[0]);
static_assert(kLatest == EventStore::kSchemaVersion);

}  // namespace

namespace internal {
const char* MigrationSql(int version) {
  return version >= 1 && version <= kLatest ? kMigrations[version - 1] : nullptr;
}
}  // namespace internal

Status EventStore::Migrate() {
  int64_t version = 0;
  {
    // Finalized before migrating: an open statement would lock the tables
    // that a migration drops.
    internal::Statement version_query(db_, "PRAGMA user_version");
    if (!version_query.Step()) {
      return version_query.status().ok() ? Status::Corruption("no schema version")
                                         : version_query.status();
    }
    version = version_query.Int(0);
  }
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
      return Status(s.code(), fmt::format("migrating to schema version {}: {}", v + 1, s.message()));
    }
    if (Status c = Exec("COMMIT"); !c.ok()) return c;
  }
  return Status::Ok();
}

}  // namespace khaldun
