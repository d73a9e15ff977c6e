#include "store_cli.h"

#include <cstdio>
#include <filesystem>

#include <fmt/format.h>

#include "common.h"

namespace khaldun::cli {

void AddFilterOptions(CLI::App* cmd, FilterOptions* o) {
  cmd->add_option("--db", o->db, "The SQLite event store (default khaldun.db)");
  cmd->add_option("--from", o->from, "First date, inclusive (YYYY-MM-DD)");
  cmd->add_option("--to", o->to, "Last date, inclusive (YYYY-MM-DD)");
  cmd->add_option("--actor", o->actor, "Source or target code starts with this (USA matches USAGOV)");
  cmd->add_option("--source", o->source, "Source code starts with this");
  cmd->add_option("--target", o->target, "Target code starts with this");
  cmd->add_option("--code", o->code, "CAMEO event code starts with this (19, 190, 0431)");
  cmd->add_option("--root", o->root, "CAMEO root code, two digits (18)");
  cmd->add_option("--quad", o->quad_class,
                  "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
                  "4 material conflict")
      ->check(CLI::Range(1, 4));
  cmd->add_option("--location", o->location, "Location name (Tehran) or ISO country code (IRN)");
  cmd->add_flag("--include-negated", o->include_negated,
                "Also negated events (\"did not attack\"), left out by default");
  cmd->add_option("--limit", o->limit, "At most this many events or groups (default: all)")
      ->check(CLI::NonNegativeNumber);
}

EventFilter ToFilter(const std::string& command, const FilterOptions& o) {
  EventFilter f;
  auto date = [&](const std::string& text, const char* name) -> std::optional<Date> {
    if (text.empty()) return std::nullopt;
    std::optional<Date> d = Date::Parse(text);
    if (!d) Fail(command, fmt::format("--{} '{}' is not a date (YYYY-MM-DD)", name, text), 2);
    return d;
  };
  f.from = date(o.from, "from");
  f.to = date(o.to, "to");
  f.actor = o.actor;
  f.source = o.source;
  f.target = o.target;
  f.code = o.code;
  f.root = o.root;
  if (!f.root.empty() && f.root.size() != 2) {
    Fail(command, fmt::format("--root '{}' is not a two-digit CAMEO root", o.root), 2);
  }
  f.quad_class = o.quad_class;
  f.location = o.location;
  f.include_negated = o.include_negated;
  f.limit = o.limit;
  return f;
}

std::unique_ptr<EventStore> OpenStoreOrExit(const std::string& command, const std::string& db) {
  if (!std::filesystem::exists(db)) Fail(command, fmt::format("no database at '{}'", db));
  StoreOptions options;
  options.read_only = true;
  auto store = EventStore::Open(db, options);
  if (!store.ok() && store.status().message().find("open it once for writing") != std::string::npos) {
    // An older schema: migrate it (as `khaldun code --db` would), then read.
    StoreOptions migrate;
    migrate.create_if_missing = false;
    auto migrated = EventStore::Open(db, migrate);
    if (migrated.ok()) {
      std::fprintf(stderr, "khaldun %s: migrated %s to schema version %d\n", command.c_str(),
                   db.c_str(), EventStore::kSchemaVersion);
      return std::move(migrated).value();
    }
  }
  if (!store.ok()) Fail(command, store.status().ToString());
  return std::move(store).value();
}

}  // namespace khaldun::cli
