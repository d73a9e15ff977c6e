#include <gtest/gtest.h>

#include "ingest/sources.h"
#include "ingest/testing.h"
#include "khaldun/text.h"

namespace khaldun {
namespace {

using testing::DrainPaths;
using testing::ScratchDir;

const char kSeedArticle[] = KHALDUN_SOURCE_DIR "/../shared/examples/seed-article/article.txt";

std::string Title(std::string_view file) {
  internal::TitleSplit s = internal::SplitTitle(file, 200);
  return s.title + "|" + std::string(file.substr(s.body_begin));
}

TEST(TextSourceTest, TitleIsAShortUnpunctuatedFirstLine) {
  EXPECT_EQ("Iran Urges Push|TEHRAN (Tasnim) - Rouhani said.",
            Title("Iran Urges Push\n\nTEHRAN (Tasnim) - Rouhani said."));
  // Followed directly by a dateline line, without a blank line.
  EXPECT_EQ("Iran Urges Push|TEHRAN (Tasnim) – Rouhani said.",
            Title("Iran Urges Push\nTEHRAN (Tasnim) – Rouhani said."));
  // A BOM and CRLF line ends do not matter.
  EXPECT_EQ("Iran Urges Push|Body.", Title("\xEF\xBB\xBFIran Urges Push\r\n\r\n\r\nBody."));
}

TEST(TextSourceTest, NoTitleWhenTheFirstLineIsASentence) {
  EXPECT_EQ("|Rouhani said so.\n\nMore.", Title("Rouhani said so.\n\nMore."));
  EXPECT_EQ("|\"We will go,\" he said\nand left.",
            Title("\"We will go,\" he said\nand left."));  // a wrapped line
  EXPECT_EQ("|TEHRAN (Tasnim) - Rouhani said\n\nMore.",
            Title("TEHRAN (Tasnim) - Rouhani said\n\nMore."));
  EXPECT_EQ("|One line only", Title("One line only"));
  EXPECT_EQ("|One line only\n\n", Title("One line only\n\n"));
  EXPECT_EQ("|He asked \"why?\"\n\nMore.", Title("He asked \"why?\"\n\nMore."));
  const std::string long_line(201, 'x');
  EXPECT_EQ("|" + long_line + "\n\nMore.", Title(long_line + "\n\nMore."));
}

TEST(TextSourceTest, DateFromFileName) {
  std::string invalid;
  EXPECT_EQ("2020-01-14",
            internal::DateFromFileName("2020-01-14-tasnim-rouhani.txt", &invalid)->ToString());
  EXPECT_EQ("2020-01-14", internal::DateFromFileName("20200114_tasnim.txt", &invalid)->ToString());
  EXPECT_FALSE(internal::DateFromFileName("article.txt", &invalid).has_value());
  EXPECT_EQ("", invalid);
  EXPECT_FALSE(internal::DateFromFileName("2020-01-145.txt", &invalid).has_value());
  EXPECT_FALSE(internal::DateFromFileName("2020-02-30-x.txt", &invalid).has_value());
  EXPECT_EQ("2020-02-30", invalid);
}

TEST(TextSourceTest, SeedArticleReadInPlace) {
  if (!std::filesystem::exists(kSeedArticle)) GTEST_SKIP() << "needs ../shared: " << kSeedArticle;
  EXPECT_EQ("R article.txt:0 article: missing date: name the file YYYY-MM-DD-... or pass --date\n",
            DrainPaths({kSeedArticle}));

  IngestOptions options;
  options.default_date = Date::Parse("2020-01-14");
  Result<std::unique_ptr<InputReader>> reader = OpenInputs({kSeedArticle}, options);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  Document doc;
  Rejection rejection;
  ASSERT_EQ(InputReader::Kind::kDocument, (*reader)->Next(&doc, &rejection));
  EXPECT_EQ("article", doc.id);
  EXPECT_EQ("2020-01-14", doc.date.ToString());
  EXPECT_EQ("Iran Urges Regional Push for Expulsion of US Forces", doc.title);
  EXPECT_EQ("TEHRAN (Tasnim) – Iranian", doc.text.substr(0, 27));
  EXPECT_EQ(kSeedArticle, doc.origin_file);
  EXPECT_EQ(InputReader::Kind::kEnd, (*reader)->Next(&doc, &rejection));
  EXPECT_EQ(1u, (*reader)->counts().documents);

  AnalyzedDocument a = AnalyzeText(doc);
  EXPECT_EQ("TEHRAN (Tasnim)", a.dateline.value_or(""));
  EXPECT_EQ(12u, a.sentences.size());
}

TEST(TextSourceTest, FileNameGivesIdAndDate) {
  ScratchDir dir("names");
  const std::string path = dir.Write("2020-01-14-tasnim-rouhani.txt", "Headline\n\nBody text.\n");
  EXPECT_EQ("D 2020-01-14-tasnim-rouhani 2020-01-14 [Headline] Body text.\n\n", DrainPaths({path}));
  const std::string bad = dir.Write("2020-02-30-x.txt", "Body.");
  EXPECT_EQ("R 2020-02-30-x.txt:0 2020-02-30-x: invalid date '2020-02-30' in the file name\n",
            DrainPaths({bad}));
  // A headline-like line with nothing after it is the body.
  const std::string title_only = dir.Write("2020-01-14-t.txt", "Headline\n\n  \n");
  EXPECT_EQ("D 2020-01-14-t 2020-01-14 [] Headline\n\n  \n\n", DrainPaths({title_only}));
  const std::string blank = dir.Write("2020-01-14-b.txt", " \n\u00A0\u200B\n");
  EXPECT_EQ("R 2020-01-14-b.txt:0 2020-01-14-b: empty document\n", DrainPaths({blank}));
}

}  // namespace
}  // namespace khaldun
