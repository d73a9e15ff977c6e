#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "khaldun/syntax_train.h"

namespace khaldun {
namespace {

std::string WriteTemp(const std::string& name, const std::string& content) {
  std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path) << content;
  return path;
}

TEST(ChunkSpans, FollowsConllevalRules) {
  auto id = [](const char* n) { return *ChunkTagId(n); };
  std::vector<uint8_t> tags = {id("B-NP"), id("I-NP"), id("B-VP"), id("O"),
                               id("I-NP"),  // I- after O starts a chunk
                               id("I-PP"),  // I- of another type starts a chunk
                               id("B-NP"), id("B-NP")};
  auto spans = ChunkSpans(tags);
  std::vector<ChunkSpan> want = {{ChunkType::kNP, 0, 2}, {ChunkType::kVP, 2, 3},
                                 {ChunkType::kNP, 4, 5}, {ChunkType::kPP, 5, 6},
                                 {ChunkType::kNP, 6, 7}, {ChunkType::kNP, 7, 8}};
  EXPECT_EQ(want, spans);
}

TEST(ReadConll2000, ReadsSentences) {
  auto path = WriteTemp("c.txt", "He PRP B-NP\nsaid VBD B-VP\n( ( O\n\nOK UH B-INTJ\n");
  auto r = ReadConll2000(path);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(2u, r->size());
  EXPECT_EQ((std::vector<std::string>{"He", "said", "("}), (*r)[0].words);
  EXPECT_EQ(kPosLRB, (*r)[0].pos[2]);
  EXPECT_EQ(*ChunkTagId("B-VP"), (*r)[0].chunk[1]);
}

TEST(ReadConll2000, ReportsFileAndLine) {
  auto path = WriteTemp("bad.txt", "He PRP B-NP\nsaid QQQ B-VP\n");
  auto r = ReadConll2000(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(2u, r.status().context().line);
  EXPECT_NE(std::string::npos, r.status().ToString().find("QQQ"));
  EXPECT_EQ(StatusCode::kNotFound, ReadConll2000("/nonexistent/x.txt").status().code());
}

TEST(ReadConllu, UsesSyntacticWordsAndSkipsEmptyNodes) {
  auto path = WriteTemp("u.conllu",
                        "# text = I don't know\n"
                        "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
                        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
                        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
                        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
                        "3.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t0:root\t_\n"
                        "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_\n"
                        "\n");
  auto r = ReadConllu(path);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(1u, r->size());
  EXPECT_EQ((std::vector<std::string>{"I", "do", "n't", "know"}), (*r)[0].words);
  EXPECT_EQ((std::vector<uint8_t>{kPosPRP, kPosVBP, kPosRB, kPosVB}), (*r)[0].pos);
  EXPECT_TRUE((*r)[0].chunk.empty());
}

}  // namespace
}  // namespace khaldun
