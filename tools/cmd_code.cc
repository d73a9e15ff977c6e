// `khaldun code`: inputs -> events as JSONL, CSV or a table; --db stores them.
#include <cstdio>
#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "command.h"
#include "common.h"
#include "khaldun/export.h"
#include "khaldun/store.h"

namespace khaldun::cli {
namespace {

struct CodeOptions {
  std::vector<std::string> inputs;
  std::string format = "jsonl";
  std::string input_format = "auto";
  std::string db;
  std::string date;
  uint64_t max_record_bytes = uint64_t{16} << 20;
  uint64_t max_line_bytes = uint64_t{1} << 20;
  uint32_t max_sentence_tokens = 300;
  size_t max_events = 10000;
  int threads = 1;
  bool quiet = false;
  bool recode = false;
  ResourcePaths paths;
};

void PrintTableHeader() {
  std::printf("%-10s  %-10s %-5s %-10s %-16s %-28s %s\n", "DATE", "SOURCE", "CODE", "TARGET",
              "LOCATION", "EVENT", "TRIGGER");
}

void PrintTableRow(const Event& e, const CameoCodebook& book) {
  const CameoCode* info = book.Find(e.cameo_code);
  std::string where = e.location ? fmt::format("{}/{}", e.location->name, e.location->country) : "";
  std::string name = info ? info->name : "";
  if (name.size() > 28) name = name.substr(0, 27) + "~";
  std::printf("%-10s  %-10s %-5s %-10s %-16s %-28s %s\n", e.date.ToString().c_str(),
              e.source.code.c_str(), e.cameo_code.c_str(), e.target.code.c_str(), where.c_str(),
              name.c_str(), e.evidence.verb_text.c_str());
}

void PrintEvent(const std::string& format, const Event& e, const CameoCodebook& book) {
  if (format == "jsonl") std::printf("%s\n", EventToJson(e).dump().c_str());
  else if (format == "csv") std::printf("%s\n", EventToCsvRow(e).c_str());
  else if (format == "table") PrintTableRow(e, book);
}

void RunCode(const CodeOptions& o) {
  IngestOptions ingest;
  auto format = ParseInputFormat(o.input_format);
  if (!format) Fail("code", fmt::format("unknown input format '{}'", o.input_format), 2);
  ingest.format = *format;
  ingest.max_record_bytes = o.max_record_bytes;
  ingest.max_line_bytes = o.max_line_bytes;
  if (!o.date.empty()) {
    ingest.default_date = Date::Parse(o.date);
    if (!ingest.default_date) Fail("code", fmt::format("--date '{}' is not a date (YYYY-MM-DD)", o.date), 2);
  }
  if (o.format != "jsonl" && o.format != "csv" && o.format != "table" && o.format != "none") {
    Fail("code", fmt::format("unknown output format '{}' (jsonl, csv, table, none)", o.format), 2);
  }
  std::vector<std::string> inputs = o.inputs.empty() ? std::vector<std::string>{"-"} : o.inputs;
  auto reader = OpenInputs(inputs, ingest);
  if (!reader.ok()) Fail("code", reader.status().ToString());

  Resources resources = LoadResourcesOrExit(o.paths, o.quiet);
  std::unique_ptr<EventStore> store;
  std::unique_ptr<SkipStoredReader> resume;  // with --db: documents already stored are not coded again
  if (!o.db.empty()) {
    auto opened = EventStore::Open(o.db);
    if (!opened.ok()) Fail("code", opened.status().ToString());
    store = std::move(opened).value();
    if (!o.recode) {
      // A document stored by an earlier run is not coded again; its stored
      // events are printed in its place, so the output matches a full run.
      resume = std::make_unique<SkipStoredReader>(
          reader->get(), store.get(), [&](const Document& doc) -> Status {
            auto events = store->DocumentEvents(doc.id);
            if (!events.ok()) return events.status();
            for (const Event& e : *events) PrintEvent(o.format, e, *resources.codebook);
            return Status::Ok();
          });
    }
    if (Status s = store->Begin(); !s.ok()) Fail("code", s.ToString());
  }
  PipelineOptions options;
  options.threads = o.threads;
  options.text.max_sentence_tokens = o.max_sentence_tokens;
  options.max_events_per_document = o.max_events;
  Pipeline pipeline(resources, options);

  if (o.format == "table") PrintTableHeader();
  if (o.format == "csv") std::printf("%s\n", EventCsvHeader().c_str());
  const bool progress = !o.quiet && StderrIsTerminal();
  // For the ETA: the inputs' total size, when they are files; document text
  // is most of a file's bytes, so bytes coded / total approximates progress.
  uint64_t total_bytes = 0;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input == "-") {
      total_bytes = 0;
      break;
    }
    if (std::filesystem::is_directory(input, ec)) {
      for (const auto& entry : std::filesystem::recursive_directory_iterator(input, ec))
        if (entry.is_regular_file(ec)) total_bytes += entry.file_size(ec);
    } else {
      total_bytes += std::filesystem::file_size(input, ec);
    }
  }

  RunCallbacks callbacks;
  callbacks.on_document = [&](const CodedDocument& c) -> Status {
    for (const Event& e : c.events) PrintEvent(o.format, e, *resources.codebook);
    return store ? store->PutDocument(c.document, c.outcome, c.events) : Status::Ok();
  };
  callbacks.on_rejection = [&](const Rejection& r) -> Status {
    std::fprintf(stderr, "%skhaldun code: rejected %s\n", progress ? "\r\033[K" : "", r.ToString().c_str());
    return store ? store->PutRejection(r.context, r.reason) : Status::Ok();
  };
  callbacks.on_progress = [&](const RunTotals& t) {
    if (store) {
      // Commit per batch: a killed run keeps every batch it finished.
      Status s = store->Commit();
      if (s.ok()) s = store->Begin();
      if (!s.ok()) Fail("code", s.ToString());
    }
    if (progress && t.seconds > 0) {
      const double rate = t.bytes / t.seconds;
      std::string eta;
      if (total_bytes > t.bytes && rate > 0)
        eta = fmt::format(", ETA {:.0f} s", (total_bytes - t.bytes) / rate);
      std::fprintf(stderr, "\r\033[K%llu records, %.0f articles/s, %.0f sentences/s, %.1f MB/s%s",
                   static_cast<unsigned long long>(t.records), (t.coded + t.no_event) / t.seconds,
                   t.sentences / t.seconds, rate / 1e6, eta.c_str());
    }
  };
  auto totals = pipeline.Run(resume ? *resume : **reader, callbacks);
  if (totals.ok() && resume && !resume->status().ok()) totals = resume->status();
  if (progress) std::fprintf(stderr, "\r\033[K");
  if (!totals.ok()) Fail("code", totals.status().ToString());
  if (store) {
    if (Status s = store->Commit(); !s.ok()) Fail("code", s.ToString());
  }
  std::fflush(stdout);
  const RunTotals& t = *totals;
  std::fprintf(o.format == "table" ? stdout : stderr,
               "%s%llu records: %llu coded, %llu no-event, %llu rejected; %llu sentences, %llu "
               "events in %.2f s%s\n",
               o.format == "table" ? "\n" : "khaldun code: ",
               static_cast<unsigned long long>(t.records), static_cast<unsigned long long>(t.coded),
               static_cast<unsigned long long>(t.no_event),
               static_cast<unsigned long long>(t.rejected),
               static_cast<unsigned long long>(t.sentences),
               static_cast<unsigned long long>(t.events), t.seconds,
               o.db.empty() ? ""
               : fmt::format(" (stored in {}; {} already stored, skipped)", o.db,
                             resume ? resume->skipped() : 0).c_str());
}

void SetupCode(CLI::App& app) {
  auto o = std::make_shared<CodeOptions>();
  auto* cmd = app.add_subcommand("code", "Code news text into events");
  cmd->add_option("inputs", o->inputs,
                  "Text files, directories, JSONL or TABARI files; '-' or nothing reads stdin");
  cmd->add_option("-f,--format", o->format, "Output: jsonl (default), csv, table or none");
  cmd->add_option("--input-format", o->input_format, "auto (default), text, jsonl or tabari");
  cmd->add_option("--db", o->db,
                  "Also store documents and events in this SQLite database; documents it already "
                  "holds (same id and content) are skipped, so a killed run resumes");
  cmd->add_flag("--recode", o->recode, "With --db: code and store again documents it already holds");
  cmd->add_option("--date", o->date, "Date for records that carry none (YYYY-MM-DD)");
  cmd->add_option("--max-record-bytes", o->max_record_bytes, "Reject records larger than this (default 16 MiB)");
  cmd->add_option("--max-line-bytes", o->max_line_bytes,
                  "Reject documents with a line longer than this (default 1 MiB; 0: no limit)");
  cmd->add_option("--max-sentence-tokens", o->max_sentence_tokens,
                  "Cut longer sentences into pieces of this many tokens (default 300; 0: no limit)");
  cmd->add_option("--max-events-per-document", o->max_events,
                  "Reject documents yielding more events than this (default 10000; 0: no limit)");
  cmd->add_option("-j,--threads", o->threads, "Worker threads (default 1)")->check(CLI::Range(1, 256));
  cmd->add_flag("-q,--quiet", o->quiet, "No progress or load messages on stderr");
  AddResourceOptions(cmd, &o->paths);
  cmd->callback([o] { RunCode(*o); });
}

const CommandRegistrar kRegistrar(10, &SetupCode);

}  // namespace
}  // namespace khaldun::cli
