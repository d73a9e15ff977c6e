// The CoNLL-U word line, read the same way by the tagger's and the parser's
// corpus readers.
#ifndef KHALDUN_SYNTAX_CONLLU_H_
#define KHALDUN_SYNTAX_CONLLU_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/status.h"

namespace khaldun::internal {

// One line of a sentence, split into its ten tab-separated columns (views into
// the line), with the XPOS tag id of column 5.
struct ConlluWord {
  std::vector<std::string_view> cols;
  uint8_t pos = 0;
  bool skip = false;  // a multiword-token or empty-node line: no syntactic word
};

// Reads a non-blank, non-comment line of `path`. A wrong column count or an
// unknown XPOS tag is kInvalidArgument at path:lineno.
Result<ConlluWord> ParseConlluWordLine(std::string_view line, const std::string& path,
                                       uint64_t lineno);

}  // namespace khaldun::internal

#endif  // KHALDUN_SYNTAX_CONLLU_H_
