#include "common.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>

#include <fmt/format.h>

namespace khaldun::cli {

void AddResourceOptions(CLI::App* cmd, ResourcePaths* paths) {
  cmd->add_option("--data-dir", paths->data_dir,
                  "Directory holding dictionaries/, data/ and models/ (default: $KHALDUN_HOME or "
                  "the source tree)");
  cmd->add_option("--dict", paths->dictionaries,
                  "Dictionary file or directory; repeat for several (default: DATA_DIR/dictionaries)");
  cmd->add_option("--dict-cache", paths->dictionary_cache,
                  "Compiled-dictionary cache file, written when stale and read when fresh");
  cmd->add_option("--syntax-model", paths->syntax_model, "POS/chunk model (default: DATA_DIR/models/syntax.bin)");
  cmd->add_flag("!--no-syntax", paths->use_syntax, "Do not load the POS tagger");
  cmd->add_option("--max-dict-line-bytes", paths->max_dict_line_bytes,
                  "Skip dictionary lines longer than this, with an error (default 64 KiB)");
}

[[noreturn]] void Fail(const std::string& command, const std::string& message, int code) {
  std::fprintf(stderr, "khaldun %s: %s\n", command.c_str(), message.c_str());
  throw CLI::RuntimeError(code);
}

[[noreturn]] void Fail(const Status& status) {
  std::fprintf(stderr, "khaldun: %s\n", status.ToString().c_str());
  throw CLI::RuntimeError(1);
}

void WriteModelFileOrExit(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) Fail(Status::IoError("cannot write model", ErrorContext{path, 0, {}}));
}

bool StderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

Resources LoadResourcesOrExit(const ResourcePaths& paths, bool quiet) {
  auto start = std::chrono::steady_clock::now();
  std::vector<Diagnostic> diagnostics;
  auto resources = LoadResources(paths, &diagnostics);
  if (!resources.ok()) Fail("load", resources.status().ToString());
  size_t errors = 0;
  for (const Diagnostic& d : diagnostics) errors += d.severity == Diagnostic::Severity::kError;
  if (!quiet) {
    const Dictionary& dict = *resources->dictionary;
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr,
                 "khaldun: loaded %zu actors, %zu agents, %zu verb blocks, %zu places, %zu CAMEO "
                 "codes%s in %.2f s (%zu dictionary diagnostics, %zu errors; see `khaldun dict check`)\n",
                 dict.actors().size(), dict.agents().size(), dict.verb_blocks().size(),
                 resources->gazetteer->size(), resources->codebook->size(),
                 resources->syntax ? ", syntax model" : "", seconds, diagnostics.size(), errors);
  }
  return std::move(resources).value();
}

}  // namespace khaldun::cli
