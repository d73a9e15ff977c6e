// The khaldun CLI is a thin front over the library: each subcommand lives in
// its own tools/cmd_<name>.cc and registers itself here, so adding a command
// never touches main.cc.
//
// A subcommand's callback reports failure by throwing CLI::RuntimeError(code);
// exit codes: 0 success, 1 the work failed (bad input, failed tests),
// 2 usage error (CLI11's own), 3 an internal error.
#ifndef KHALDUN_TOOLS_COMMAND_H_
#define KHALDUN_TOOLS_COMMAND_H_

#include <CLI/CLI.hpp>

namespace khaldun::cli {

using CommandSetup = void (*)(CLI::App& app);

// Registers a subcommand; `order` fixes where it appears in --help.
struct CommandRegistrar {
  CommandRegistrar(int order, CommandSetup setup);
};

// Used by main.cc.
void SetupAllCommands(CLI::App& app);

}  // namespace khaldun::cli

#endif  // KHALDUN_TOOLS_COMMAND_H_
