// AnalyzeText: the text stage end to end, and the mapping of every span from
// normalised offsets back to the original bytes.
#include <string>

#include "khaldun/text.h"

namespace khaldun {
namespace {

// Invisible characters NormalizeText drops have no normalised byte of their
// own, so a span's mapped end may run over them ("word\u200B "); and "\r\n"
// leaves the '\r' before a line's last token's mapped end. Both are trimmed.
uint32_t TrimInvisibleTail(std::string_view original, uint32_t begin, uint32_t end) {
  while (end > begin) {
    const std::string_view before = original.substr(begin, end - begin);
    auto ends = [&](std::string_view suffix) {
      return before.size() > suffix.size() &&
             before.substr(before.size() - suffix.size()) == suffix;
    };
    if (before.back() == '\r') {
      --end;
    } else if (ends("\xC2\xAD")) {  // soft hyphen
      end -= 2;
    } else if (ends("\xEF\xBB\xBF") || ends("\xE2\x80\x8B") || ends("\xE2\x80\x8C") ||
               ends("\xE2\x80\x8D") || ends("\xE2\x80\x8E") || ends("\xE2\x80\x8F") ||
               ends("\xE2\x81\xA0")) {  // BOM, zero-width space/joiners, bidi marks, word joiner
      end -= 3;
    } else {
      break;
    }
  }
  return end;
}

}  // namespace

AnalyzedDocument AnalyzeText(const Document& doc, const TextOptions& options) {
  AnalyzedDocument a;
  a.document = &doc;
  NormalizeText(doc.text, &a.normalized, &a.normalized_to_original);
  // Tokens view `normalized`; a short string would live inside the object
  // (SSO) and move with it, so force a heap buffer, which a move keeps.
  if (a.normalized.capacity() < 32) a.normalized.reserve(32);
  const uint32_t size = static_cast<uint32_t>(a.normalized.size());

  uint32_t body = 0;
  if (options.detect_dateline) {
    if (std::optional<DatelineMatch> m = FindDateline(a.normalized)) {
      a.dateline = a.normalized.substr(m->begin, m->end - m->begin);
      body = m->body_begin;
    }
  }

  // News English averages about 5.5 bytes per token; one reserve avoids
  // regrowth for nearly every document.
  const size_t expected_tokens = (size - body) / 5 + 16;
  a.tokens.reserve(expected_tokens);
  std::vector<uint8_t> newlines;
  newlines.reserve(expected_tokens);
  Tokenize(a.normalized, body, size, &a.tokens, &newlines);
  a.sentences.reserve(a.tokens.size() / 20 + 4);
  SplitSentences(a.tokens, newlines, options, &a.sentences);

  const std::vector<uint32_t>& map = a.normalized_to_original;
  const std::string_view original = doc.text;
  for (Token& t : a.tokens) {
    const uint32_t begin = map[t.bytes.begin];
    t.bytes = ByteSpan{begin, TrimInvisibleTail(original, begin, map[t.bytes.end])};
  }
  for (Sentence& s : a.sentences) {
    s.bytes = ByteSpan{a.tokens[s.first_token].bytes.begin,
                       a.tokens[s.first_token + s.token_count - 1].bytes.end};
  }
  return a;
}

std::string JoinTokens(std::span<const Token> tokens, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0) out.append(sep);
    out.append(tokens[i].text);
  }
  return out;
}

}  // namespace khaldun
