// Helpers for the syntax tests: tokens from a whitespace-split string, so the
// tests do not depend on the text stage's tokenizer.
#ifndef KHALDUN_SYNTAX_TEST_UTIL_H_
#define KHALDUN_SYNTAX_TEST_UTIL_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/document.h"
#include "khaldun/syntax.h"

namespace khaldun::testing {

// A sentence whose tokens view its own copy of the text.
struct TestSentence {
  std::unique_ptr<std::string> text;
  std::vector<Token> tokens;
};

inline TestSentence SplitTokens(std::string_view text) {
  TestSentence s{std::make_unique<std::string>(text), {}};
  std::string_view all = *s.text;
  size_t i = 0;
  while (i < all.size()) {
    while (i < all.size() && all[i] == ' ') ++i;
    size_t j = i;
    while (j < all.size() && all[j] != ' ') ++j;
    if (j > i) {
      Token t;
      t.text = all.substr(i, j - i);
      t.bytes = {static_cast<uint32_t>(i), static_cast<uint32_t>(j)};
      s.tokens.push_back(t);
    }
    i = j;
  }
  return s;
}

// "The/DT US/NNP" for tagged tokens.
inline std::string RenderTags(const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += ' ';
    out += std::string(t.text) + "/" + std::string(PosTagName(t.pos));
  }
  return out;
}

// "[NP The US] [VP attacked] [NP Iran] ." for chunked tokens.
inline std::string RenderChunks(const std::vector<Token>& tokens) {
  std::string out;
  bool open = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    uint8_t c = tokens[i].chunk;
    bool starts = ChunkIsBegin(c) ||
                  (ChunkTypeOf(c) != ChunkType::kNone &&
                   (i == 0 || ChunkTypeOf(tokens[i - 1].chunk) != ChunkTypeOf(c)));
    if (open && (starts || ChunkTypeOf(c) == ChunkType::kNone)) {
      out += ']';
      open = false;
    }
    if (!out.empty()) out += ' ';
    if (starts) {
      out += '[' + std::string(ChunkTypeName(ChunkTypeOf(c))) + ' ';
      open = true;
    }
    out += tokens[i].text;
  }
  if (open) out += ']';
  return out;
}

}  // namespace khaldun::testing

#endif  // KHALDUN_SYNTAX_TEST_UTIL_H_
