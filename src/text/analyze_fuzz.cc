// libFuzzer target: AnalyzeText on arbitrary bytes must not crash, and every
// span must lie inside the original text. Built with the other fuzz targets
// by fuzz/targets.cmake (`make test-fuzz`, which also runs it).
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
