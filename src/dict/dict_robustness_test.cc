// Property test standing in for the fuzzer in ordinary builds: random edits
// of real dictionary lines never crash a reader, and whatever loads can be
// matched against its own phrases.
#include <gtest/gtest.h>

#include <random>

#include "dict/dict_test_util.h"

namespace khaldun {
namespace {

constexpr const char* kSeed =
    "&CURRENCY\n+DOLLAR\n+CASH_\n--- GRANT [070] ---\nGIVE {GIVES GAVE}\n+CALL_OFF [160]\n"
    "- * &CURRENCY (TO {PEACE TALKS}) [071:072] # c\n- $ * { A | B } + ^ % [:173]\n"
    "~ a (a b ATTACK) SAY = a b 015\n<!-- x -->\nAFGHANISTAN_ [AFG]\n+KABUL_\n\t[AFGGOV 331108-730717]\n"
    "\t[AFGELI <20010101]\n!PERSON! = MAN, MEN\nCONGRESS!PERSON! [~LEG]\nATTORNEY {ATTORNEYS} [NGO~]\n"
    "<ISSUE CATEGORY=\"E\">\nn:teacher pre+v:k [T]\n~x\n</ISSUE>\n<SYNSETS>\n&A\n+B\n</SYNSETS>\n"
    "<TIME>\nLAST_WEEK [-7]\n</TIME>\n<NOUN>\nFORCES_\n</NOUN>\n{ ACTING_ }\n~FINISH\n";

TEST(Robustness, RandomEditsNeverCrash) {
  std::mt19937 rng(20261125);
  const std::string seed = kSeed;
  const std::string alphabet = "[]{}()<>!~&+-_*$^%#;:|=/ \t\n\r\0AZaz09\"'";
  size_t loaded_phrases = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text = seed;
    int edits = 1 + rng() % 8;
    for (int e = 0; e < edits; ++e) {
      size_t pos = rng() % (text.size() + 1);
      switch (rng() % 3) {
        case 0: text.insert(pos, 1, alphabet[rng() % alphabet.size()]); break;
        case 1: if (pos < text.size()) text.erase(pos, 1 + rng() % 4); break;
        default: if (pos < text.size()) text[pos] = alphabet[rng() % alphabet.size()]; break;
      }
    }
    auto kind = static_cast<DictKind>(rng() % 7);
    auto format = rng() % 2 ? DictFormat::kTabari : DictFormat::kPetrarch2;
    std::vector<Diagnostic> diags;
    auto d = Dictionary::FromSources({{"r", kind, format, text}}, &diags);
    loaded_phrases += d->phrases().size();
    std::vector<Token> tokens;
    for (const auto& p : d->phrases())
      for (const auto& w : p.words) tokens.push_back(Token{w.text});
    MatchScratch scratch;
    std::vector<PhraseMatch> out;
    d->FindCandidates(tokens, scratch, &out);
    for (const auto& m : out) ASSERT_LE(m.span.end, tokens.size());
  }
  EXPECT_GT(loaded_phrases, 3000u);
}

}  // namespace
}  // namespace khaldun

namespace khaldun {
namespace {

TEST(Robustness, OverlongLinesAreSkippedAndLaterLinesKeepTheirNumbers) {
  LoadOptions options;
  options.max_line_bytes = 64;
  std::string text = "FRANCE [FRA]\n" + std::string(100, 'X') + " [XXX]\r\nGERMANY [DEU\nSPAIN [ESP]\n";
  std::vector<Diagnostic> diags;
  auto d = Dictionary::FromSources({{"t", DictKind::kActors, DictFormat::kPetrarch2, text}}, &diags, options);
  ASSERT_EQ(2u, diags.size());
  EXPECT_EQ("too-long", diags[0].check);
  EXPECT_EQ(2u, diags[0].line);
  EXPECT_EQ(3u, diags[1].line);  // the unbalanced bracket, still on its own line number
  ASSERT_EQ(2u, d->actors().size());
  EXPECT_EQ("ESP", d->actor(1).default_code);
}

}  // namespace
}  // namespace khaldun

namespace khaldun {
namespace {

// Found by dict_fuzz: each '+' doubled an issue word's expansions (2^34 here).
TEST(Robustness, IssueEntryThatWouldExpandExponentiallyIsSkipped) {
  std::vector<Diagnostic> diags;
  auto d = testing::OneSource(DictKind::kIssues, DictFormat::kPetrarch2,
                              "a+b+c+d+e+f+g+h+i+j+k+l+m+n+o+p+q+r+s+t+u+v+w+x+y+z+a+b+c+d+e+f+g+h [NUC]\n"
                              "pre+k [EDU]\n",
                              &diags);
  EXPECT_EQ(1u, d->issues().size());
  ASSERT_EQ(1u, diags.size());
  EXPECT_EQ("too-long", diags[0].check);
  EXPECT_EQ(1u, diags[0].line);
}

TEST(Robustness, LinesOverTheLimitAreSkippedWithAnError) {
  std::vector<Diagnostic> diags;
  LoadOptions options;
  options.max_line_bytes = 16;
  auto d = Dictionary::FromSources(
      {{"a.txt", DictKind::kActors, DictFormat::kPetrarch2, "IRAN_ [IRN]\r\nAN_ACTOR_NAME_THAT_IS_LONG [USA]\nSYRIA_ [SYR]"}},
      &diags, options);
  EXPECT_EQ(2u, d->actors().size());
  ASSERT_EQ(1u, diags.size());
  EXPECT_EQ("a.txt:2: error: line is 32 bytes, over the limit of 16 (--max-dict-line-bytes); line skipped [too-long]",
            diags[0].ToString());
}

}  // namespace
}  // namespace khaldun
