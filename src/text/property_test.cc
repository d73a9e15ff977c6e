// Properties that must hold for any input, checked on random mixtures of
// fragments that exercise every normalisation and tokenisation rule.
#include <gtest/gtest.h>

#include <random>

#include "khaldun/text.h"

namespace khaldun {
namespace {

constexpr const char* kFragments[] = {
    "Rouhani",    " ",       "  ",       "\n",     "\n\n",       "\r\n",
    "\t",         ".",       "!",        "?",      "...",        "…",
    ",",          ";",       ":",        "\"",     "“",          "”",
    "'",          "‘",       "’",        "(",      ")",          "-",
    "–",          "—",       "−",        "\u00A0", "\u2009",     "\u200B",
    "\u00AD",     "\uFEFF",  "e\u0301",  "\u212B", "U.S.",       "Lt.",
    "Gen.",       "No.",     "2",        "1,200",  "3.5",        ".125",
    "al-Shabaab", "Syria's", "nations'", "don't",  "cannot",     "TEHRAN (Tasnim) - ",
    "ST.",        "NLGT.T",  "São",      "中文",   "\U0001F600", "http://x.org/a.",
    "$",          "%",       "\x01",     "\xFF",   "\xC3",       "etc.",
    "a.m.",       "W.",      "Jan.",     "--",
};

std::string RandomText(std::mt19937* rng, int pieces) {
  std::uniform_int_distribution<size_t> pick(0, std::size(kFragments) - 1);
  std::string s;
  for (int i = 0; i < pieces; ++i) s += kFragments[pick(*rng)];
  return s;
}

TEST(TextPropertyTest, SpansAreOrderedInBoundsAndNormaliseToTheTokenText) {
  std::mt19937 rng(20200114);
  TextOptions options;
  for (int round = 0; round < 3000; ++round) {
    options.max_sentence_tokens = round % 3 == 0 ? 0 : 7;  // 0: no limit
    Document doc;
    doc.text = RandomText(&rng, 1 + round % 60);
    const AnalyzedDocument a = AnalyzeText(doc, options);
    ASSERT_EQ(a.normalized.size() + 1, a.normalized_to_original.size());
    uint32_t previous_end = 0;
    uint32_t covered = 0;
    for (uint32_t si = 0; si < a.sentences.size(); ++si) {
      const Sentence& s = a.sentences[si];
      ASSERT_EQ(si, s.index);
      ASSERT_EQ(covered, s.first_token) << "sentences tile the tokens";
      ASSERT_GE(s.token_count, 1u);
      if (options.max_sentence_tokens != 0) {
        ASSERT_LE(s.token_count, 7u);
      }
      covered += s.token_count;
      ASSERT_TRUE(a.SentenceTokens(s)[0].Has(kTokenSentenceStart));
    }
    ASSERT_EQ(a.tokens.size(), covered);
    for (const Token& t : a.tokens) {
      ASSERT_FALSE(t.text.empty());
      ASSERT_LE(t.bytes.begin, t.bytes.end);
      ASSERT_LE(t.bytes.end, doc.text.size());
      ASSERT_GE(t.bytes.begin, previous_end) << doc.text;
      previous_end = t.bytes.end;
      ASSERT_GE(t.text.data(), a.normalized.data());
      ASSERT_LE(t.text.data() + t.text.size(), a.normalized.data() + a.normalized.size());
      if (doc.text.find_first_of("\x01\xFF\xC3") != std::string::npos) continue;
      std::string n;
      std::vector<uint32_t> map;
      NormalizeText(a.OriginalText(t.bytes), &n, &map);
      ASSERT_EQ(t.text, n) << "in: " << doc.text;
    }
  }
}

}  // namespace
}  // namespace khaldun
