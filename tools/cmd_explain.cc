// `khaldun explain "<sentence>"`: the tokens, the dictionary matches, the
// actor mentions and, for every verb or event noun, why an event was or was
// not produced.
#include <cstdio>
#include <iostream>
#include <iterator>

#include <fmt/format.h>

#include "command.h"
#include "common.h"
#include "khaldun/export.h"

namespace khaldun::cli {
namespace {

struct ExplainOptions {
  std::string text;
  std::string date = "";
  bool json = false;
  ResourcePaths paths;
};

void RunExplain(const ExplainOptions& o) {
  Document doc;
  doc.id = "explain";
  doc.text = o.text;
  if (doc.text == "-") doc.text.assign(std::istreambuf_iterator<char>(std::cin), {});
  if (size_t bad = FindInvalidUtf8(doc.text); bad != std::string::npos) {
    Fail("explain", fmt::format("invalid UTF-8 at byte {}", bad));
  }
  if (!o.date.empty()) {
    auto date = Date::Parse(o.date);
    if (!date) Fail("explain", fmt::format("--date '{}' is not a date (YYYY-MM-DD)", o.date), 2);
    doc.date = *date;
  }
  Resources resources = LoadResourcesOrExit(o.paths, /*quiet=*/true);
  Pipeline pipeline(resources, PipelineOptions{});
  ExplainTrace trace;
  CodedDocument coded = pipeline.Process(doc, &trace);
  for (const auto& s : trace.sentences) {
    std::printf("sentence %u: %s\n", s.index, s.text.c_str());
    std::printf("  tokens: %s\n", s.tokens.c_str());
    for (const auto& line : s.lines) std::printf("  %s\n", line.c_str());
  }
  std::printf("%zu event%s\n", coded.events.size(), coded.events.size() == 1 ? "" : "s");
  for (const Event& e : coded.events) {
    if (o.json) {
      std::printf("%s\n", EventToJson(e).dump(2).c_str());
    } else {
      std::printf("  %s %s %s%s  [%s]\n    rule: %s\n", e.source.code.c_str(), e.cameo_code.c_str(),
                  e.target.code.c_str(),
                  e.location ? (" @" + e.location->name).c_str() : "", e.plover_type.c_str(),
                  e.evidence.rule.c_str());
    }
  }
}

void SetupExplain(CLI::App& app) {
  auto o = std::make_shared<ExplainOptions>();
  auto* cmd = app.add_subcommand("explain", "Show how a sentence is coded, step by step");
  cmd->add_option("text", o->text, "The sentence or passage ('-' reads stdin)")->required();
  cmd->add_option("--date", o->date, "Date of the text, for dated actors (YYYY-MM-DD)");
  cmd->add_flag("--json", o->json, "Print the events as full JSON records");
  AddResourceOptions(cmd, &o->paths);
  cmd->callback([o] { RunExplain(*o); });
}

const CommandRegistrar kRegistrar(20, &SetupExplain);

}  // namespace
}  // namespace khaldun::cli
