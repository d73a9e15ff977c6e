// `khaldun validate tabari|petrarch|PATH`: codes a peer's validation suite and
// prints, per record, PASS or FAIL with the missing (-) and extra (+) events,
// then a totals line. Users can point it at their own dictionaries with
// --dict-dir to see how their changes move the suite. Exit status: 0 when every
// record passes, 1 when some fail or the suite cannot be read, 2 for usage errors.
#include <cstdio>

#include <fmt/format.h>

#include "command.h"
#include "common.h"
#include "khaldun/validate.h"

namespace khaldun::cli {
namespace {

struct ValidateCliOptions {
  std::string suite;
  std::string dict_dir;
  std::string shared_dir;
  std::string only;
  bool verbose = false;
  bool failures_only = false;
  bool all_records = false;
  bool warnings = false;
  bool no_syntax = false;
  bool in_process = false;
  bool explain = false;
};

void RunValidate(const ValidateCliOptions& o) {
  auto suite = ReadSuite(o.suite, o.shared_dir);
  if (!suite.ok()) Fail("validate", suite.status().ToString());
  ValidateOptions options;
  options.dict_dir = o.dict_dir;
  options.use_syntax = !o.no_syntax;
  std::vector<Diagnostic> diagnostics;
  auto runner = SuiteRunner::Create(*suite, options, &diagnostics);
  if (!runner.ok()) Fail("validate", runner.status().ToString());
  size_t errors = 0;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Diagnostic::Severity::kError) ++errors;
    if (o.warnings) std::fprintf(stderr, "%s\n", d.ToString().c_str());
  }
  if (!diagnostics.empty() && !o.warnings) {
    std::fprintf(stderr, "khaldun validate: %zu dictionary diagnostics (%zu errors); --warnings lists them\n",
                 diagnostics.size(), errors);
  }
  SuiteTotals totals;
  for (const SuiteRecord& record : suite->records) {
    if (!record.standard && !o.all_records) continue;
    if (!o.only.empty() && record.id != o.only) continue;
    RecordResult result = o.in_process ? (*runner)->Run(record) : (*runner)->RunIsolated(record);
    totals.Add(result, record);
    if (result.passed && o.failures_only) continue;
    std::printf("%s\n", FormatRecordResult(record, result, o.verbose).c_str());
    if (o.explain) {
      // Coded again in this process, for the trace.
      ExplainTrace trace;
      (*runner)->Code(record, &trace);
      for (const auto& s : trace.sentences) {
        std::printf("    | tokens: %s\n", s.tokens.c_str());
        for (const std::string& line : s.lines) std::printf("    | %s\n", line.c_str());
      }
    }
  }
  if (!o.only.empty() && totals.records == 0) Fail("validate", "no record with id '" + o.only + "'", 2);
  std::printf("%s\n", FormatTotals(*suite, totals).c_str());
  std::fflush(stdout);
  // Exit status 1 when any record fails, so that scripts can gate on a suite.
  if (totals.passed < totals.records) {
    Fail("validate", fmt::format("{} of {} records failed", totals.records - totals.passed, totals.records));
  }
}

void SetupValidate(CLI::App& app) {
  auto o = std::make_shared<ValidateCliOptions>();
  auto* cmd = app.add_subcommand(
      "validate", "Code a validation suite (TABARI's Validate.text, PETRARCH's unit tests) and report");
  cmd->add_option("suite", o->suite,
                  "'tabari', 'petrarch' (the peers' files under ../shared), or a suite file "
                  "(.xml: PETRARCH records; otherwise TABARI records)")
      ->required();
  cmd->add_option("--dict-dir", o->dict_dir,
                  "Use the dictionaries in this directory instead of the suite's own");
  cmd->add_option("--shared-dir", o->shared_dir, "Where 'tabari' and 'petrarch' are looked up "
                                                 "(default: $KHALDUN_SHARED or ../shared)");
  cmd->add_option("--record", o->only, "Run only the record with this id");
  cmd->add_flag("--verbose,-v", o->verbose,
                "Show every record with its text, note and matched events");
  cmd->add_flag("--failures", o->failures_only, "Print only the records that fail");
  cmd->add_flag("--all", o->all_records,
                "Also run TABARI's records after FINAL-01 (outside the standard suite)");
  cmd->add_flag("--warnings", o->warnings, "Print the dictionary diagnostics");
  cmd->add_flag("--in-process", o->in_process,
                "Code in this process (faster; a coder crash then ends the run) instead of one "
                "child process per record");
  cmd->add_flag("--explain", o->explain,
                "After each printed record, the coder's explanation (as `khaldun explain`)");
  cmd->add_flag("--no-syntax", o->no_syntax, "Do not POS-tag (run the suite with the shallow rules alone)");
  cmd->callback([o] { RunValidate(*o); });
}

const CommandRegistrar kRegistrar(60, &SetupValidate);

}  // namespace
}  // namespace khaldun::cli
