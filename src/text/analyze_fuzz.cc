// libFuzzer target: AnalyzeText on arbitrary bytes must not crash, and every
// span must lie inside the original text. Build (not part of the CMake build):
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -Iinclude -Isrc \
//     src/text/analyze_fuzz.cc $(ls src/text/*.cc | grep -v _test | grep -v _fuzz) \
//     src/core/document.cc src/core/status.cc -licuuc -licui18n -licudata -lfmt -o analyze_fuzz
#include <cstdint>
#include <cstdlib>

#include "khaldun/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  khaldun::Document doc;
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  khaldun::TextOptions options;
  options.max_sentence_tokens = 5;
  const khaldun::AnalyzedDocument a = khaldun::AnalyzeText(doc, options);
  for (const khaldun::Token& t : a.tokens) {
    if (t.bytes.begin > t.bytes.end || t.bytes.end > size || t.text.empty()) std::abort();
  }
  return 0;
}
