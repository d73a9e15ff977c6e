// The event store: documents, their outcomes and their events in an embedded
// SQLite database (WAL mode).
//
// Writes are idempotent per document: storing a document whose id and content
// hash are already present changes nothing; storing a document whose content
// changed replaces its events. Callers group writes in transactions with
// Begin()/Commit() so that a killed process leaves either a whole batch or none.
//
// Thread-safety: an EventStore is used by one thread at a time. Open one per
// thread (SQLite serialises writers) or funnel writes through one thread.
#ifndef KHALDUN_STORE_H_
#define KHALDUN_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "khaldun/document.h"
#include "khaldun/event.h"
#include "khaldun/status.h"

struct sqlite3;

namespace khaldun {

// What became of an input record. Every record ends as exactly one of these.
enum class RecordOutcome : uint8_t { kCoded, kNoEvent, kRejected };
std::string_view RecordOutcomeName(RecordOutcome outcome);

struct StoreOptions {
  // Create the database file when it does not exist. Default: true.
  bool create_if_missing = true;
  // Open read-only (for `query` and `serve`). Default: false.
  bool read_only = false;
};

struct StoreCounts {
  int64_t documents = 0;
  int64_t coded = 0;
  int64_t no_event = 0;
  int64_t rejected = 0;
  int64_t events = 0;
};

// A hex digest of the fields that define a document's content (text, title,
// date, source); two documents with the same id and digest are the same.
std::string ContentHash(const Document& doc);

class EventStore {
 public:
  static constexpr int kSchemaVersion = 1;

  // Opens or creates the database at `path` and migrates it to
  // kSchemaVersion. Fails with kCorruption when the file is not a khaldun
  // database or is of a newer schema.
  static Result<std::unique_ptr<EventStore>> Open(const std::string& path,
                                                 const StoreOptions& options = {});
  ~EventStore();
  EventStore(const EventStore&) = delete;
  EventStore& operator=(const EventStore&) = delete;

  Status Begin();
  Status Commit();

  // True when a document with this id and content hash is already stored, so
  // that a re-run can skip it.
  Result<bool> HasDocument(const std::string& id, const std::string& content_hash);

  // Stores a coded or no-event document with its events, replacing any earlier
  // version of the same id.
  Status PutDocument(const Document& doc, RecordOutcome outcome,
                     const std::vector<Event>& events);

  // Records a rejected input record with its reason and origin.
  Status PutRejection(const ErrorContext& where, const std::string& reason);

  Result<StoreCounts> Counts();

  // Every stored event, in (date, document, sentence) order.
  Result<std::vector<Event>> AllEvents();

 private:
  explicit EventStore(sqlite3* db) : db_(db) {}
  Status Exec(const char* sql);
  Status Migrate();

  sqlite3* db_;
};

}  // namespace khaldun

#endif  // KHALDUN_STORE_H_
