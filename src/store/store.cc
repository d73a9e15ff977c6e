// Writing documents, mentions and deduplicated events.
#include "khaldun/store.h"

#include <sqlite3.h>
#include <xxhash.h>

#include <ctime>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "store/rows.h"
#include "store/statement.h"

namespace khaldun {

using internal::SqliteError;
using internal::Statement;

std::string_view RecordOutcomeName(RecordOutcome outcome) {
  switch (outcome) {
    case RecordOutcome::kCoded: return "coded";
    case RecordOutcome::kNoEvent: return "no-event";
    case RecordOutcome::kRejected: return "rejected";
  }
  return "unknown";
}

std::string ContentHash(const Document& doc) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  // A separator byte that cannot occur in valid UTF-8 keeps fields apart.
  const char sep = '\xff';
  for (const std::string* field : {&doc.text, &doc.title, &doc.source, &doc.url}) {
    XXH3_128bits_update(state, field->data(), field->size());
    XXH3_128bits_update(state, &sep, 1);
  }
  const int32_t date = doc.date.AsInt();
  XXH3_128bits_update(state, &date, sizeof date);
  XXH128_hash_t h = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  return fmt::format("{:016x}{:016x}", h.high64, h.low64);
}

// The statements of the write path, prepared once per store: preparing costs
// more than running them.
struct EventStore::Statements {
  explicit Statements(sqlite3* db)
      : has_document(db, "SELECT 1 FROM documents WHERE id = ?1 AND content_hash = ?2"),
        document_exists(db, "SELECT 1 FROM documents WHERE id = ?1"),
        insert_document(db,
                        "INSERT INTO documents (id, content_hash, date, source, url, title, text, "
                        "extra, outcome, event_count, first_mention, last_mention) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"),
        last_mention(db, "SELECT coalesce(max(seq), 0) FROM mentions"),
        insert_sentence(db,
                        "INSERT OR REPLACE INTO sentences (document_id, sentence_index, text, begin, "
                        "end) VALUES (?1, ?2, ?3, ?4, ?5)"),
        insert_actor(db, "INSERT OR IGNORE INTO actors (code, name) VALUES (?1, ?2)"),
        insert_event(db,
                     "INSERT INTO events (date, source_code, target_code, cameo_code, location_name, "
                     "location_country, negated, root_code, quad_class, goldstein, plover_type, "
                     "plover_mode, source_name, target_name, latitude, longitude, num_mentions, "
                     "num_sources, num_articles, is_root, first_document_id, source_url, added) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
                     "?17, 1, 1, ?18, ?19, ?20, ?21) "
                     "ON CONFLICT (date, source_code, target_code, cameo_code, location_name, "
                     "location_country, negated) DO NOTHING"),
        find_event(db,
                   "SELECT id, (SELECT source FROM documents WHERE id = first_document_id) "
                   "FROM events WHERE date = ?1 AND source_code = ?2 AND target_code = ?3 "
                   "AND cameo_code = ?4 AND location_name = ?5 AND location_country = ?6 "
                   "AND negated = ?7"),
        merge_event(db,
                    "UPDATE events SET num_mentions = num_mentions + ?2, "
                    "num_articles = num_articles + 1, is_root = max(is_root, ?3) WHERE id = ?1"),
        upsert_event_source(db,
                            "INSERT INTO event_sources (event_id, source, articles) VALUES (?1, ?2, 1) "
                            "ON CONFLICT (event_id, source) DO UPDATE SET articles = articles + 1 "
                            "RETURNING articles"),
        add_source(db, "UPDATE events SET num_sources = num_sources + 1 WHERE id = ?1"),
        insert_mention(db,
                       "INSERT INTO mentions VALUES (?39, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                       "?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, "
                       "?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38)"),
        insert_rejection(db,
                         "INSERT OR REPLACE INTO rejections (origin, line, record, reason) "
                         "VALUES (?1, ?2, ?3, ?4)") {}

  Status status() const {
    for (const Statement* s : {&has_document, &document_exists, &insert_document, &last_mention, &insert_sentence,
                               &insert_actor, &insert_event, &find_event, &merge_event,
                               &upsert_event_source, &add_source,
                               &insert_mention, &insert_rejection}) {
      if (!s->status().ok()) return s->status();
    }
    return Status::Ok();
  }

  Statement has_document, document_exists, insert_document, last_mention, insert_sentence, insert_actor,
      insert_event, find_event, merge_event, upsert_event_source, add_source,
      insert_mention, insert_rejection;
};

Result<std::unique_ptr<EventStore>> EventStore::Open(const std::string& path,
                                                     const StoreOptions& options) {
  sqlite3* db = nullptr;
  // NOMUTEX: an EventStore is used by one thread at a time (see store.h), so
  // SQLite's per-call locking is pure overhead.
  int flags = (options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX;
  if (!options.read_only && options.create_if_missing) flags |= SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    Status s = SqliteError(db, "opening the database").WithContext({path});
    sqlite3_close(db);
    return s;
  }
  sqlite3_busy_timeout(db, 10000);
  std::unique_ptr<EventStore> store(new EventStore(db));
  if (!options.read_only) {
    // WAL with synchronous=NORMAL: a commit is durable against a killed
    // process (the WAL is written before COMMIT returns), though the last
    // commits may be lost on a power cut; the database is never corrupted.
    // Foreign keys are declared but not enforced: the one write path
    // (PutDocument) inserts a document before its sentences and mentions and
    // removes them before it, and enforcing costs a lookup per row (5% of
    // ingest).
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                               "PRAGMA foreign_keys=OFF", "PRAGMA cache_size=-65536",
                               "PRAGMA temp_store=MEMORY", "PRAGMA mmap_size=1073741824",
                               "PRAGMA wal_autocheckpoint=16384"}) {
      if (Status s = store->Exec(pragma); !s.ok()) return s.WithContext({path});
    }
    if (Status s = store->Migrate(); !s.ok()) return s.WithContext({path});
    if (Status s = store->Prepare(); !s.ok()) return s.WithContext({path});
  } else {
    Statement version(db, "PRAGMA user_version");
    if (!version.Step()) {
      return (version.status().ok() ? Status::Corruption("no schema version") : version.status())
          .WithContext({path});
    }
    if (version.Int(0) != kSchemaVersion) {
      return Status::Corruption(fmt::format("database schema version {} (this khaldun reads {}); "
                                            "open it once for writing to migrate it",
                                            version.Int(0), kSchemaVersion),
                                {path});
    }
  }
  return store;
}

EventStore::EventStore(sqlite3* db) : db_(db) {}

EventStore::~EventStore() {
  statements_.reset();  // finalize before closing
  sqlite3_close(db_);
}

Status EventStore::Prepare() {
  statements_ = std::make_unique<Statements>(db_);
  return statements_->status();
}

Status EventStore::Exec(const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    Status s = Status::IoError(fmt::format("SQL error: {}", error ? error : "unknown"));
    sqlite3_free(error);
    return s;
  }
  return Status::Ok();
}

Status EventStore::Begin() { return Exec("BEGIN IMMEDIATE"); }
Status EventStore::Commit() { return Exec("COMMIT"); }
Status EventStore::Rollback() { return Exec("ROLLBACK"); }
Status EventStore::Analyze() { return Exec("PRAGMA analysis_limit=1000; ANALYZE"); }

Result<bool> EventStore::HasDocument(const std::string& id, const std::string& content_hash) {
  if (!statements_) return Status::InvalidArgument("the store is open read-only");
  Statement& q = statements_->has_document;
  q.Reset();
  q.Bind(1, id).Bind(2, content_hash);
  const bool found = q.Step();
  if (!q.status().ok()) return q.status();
  q.Reset();
  return found;
}

namespace {

std::string ExtraAsJson(const Document& doc) {
  if (doc.extra.empty()) return "";
  nlohmann::json object = nlohmann::json::object();
  for (const auto& [name, raw] : doc.extra) {
    object[name] = nlohmann::json::parse(raw, nullptr, /*allow_exceptions=*/false);
  }
  return object.dump();
}

void BindActor(Statement& s, int first, const Actor& a) {
  if (a.empty()) {
    for (int i = 0; i < 6; ++i) s.BindNull(first + i);
    return;
  }
  s.BindRef(first, a.code).BindRef(first + 1, a.name).BindRef(first + 2, a.matched_text)
      .Bind(first + 3, int64_t{a.bytes.begin}).Bind(first + 4, int64_t{a.bytes.end})
      .BindRef(first + 5, a.how);
}

// The deduplication key of a mention: GDELT merges mentions with the same
// date, actors, code and place; khaldun also keeps negated mentions ("Iran
// did not attack") apart from the others.
using EventKey = std::tuple<std::string, std::string, std::string, std::string, std::string,
                            std::string, bool>;

EventKey KeyOf(const Event& e) {
  return {e.date.ToString(), e.source.code, e.target.code, e.cameo_code,
          e.location ? e.location->name : "", e.location ? e.location->country : "", e.negated};
}

}  // namespace

Status EventStore::PutDocument(const Document& doc, RecordOutcome outcome,
                               const std::vector<Event>& events) {
  if (outcome == RecordOutcome::kRejected) {
    return Status::InvalidArgument("a rejected record is stored with PutRejection");
  }
  if (!statements_) return Status::InvalidArgument("the store is open read-only");
  Statements& st = *statements_;
  const ErrorContext where{"", 0, doc.id};

  st.document_exists.Reset();
  st.document_exists.Bind(1, doc.id);
  const bool exists = st.document_exists.Step();
  if (!st.document_exists.status().ok()) return st.document_exists.status().WithContext(where);
  st.document_exists.Reset();
  if (exists) {
    if (Status s = RemoveDocument(doc.id); !s.ok()) return s.WithContext(where);
  }

  // The document's mentions get the next consecutive numbers; the document
  // records the range, which is how they are found again.
  st.last_mention.Reset();
  if (!st.last_mention.Step()) {
    return (st.last_mention.status().ok() ? Status::Internal("no max(seq)") : st.last_mention.status())
        .WithContext(where);
  }
  const int64_t first_seq = st.last_mention.Int(0) + 1;
  st.last_mention.Reset();

  Statement& ins = st.insert_document;
  ins.Reset();
  ins.BindRef(1, doc.id).Bind(2, ContentHash(doc)).Bind(3, doc.date.ToString()).BindRef(4, doc.source)
      .BindRef(5, doc.url).BindRef(6, doc.title).BindRef(7, doc.text).Bind(8, ExtraAsJson(doc))
      .Bind(9, RecordOutcomeName(outcome)).Bind(10, static_cast<int64_t>(events.size()))
      .Bind(11, first_seq).Bind(12, first_seq + static_cast<int64_t>(events.size()) - 1);
  if (Status s = ins.Run(); !s.ok()) return s.WithContext(where);

  // Group the document's mentions by event, so that each event is touched
  // once per document: NumArticles grows by one whatever the mention count.
  std::vector<EventKey> keys;
  keys.reserve(events.size());
  std::map<EventKey, std::vector<size_t>> by_event;
  std::set<uint32_t> sentences;
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    keys.push_back(KeyOf(e));
    by_event[keys.back()].push_back(i);
    if (sentences.insert(e.sentence_index).second) {
      Statement& s = st.insert_sentence;
      s.Reset();
      s.BindRef(1, doc.id).Bind(2, int64_t{e.sentence_index}).BindRef(3, e.evidence.sentence)
          .Bind(4, int64_t{e.evidence.sentence_bytes.begin})
          .Bind(5, int64_t{e.evidence.sentence_bytes.end});
      if (Status r = s.Run(); !r.ok()) return r.WithContext(where);
    }
    for (const Actor* a : {&e.source, &e.target}) {
      if (a->empty() || known_actors_.count(a->code)) continue;
      Statement& s = st.insert_actor;
      s.Reset();
      s.Bind(1, a->code).Bind(2, a->name);
      if (Status r = s.Run(); !r.ok()) return r.WithContext(where);
      known_actors_.insert(a->code);
    }
  }

  // GDELT's DATEADDED/MentionTimeDate: UTC YYYYMMDDHHMMSS, once per document
  // rather than per row.
  char now[16];
  {
    const std::time_t t = std::time(nullptr);
    std::tm utc;
    gmtime_r(&t, &utc);
    std::strftime(now, sizeof now, "%Y%m%d%H%M%S", &utc);
  }
  std::vector<int64_t> event_of(events.size());
  for (const auto& [key, mentions] : by_event) {
    const Event& first = events[mentions.front()];
    bool lead = false;
    for (size_t m : mentions) lead |= events[m].sentence_index == 0;
    // New events are the common case: a plain insert. An existing event
    // (the insert did nothing) is found by its key and its counts merged.
    Statement& ins_event = st.insert_event;
    ins_event.Reset();
    ins_event.BindRef(1, std::get<0>(key)).BindRef(2, std::get<1>(key)).BindRef(3, std::get<2>(key))
        .BindRef(4, std::get<3>(key)).BindRef(5, std::get<4>(key)).BindRef(6, std::get<5>(key))
        .Bind(7, int64_t{std::get<6>(key)}).BindRef(8, first.root_code)
        .Bind(9, static_cast<int64_t>(first.quad_class)).Bind(10, first.goldstein)
        .BindRef(11, first.plover_type).BindRef(12, first.plover_mode).BindRef(13, first.source.name)
        .BindRef(14, first.target.name);
    if (first.location) {
      ins_event.Bind(15, first.location->latitude).Bind(16, first.location->longitude);
    } else {
      ins_event.BindNull(15).BindNull(16);
    }
    ins_event.Bind(17, static_cast<int64_t>(mentions.size())).Bind(18, int64_t{lead})
        .Bind(19, doc.id).Bind(20, doc.url.empty() ? doc.id : doc.url).Bind(21, now);
    if (Status s = ins_event.Run(); !s.ok()) return s.WithContext(where);
    const bool created = sqlite3_changes(db_) == 1;
    int64_t event_id = 0;
    if (created) {
      // Its one source is its first document's: event_sources gets rows only
      // when a second article arrives.
      event_id = sqlite3_last_insert_rowid(db_);
    } else {
      Statement& find = st.find_event;
      find.Reset();
      find.Bind(1, std::get<0>(key)).Bind(2, std::get<1>(key)).Bind(3, std::get<2>(key))
          .Bind(4, std::get<3>(key)).Bind(5, std::get<4>(key)).Bind(6, std::get<5>(key))
          .Bind(7, int64_t{std::get<6>(key)});
      if (!find.Step()) {
        return (find.status().ok() ? Status::Internal("event vanished") : find.status())
            .WithContext(where);
      }
      event_id = find.Int(0);
      const bool first_source = find.Text(1) == doc.source;
      find.Reset();
      Statement& merge = st.merge_event;
      merge.Reset();
      merge.Bind(1, event_id).Bind(2, static_cast<int64_t>(mentions.size())).Bind(3, int64_t{lead});
      if (Status s = merge.Run(); !s.ok()) return s.WithContext(where);

      // The sources of an event are its first document's and those listed in
      // event_sources.
      Statement& src = st.upsert_event_source;
      src.Reset();
      src.Bind(1, event_id).Bind(2, doc.source);
      if (!src.Step()) {
        return (src.status().ok() ? Status::Internal("upsert returned no row") : src.status())
            .WithContext(where);
      }
      const bool new_source = !first_source && src.Int(0) == 1;
      src.Reset();
      if (new_source) {
        st.add_source.Reset();
        st.add_source.Bind(1, event_id);
        if (Status s = st.add_source.Run(); !s.ok()) return s.WithContext(where);
      }
    }
    for (size_t m : mentions) event_of[m] = event_id;
  }

  // Mentions in the coder's order, so that reading them back by rowid gives it.
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    const int64_t event_id = event_of[i];
    Statement& ev = st.insert_mention;
    ev.Reset();
    ev.BindRef(1, e.id).Bind(2, event_id).BindRef(3, doc.id).Bind(4, int64_t{e.sentence_index})
        .BindRef(5, std::get<0>(keys[i]));
    BindActor(ev, 6, e.source);
    BindActor(ev, 12, e.target);
    ev.BindRef(18, e.cameo_code).BindRef(19, e.root_code).Bind(20, static_cast<int64_t>(e.quad_class))
        .Bind(21, e.goldstein).BindRef(22, e.plover_type).BindRef(23, e.plover_mode);
    if (e.location) {
      ev.BindRef(24, e.location->name).BindRef(25, e.location->country).Bind(26, e.location->latitude)
          .Bind(27, e.location->longitude).BindRef(28, e.location->matched_text)
          .Bind(29, int64_t{e.location->bytes.begin}).Bind(30, int64_t{e.location->bytes.end});
    } else {
      for (int i = 24; i <= 30; ++i) ev.BindNull(i);
    }
    ev.Bind(31, int64_t{e.negated}).Bind(32, int64_t{e.evidence.sentence_bytes.begin})
        .Bind(33, int64_t{e.evidence.sentence_bytes.end}).BindRef(34, e.evidence.verb_text)
        .Bind(35, int64_t{e.evidence.verb_bytes.begin})
        .Bind(36, int64_t{e.evidence.verb_bytes.end}).BindRef(37, e.evidence.rule).Bind(38, now)
        .Bind(39, first_seq + static_cast<int64_t>(i));
    if (Status s = ev.Run(); !s.ok()) return s.WithContext(where);
  }
  return Status::Ok();
}

Status EventStore::RemoveDocument(const std::string& id) {
  std::vector<int64_t> touched;
  {
    Statement q(db_,
                "SELECT DISTINCT m.event_id FROM documents d JOIN mentions m "
                "ON m.seq BETWEEN d.first_mention AND d.last_mention WHERE d.id = ?1");
    q.Bind(1, id);
    while (q.Step()) touched.push_back(q.Int(0));
    if (!q.status().ok()) return q.status();
  }
  for (const char* sql : {"DELETE FROM mentions WHERE seq BETWEEN "
                          "(SELECT first_mention FROM documents WHERE id = ?1) AND "
                          "(SELECT last_mention FROM documents WHERE id = ?1)",
                          "DELETE FROM sentences WHERE document_id = ?1",
                          "DELETE FROM documents WHERE id = ?1"}) {
    Statement d(db_, sql);
    if (Status s = d.Bind(1, id).Run(); !s.ok()) return s;
  }
  for (int64_t event_id : touched) {
    if (Status s = RecountEvent(event_id); !s.ok()) return s;
  }
  return Status::Ok();
}

// Recomputes an event's counts from its remaining mentions after a document
// left; an event without mentions is deleted. Rare (a changed document), so
// plain aggregate queries are fine here.
Status EventStore::RecountEvent(int64_t event_id) {
  for (const char* sql : {
           "DELETE FROM event_sources WHERE event_id = ?1",
           "INSERT INTO event_sources (event_id, source, articles) "
           "SELECT m.event_id, coalesce(d.source, ''), count(DISTINCT m.document_id) "
           "FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = ?1 "
           "GROUP BY 1, 2",
           "UPDATE events SET "
           "num_mentions = (SELECT count(*) FROM mentions WHERE event_id = ?1), "
           "num_articles = (SELECT count(DISTINCT document_id) FROM mentions WHERE event_id = ?1), "
           "num_sources = (SELECT count(*) FROM event_sources WHERE event_id = ?1), "
           "is_root = coalesce((SELECT max(sentence_index = 0) FROM mentions WHERE event_id = ?1), 0), "
           "first_document_id = coalesce((SELECT document_id FROM mentions WHERE event_id = ?1 "
           "  ORDER BY seq LIMIT 1), first_document_id) "
           "WHERE id = ?1",
           "UPDATE events SET source_url = coalesce(nullif((SELECT url FROM documents "
           "  WHERE id = first_document_id), ''), first_document_id) WHERE id = ?1",
           "DELETE FROM events WHERE id = ?1 AND num_mentions = 0",
       }) {
    Statement s(db_, sql);
    if (Status r = s.Bind(1, event_id).Run(); !r.ok()) return r;
  }
  return Status::Ok();
}

Status EventStore::PutRejection(const ErrorContext& where, const std::string& reason) {
  if (!statements_) return Status::InvalidArgument("the store is open read-only");
  Statement& ins = statements_->insert_rejection;
  ins.Reset();
  ins.Bind(1, where.file).Bind(2, static_cast<int64_t>(where.line)).Bind(3, where.record)
      .Bind(4, reason);
  return ins.Run();
}

Result<StoreCounts> EventStore::Counts() {
  Statement q(db_,
              "SELECT (SELECT count(*) FROM documents),"
              " (SELECT count(*) FROM documents WHERE outcome = 'coded'),"
              " (SELECT count(*) FROM documents WHERE outcome = 'no-event'),"
              " (SELECT count(*) FROM rejections), (SELECT count(*) FROM events),"
              " (SELECT count(*) FROM mentions)");
  if (!q.Step()) return q.status().ok() ? Status::Internal("no row") : q.status();
  return StoreCounts{q.Int(0), q.Int(1), q.Int(2), q.Int(3), q.Int(4), q.Int(5)};
}

Result<std::vector<Event>> EventStore::AllEvents() {
  const std::string sql = fmt::format("SELECT {} FROM {} ORDER BY m.date, m.document_id, "
                                      "m.sentence_index, m.seq",
                                      internal::kMentionColumns, internal::kMentionFrom);
  Statement q(db_, sql.c_str());
  if (!q.status().ok()) return q.status();
  std::vector<Event> out;
  while (q.Step()) out.push_back(internal::ReadMention(q, 0));
  if (!q.status().ok()) return q.status();
  return out;
}

Result<std::vector<Event>> EventStore::DocumentEvents(const std::string& document_id) {
  const std::string sql = fmt::format(
      "SELECT {} FROM documents d JOIN mentions m ON m.seq BETWEEN d.first_mention AND d.last_mention "
      "JOIN sentences s ON s.document_id = m.document_id AND s.sentence_index = m.sentence_index "
      "WHERE d.id = ?1 ORDER BY m.seq",
      internal::kMentionColumns);
  Statement q(db_, sql.c_str());
  if (!q.status().ok()) return q.status();
  q.Bind(1, document_id);
  std::vector<Event> out;
  while (q.Step()) out.push_back(internal::ReadMention(q, 0));
  if (!q.status().ok()) return q.status();
  return out;
}

InputReader::Kind SkipStoredReader::Next(Document* doc, Rejection* rejection) {
  if (!status_.ok()) return Kind::kEnd;
  for (;;) {
    const Kind kind = inner_->Next(doc, rejection);
    if (kind != Kind::kDocument) return kind;
    Result<bool> stored = store_->HasDocument(doc->id, ContentHash(*doc));
    if (!stored.ok()) {
      status_ = stored.status().WithContext({doc->origin_file, doc->origin_line, doc->id});
      return Kind::kEnd;
    }
    if (!*stored) return kind;
    ++skipped_;
    if (on_skip_) {
      if (Status s = on_skip_(*doc); !s.ok()) {
        status_ = s;
        return Kind::kEnd;
      }
    }
  }
}

}  // namespace khaldun
