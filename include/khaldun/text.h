// The text stage: from a Document's raw body to normalised text, sentences
// and tokens (an AnalyzedDocument).
//
//   AnalyzeText = NormalizeText -> FindDateline -> Tokenize -> SplitSentences
//
// Each piece is public so that it can be tested and benchmarked alone; most
// callers only need AnalyzeText.
//
// Offsets. The pieces work on the normalised text. AnalyzeText converts every
// Token::bytes and Sentence::bytes to offsets into the ORIGINAL
// Document::text through AnalyzedDocument::normalized_to_original, so that
// evidence is always shown in the user's own bytes, curly quotes and all.
//
// Thread-safety: every function here is pure (no global mutable state; ICU's
// normaliser singleton is thread-safe), so any number of threads may analyse
// different documents at once.
//
// Failure: none of these functions fail. Text is assumed to be valid UTF-8
// (ingest guarantees it); a stray invalid byte is copied through unchanged and
// tokenised as a one-byte symbol rather than aborting.
#ifndef KHALDUN_TEXT_H_
#define KHALDUN_TEXT_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/document.h"

namespace khaldun {

struct TextOptions {
  // A "sentence" longer than this many tokens (a table, a list, a run-on
  // paragraph without punctuation) is cut into consecutive pieces of at most
  // this many tokens each; every piece has Sentence::cut set. 0 means no limit.
  // Default: 300.
  uint32_t max_sentence_tokens = 300;

  // Look for a dateline ("TEHRAN (Tasnim) -") at the start of the body, store
  // it in AnalyzedDocument::dateline and keep it out of the first sentence.
  // Default: true. Turn off for single-sentence records (TABARI), which never
  // carry one.
  bool detect_dateline = true;
};

// Normalises UTF-8 `original` into `*normalized` and fills `*to_original`
// (both are overwritten):
//   - Unicode NFC (only computed when the text is not already NFC);
//   - curly and angle single quotes -> ', curly/low/angle double quotes and
//     guillemets -> ";
//   - every dash (hyphen, non-breaking hyphen, figure, en, em, horizontal bar,
//     minus, small/fullwidth hyphen-minus) -> '-';
//   - no-break and other Unicode spaces -> ' '; U+2028 -> '\n'; U+2029 -> "\n\n";
//     "\r\n" and lone '\r' -> '\n'; other C0 controls except '\t' -> ' ';
//   - the horizontal ellipsis U+2026 -> "...";
//   - zero-width spaces/joiners, word joiner, soft hyphen, BOM and bidi marks
//     are dropped.
// `to_original` gets normalized->size() + 1 entries: entry i is the offset in
// `original` of the character that produced normalised byte i, and the last
// entry is original.size(). A span [b, e) of normalised bytes therefore maps
// to the original bytes [to_original[b], to_original[e]) (which may include a
// dropped invisible character at its end).
// All-ASCII text without control characters is copied with no ICU call.
void NormalizeText(std::string_view original, std::string* normalized,
                   std::vector<uint32_t>* to_original);

// Where a dateline was found in a text; offsets are into the searched text.
struct DatelineMatch {
  uint32_t begin = 0;       // first byte of the dateline ("TEHRAN")
  uint32_t end = 0;         // one past its last byte, before the separator
  uint32_t body_begin = 0;  // first byte of the body after the separator
};

// Recognises a dateline at the very start of `text` (after whitespace):
// one or more ALL-CAPS place words, optionally ", Country" / ", Jan. 3",
// optionally "(Agency)", then a dash separator (-, --, en or em dash, raw or
// normalised) or a colon right after the place:
//   "TEHRAN (Tasnim) - ..."            -> "TEHRAN (Tasnim)"
//   "WASHINGTON, Jan 3 (Reuters) - ..." -> "WASHINGTON, Jan 3 (Reuters)"
//   "KABUL, Afghanistan (AP) -- ..."   -> "KABUL, Afghanistan (AP)"
//   "BEIRUT, Lebanon - ..."            -> "BEIRUT, Lebanon"
//   "LONDON: ..."                      -> "LONDON"
// The body after the separator must open with a capital, digit or quote.
// Not a dateline: "US forces - mainly marines - ..." (the caps word is
// followed by a lower-case word), "Rouhani said - ..." (not ALL CAPS),
// "ADSL - the UK's ..." (lower-case body), "NOTE: ..." (a label).
std::optional<DatelineMatch> FindDateline(std::string_view text);

// Tokenises text[begin, end) and appends the tokens to `*tokens`; Token::text
// views `text` and Token::bytes are offsets into `text` (not yet mapped to the
// original). For each token it also appends to `*newlines_before` the number of
// '\n' in the whitespace before it (capped at 255), which SplitSentences uses.
// Rules (PTB-like, because the POS tagger was trained on the Penn Treebank):
//   "Syria's"  -> Syria|'s      "nations'" -> nations|'     "don't" -> do|n't
//   "they've"  -> they|'ve      "can't"    -> ca|n't        "cannot" -> can|not
//   "al-Shabaab", "seven-year-old", "F-16", "U.S.-led", "Lt.-Gen." stay whole
//   (kTokenHyphenated); "AT&T" and Reuters codes ("NLGT.T") too
//   "1,200" "3.5" "2020" are numbers; "10%" -> 10|% ; "$5" -> $|5
//   "U.S." "a.m." "W." (initial) "Lt." "Jan." "etc." keep their dot;
//   "No." keeps its dot only before a number ("No. 2")
//   "..." and "--" are single punctuation tokens; every other punctuation
//   character is its own token.
// Sets kTokenWord/Number/Punct/Capitalized/AllCaps/Possessive/Hyphenated/Quote;
// kTokenSentenceStart is set later by SplitSentences.
void Tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>* tokens,
              std::vector<uint8_t>* newlines_before);

// Groups `tokens` (as produced by Tokenize, with their newline counts) into
// sentences appended to `*sentences`. Sentence::first_token is an index into
// `tokens` plus `token_base`; Sentence::bytes spans the first to the last
// token's bytes, in the same coordinates as the tokens. Sets
// kTokenSentenceStart on each sentence's first token, Sentence::in_quotation
// and Sentence::cut. The rules, each with an example, are in
// src/text/sentence_splitter.cc.
void SplitSentences(std::span<Token> tokens, std::span<const uint8_t> newlines_before,
                    const TextOptions& options, std::vector<Sentence>* sentences,
                    uint32_t token_base = 0);

// The whole stage. The result refers to `doc` (AnalyzedDocument::document),
// which must outlive it; Token::text views the result's own `normalized`, so
// moving the result is fine but copying it leaves the copies' tokens viewing
// the source object's string. Never fails; an empty body gives no sentences.
// Document::title is not analysed (it is not a sentence). Mapped spans are
// trimmed so that they never end with a dropped invisible character or the
// '\r' of a "\r\n".
AnalyzedDocument AnalyzeText(const Document& doc, const TextOptions& options = {});

// Convenience for tests and debugging: the tokens' text joined with `sep`.
std::string JoinTokens(std::span<const Token> tokens, std::string_view sep = "|");

}  // namespace khaldun

#endif  // KHALDUN_TEXT_H_
