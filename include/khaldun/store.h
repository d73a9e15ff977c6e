// The event store: documents, their outcomes, every event mention with its
// evidence, and the deduplicated events, in an embedded SQLite database (WAL).
//
// Two levels, as in GDELT:
//   mention  one event as the coder found it in one sentence (khaldun::Event),
//            with its evidence; kept for ever, linked to its document.
//   event    the mentions that share date, source, target, CAMEO code,
//            location and negation, merged into one record that counts them:
//            NumMentions (mentions), NumArticles (distinct documents) and
//            NumSources (distinct Document::source values; "" is one source).
//
// Writes are idempotent per document: PutDocument replaces every earlier
// version of the document id (its mentions leave their events, whose counts
// are recomputed; events left without mentions are deleted). Callers skip
// documents already stored with HasDocument(id, ContentHash(doc)), so that a
// re-run adds nothing, and group writes in Begin()/Commit() batches, so that a
// process killed at any moment leaves whole batches only: a re-run then
// resumes where the last committed batch ended.
//
// Every value reaches SQL as a bound parameter; filters never build SQL text
// from user input.
//
// Thread-safety: an EventStore is used by one thread at a time. Open one per
// thread (SQLite serialises writers) or funnel writes through one thread.
#ifndef KHALDUN_STORE_H_
#define KHALDUN_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "khaldun/document.h"
#include "khaldun/event.h"
#include "khaldun/ingest.h"
#include "khaldun/status.h"

struct sqlite3;

namespace khaldun {

// What became of an input record. Every record ends as exactly one of these.
enum class RecordOutcome : uint8_t { kCoded, kNoEvent, kRejected };
std::string_view RecordOutcomeName(RecordOutcome outcome);

struct StoreOptions {
  // Create the database file when it does not exist. Default: true.
  bool create_if_missing = true;
  // Open read-only (for `query`, `export` and `serve`); the schema must then
  // be current already. Default: false.
  bool read_only = false;
};

struct StoreCounts {
  int64_t documents = 0;
  int64_t coded = 0;
  int64_t no_event = 0;
  int64_t rejected = 0;
  int64_t events = 0;    // deduplicated events
  int64_t mentions = 0;  // event mentions (what the coder produced)
};

// A hex digest of the fields that define a document's content (text, title,
// date, source, url); two documents with the same id and digest are the same.
std::string ContentHash(const Document& doc);

// One deduplicated event: GDELT's event row.
struct StoredEvent {
  int64_t id = 0;  // GlobalEventID; stable while its mentions stay stored
  Date date;
  std::string source_code, source_name;  // empty when the event has no source
  std::string target_code, target_name;
  std::string cameo_code, root_code;
  QuadClass quad_class = QuadClass::kVerbalCooperation;
  double goldstein = 0;
  std::string plover_type, plover_mode;
  std::optional<Location> location;  // matched_text and bytes are empty
  bool negated = false;
  int64_t num_mentions = 0, num_sources = 0, num_articles = 0;
  bool is_root = false;           // some mention is in a document's first sentence
  std::string first_document_id;  // of the mention that created the event
  std::string source_url;         // that document's url, else its id
  std::string added;              // when first stored, UTC "YYYYMMDDHHMMSS"
};

// One mention with the document facts GDELT's mentions table needs.
struct StoredMention {
  int64_t event_id = 0;
  Event event;                  // as coded, with its evidence
  std::string document_source;  // Document::source
  std::string document_url;     // Document::url
  int64_t document_length = 0;  // bytes of Document::text
  std::string added;            // when stored, UTC "YYYYMMDDHHMMSS"
  std::string event_added;      // when its event was first stored (StoredEvent::added)
};

// Which events a query or an export covers. Every set field must hold; empty
// fields do not filter. Codes are compared as stored (upper case).
struct EventFilter {
  std::optional<Date> from, to;  // inclusive date range
  std::string actor;             // prefix of the source or of the target code
  std::string source;            // prefix of the source code
  std::string target;            // prefix of the target code
  std::string code;              // prefix of the CAMEO code ("19" = root 19, "0431")
  std::string root;              // two-digit root code, exact
  int quad_class = 0;            // 1-4; 0 = any
  std::string location;          // location name or ISO-3166 alpha-3 country, exact
  bool include_negated = false;  // negated events ("did not attack") are left out by default
  int64_t limit = 0;             // at most this many rows; 0 = all
};

enum class TimeBucket : uint8_t { kNone, kDay, kWeek, kMonth, kYear };
// "day", "week", "month", "year", "none"; nullopt otherwise.
std::optional<TimeBucket> ParseTimeBucket(std::string_view name);

struct AggregateSpec {
  TimeBucket bucket = TimeBucket::kNone;  // weeks start on Monday and are named by it
  bool by_dyad = false;                   // group by (source code, target code)
  bool by_root = false;                   // group by root code
  // Sort by event count, largest first, instead of by the group keys; with
  // by_dyad and a limit this gives the top dyads.
  bool order_by_count = false;
  int64_t limit = 0;  // 0 = all groups
};

struct AggregateRow {
  std::string period;  // "2020-01-14", "2020-01-13" (week of), "2020-01", "2020"; "" without a bucket
  std::string source, target;  // with by_dyad
  std::string root;            // with by_root
  int64_t events = 0;
  int64_t mentions = 0;        // sum of NumMentions
  double goldstein_sum = 0;    // sum of GoldsteinScale over events
  double goldstein_weighted = 0;  // sum of GoldsteinScale * NumMentions
};

class EventStore {
 public:
  static constexpr int kSchemaVersion = 4;

  // Opens or creates the database at `path` and migrates it to
  // kSchemaVersion. Fails with kCorruption when the file is not a khaldun
  // database or is of a newer schema, and, read-only, of an older one.
  static Result<std::unique_ptr<EventStore>> Open(const std::string& path,
                                                 const StoreOptions& options = {});
  ~EventStore();
  EventStore(const EventStore&) = delete;
  EventStore& operator=(const EventStore&) = delete;

  Status Begin();
  Status Commit();
  Status Rollback();

  // Refreshes the query planner's statistics (ANALYZE, sampling at most
  // ~1000 rows per index, so it takes milliseconds on any size). Call after a
  // run of writes, outside a transaction: with them SQLite plans an
  // either-side actor filter as index scans instead of a table scan.
  Status Analyze();

  // True when a document with this id and content hash is already stored, so
  // that a re-run can skip it without coding it. One indexed lookup.
  Result<bool> HasDocument(const std::string& id, const std::string& content_hash);

  // Stores a coded or no-event document with its event mentions, replacing
  // any earlier version of the same id, and merges each mention into its
  // deduplicated event.
  Status PutDocument(const Document& doc, RecordOutcome outcome,
                     const std::vector<Event>& events);

  // Records a rejected input record with its reason and origin.
  Status PutRejection(const ErrorContext& where, const std::string& reason);

  Result<StoreCounts> Counts();

  // Every stored mention, in (date, document, sentence) order.
  Result<std::vector<Event>> AllEvents();

  // The mentions of one document, in the order the coder produced them.
  Result<std::vector<Event>> DocumentEvents(const std::string& document_id);

  // Deduplicated events matching `filter`, in (date, id) order, streamed to
  // `fn`; a non-OK status from `fn` stops the scan and is returned.
  Status ForEachEvent(const EventFilter& filter,
                      const std::function<Status(const StoredEvent&)>& fn);
  Result<std::vector<StoredEvent>> FindEvents(const EventFilter& filter);

  // The mentions of the events matching `filter`, in (event date, event id,
  // document, sentence) order.
  Status ForEachMention(const EventFilter& filter,
                        const std::function<Status(const StoredMention&)>& fn);

  // Counts and Goldstein sums of the events matching `filter`, grouped as
  // `spec` asks.
  Result<std::vector<AggregateRow>> Aggregate(const EventFilter& filter, const AggregateSpec& spec);

  sqlite3* handle() { return db_; }  // for tests and tools that read with SQL

 private:
  explicit EventStore(sqlite3* db);
  Status Exec(const char* sql);
  Status Migrate();
  Status RemoveDocument(const std::string& id);
  Status RecountEvent(int64_t event_id);

  struct Statements;  // prepared once, reused by every PutDocument
  Status Prepare();

  sqlite3* db_;
  std::unique_ptr<Statements> statements_;
  std::unordered_set<std::string> known_actors_;  // codes already in the actors table
};

// Resuming: an InputReader that passes on every record of `inner` except the
// documents `store` already holds with the same id and content hash, so that
// a re-run codes only what a killed or earlier run did not store. The check
// is one indexed lookup per document, before any coding. Neither pointer is
// owned; both must outlive the reader. Used on one thread.
class SkipStoredReader : public InputReader {
 public:
  // `on_skip`, when set, is called with every document passed over (e.g. to
  // print its stored events); a non-OK status ends the input as an error would.
  SkipStoredReader(InputReader* inner, EventStore* store,
                   std::function<Status(const Document&)> on_skip = nullptr)
      : inner_(inner), store_(store), on_skip_(std::move(on_skip)) {}

  // As InputReader::Next. A database error ends the input (kEnd) and is
  // kept in status().
  Kind Next(Document* doc, Rejection* rejection) override;
  const IngestCounts& counts() const override { return inner_->counts(); }

  uint64_t skipped() const { return skipped_; }  // documents passed over so far
  const Status& status() const { return status_; }

 private:
  InputReader* inner_;
  EventStore* store_;
  std::function<Status(const Document&)> on_skip_;
  uint64_t skipped_ = 0;
  Status status_;
};

}  // namespace khaldun

#endif  // KHALDUN_STORE_H_
