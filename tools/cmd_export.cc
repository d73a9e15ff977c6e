// `khaldun export`: the store's events in the formats the field exchanges.
//
//   khaldun export --db k.db --format gdelt > events.tsv         GDELT 2.0 events (61 columns)
//   khaldun export --db k.db --format gdelt-mentions > m.tsv     GDELT 2.0 mentions (16 columns)
//   khaldun export --db k.db --format plover --from 2020-01-01   PLOVER JSON records, one a line
//   khaldun export --db k.db --format jsonl | csv                deduplicated events
//   khaldun export --db k.db --format mentions-jsonl | mentions-csv   every mention with evidence
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "command.h"
#include "common.h"
#include "khaldun/export.h"
#include "khaldun/gazetteer.h"
#include "store_cli.h"

namespace khaldun::cli {
namespace {

struct ExportOptions {
  FilterOptions filter;
  std::string format = "jsonl";
  std::string output = "-";
  bool header = false;
  std::string data_dir = DefaultDataDir();
};

std::string Join(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) out += (i ? "\t" : "") + fields[i];
  return out;
}

void RunExport(const ExportOptions& o) {
  static const char* kFormats[] = {"jsonl", "csv", "gdelt", "gdelt-mentions", "plover",
                                   "mentions-jsonl", "mentions-csv"};
  if (std::find(std::begin(kFormats), std::end(kFormats), o.format) == std::end(kFormats)) {
    Fail("export", fmt::format("unknown format '{}' (jsonl, csv, gdelt, gdelt-mentions, plover, "
                               "mentions-jsonl, mentions-csv)", o.format), 2);
  }
  const EventFilter filter = ToFilter("export", o.filter);
  std::unique_ptr<EventStore> store = OpenStoreOrExit("export", o.filter.db);
  std::FILE* out = stdout;
  if (o.output != "-") {
    out = std::fopen(o.output.c_str(), "wb");
    if (!out) Fail("export", fmt::format("cannot write '{}'", o.output));
  }
  auto line = [out](const std::string& s) {
    std::fwrite(s.data(), 1, s.size(), out);
    std::fputc('\n', out);
  };

  // The gazetteer tells countries from cities for ActionGeo_Type; without
  // it the export still works, with a coarser type.
  std::shared_ptr<const Gazetteer> gazetteer;
  GdeltOptions gdelt;
  if (o.format == "gdelt") {
    auto loaded = Gazetteer::Load(o.data_dir + "/data/geo/places.tsv");
    if (loaded.ok()) {
      gazetteer = *loaded;
      gdelt.gazetteer = gazetteer.get();
    }
  }

  int64_t rows = 0;
  Status s;
  if (o.format == "gdelt-mentions" || o.format == "mentions-jsonl" || o.format == "mentions-csv") {
    if (o.format == "gdelt-mentions" && o.header) line(Join(GdeltMentionColumns()));
    if (o.format == "mentions-csv") line("event_id," + EventCsvHeader());
    s = store->ForEachMention(filter, [&](const StoredMention& m) {
      ++rows;
      if (o.format == "gdelt-mentions") {
        line(GdeltMentionRow(m));
      } else if (o.format == "mentions-csv") {
        line(fmt::format("{},{}", m.event_id, EventToCsvRow(m.event)));
      } else {
        nlohmann::json j = EventToJson(m.event);
        j["event_id"] = m.event_id;
        line(j.dump());
      }
      return Status::Ok();
    });
  } else {
    if (o.format == "gdelt" && o.header) line(Join(GdeltEventColumns()));
    if (o.format == "csv") line(StoredEventCsvHeader());
    s = store->ForEachEvent(filter, [&](const StoredEvent& e) {
      ++rows;
      if (o.format == "gdelt") line(GdeltEventRow(e, gdelt));
      else if (o.format == "csv") line(StoredEventToCsvRow(e));
      else if (o.format == "plover") line(StoredEventToPlover(e).dump());
      else line(StoredEventToJson(e).dump());
      return Status::Ok();
    });
  }
  const bool write_failed = std::ferror(out) != 0;
  if (out != stdout) std::fclose(out);
  if (!s.ok()) Fail("export", s.ToString());
  if (write_failed) Fail("export", "write error");
  std::fprintf(stderr, "khaldun export: %lld %s\n", static_cast<long long>(rows),
               o.format.rfind("mentions", 0) == 0 || o.format == "gdelt-mentions" ? "mentions" : "events");
}

void SetupExport(CLI::App& app) {
  auto o = std::make_shared<ExportOptions>();
  auto* cmd = app.add_subcommand("export", "Write the store's events as JSONL, CSV, GDELT 2.0 TSV or PLOVER");
  AddFilterOptions(cmd, &o->filter);
  cmd->add_option("-f,--format", o->format,
                  "jsonl (default), csv, gdelt (61-column event TSV), gdelt-mentions (16-column "
                  "mentions TSV), plover, mentions-jsonl, mentions-csv");
  cmd->add_option("-o,--output", o->output, "Output file ('-', the default, is stdout)");
  cmd->add_flag("--header", o->header, "GDELT formats: a first row of column names (GDELT's files have none)");
  cmd->add_option("--data-dir", o->data_dir, "Where data/geo/places.tsv is, for ActionGeo_Type");
  cmd->callback([o] { RunExport(*o); });
}

const CommandRegistrar kRegistrar(40, &SetupExport);

}  // namespace
}  // namespace khaldun::cli
