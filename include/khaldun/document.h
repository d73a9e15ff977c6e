// The data that flows through khaldun's pipeline, from an input record to the
// tokens of its sentences.
//
//   ingest  -> Document            (one news story or one record)
//   text    -> AnalyzedDocument    (normalised text, sentences, tokens)
//   syntax  -> Token::pos/chunk    (filled in place)
//
// Every Token and Sentence keeps byte offsets into Document::text, the text as
// it was read, so that evidence can always be shown in the user's own bytes.
#ifndef KHALDUN_DOCUMENT_H_
#define KHALDUN_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace khaldun {

// A calendar date. Year 0 means "unknown".
struct Date {
  int16_t year = 0;
  uint8_t month = 0;
  uint8_t day = 0;

  bool known() const { return year != 0; }
  // YYYYMMDD as an integer, 0 when unknown; convenient for range comparisons.
  int32_t AsInt() const { return year * 10000 + month * 100 + day; }
  std::string ToString() const;  // "2020-01-14", or "" when unknown

  // Parses "YYYY-MM-DD", "YYYYMMDD", "YYYY/MM/DD" and an ISO-8601 timestamp
  // whose first ten characters are a date. Rejects impossible dates (2020-02-30).
  static std::optional<Date> Parse(std::string_view text);
  // TABARI's "YYMMDD": years 00-29 are 20xx, 30-99 are 19xx.
  static std::optional<Date> ParseYymmdd(std::string_view text);
  // The number of days since 1970-01-01 (may be negative); for week bucketing.
  int64_t DaysSinceEpoch() const;

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date& a, const Date& b) { return a.AsInt() <=> b.AsInt(); }
};

// One input record: a news story, or a single sentence from a TABARI file.
struct Document {
  std::string id;
  Date date;
  std::string source;  // news source, e.g. "Tasnim News Agency"
  std::string url;
  std::string title;
  std::string text;    // the body as read (UTF-8 once accepted by ingest)
  // Fields of the input record that khaldun has no slot for, kept verbatim as
  // (name, JSON value) pairs so that they survive to the output.
  std::vector<std::pair<std::string, std::string>> extra;
  // Where the record came from, for error messages: file and 1-based line.
  std::string origin_file;
  uint64_t origin_line = 0;
};

// A half-open range [begin, end) of bytes in Document::text.
struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

// A half-open range [begin, end) of token indices within one sentence.
struct TokenSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const TokenSpan&, const TokenSpan&) = default;
};

// Token properties found by the tokenizer, as bit flags.
enum TokenFlag : uint16_t {
  kTokenWord = 1 << 0,         // letters (possibly with inner hyphens, apostrophes, dots)
  kTokenNumber = 1 << 1,       // digits, possibly with , . separators
  kTokenPunct = 1 << 2,        // punctuation or symbol
  kTokenCapitalized = 1 << 3,  // first letter upper case ("Tehran")
  kTokenAllCaps = 1 << 4,      // every letter upper case, at least 2 ("US", "NATO")
  kTokenPossessive = 1 << 5,   // the clitic "'s" or a bare "'" after a plural ("Syria|'s")
  kTokenHyphenated = 1 << 6,   // a compound with an inner hyphen ("al-Shabaab")
  kTokenQuote = 1 << 7,        // a quotation mark
  kTokenSentenceStart = 1 << 8,
};

// One token. `text` views the normalised text (AnalyzedDocument::normalized),
// so it is only valid while that AnalyzedDocument lives.
struct Token {
  std::string_view text;  // normalised surface form: "Syria", "'s", "U.S."
  ByteSpan bytes;         // where it is in Document::text
  uint16_t flags = 0;
  uint8_t pos = 0;        // POS tag id (syntax/tagset), 0 = not tagged
  uint8_t chunk = 0;      // chunk tag id (syntax/tagset), 0 = not chunked

  bool Has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  uint32_t index = 0;      // 0-based position in the document (the title, if any, is not a sentence)
  ByteSpan bytes;          // in Document::text
  uint32_t first_token = 0;  // index into AnalyzedDocument::tokens
  uint32_t token_count = 0;
  bool in_quotation = false;  // the whole sentence lies inside quotation marks
  bool cut = false;  // a piece of an over-long sentence (TextOptions::max_sentence_tokens)
};

// A document after the text stage. Tokens of all sentences are stored in one
// vector; a sentence refers to its tokens by range, so a document costs a few
// allocations, not one per token.
struct AnalyzedDocument {
  const Document* document = nullptr;  // not owned; must outlive this object
  std::string normalized;              // NFC text with quotes, dashes and spaces normalised
  std::vector<uint32_t> normalized_to_original;  // byte i of normalized -> byte in document->text
  std::optional<std::string> dateline;  // "TEHRAN (Tasnim)", when the body opened with one
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;

  const Token* SentenceTokens(const Sentence& s) const { return tokens.data() + s.first_token; }
  // The sentence's text as the user wrote it.
  std::string_view OriginalText(const Sentence& s) const;
  std::string_view OriginalText(ByteSpan span) const;
};

}  // namespace khaldun

#endif  // KHALDUN_DOCUMENT_H_
