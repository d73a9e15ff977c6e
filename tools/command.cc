#include "command.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace khaldun::cli {
namespace {

std::vector<std::pair<int, CommandSetup>>& Registry() {
  // Function-local so that registration from other translation units does not
  // depend on static initialisation order.
  static std::vector<std::pair<int, CommandSetup>> registry;
  return registry;
}

}  // namespace

CommandRegistrar::CommandRegistrar(int order, CommandSetup setup) {
  Registry().emplace_back(order, setup);
}

void SetupAllCommands(CLI::App& app) {
  auto& registry = Registry();
  std::stable_sort(registry.begin(), registry.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [order, setup] : registry) setup(app);
}

}  // namespace khaldun::cli
