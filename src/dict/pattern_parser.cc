#include "dict/pattern_parser.h"

#include "dict/text_util.h"

namespace khaldun::internal {
namespace {

using Type = PatternElement::Type;

// One piece of text that is not a bracket: a word or a special token.
bool AddPiece(std::string_view piece, bool tabari_stems, bool exact, std::vector<PatternElement>* out,
              std::string* error) {
  PatternElement e;
  if (piece == "*" || piece == "**") {
    e.type = Type::kVerb;
  } else if (piece == "$") {
    e.type = Type::kSource;
  } else if (piece == "+") {
    e.type = Type::kTarget;
  } else if (piece == "^") {
    e.type = Type::kSkip;
  } else if (piece == "%") {
    e.type = Type::kCompound;
  } else if (piece.size() > 1 && piece[0] == '&') {
    e.type = Type::kSynset;
    e.text = ToUpper(piece.substr(1));
  } else {
    std::string word = ToUpper(piece);
    std::string why = WhyWordNeverMatches(word);
    if (!why.empty()) {
      *error = why;
      return false;
    }
    // "DIDN'T" is two tokens in text: DID N'T, adjacent.
    std::vector<std::string> tokens = SplitClitics(word);
    for (size_t i = 0; i < tokens.size(); ++i) {
      PatternElement w;
      w.type = Type::kWord;
      w.text = std::move(tokens[i]);
      bool last = i + 1 == tokens.size();
      w.stem = last && tabari_stems && !exact;
      w.adjacent_to_next = !last;
      out->push_back(std::move(w));
    }
    return true;
  }
  out->push_back(std::move(e));
  return true;
}

// A run of non-blank text with words joined by '_'.
bool AddChunk(std::string_view chunk, bool tabari, std::vector<PatternElement>* out, std::string* error) {
  size_t start = 0;
  while (start <= chunk.size()) {
    size_t us = chunk.find('_', start);
    std::string_view piece = chunk.substr(start, us == std::string_view::npos ? std::string_view::npos : us - start);
    bool followed = us != std::string_view::npos;
    if (!piece.empty()) {
      const size_t before = out->size();
      if (!AddPiece(piece, tabari, followed, out, error)) return false;
      // A piece that splits into no tokens adds nothing (dict_fuzz found
      // out->back() on an empty vector here).
      if (out->size() > before) out->back().adjacent_to_next = followed && us + 1 < chunk.size();
    }
    if (!followed) break;
    start = us + 1;
  }
  return true;
}

bool CountVerbs(const std::vector<PatternElement>& elements, std::string* error) {
  int verbs = 0;
  for (const auto& e : elements) verbs += e.type == Type::kVerb;
  if (verbs == 0) {
    *error = "pattern has no '*' for the verb, so it can never match";
    return false;
  }
  if (verbs > 1) {
    *error = "pattern has more than one '*'";
    return false;
  }
  return true;
}

}  // namespace

bool ParsePetrarchPattern(std::string_view text, std::vector<PatternElement>* out, std::string* error) {
  out->clear();
  if (text.find('|') != std::string_view::npos) {
    *error = "PETRARCH-2 patterns cannot hold { A | B } disjunctions (use a synset)";
    return false;
  }
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == ' ' || c == '\t') {
      ++i;
      continue;
    }
    if (c == '{' || c == '}' || c == '(' || c == ')') {
      PatternElement e;
      e.type = c == '{' ? Type::kNounBegin : c == '}' ? Type::kNounEnd : c == '(' ? Type::kPrepBegin : Type::kPrepEnd;
      out->push_back(std::move(e));
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && std::string_view(" \t{}()").find(text[j]) == std::string_view::npos) ++j;
    if (!AddChunk(text.substr(i, j - i), false, out, error)) return false;
    i = j;
  }
  for (size_t k = 0; k + 1 < out->size(); ++k) {
    Type a = (*out)[k].type, b = (*out)[k + 1].type;
    if ((a == Type::kNounBegin && b == Type::kNounEnd) || (a == Type::kPrepBegin && b == Type::kPrepEnd)) {
      *error = "empty phrase brackets";
      return false;
    }
  }
  return CountVerbs(*out, error);
}

bool ParseTabariPattern(std::string_view text, std::vector<PatternElement>* out, std::string* error) {
  out->clear();
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == ' ' || c == '\t') {
      ++i;
      continue;
    }
    if (c == '{') {
      size_t close = text.find('}', i);
      if (close == std::string_view::npos) {
        *error = "unclosed '{'";
        return false;
      }
      PatternElement e;
      e.type = Type::kAlternatives;
      std::string_view inside = text.substr(i + 1, close - i - 1);
      size_t s = 0;
      while (true) {
        size_t bar = inside.find('|', s);
        std::string_view alt = Trim(inside.substr(s, bar == std::string_view::npos ? std::string_view::npos : bar - s));
        // As in any TABARI phrase, only a last word without '_' is a stem.
        bool exact = false;
        std::vector<std::string> written = SplitPhrase(alt, &exact);
        if (written.empty()) {
          *error = "empty alternative in { A | B }";
          return false;
        }
        std::vector<std::string> words;
        std::vector<PhraseWord> flagged;
        for (size_t k = 0; k < written.size(); ++k) {
          std::vector<std::string> pieces = SplitClitics(written[k]);
          for (size_t m = 0; m < pieces.size(); ++m) {
            bool last = k + 1 == written.size() && m + 1 == pieces.size();
            flagged.push_back({pieces[m], last && !exact});
            words.push_back(std::move(pieces[m]));
          }
        }
        e.alternatives_written.push_back(ToUpper(alt));
        e.alternatives.push_back(std::move(words));
        e.alternative_words.push_back(std::move(flagged));
        if (bar == std::string_view::npos) break;
        s = bar + 1;
      }
      i = close + 1;
      if (i < text.size() && text[i] == '_') {
        e.adjacent_to_next = true;
        ++i;
      }
      out->push_back(std::move(e));
      continue;
    }
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\t' && text[j] != '{') ++j;
    std::string_view chunk = text.substr(i, j - i);
    if (!AddChunk(chunk, true, out, error)) return false;
    // "DEMAND_{ A | B }": the word before the brace is adjacent to it.
    if (j < text.size() && text[j] == '{' && chunk.ends_with('_') && !out->empty()) out->back().adjacent_to_next = true;
    i = j;
  }
  return CountVerbs(*out, error);
}

bool SplitTrailingCode(std::string_view line, std::string_view* body, std::string_view* code) {
  size_t close = line.rfind(']');
  if (close == std::string_view::npos) return false;
  size_t open = line.rfind('[', close);
  if (open == std::string_view::npos) return false;
  *body = Trim(line.substr(0, open));
  *code = line.substr(open + 1, close - open - 1);
  return true;
}

}  // namespace khaldun::internal
