// Test helper for coder tests: a text run through the text pipeline
// (normalise, split, tokenize, tag), for rules that read real tokens.
#ifndef KHALDUN_SRC_CODER_ANALYZED_TEXT_TEST_UTIL_H_
#define KHALDUN_SRC_CODER_ANALYZED_TEXT_TEST_UTIL_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "khaldun/text.h"

namespace khaldun::internal {

// The tokens of `text` and the index of the first token that is `word`
// (the token count when there is none).
struct Read {
  explicit Read(std::string text) {
    doc.text = std::move(text);
    analyzed = AnalyzeText(doc);
  }
  uint32_t At(std::string_view word) const {
    for (uint32_t k = 0; k < analyzed.tokens.size(); ++k)
      if (analyzed.tokens[k].text == word) return k;
    return static_cast<uint32_t>(analyzed.tokens.size());
  }
  std::span<const Token> tokens() const { return analyzed.tokens; }
  Document doc;
  AnalyzedDocument analyzed;
};

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_ANALYZED_TEXT_TEST_UTIL_H_
