// `khaldun query`: events from the store, filtered, listed or aggregated, as
// a table, CSV or JSON.
//
//   khaldun query --db k.db --actor IRN --from 2020-01-01 --to 2020-01-31
//   khaldun query --db k.db --source USA --target IRN --count-by week
//   khaldun query --db k.db --top-dyads 10 --root 19 --format csv
#include <algorithm>
#include <cstdio>

#include <fmt/format.h>

#include "command.h"
#include "common.h"
#include "khaldun/export.h"
#include "store_cli.h"

namespace khaldun::cli {
namespace {

struct QueryOptions {
  FilterOptions filter;
  std::string format = "table";
  std::string count_by;           // day, week, month, year
  std::vector<std::string> by;    // dyad, root
  int64_t top_dyads = 0;
  bool mentions = false;
};

std::string Field(const std::string& format, const std::string& s) {
  if (format != "csv" || s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

void PrintAggregates(const QueryOptions& o, const AggregateSpec& spec,
                     const std::vector<AggregateRow>& rows) {
  if (o.format == "json") {
    nlohmann::json out = nlohmann::json::array();
    for (const AggregateRow& r : rows) {
      nlohmann::json j;
      if (spec.bucket != TimeBucket::kNone) j["period"] = r.period;
      if (spec.by_dyad) {
        j["source"] = r.source;
        j["target"] = r.target;
      }
      if (spec.by_root) j["root"] = r.root;
      j["events"] = r.events;
      j["mentions"] = r.mentions;
      j["goldstein_sum"] = r.goldstein_sum;
      j["goldstein_weighted"] = r.goldstein_weighted;
      out.push_back(std::move(j));
    }
    std::printf("%s\n", out.dump(2).c_str());
    return;
  }
  const bool csv = o.format == "csv";
  std::vector<std::string> header;
  if (spec.bucket != TimeBucket::kNone) header.push_back("period");
  if (spec.by_dyad) {
    header.push_back("source");
    header.push_back("target");
  }
  if (spec.by_root) header.push_back("root");
  for (const char* h : {"events", "mentions", "goldstein_sum", "goldstein_weighted"}) header.push_back(h);
  auto print_row = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (size_t i = 0; i < cells.size(); ++i) {
      if (csv) {
        line += (i ? "," : "") + Field(o.format, cells[i]);
      } else {
        const size_t width = std::max<size_t>(12, header[i].size() + 2);
        line += fmt::format("{:<{}}", cells[i], i + 1 == cells.size() ? 0 : width);
      }
    }
    std::printf("%s\n", line.c_str());
  };
  print_row(header);
  for (const AggregateRow& r : rows) {
    std::vector<std::string> cells;
    if (spec.bucket != TimeBucket::kNone) cells.push_back(r.period);
    if (spec.by_dyad) {
      cells.push_back(r.source);
      cells.push_back(r.target);
    }
    if (spec.by_root) cells.push_back(r.root);
    cells.push_back(std::to_string(r.events));
    cells.push_back(std::to_string(r.mentions));
    cells.push_back(fmt::format("{}", r.goldstein_sum));
    cells.push_back(fmt::format("{}", r.goldstein_weighted));
    print_row(cells);
  }
}

void RunQuery(const QueryOptions& o) {
  if (o.format != "table" && o.format != "csv" && o.format != "json") {
    Fail("query", fmt::format("unknown output format '{}' (table, csv, json)", o.format), 2);
  }
  EventFilter filter = ToFilter("query", o.filter);
  AggregateSpec spec;
  auto bucket = ParseTimeBucket(o.count_by);
  if (!bucket) Fail("query", fmt::format("--count-by '{}': use day, week, month or year", o.count_by), 2);
  spec.bucket = *bucket;
  for (const std::string& b : o.by) {
    if (b == "dyad") spec.by_dyad = true;
    else if (b == "root") spec.by_root = true;
    else Fail("query", fmt::format("--by '{}': use dyad or root", b), 2);
  }
  if (o.top_dyads > 0) {
    spec.by_dyad = true;
    spec.order_by_count = true;
    spec.limit = o.top_dyads;
  }
  const bool aggregate = spec.bucket != TimeBucket::kNone || spec.by_dyad || spec.by_root;
  std::unique_ptr<EventStore> store = OpenStoreOrExit("query", o.filter.db);

  if (aggregate) {
    if (spec.limit == 0) spec.limit = filter.limit;
    filter.limit = 0;  // the limit counts groups here
    auto rows = store->Aggregate(filter, spec);
    if (!rows.ok()) Fail("query", rows.status().ToString());
    PrintAggregates(o, spec, *rows);
    return;
  }

  if (o.mentions) {
    nlohmann::json all = nlohmann::json::array();
    if (o.format == "csv") std::printf("event_id,%s\n", EventCsvHeader().c_str());
    Status s = store->ForEachMention(filter, [&](const StoredMention& m) {
      if (o.format == "json") {
        nlohmann::json j = EventToJson(m.event);
        j["event_id"] = m.event_id;
        all.push_back(std::move(j));
      } else if (o.format == "csv") {
        std::printf("%lld,%s\n", static_cast<long long>(m.event_id), EventToCsvRow(m.event).c_str());
      } else {
        std::printf("%-8lld %-10s %-10s %-5s %-10s %s\n    \"%s\"\n", static_cast<long long>(m.event_id),
                    m.event.date.ToString().c_str(), m.event.source.code.c_str(),
                    m.event.cameo_code.c_str(), m.event.target.code.c_str(),
                    m.event.document_id.c_str(), m.event.evidence.sentence.c_str());
      }
      return Status::Ok();
    });
    if (!s.ok()) Fail("query", s.ToString());
    if (o.format == "json") std::printf("%s\n", all.dump(2).c_str());
    return;
  }

  nlohmann::json all = nlohmann::json::array();
  if (o.format == "csv") std::printf("%s\n", StoredEventCsvHeader().c_str());
  if (o.format == "table") {
    std::printf("%-8s %-10s  %-10s %-5s %-10s %-16s %8s %9s\n", "ID", "DATE", "SOURCE", "CODE",
                "TARGET", "LOCATION", "M/S/A", "GOLDSTEIN");
  }
  int64_t n = 0;
  Status s = store->ForEachEvent(filter, [&](const StoredEvent& e) {
    ++n;
    if (o.format == "json") {
      all.push_back(StoredEventToJson(e));
    } else if (o.format == "csv") {
      std::printf("%s\n", StoredEventToCsvRow(e).c_str());
    } else {
      const std::string where = e.location ? fmt::format("{}/{}", e.location->name, e.location->country) : "";
      const std::string counts = fmt::format("{}/{}/{}", e.num_mentions, e.num_sources, e.num_articles);
      std::printf("%-8lld %-10s  %-10s %-5s %-10s %-16s %8s %9g\n", static_cast<long long>(e.id),
                  e.date.ToString().c_str(), e.source_code.c_str(), e.cameo_code.c_str(),
                  e.target_code.c_str(), where.c_str(), counts.c_str(), e.goldstein);
    }
    return Status::Ok();
  });
  if (!s.ok()) Fail("query", s.ToString());
  if (o.format == "json") std::printf("%s\n", all.dump(2).c_str());
  if (o.format == "table") std::printf("\n%lld events (M/S/A: mentions/sources/articles)\n", static_cast<long long>(n));
}

void SetupQuery(CLI::App& app) {
  auto o = std::make_shared<QueryOptions>();
  auto* cmd = app.add_subcommand(
      "query", "Filter, list and aggregate the deduplicated events of a store");
  AddFilterOptions(cmd, &o->filter);
  cmd->add_option("-f,--format", o->format, "Output: table (default), csv or json");
  cmd->add_option("--count-by", o->count_by,
                  "Count events per day, week (named by its Monday), month or year");
  cmd->add_option("--by", o->by, "Also group by dyad and/or root (repeatable: --by dyad --by root)");
  cmd->add_option("--top-dyads", o->top_dyads, "The N dyads with the most events")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--mentions", o->mentions, "List the mentions (with their evidence) of the events");
  cmd->callback([o] { RunQuery(*o); });
}

const CommandRegistrar kRegistrar(30, &SetupQuery);

}  // namespace
}  // namespace khaldun::cli
