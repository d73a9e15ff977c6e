// `khaldun eval GOLD.jsonl [--split dev|heldout|all] [--plover [FILE]]`:
// codes the gold items with the default pipeline and prints precision, recall
// and F1 (overall and per root code) and a confusion table; with --plover,
// does the same for the PLOVER records of the CAMEO manual's examples.
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "command.h"
#include "common.h"
#include "khaldun/eval.h"

namespace khaldun::cli {
namespace {

struct EvalOptions {
  std::string gold;
  std::string split = "dev";
  std::string plover;
  bool json = false;
  bool errors = false;
  int threads = 1;
  ResourcePaths paths;
};

// ../shared next to the data directory (the source tree) or the source tree
// khaldun was built from.
std::string DefaultPloverPath() {
  const char* rel = "/../shared/peers/plover/PLOVER_GSR_CAMEO.txt";
  for (const std::string& base : {DefaultDataDir(), std::string(KHALDUN_SOURCE_DIR)}) {
    std::error_code ec;
    if (std::filesystem::exists(base + rel, ec)) return base + rel;
  }
  return std::string(KHALDUN_SOURCE_DIR) + rel;
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void RunEval(const EvalOptions& o, bool plover_requested) {
  if (o.gold.empty() && !plover_requested) {
    Fail("eval", "give a gold file (e.g. tests/gold/gold.jsonl), --plover, or both", 2);
  }
  if (o.split != "dev" && o.split != "heldout" && o.split != "all") {
    Fail("eval", "--split must be dev, heldout or all", 2);
  }
  std::vector<GoldItem> gold;
  if (!o.gold.empty()) {
    auto read = ReadGoldFile(o.gold);
    if (!read.ok()) Fail("eval", read.status().ToString());
    gold = std::move(read).value();
  }
  std::vector<PloverItem> plover;
  std::string plover_path = o.plover.empty() ? DefaultPloverPath() : o.plover;
  if (plover_requested) {
    auto read = ReadPloverFile(plover_path);
    if (!read.ok()) Fail("eval", read.status().ToString());
    plover = std::move(read).value();
  }

  Resources resources = LoadResourcesOrExit(o.paths, /*quiet=*/o.json);
  Pipeline pipeline(resources, PipelineOptions{});
  nlohmann::json out = nlohmann::json::object();
  if (!o.gold.empty()) {
    auto start = std::chrono::steady_clock::now();
    std::vector<EvalCase> cases = CodeGoldItems(gold, o.split, pipeline, o.threads);
    double seconds = SecondsSince(start);
    EvalReport report = ScoreCases(std::move(cases), EvalKind::kCameo);
    report.source = o.gold;
    report.split = o.split;
    report.seconds = seconds;
    if (o.json) {
      out["gold"] = ReportToJson(report, o.errors);
    } else {
      std::fputs(FormatReport(report, o.errors).c_str(), stdout);
    }
  }
  if (plover_requested) {
    auto start = std::chrono::steady_clock::now();
    std::vector<EvalCase> cases = CodePloverItems(plover, pipeline, o.threads);
    double seconds = SecondsSince(start);
    EvalReport report = ScoreCases(std::move(cases), EvalKind::kPlover);
    report.source = plover_path;
    report.seconds = seconds;
    if (o.json) {
      out["plover"] = ReportToJson(report, o.errors);
    } else {
      if (!o.gold.empty()) std::fputs("\n", stdout);
      std::fputs(FormatReport(report, o.errors).c_str(), stdout);
    }
  }
  if (o.json) std::printf("%s\n", out.dump(2).c_str());
}

void SetupEval(CLI::App& app) {
  auto o = std::make_shared<EvalOptions>();
  auto* cmd = app.add_subcommand(
      "eval", "Score the coder against gold events: precision, recall, F1 and a confusion table");
  cmd->add_option("gold", o->gold, "Gold JSONL file (format: tests/gold/README.md)");
  cmd->add_option("--split", o->split,
                  "Which items of the gold file: dev, heldout or all (default: dev)");
  auto* plover = cmd->add_option("--plover", o->plover,
                                 "Also score the PLOVER records of the CAMEO manual's examples "
                                 "(default file: ../shared/peers/plover/PLOVER_GSR_CAMEO.txt)")
                     ->expected(0, 1);
  cmd->add_flag("--json", o->json, "Print the report(s) as JSON");
  cmd->add_flag("--errors", o->errors,
                "List every item not coded exactly, with missed and extra events");
  cmd->add_option("-j,--threads", o->threads, "Worker threads (default: 1)");
  AddResourceOptions(cmd, &o->paths);
  cmd->callback([o, plover] { RunEval(*o, plover->count() > 0); });
}

const CommandRegistrar kRegistrar(50, &SetupEval);

}  // namespace
}  // namespace khaldun::cli
