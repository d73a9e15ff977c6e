#include "khaldun/store.h"

#include <sqlite3.h>
#include <xxhash.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

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

Result<std::unique_ptr<EventStore>> EventStore::Open(const std::string& path,
                                                     const StoreOptions& options) {
  sqlite3* db = nullptr;
  int flags = options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (!options.read_only && options.create_if_missing) flags |= SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    Status s = SqliteError(db, "opening the database").WithContext({path});
    sqlite3_close(db);
    return s;
  }
  sqlite3_busy_timeout(db, 10000);
  std::unique_ptr<EventStore> store(new EventStore(db));
  if (!options.read_only) {
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                               "PRAGMA foreign_keys=ON"}) {
      if (Status s = store->Exec(pragma); !s.ok()) return s.WithContext({path});
    }
    if (Status s = store->Migrate(); !s.ok()) return s.WithContext({path});
  }
  return store;
}

EventStore::~EventStore() { sqlite3_close(db_); }

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

Result<bool> EventStore::HasDocument(const std::string& id, const std::string& content_hash) {
  Statement q(db_, "SELECT 1 FROM documents WHERE id = ?1 AND content_hash = ?2");
  if (!q.status().ok()) return q.status();
  q.Bind(1, id).Bind(2, content_hash);
  bool found = q.Step();
  if (!q.status().ok()) return q.status();
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
  s.Bind(first, a.code).Bind(first + 1, a.name).Bind(first + 2, a.matched_text)
      .Bind(first + 3, int64_t{a.bytes.begin}).Bind(first + 4, int64_t{a.bytes.end})
      .Bind(first + 5, a.how);
}

}  // namespace

Status EventStore::PutDocument(const Document& doc, RecordOutcome outcome,
                               const std::vector<Event>& events) {
  if (outcome == RecordOutcome::kRejected) {
    return Status::InvalidArgument("a rejected record is stored with PutRejection");
  }
  Statement del(db_, "DELETE FROM documents WHERE id = ?1");
  if (Status s = del.Bind(1, doc.id).Run(); !s.ok()) return s;
  Statement ins(db_,
                "INSERT INTO documents (id, content_hash, date, source, url, title, text, extra, "
                "outcome, event_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
  ins.Bind(1, doc.id).Bind(2, ContentHash(doc)).Bind(3, doc.date.ToString()).Bind(4, doc.source)
      .Bind(5, doc.url).Bind(6, doc.title).Bind(7, doc.text).Bind(8, ExtraAsJson(doc))
      .Bind(9, RecordOutcomeName(outcome)).Bind(10, static_cast<int64_t>(events.size()));
  if (Status s = ins.Run(); !s.ok()) return s.WithContext({"", 0, doc.id});

  Statement ev(db_,
               "INSERT INTO events VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
               "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, "
               "?30, ?31, ?32, ?33, ?34, ?35)");
  for (const Event& e : events) {
    ev.Reset();
    ev.Bind(1, e.id).Bind(2, e.document_id).Bind(3, int64_t{e.sentence_index})
        .Bind(4, e.date.ToString());
    BindActor(ev, 5, e.source);
    BindActor(ev, 11, e.target);
    ev.Bind(17, e.cameo_code).Bind(18, e.root_code)
        .Bind(19, static_cast<int64_t>(e.quad_class)).Bind(20, e.goldstein)
        .Bind(21, e.plover_type).Bind(22, e.plover_mode);
    if (e.location) {
      ev.Bind(23, e.location->name).Bind(24, e.location->country).Bind(25, e.location->latitude)
          .Bind(26, e.location->longitude).Bind(27, e.location->matched_text);
    } else {
      for (int i = 23; i <= 27; ++i) ev.BindNull(i);
    }
    ev.Bind(28, int64_t{e.negated}).Bind(29, e.evidence.sentence)
        .Bind(30, int64_t{e.evidence.sentence_bytes.begin})
        .Bind(31, int64_t{e.evidence.sentence_bytes.end}).Bind(32, e.evidence.verb_text)
        .Bind(33, int64_t{e.evidence.verb_bytes.begin}).Bind(34, int64_t{e.evidence.verb_bytes.end})
        .Bind(35, e.evidence.rule);
    if (Status s = ev.Run(); !s.ok()) return s.WithContext({"", 0, doc.id});
  }
  return Status::Ok();
}

Status EventStore::PutRejection(const ErrorContext& where, const std::string& reason) {
  Statement ins(db_,
                "INSERT OR REPLACE INTO rejections (origin, line, record, reason) "
                "VALUES (?1, ?2, ?3, ?4)");
  ins.Bind(1, where.file).Bind(2, static_cast<int64_t>(where.line)).Bind(3, where.record)
      .Bind(4, reason);
  return ins.Run();
}

Result<StoreCounts> EventStore::Counts() {
  Statement q(db_,
              "SELECT (SELECT count(*) FROM documents),"
              " (SELECT count(*) FROM documents WHERE outcome = 'coded'),"
              " (SELECT count(*) FROM documents WHERE outcome = 'no-event'),"
              " (SELECT count(*) FROM rejections), (SELECT count(*) FROM events)");
  if (!q.Step()) return q.status().ok() ? Status::Internal("no row") : q.status();
  return StoreCounts{q.Int(0), q.Int(1), q.Int(2), q.Int(3), q.Int(4)};
}

Result<std::vector<Event>> EventStore::AllEvents() {
  Statement q(db_,
              "SELECT id, document_id, sentence_index, date, source_code, source_name, "
              "source_text, source_begin, source_end, source_how, target_code, target_name, "
              "target_text, target_begin, target_end, target_how, cameo_code, root_code, "
              "quad_class, goldstein, plover_type, plover_mode, location_name, location_country, "
              "latitude, longitude, location_text, negated, sentence, sentence_begin, "
              "sentence_end, verb_text, verb_begin, verb_end, rule FROM events "
              "ORDER BY date, document_id, sentence_index, id");
  if (!q.status().ok()) return q.status();
  std::vector<Event> out;
  auto read_actor = [&q](int c, Actor* a) {
    if (q.IsNull(c)) return;
    a->code = q.Text(c);
    a->name = q.Text(c + 1);
    a->matched_text = q.Text(c + 2);
    a->bytes = {static_cast<uint32_t>(q.Int(c + 3)), static_cast<uint32_t>(q.Int(c + 4))};
    a->how = q.Text(c + 5);
  };
  while (q.Step()) {
    Event e;
    e.id = q.Text(0);
    e.document_id = q.Text(1);
    e.sentence_index = static_cast<uint32_t>(q.Int(2));
    e.date = Date::Parse(q.Text(3)).value_or(Date{});
    read_actor(4, &e.source);
    read_actor(10, &e.target);
    e.cameo_code = q.Text(16);
    e.root_code = q.Text(17);
    e.quad_class = static_cast<QuadClass>(q.Int(18));
    e.goldstein = q.Real(19);
    e.plover_type = q.Text(20);
    e.plover_mode = q.Text(21);
    if (!q.IsNull(22)) {
      e.location = Location{std::string(q.Text(22)), std::string(q.Text(23)), q.Real(24),
                            q.Real(25), std::string(q.Text(26)), {}};
    }
    e.negated = q.Int(27) != 0;
    e.evidence.sentence = q.Text(28);
    e.evidence.sentence_bytes = {static_cast<uint32_t>(q.Int(29)), static_cast<uint32_t>(q.Int(30))};
    e.evidence.verb_text = q.Text(31);
    e.evidence.verb_bytes = {static_cast<uint32_t>(q.Int(32)), static_cast<uint32_t>(q.Int(33))};
    e.evidence.rule = q.Text(34);
    out.push_back(std::move(e));
  }
  if (!q.status().ok()) return q.status();
  return out;
}

}  // namespace khaldun
