// khaldun: a fast, open political event coder.
#include <cstdio>
#include <exception>

#include <CLI/CLI.hpp>

#include "command.h"

int main(int argc, char** argv) {
  CLI::App app{"khaldun: codes news text into political events (CAMEO, PLOVER)", "khaldun"};
  app.require_subcommand(1);
  app.fallthrough();
  khaldun::cli::SetupAllCommands(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "khaldun: internal error: %s\n", e.what());
    return 3;
  }
  return 0;
}
