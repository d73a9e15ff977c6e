// Tokenizer: one left-to-right pass over the normalised text, PTB conventions.
//
// A word is a run of letters/digits (any script) joined by inner connectors:
//   '-'  between word characters        "al-Shabaab", "seven-year-old", "F-16"
//   '\'' between a word character and a letter  "don't", "Syria's", "O'Brien"
//   '.'  between single letters         "U.S", "a.m"  (the final dot: below)
//   '.'  between digits                 "3.5"
//   ','  between a digit and 3 digits   "1,200", "155,221"
//   '&'  between capitals               "AT&T", "S&P"
// The run is then split or extended:
//   clitics split off PTB-style         "Syria's" -> Syria|'s, "don't" -> do|n't
//   a final dot joins abbreviations     "U.S.", "Lt.", "W.", "Jan.", "etc."
// Everything else that is not a space is punctuation, one character per
// token, except "..." and "--" which stay whole.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "khaldun/text.h"
#include "text/abbreviations.h"

namespace khaldun {
namespace {

using internal::AbbreviationKind;

bool IsSpace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// ASCII case-insensitive equality with an all-lower-case `lower`, no copies.
bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (Lower(s[i]) != lower[i]) return false;
  return true;
}

bool IsWordCodePoint(UChar32 c) {
  return c >= 0 && (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK)) != 0;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, uint32_t end, std::vector<Token>* tokens,
            std::vector<uint8_t>* newlines)
      : s_(text), end_(end), tokens_(tokens), newlines_(newlines) {}

  void Run(uint32_t pos);

 private:
  // Length in bytes of the word character at i, 0 if there is none.
  uint32_t WordCharAt(uint32_t i) const {
    if (i >= end_) return 0;
    const unsigned char b = s_[i];
    if (b < 0x80) return IsAsciiLetter(b) || IsDigit(b) ? 1 : 0;
    int32_t j = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(s_.data(), j, static_cast<int32_t>(end_), c);
    return IsWordCodePoint(c) ? static_cast<uint32_t>(j) - i : 0;
  }
  bool LetterAt(uint32_t i) const { return WordCharAt(i) > 0 && !IsDigit(s_[i]); }

  uint32_t ScanWord(uint32_t start) const;
  bool IsRicSuffix(uint32_t start, uint32_t dot) const;
  void EmitWord(uint32_t start, uint32_t end);
  uint32_t ScanPunct(uint32_t start);
  void Emit(uint32_t begin, uint32_t end, uint16_t flags);
  uint16_t WordFlags(uint32_t begin, uint32_t end) const;

  std::string_view s_;
  uint32_t end_;
  std::vector<Token>* tokens_;
  std::vector<uint8_t>* newlines_;
  uint32_t pending_newlines_ = 0;
  bool single_quote_open_ = false;  // tells "'yes'" (quote) from "nations'" (possessive)
};

void Tokenizer::Run(uint32_t pos) {
  while (pos < end_) {
    const char c = s_[pos];
    if (IsSpace(c)) {
      // An unclosed 'quote does not outlive its paragraph, or every later
      // plural possessive ("nations' interests") would be read as closing it.
      if (c == '\n' && ++pending_newlines_ >= 2) single_quote_open_ = false;
      ++pos;
      continue;
    }
    const uint32_t w = WordCharAt(pos);
    // ".125 dlrs per share": a number with a leading dot, after a space.
    if (c == '.' && pos + 1 < end_ && IsDigit(s_[pos + 1]) &&
        (tokens_->empty() || tokens_->back().bytes.end != pos)) {
      const uint32_t e = ScanWord(pos + 1);
      Emit(pos, e, WordFlags(pos, e));
      pos = e;
      continue;
    }
    if (w == 0) {
      pos = ScanPunct(pos);
      continue;
    }
    // A URL is one token: "https://www.tasnimnews.com/en/news/2020/01/14".
    if ((c == 'h' && (s_.substr(pos, 7) == "http://" || s_.substr(pos, 8) == "https://"))) {
      uint32_t e = pos;
      while (e < end_ && !IsSpace(s_[e]) && s_[e] != '"') ++e;
      while (e > pos && std::string_view(".,;:)'!?").find(s_[e - 1]) != std::string_view::npos) --e;
      Emit(pos, e, kTokenWord);
      pos = e;
      continue;
    }
    const uint32_t e = ScanWord(pos);
    EmitWord(pos, e);
    pos = tokens_->back().bytes.end;
  }
}

// Reuters instrument codes: "NYT.A", "CKGH.HK", "TOSS.T" - an all-caps code,
// a dot and one to three capitals glued to it, then no word character.
// "Nippon Light Metal Co Ltd NLGT.T , which has ..." keeps "NLGT.T" whole.
bool Tokenizer::IsRicSuffix(uint32_t start, uint32_t dot) const {
  if (dot - start < 2) return false;
  for (uint32_t k = start; k < dot; ++k) {
    if (!((s_[k] >= 'A' && s_[k] <= 'Z') || IsDigit(s_[k]))) return false;
  }
  uint32_t k = dot + 1;
  while (k < end_ && k - dot <= 3 && s_[k] >= 'A' && s_[k] <= 'Z') ++k;
  return k > dot + 1 && k - dot <= 3 && WordCharAt(k) == 0 && (k >= end_ || s_[k] != '.');
}

uint32_t Tokenizer::ScanWord(uint32_t start) const {
  uint32_t i = start;
  uint32_t segment = 0;  // word characters since the last connector
  bool last_digit = false;
  while (i < end_) {
    const uint32_t w = WordCharAt(i);
    if (w > 0) {
      last_digit = IsDigit(s_[i]);
      i += w;
      ++segment;
      continue;
    }
    const char c = s_[i];
    bool join = false;
    if (c == '-') {
      join = WordCharAt(i + 1) > 0;
    } else if (c == '\'') {
      join = LetterAt(i + 1);
    } else if (c == '.') {
      join = (last_digit && i + 1 < end_ && IsDigit(s_[i + 1])) ||
             (segment == 1 && IsAsciiLetter(s_[i - 1]) && i + 1 < end_ &&
              IsAsciiLetter(s_[i + 1]) && WordCharAt(i + 2) == 0) ||
             IsRicSuffix(start, i);
    } else if (c == '&') {
      // "AT&T", "S&P 500": an ampersand between capitals.
      join = i > start && s_[i - 1] >= 'A' && s_[i - 1] <= 'Z' && i + 1 < end_ &&
             s_[i + 1] >= 'A' && s_[i + 1] <= 'Z';
    } else if (c == ',') {
      join = last_digit && i + 3 < end_ && IsDigit(s_[i + 1]) && IsDigit(s_[i + 2]) &&
             IsDigit(s_[i + 3]) && WordCharAt(i + 4) == 0;
    }
    if (!join) break;
    ++i;
    segment = 0;
  }
  return i;
}

void Tokenizer::EmitWord(uint32_t start, uint32_t end) {
  const std::string_view word = s_.substr(start, end - start);
  // A final dot joins an abbreviation: "Lt." "U.S." "W." "Jan." "etc.", and
  // "No." only before a number ("No. 2", but "He said no.").
  if (end < end_ && s_[end] == '.' && !(end + 1 < end_ && s_[end + 1] == '.')) {
    const AbbreviationKind kind = internal::ClassifyAbbreviation(word);
    bool join = kind != AbbreviationKind::kNone;
    if (kind == AbbreviationKind::kNumber) {
      uint32_t j = end + 1;
      while (j < end_ && s_[j] == ' ') ++j;
      join = j > end + 1 && j < end_ && IsDigit(s_[j]);
    }
    if (join) {
      // "U.S.-led", "U.N.-backed": the compound goes on after the dot.
      uint32_t e = end + 1;
      if (e + 1 < end_ && s_[e] == '-' && WordCharAt(e + 1) > 0) {
        const uint32_t part = e + 1;
        e = ScanWord(part);
        // "Lt.-Gen. Smith": the last part is an abbreviation too.
        if (e < end_ && s_[e] == '.' &&
            internal::ClassifyAbbreviation(s_.substr(part, e - part)) != AbbreviationKind::kNone) {
          ++e;
        }
      }
      Emit(start, e, WordFlags(start, e));
      return;
    }
  }
  // "cannot" -> can|not, as in the Penn Treebank.
  if (EqualsLower(word, "cannot")) {
    Emit(start, start + 3, WordFlags(start, start + 3));
    Emit(start + 3, end, WordFlags(start + 3, end));
    return;
  }
  const size_t apostrophe = word.rfind('\'');
  if (apostrophe != std::string_view::npos && apostrophe > 0) {
    const uint32_t a = start + static_cast<uint32_t>(apostrophe);
    const std::string_view clitic = word.substr(apostrophe);
    // "don't" -> do|n't, "can't" -> ca|n't, "won't" -> wo|n't.
    if (EqualsLower(clitic, "'t") && apostrophe >= 2 && Lower(word[apostrophe - 1]) == 'n') {
      Emit(start, a - 1, WordFlags(start, a - 1));
      Emit(a - 1, end, kTokenWord);
      return;
    }
    // "they've" -> they|'ve, "Syria's" -> Syria|'s (possessive), "he's" -> he|'s.
    static constexpr std::string_view kClitics[] = {"'s", "'re", "'ve", "'ll", "'d", "'m"};
    static constexpr std::string_view kPronouns[] = {
        "he", "she", "it", "that", "there", "what", "who", "where", "here", "let", "how"};
    auto matches = [](std::string_view s) {
      return [s](std::string_view w) { return EqualsLower(s, w); };
    };
    if (std::any_of(std::begin(kClitics), std::end(kClitics), matches(clitic))) {
      Emit(start, a, WordFlags(start, a));
      const bool possessive =
          EqualsLower(clitic, "'s") && std::none_of(std::begin(kPronouns), std::end(kPronouns),
                                                    matches(word.substr(0, apostrophe)));
      Emit(a, end, kTokenWord | (possessive ? kTokenPossessive : 0));
      return;
    }
  }
  Emit(start, end, WordFlags(start, end));
}

uint32_t Tokenizer::ScanPunct(uint32_t start) {
  const char c = s_[start];
  const bool after_word =
      !tokens_->empty() && tokens_->back().bytes.end == start && tokens_->back().Has(kTokenWord);
  if (c == '.' || c == '-') {  // "..." and "--" stay whole
    uint32_t e = start + 1;
    while (e < end_ && s_[e] == c) ++e;
    Emit(start, e, kTokenPunct);
    return e;
  }
  if (c == '\'') {
    // "U.S.'s": a possessive clitic the word scan could not take.
    if (after_word && start + 1 < end_ && Lower(s_[start + 1]) == 's' &&
        WordCharAt(start + 2) == 0) {
      Emit(start, start + 2, kTokenWord | kTokenPossessive);
      return start + 2;
    }
    // "the nations' interests": a bare possessive after a plural, unless a
    // single quotation is open ("he said 'yes'").
    const std::string_view prev = after_word ? tokens_->back().text : std::string_view();
    if (!single_quote_open_ && !prev.empty() && Lower(prev.back()) == 's' &&
        WordCharAt(start + 1) == 0) {
      Emit(start, start + 1, kTokenPunct | kTokenPossessive);
      return start + 1;
    }
    const bool opening = tokens_->empty() || tokens_->back().bytes.end != start;
    single_quote_open_ = opening;
    Emit(start, start + 1, kTokenPunct | kTokenQuote);
    return start + 1;
  }
  if (c == '"') {
    Emit(start, start + 1, kTokenPunct | kTokenQuote);
    return start + 1;
  }
  uint32_t e = start + 1;
  if (static_cast<unsigned char>(c) >= 0x80) {
    int32_t j = static_cast<int32_t>(start);
    UChar32 cp;
    U8_NEXT(s_.data(), j, static_cast<int32_t>(end_), cp);
    e = static_cast<uint32_t>(j);
  }
  Emit(start, e, kTokenPunct);
  return e;
}

uint16_t Tokenizer::WordFlags(uint32_t begin, uint32_t end) const {
  uint32_t upper = 0, lower = 0, letters = 0;
  bool first_upper = false, hyphen = false;
  uint32_t i = begin;
  while (i < end) {
    const unsigned char b = s_[i];
    UChar32 c = b;
    if (b < 0x80) {
      ++i;
    } else {
      int32_t j = static_cast<int32_t>(i);
      U8_NEXT(s_.data(), j, static_cast<int32_t>(end), c);
      i = static_cast<uint32_t>(j);
    }
    if (c == '-') hyphen = true;
    const bool is_upper = b < 0x80 ? (b >= 'A' && b <= 'Z') : c >= 0 && u_isUUppercase(c);
    const bool is_lower = b < 0x80 ? (b >= 'a' && b <= 'z') : c >= 0 && u_isULowercase(c);
    const bool is_letter = is_upper || is_lower || (b >= 0x80 && c >= 0 && u_isalpha(c));
    if (is_letter && letters == 0) first_upper = is_upper;
    letters += is_letter;
    upper += is_upper;
    lower += is_lower;
  }
  uint16_t flags = letters == 0 ? kTokenNumber : kTokenWord;
  if (first_upper) flags |= kTokenCapitalized;
  if (letters >= 2 && lower == 0 && upper >= 2) flags |= kTokenAllCaps;
  if (hyphen) flags |= kTokenHyphenated;
  return flags;
}

void Tokenizer::Emit(uint32_t begin, uint32_t end, uint16_t flags) {
  Token t;
  t.text = s_.substr(begin, end - begin);
  t.bytes = ByteSpan{begin, end};
  t.flags = flags;
  tokens_->push_back(t);
  newlines_->push_back(static_cast<uint8_t>(std::min<uint32_t>(pending_newlines_, 255)));
  pending_newlines_ = 0;
}

}  // namespace

void Tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>* tokens,
              std::vector<uint8_t>* newlines_before) {
  end = std::min<uint32_t>(end, static_cast<uint32_t>(text.size()));
  Tokenizer(text, end, tokens, newlines_before).Run(begin);
}

}  // namespace khaldun
