// Options shared by the commands that read the event store (query, export):
// the database and the event filters.
#ifndef KHALDUN_TOOLS_STORE_CLI_H_
#define KHALDUN_TOOLS_STORE_CLI_H_

#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "khaldun/store.h"

namespace khaldun::cli {

// The filter options as typed; validated by ToFilter.
struct FilterOptions {
  std::string db = "khaldun.db";
  std::string from, to, actor, source, target, code, root, location;
  int quad_class = 0;
  bool include_negated = false;
  int64_t limit = 0;
};

// --db, --from, --to, --actor, --source, --target, --code, --root, --quad,
// --location, --include-negated, --limit.
void AddFilterOptions(CLI::App* cmd, FilterOptions* o);

// The EventFilter, or Fail(command, ..., 2) on a bad date or QuadClass.
EventFilter ToFilter(const std::string& command, const FilterOptions& o);

// Opens the database read-only, or Fail(command, ...).
std::unique_ptr<EventStore> OpenStoreOrExit(const std::string& command, const std::string& db);

}  // namespace khaldun::cli

#endif  // KHALDUN_TOOLS_STORE_CLI_H_
