// libFuzzer target for the Penn tree reader (untrusted input from XML
// records): any bytes must give a tree or an error, and the tree's arrays
// must agree. Build with clang -fsanitize=fuzzer,address; not part of the
// default build (CMake leaves *_fuzz.cc out of the libraries).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "khaldun/syntax_clause.h"
#include "khaldun/syntax_tree.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto trees = khaldun::ReadPennTrees(text);
  if (!trees.ok()) return 0;
  for (const auto& tree : *trees) {
    if (tree.words.size() != tree.pos.size() || tree.words.size() != tree.chunk.size()) {
      __builtin_trap();
    }
    auto tokens = khaldun::TreeTokens(tree);
    (void)khaldun::AnalyzeClauses(tokens);
  }
  return 0;
}
