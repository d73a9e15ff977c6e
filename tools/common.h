// Options and helpers shared by the subcommands.
#ifndef KHALDUN_TOOLS_COMMON_H_
#define KHALDUN_TOOLS_COMMON_H_

#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "khaldun/pipeline.h"

namespace khaldun::cli {

// --data-dir, --dict (repeatable), --dict-cache, --syntax-model, --no-syntax.
void AddResourceOptions(CLI::App* cmd, ResourcePaths* paths);

// Loads resources, printing a one-line account to stderr; on failure prints
// the error and throws CLI::RuntimeError(1).
Resources LoadResourcesOrExit(const ResourcePaths& paths, bool quiet);

// Throws CLI::RuntimeError(code) after printing "khaldun <cmd>: <message>".
[[noreturn]] void Fail(const std::string& command, const std::string& message, int code = 1);

// Throws CLI::RuntimeError(1) after printing "khaldun: <status>".
[[noreturn]] void Fail(const Status& status);

// Writes a trained model's bytes to `path`, replacing any file there; on an I/O
// error prints it (naming the path) and throws CLI::RuntimeError(1).
void WriteModelFileOrExit(const std::string& path, std::string_view bytes);

bool StderrIsTerminal();

}  // namespace khaldun::cli

#endif  // KHALDUN_TOOLS_COMMON_H_
