// Properties of the clause analysis on arbitrary input: it never crashes,
// and every span it returns lies inside the sentence. Checked on random tag
// sequences and on every <Parse> of PETRARCH's unit-test records (read in
// place from ../shared).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "khaldun/syntax.h"
#include "khaldun/syntax_clause.h"
#include "khaldun/syntax_tree.h"
#include "syntax/test_util.h"

namespace khaldun {
namespace {

void ExpectWellFormed(const std::vector<Clause>& clauses, size_t n, const std::string& what) {
  auto inside = [&](TokenSpan s) { return s.begin <= s.end && s.end <= n; };
  for (size_t i = 0; i < clauses.size(); ++i) {
    const Clause& c = clauses[i];
    EXPECT_TRUE(inside(c.verb) && !c.verb.empty()) << what;
    EXPECT_LT(c.head, n) << what;
    EXPECT_TRUE(c.head >= c.verb.begin && c.head < c.verb.end) << what;
    for (auto s : c.subjects) EXPECT_TRUE(inside(s) && !s.empty()) << what;
    for (auto s : c.objects) EXPECT_TRUE(inside(s) && !s.empty()) << what;
    for (auto p : c.preps) EXPECT_TRUE(p.prep < n && inside(p.object)) << what;
    EXPECT_TRUE(inside(c.agent) && inside(c.marker) && inside(c.speaker)) << what;
    EXPECT_LT(c.parent, static_cast<int>(clauses.size())) << what;
    EXPECT_NE(c.parent, static_cast<int>(i)) << what;
  }
}

TEST(ClauseProperties, RandomTagSequences) {
  std::mt19937 rng(7);
  const char* words[] = {"Iran", "the", "attacked", "and", ",", "that", "who", "said", "by",
                         "was", "not", "attack", "of", "'s", "\"", "after", "to", "."};
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    int len = 1 + static_cast<int>(rng() % 30);
    for (int i = 0; i < len; ++i) {
      if (i) text += ' ';
      text += words[rng() % std::size(words)];
    }
    auto s = testing::SplitTokens(text);
    for (Token& t : s.tokens) {
      t.pos = static_cast<uint8_t>(rng() % kNumPosTags);
      t.chunk = static_cast<uint8_t>(rng() % kNumChunkTags);
    }
    auto clauses = AnalyzeClauses(s.tokens);
    ExpectWellFormed(clauses, s.tokens.size(), text);
    for (const Clause& c : clauses) (void)RenderClause(c, s.tokens);
  }
}

TEST(ClauseProperties, PetrarchParses) {
  std::string path = KHALDUN_SOURCE_DIR "/../shared/peers/petrarch2/PETR.UnitTest.records.xml";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared absent: " << path;
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string xml = ss.str();
  size_t count = 0, with_clauses = 0;
  for (size_t at = xml.find("<Parse>"); at != std::string::npos; at = xml.find("<Parse>", at)) {
    size_t begin = at + 7, end = xml.find("</Parse>", begin);
    ASSERT_NE(std::string::npos, end);
    auto tree = ReadPennTree(std::string_view(xml).substr(begin, end - begin));
    ASSERT_TRUE(tree.ok()) << "parse " << count << ": " << tree.status().ToString();
    auto tokens = TreeTokens(*tree);
    auto clauses = AnalyzeClauses(tokens);
    ExpectWellFormed(clauses, tokens.size(), "parse " + std::to_string(count));
    with_clauses += !clauses.empty();
    ++count;
    at = end;
  }
  EXPECT_EQ(284u, count);
  EXPECT_GT(with_clauses, count * 9 / 10);
}

}  // namespace
}  // namespace khaldun
