// Helpers for the dictionary tests: dictionaries written inline, and a tiny
// whitespace tokenizer so that tests do not depend on the text stage.
#ifndef KHALDUN_DICT_DICT_TEST_UTIL_H_
#define KHALDUN_DICT_DICT_TEST_UTIL_H_

#include <memory>
#include <string>
#include <vector>

#include "khaldun/dictionary.h"

namespace khaldun::testing {

// Tokens viewing `text` (which must outlive them), split on blanks.
inline std::vector<Token> SplitTokens(const std::string& text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j > i) {
      Token t;
      t.text = std::string_view(text).substr(i, j - i);
      t.bytes = {static_cast<uint32_t>(i), static_cast<uint32_t>(j)};
      tokens.push_back(t);
    }
    i = j;
  }
  return tokens;
}

// "kind:first-last=NAME" for every candidate, e.g. "actor:0-2=UNITED STATES".
inline std::string RenderMatches(const Dictionary& dict, const std::string& sentence) {
  auto tokens = SplitTokens(sentence);
  MatchScratch scratch;
  std::vector<PhraseMatch> out;
  dict.FindCandidates(tokens, scratch, &out);
  std::string s;
  for (const auto& m : out) {
    if (!s.empty()) s += " ";
    s += std::string(PhraseKindName(m.kind)) + ":" + std::to_string(m.span.begin) + "-" + std::to_string(m.span.end) + "=";
    switch (m.kind) {
      case PhraseMatch::Kind::kActor: s += dict.actor(m.id).name; break;
      case PhraseMatch::Kind::kAgent: s += dict.agent(m.id).code; break;
      case PhraseMatch::Kind::kVerb:
      case PhraseMatch::Kind::kNominal: s += dict.verb_form(m.id).lemma; break;
      case PhraseMatch::Kind::kDiscard: s += dict.discard(m.id).phrase; break;
      case PhraseMatch::Kind::kIssue: s += dict.issue(m.id).code; break;
      default: s += dict.word_class(m.kind)[m.id].phrase; break;
    }
  }
  return s;
}

inline std::string RenderDiagnostics(const std::vector<Diagnostic>& diags) {
  std::string s;
  for (const auto& d : diags) s += d.ToString() + "\n";
  return s;
}

inline std::shared_ptr<const Dictionary> OneSource(DictKind kind, DictFormat format, const std::string& text,
                                                   std::vector<Diagnostic>* diags, std::string name = "test") {
  return Dictionary::FromSources({{name, kind, format, text}}, diags);
}

}  // namespace khaldun::testing

#endif  // KHALDUN_DICT_DICT_TEST_UTIL_H_
