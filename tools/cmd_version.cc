// `khaldun version`: prints the program version.
#include <cstdio>

#include "command.h"

namespace khaldun::cli {
namespace {

void SetupVersion(CLI::App& app) {
  auto* cmd = app.add_subcommand("version", "Print khaldun's version and exit");
  cmd->callback([] { std::printf("khaldun %s\n", KHALDUN_VERSION); });
}

const CommandRegistrar kRegistrar(1000, &SetupVersion);

}  // namespace
}  // namespace khaldun::cli
