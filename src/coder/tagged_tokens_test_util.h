// Test helper for coder tests: tokens written as "word/TAG" pairs, for
// rules that read only words and part-of-speech tags.
#ifndef KHALDUN_SRC_CODER_TAGGED_TOKENS_TEST_UTIL_H_
#define KHALDUN_SRC_CODER_TAGGED_TOKENS_TEST_UTIL_H_

#include <deque>
#include <span>
#include <string>
#include <vector>

#include "khaldun/document.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

// Tokens from "word/TAG" pairs separated by spaces ("Senate/NNP blocks/VBZ
// bill/NN"); the words live as long as the object (Token::text views them).
// Every TAG must be a Penn tag PosTagId knows.
struct Tagged {
  explicit Tagged(const std::string& text) {
    size_t at = 0;
    while (at < text.size()) {
      size_t end = text.find(' ', at);
      if (end == std::string::npos) end = text.size();
      const std::string pair = text.substr(at, end - at);
      const size_t slash = pair.rfind('/');
      words.push_back(pair.substr(0, slash));
      Token t;
      t.text = words.back();
      t.pos = *PosTagId(pair.substr(slash + 1));
      tokens.push_back(t);
      at = end + 1;
    }
  }
  Tagged(const Tagged&) = delete;
  Tagged& operator=(const Tagged&) = delete;
  operator std::span<const Token>() const { return tokens; }
  std::deque<std::string> words;
  std::vector<Token> tokens;
};

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_TAGGED_TOKENS_TEST_UTIL_H_
