// Internal: the column lists the store reads and the functions that turn a
// row into an Event (a mention) or a StoredEvent.
#ifndef KHALDUN_SRC_STORE_ROWS_H_
#define KHALDUN_SRC_STORE_ROWS_H_

#include "khaldun/store.h"
#include "store/statement.h"

namespace khaldun::internal {

// Mention columns (37 of them), for "SELECT {kMentionColumns} FROM {kMentionFrom}";
// mentions are `m`, their sentences `s`.
extern const char* const kMentionColumns;
extern const char* const kMentionFrom;
constexpr int kMentionColumnCount = 37;
// Reads the mention whose first column is `first`.
Event ReadMention(const Statement& q, int first);

// Event columns (24), the table aliased `e`.
extern const char* const kEventColumns;
constexpr int kEventColumnCount = 24;
StoredEvent ReadEvent(const Statement& q, int first);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_STORE_ROWS_H_
