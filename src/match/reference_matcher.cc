#include "match/reference_matcher.h"

#include "dict/text_util.h"

#include <cstdint>

namespace khaldun {
namespace {

// The one case mapping the whole dictionary uses (ASCII, ICU for non-ASCII).
std::string Upper(std::string_view s) { return internal::ToUpper(s); }

}  // namespace

ReferenceMatcher::ReferenceMatcher(const Dictionary& dict) : dict_(dict) {
  const auto& phrases = dict.phrases();
  for (uint32_t i = 0; i < phrases.size(); ++i) {
    const PhraseWord& first = phrases[i].words.front();
    if (first.prefix) {
      first_word_is_stem_.push_back(i);
    } else {
      by_first_word_[first.text].push_back(i);
    }
  }
}

bool ReferenceMatcher::MatchesAt(const CompiledPhrase& phrase, const std::vector<std::string>& upper,
                                 size_t start) const {
  if (start + phrase.words.size() > upper.size()) return false;
  for (size_t k = 0; k < phrase.words.size(); ++k) {
    const PhraseWord& w = phrase.words[k];
    const std::string& token = upper[start + k];
    bool ok = w.prefix ? token.starts_with(w.text) : token == w.text;
    if (!ok) return false;
  }
  return true;
}

std::vector<PhraseMatch> ReferenceMatcher::Find(std::span<const Token> tokens) const {
  std::vector<std::string> upper;
  for (const Token& t : tokens) upper.push_back(Upper(t.text));
  const auto& phrases = dict_.phrases();
  std::vector<PhraseMatch> out;
  for (size_t start = 0; start < tokens.size(); ++start) {
    std::vector<PhraseMatch> best(PhraseMatch::kKindCount);
    std::vector<uint32_t> best_index(PhraseMatch::kKindCount, UINT32_MAX);
    std::vector<uint32_t> best_specificity(PhraseMatch::kKindCount, 0);
    std::vector<bool> found(PhraseMatch::kKindCount, false);
    // Longest per kind; among equally long, the most specific, then the earliest.
    auto consider = [&](uint32_t i) {
      const CompiledPhrase& p = phrases[i];
      if (!MatchesAt(p, upper, start)) return;
      int k = static_cast<int>(p.kind);
      uint32_t end = static_cast<uint32_t>(start + p.words.size());
      uint32_t specificity = PhraseSpecificity(p);
      bool better = !found[k] || end > best[k].span.end;
      if (found[k] && end == best[k].span.end) {
        better = specificity > best_specificity[k] ||
                 (specificity == best_specificity[k] && i < best_index[k]);
      }
      if (better) {
        best[k] = {TokenSpan{static_cast<uint32_t>(start), end}, p.kind, p.id};
        best_index[k] = i;
        best_specificity[k] = specificity;
        found[k] = true;
      }
    };
    for (uint32_t i : first_word_is_stem_) consider(i);
    if (auto it = by_first_word_.find(upper[start]); it != by_first_word_.end())
      for (uint32_t i : it->second) consider(i);
    for (int k = 0; k < PhraseMatch::kKindCount; ++k)
      if (found[k]) out.push_back(best[k]);
  }
  return out;
}

}  // namespace khaldun
