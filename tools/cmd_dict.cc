// `khaldun dict check FILES...|DIR`: reads dictionaries the way the coder
// does and reports every defect with file:line, then a summary. Exit status
// 1 when any error was found (errors drop entries; warnings do not).
//
// `khaldun dict compile FILES...|DIR -o CACHE`: writes the compiled cache.
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "command.h"
#include "khaldun/dictionary.h"

namespace khaldun::cli {
namespace {

struct DictArgs {
  std::vector<std::string> inputs;
  std::string codes = std::string(KHALDUN_SOURCE_DIR) + "/data/cameo/cameo_codes.tsv";
  std::string output;
  bool quiet = false;
  size_t max_line_bytes = LoadOptions{}.max_line_bytes;
};

DictionaryFiles FilesOrExit(const std::vector<std::string>& inputs) {
  DictionaryFiles files;
  for (const auto& in : inputs) {
    auto sub = std::filesystem::is_directory(in) ? DictionaryFiles::FromDirectory(in)
                                                  : DictionaryFiles::FromPaths({in});
    if (!sub.ok()) {
      std::fprintf(stderr, "khaldun dict: %s\n", sub.status().ToString().c_str());
      throw CLI::RuntimeError(2);
    }
    for (auto& f : sub->files) files.files.push_back(std::move(f));
  }
  if (files.files.empty()) {
    std::fprintf(stderr, "khaldun dict: no dictionary files found\n");
    throw CLI::RuntimeError(2);
  }
  return files;
}

LoadOptions OptionsFor(const DictArgs& args) {
  LoadOptions options;
  options.max_line_bytes = args.max_line_bytes;
  if (!args.codes.empty() && std::filesystem::exists(args.codes)) {
    auto codes = ReadEventCodeList(args.codes);
    if (codes.ok()) options.event_codes = std::move(*codes);
  }
  return options;
}

void RunCheck(const DictArgs& args) {
  DictionaryFiles files = FilesOrExit(args.inputs);
  std::vector<Diagnostic> diags;
  auto dict = Dictionary::Load(files, &diags, OptionsFor(args));
  if (!dict.ok()) {
    std::fprintf(stderr, "khaldun dict check: %s\n", dict.status().ToString().c_str());
    throw CLI::RuntimeError(1);
  }
  std::map<std::string, std::pair<int, int>> by_check;  // errors, warnings
  int errors = 0, warnings = 0;
  for (const auto& d : diags) {
    bool error = d.severity == Diagnostic::Severity::kError;
    (error ? errors : warnings)++;
    (error ? by_check[d.check].first : by_check[d.check].second)++;
    if (!args.quiet || error) std::printf("%s\n", d.ToString().c_str());
  }
  const Dictionary& d = **dict;
  std::printf("\n%zu files: %zu actors, %zu agents, %zu verb blocks (%zu forms, ", files.files.size(),
              d.actors().size(), d.agents().size(), d.verb_blocks().size(), d.verb_forms().size());
  size_t patterns = 0;
  for (const auto& b : d.verb_blocks()) patterns += b.patterns.size();
  std::printf("%zu patterns), %zu synsets, %zu discards, %zu issues, %zu phrases\n", patterns, d.synsets().size(),
              d.discards().size(), d.issues().size(), d.phrases().size());
  for (const auto& [check, counts] : by_check)
    std::printf("  %-22s %6d errors %6d warnings\n", check.c_str(), counts.first, counts.second);
  std::printf("%d errors, %d warnings\n", errors, warnings);
  if (errors > 0) throw CLI::RuntimeError(1);
}

void RunCompile(const DictArgs& args) {
  DictionaryFiles files = FilesOrExit(args.inputs);
  LoadOptions options = OptionsFor(args);
  options.cache_path = args.output;
  std::vector<Diagnostic> diags;
  auto dict = Dictionary::Load(files, &diags, options);
  if (!dict.ok()) {
    std::fprintf(stderr, "khaldun dict compile: %s\n", dict.status().ToString().c_str());
    throw CLI::RuntimeError(1);
  }
  std::fprintf(stderr, "khaldun dict compile: %zu phrases -> %s (%zu diagnostics; see `dict check`)\n",
               (*dict)->phrases().size(), args.output.c_str(), diags.size());
}

void SetupDict(CLI::App& app) {
  auto* dict = app.add_subcommand("dict", "Check or compile event-coding dictionaries (PETRARCH-2 and TABARI)");
  dict->require_subcommand(1);
  auto args = std::make_shared<DictArgs>();
  auto* check = dict->add_subcommand("check", "Report dictionary defects with file:line, then a summary");
  check->add_option("inputs", args->inputs, "dictionary files or directories (kind from the file name)")->required();
  check->add_option("--codes", args->codes, "valid event codes: a TSV whose first column is the code");
  check->add_option("--max-dict-line-bytes", args->max_line_bytes,
                    "Skip lines longer than this, with an error (default 64 KiB)");
  check->add_flag("-q,--quiet", args->quiet, "print errors only, not warnings");
  check->callback([args] { RunCheck(*args); });
  auto* compile = dict->add_subcommand("compile", "Write the compiled-dictionary cache");
  compile->add_option("inputs", args->inputs, "dictionary files or directories")->required();
  compile->add_option("-o,--output", args->output, "cache file to write")->required();
  compile->add_option("--codes", args->codes, "valid event codes: a TSV whose first column is the code");
  compile->callback([args] { RunCompile(*args); });
}

const CommandRegistrar kRegistrar(300, &SetupDict);

}  // namespace
}  // namespace khaldun::cli
