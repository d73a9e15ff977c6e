// A naive phrase matcher, written to be obviously correct rather than fast:
// it tries every dictionary phrase that could start at each token and keeps,
// per kind, the longest (ties: the earliest phrase). It defines what
// Dictionary::FindCandidates must return, and the differential test holds the
// fast trie to it on real text.
//
// Thread-safety: immutable after construction. It keeps a reference to the
// dictionary, which must outlive it.
#ifndef KHALDUN_MATCH_REFERENCE_MATCHER_H_
#define KHALDUN_MATCH_REFERENCE_MATCHER_H_

#include <map>
#include <span>
#include <string>
#include <vector>

#include "khaldun/dictionary.h"

namespace khaldun {

class ReferenceMatcher {
 public:
  explicit ReferenceMatcher(const Dictionary& dict);

  // Same contract as Dictionary::FindCandidates.
  std::vector<PhraseMatch> Find(std::span<const Token> tokens) const;

 private:
  bool MatchesAt(const CompiledPhrase& phrase, const std::vector<std::string>& upper, size_t start) const;

  const Dictionary& dict_;
  // Phrases by their first word, when that word must be whole; the bucket
  // only narrows the search, each candidate is still checked word by word.
  std::map<std::string, std::vector<uint32_t>> by_first_word_;
  std::vector<uint32_t> first_word_is_stem_;
};

}  // namespace khaldun

#endif  // KHALDUN_MATCH_REFERENCE_MATCHER_H_
