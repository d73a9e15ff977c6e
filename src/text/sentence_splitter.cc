// Sentence splitting over tokens. A boundary is decided after each token from
// that token, the next one and the newlines between them:
//
// 1. A paragraph break (a blank line) always ends a sentence, whatever precedes.
// 2. After ".", "!", "?" or "..." (and any closing quotes or brackets glued to
//    them: `."`, `.)`, `?'"`), the sentence ends unless the next token
//      - starts with a lower-case letter:  `"Where are we going?" he asked.`
//      - is a comma, semicolon, colon, closing bracket or dash: `"Go!", he said.`
//    but a single newline after the punctuation always ends it (a line ending
//    with a full stop is a paragraph end in wire copy):
//      `He said: "We will go." Then he left.` -> two sentences.
//      `"We will never forget," he said.`     -> one (no full stop inside).
// 3. After an abbreviation that kept its dot (see text/abbreviations.h):
//      titles, initials, "No." never end one:  "Lt. General Qassem Soleimani",
//        "George W. Bush", "Resolution No. 2231";
//      months do not before a number:          "WASHINGTON, Jan. 3 (Reuters)";
//      "etc." does before a capitalised word:  "guns, etc. The army said";
//      acronyms and suffixes do before a typical sentence opener or an opening
//        quote: "imposed by the U.S. The measures" ends, "the U.S. Army" does not.
// 4. A line break inside a line-wrapped sentence (TABARI records) is just a
//    space: "...alleviating the\ndrought since early January" is one sentence.
// 5. A "sentence" without a word or number joins the sentence before it.
// Sentences over TextOptions::max_sentence_tokens are cut into pieces.
#include <cstdint>

#include "khaldun/text.h"
#include "text/abbreviations.h"

namespace khaldun {
namespace {

using internal::AbbreviationKind;

bool IsTerminal(const Token& t) {
  if (!t.Has(kTokenPunct) || t.text.empty()) return false;
  return t.text == "." || t.text == "!" || t.text == "?" || t.text == "...";
}

bool IsCloser(const Token& t) {
  return t.text == "\"" || t.text == "'" || t.text == ")" || t.text == "]" || t.text == "}";
}

bool StartsLower(const Token& t) {
  return t.Has(kTokenWord) && !t.Has(kTokenCapitalized) && !t.text.empty() &&
         !(t.text[0] >= 'A' && t.text[0] <= 'Z') && !(t.text[0] >= '0' && t.text[0] <= '9') &&
         t.text[0] != '\'';
}

bool IsContinuationPunct(const Token& t) {
  return t.Has(kTokenPunct) && (t.text == "," || t.text == ";" || t.text == ":" || t.text == ")" ||
                                t.text == "]" || t.text[0] == '-');
}

// The abbreviation class of a word token that kept a final dot, else kNone.
AbbreviationKind DottedAbbreviation(const Token& t) {
  if (!t.Has(kTokenWord) || t.text.size() < 2 || t.text.back() != '.')
    return AbbreviationKind::kNone;
  return internal::ClassifyAbbreviation(t.text.substr(0, t.text.size() - 1));
}

class Splitter {
 public:
  Splitter(std::span<Token> tokens, std::span<const uint8_t> newlines, const TextOptions& options,
           std::vector<Sentence>* out, uint32_t base)
      : t_(tokens), nl_(newlines), options_(options), out_(out), base_(base) {}

  void Run() {
    const size_t n = t_.size();
    size_t start = 0;
    for (size_t i = 0; i < n; ++i) {
      size_t last = i;
      const bool split = EndsAfter(&last);
      if (split || last + 1 >= n) {
        Close(start, last + 1);
        start = last + 1;
      }
      i = last;
    }
  }

 private:
  bool Adjacent(size_t i) const { return t_[i].bytes.begin == t_[i - 1].bytes.end; }
  uint8_t Newlines(size_t i) const { return i < nl_.size() ? nl_[i] : 0; }

  // Decides whether a sentence ends after token *last; may move *last forward
  // over closing quotes and brackets that belong to the sentence.
  bool EndsAfter(size_t* last) const {
    size_t i = *last;
    const size_t n = t_.size();
    const AbbreviationKind abbreviation = DottedAbbreviation(t_[i]);
    // `said Lewis. "... That does not`: an ellipsis right after an opening
    // quote or bracket marks an omission, not the end of a sentence.
    const bool terminal = IsTerminal(t_[i]) && !(t_[i].text == "..." && i > 0 && Adjacent(i) &&
                                                 (t_[i - 1].text == "\"" || t_[i - 1].text == "("));
    if (terminal || abbreviation == AbbreviationKind::kOther ||
        abbreviation == AbbreviationKind::kEtc || abbreviation == AbbreviationKind::kMonth) {
      // `."` `?!` `.)`: glued terminals and closers stay with the sentence.
      while (i + 1 < n && Adjacent(i + 1) && (IsTerminal(t_[i + 1]) || IsCloser(t_[i + 1]))) ++i;
      *last = i;
    }
    if (i + 1 >= n) return true;
    const Token& next = t_[i + 1];
    const uint8_t newlines = Newlines(i + 1);
    if (newlines >= 2) return true;
    if (terminal) {
      if (newlines == 1) return true;
      return !StartsLower(next) && !IsContinuationPunct(next);
    }
    switch (abbreviation) {
      case AbbreviationKind::kMonth:
        if (next.Has(kTokenNumber)) return false;
        [[fallthrough]];
      case AbbreviationKind::kOther:
        return (next.Has(kTokenQuote) && !Adjacent(i + 1)) ||
               internal::IsSentenceStarter(next.text);
      case AbbreviationKind::kEtc:
        return next.Has(kTokenCapitalized) || (next.Has(kTokenQuote) && !Adjacent(i + 1));
      default:
        return false;
    }
  }

  // Whether the '"' at k opens a quotation, judged by the spaces around it.
  bool Opens(size_t k, bool inside) const {
    const bool glued_before =
        k > 0 && Adjacent(k) && t_[k - 1].text != "(" && t_[k - 1].text != "[";
    const bool glued_after = k + 1 < t_.size() && Adjacent(k + 1);
    if (glued_before && !glued_after) return false;
    if (!glued_before && glued_after) return true;
    return !inside;
  }

  void Close(size_t begin, size_t end) {
    if (begin >= end) return;
    // in_quotation: every word of the sentence lies between an opening and a
    // closing '"'; the state carries over sentences, so in
    //   "We will go. We will win," he said.
    // the first sentence is in quotation and the second is not.
    bool inside = quote_open_;
    bool all_inside = true;
    bool any_word = false;
    for (size_t k = begin; k < end; ++k) {
      if (t_[k].text == "\"") {
        inside = Opens(k, inside);
      } else if (t_[k].Has(kTokenWord) || t_[k].Has(kTokenNumber)) {
        any_word = true;
        all_inside = all_inside && inside;
      }
    }
    quote_open_ = inside;
    // A stray run of punctuation ("in the US. ." / "comedy\n\n. And") is no
    // sentence of its own: it joins the one before, if there is one.
    const size_t limit =
        options_.max_sentence_tokens == 0 ? SIZE_MAX : options_.max_sentence_tokens;
    if (!any_word && !out_->empty() && !out_->back().cut &&
        out_->back().first_token + out_->back().token_count == base_ + begin &&
        out_->back().token_count + (end - begin) <= limit) {
      Sentence& previous = out_->back();
      previous.token_count += static_cast<uint32_t>(end - begin);
      previous.bytes.end = t_[end - 1].bytes.end;
      return;
    }
    const bool cut = end - begin > limit;
    for (size_t piece = begin, piece_end; piece < end; piece = piece_end) {
      piece_end = end - piece > limit ? piece + limit : end;
      Sentence s;
      s.index = static_cast<uint32_t>(out_->size());
      s.first_token = base_ + static_cast<uint32_t>(piece);
      s.token_count = static_cast<uint32_t>(piece_end - piece);
      s.bytes = ByteSpan{t_[piece].bytes.begin, t_[piece_end - 1].bytes.end};
      s.in_quotation = any_word && all_inside;
      s.cut = cut;
      t_[piece].flags |= kTokenSentenceStart;
      out_->push_back(s);
    }
  }

  std::span<Token> t_;
  std::span<const uint8_t> nl_;
  const TextOptions& options_;
  std::vector<Sentence>* out_;
  uint32_t base_;
  bool quote_open_ = false;
};

}  // namespace

void SplitSentences(std::span<Token> tokens, std::span<const uint8_t> newlines_before,
                    const TextOptions& options, std::vector<Sentence>* sentences,
                    uint32_t token_base) {
  Splitter(tokens, newlines_before, options, sentences, token_base).Run();
}

}  // namespace khaldun
