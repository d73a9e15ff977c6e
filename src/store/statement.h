// A thin RAII wrapper over a prepared SQLite statement. Every value reaches
// SQL through a bound parameter, never through string concatenation.
#ifndef KHALDUN_SRC_STORE_STATEMENT_H_
#define KHALDUN_SRC_STORE_STATEMENT_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "khaldun/status.h"

namespace khaldun::internal {

class Statement {
 public:
  Statement(sqlite3* db, const char* sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // The error from prepare, if any.
  const Status& status() const { return status_; }

  // Binding: 1-based parameter index, as in SQLite.
  Statement& Bind(int index, std::string_view text);  // copies the text
  // Binds without copying: `text` must outlive the next Step()/Run() (the
  // binding is dropped by Reset()). For the write path's many strings.
  Statement& BindRef(int index, const std::string& text);
  Statement& BindRef(int index, const std::string&& text) = delete;
  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, double value);
  Statement& BindNull(int index);

  // Steps once. Returns true when a row is available, false when done; on an
  // error sets status() and returns false.
  bool Step();
  // Steps until done; returns the error, if any.
  Status Run();
  void Reset();

  std::string_view Text(int column) const;
  int64_t Int(int column) const;
  double Real(int column) const;
  bool IsNull(int column) const;
  int ColumnCount() const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
};

// An error Status carrying SQLite's message for `db`.
Status SqliteError(sqlite3* db, std::string_view what);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_STORE_STATEMENT_H_
