// libFuzzer target for the dictionary readers: any bytes, read as each kind
// in each format, must give diagnostics, never a crash or a hang. Built with
// the other fuzz targets by fuzz/targets.cmake (`make test-fuzz`, which also
// runs it).
#include <cstddef>
#include <cstdint>
#include <string>

#include "khaldun/dictionary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  using khaldun::DictFormat;
  using khaldun::DictKind;
  // The first byte picks kind and format so that the corpus can steer them.
  auto kind = static_cast<DictKind>(data[0] % 7);
  auto format = (data[0] & 0x80) ? DictFormat::kTabari : DictFormat::kPetrarch2;
  std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  std::vector<khaldun::Diagnostic> diags;
  auto dict = khaldun::Dictionary::FromSources({{"fuzz", kind, format, text}}, &diags);
  std::vector<khaldun::Token> tokens;
  for (const auto& p : dict->phrases()) {
    for (const auto& w : p.words) {
      khaldun::Token t;
      t.text = w.text;
      tokens.push_back(t);
    }
    if (tokens.size() > 64) break;
  }
  khaldun::MatchScratch scratch;
  std::vector<khaldun::PhraseMatch> out;
  dict->FindCandidates(tokens, scratch, &out);
  return 0;
}
