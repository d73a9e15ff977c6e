#include <gtest/gtest.h>

#include "ingest/sources.h"
#include "ingest/testing.h"
#include "khaldun/text.h"

namespace khaldun {
namespace {

using testing::DrainPaths;
using testing::ScratchDir;

const char kValidate[] = KHALDUN_SOURCE_DIR "/../shared/peers/tabari/Validate.text";
const char kNews50k[] = KHALDUN_SOURCE_DIR "/../shared/bench/news50k.text";

TEST(TabariSourceTest, Header) {
  EXPECT_TRUE(internal::IsTabariHeader("870226 REU00001-001"));
  EXPECT_TRUE(internal::IsTabariHeader("950101  DEMO-01 "));
  EXPECT_TRUE(internal::IsTabariHeader("20150607 YYYY-01"));
  EXPECT_FALSE(internal::IsTabariHeader("150000 troops crossed the border"));
  EXPECT_FALSE(internal::IsTabariHeader("2020 troops"));
  EXPECT_TRUE(internal::IsTabariHeader("950104  FBIS-001-001  CEP20020711000012a"));
  EXPECT_TRUE(internal::IsTabariHeader("950101  TIME-Modify"));
  EXPECT_FALSE(internal::IsTabariHeader("870226"));
}

TEST(TabariSourceTest, RecordsCommentsAndStrayText) {
  ScratchDir dir("tabari");
  const std::string path =
      dir.Write("v.text",
                "# a comment line\n"
                "\n"
                "950101  DEMO-01\n"
                "Arnor is about to restore full diplomatic ties with Gondor almost \n"
                "five years after crowds trashed its embassy. \n"
                "/*\\n-----\n"
                "\\n{ ARN / GON / 064 } */\n"
                "\n"
                "/* a comment between records */\n"
                "\n"
                "9501201  BAD-DATE\n"
                "Gollum said.\n"
                "\n"
                "stray text without a header\n"
                "more stray text\n"
                "\n"
                "20150607 YYYY-01 \n"
                "Fornost /* inline */ met Bree.\r\n"
                "\n"
                "950101 EMPTY-01\n"
                "/* only a comment */\n");
  IngestCounts counts;
  EXPECT_EQ(
      "D DEMO-01 1995-01-01 [] Arnor is about to restore full diplomatic ties with Gondor almost \n"
      "five years after crowds trashed its embassy. \n"
      "R v.text:11 BAD-DATE: invalid date '9501201'\n"
      "R v.text:14 : text outside a TABARI record (no 'YYMMDD ID' line before it)\n"
      "D YYYY-01 2015-06-07 [] Fornost  met Bree.\n"
      "R v.text:20 EMPTY-01: empty document\n",
      DrainPaths({path}, {}, &counts, 200));
  EXPECT_EQ(2u, counts.documents);
  EXPECT_EQ(3u, counts.rejected);
  IngestOptions tabari;
  tabari.format = InputFormat::kTabari;
  EXPECT_EQ("R e.text:0 : empty file\n", DrainPaths({dir.Write("e.text", "\n# only\n")}, tabari));
}

TEST(TabariSourceTest, ValidateSuite) {
  if (!std::filesystem::exists(kValidate)) GTEST_SKIP() << "needs ../shared: " << kValidate;
  Result<std::unique_ptr<InputReader>> reader = OpenInputs({kValidate});
  ASSERT_TRUE(reader.ok());
  Document doc;
  Rejection rejection;
  std::string rejected;
  std::string demo01;
  for (InputReader::Kind k; (k = (*reader)->Next(&doc, &rejection)) != InputReader::Kind::kEnd;) {
    if (k == InputReader::Kind::kRejected) rejected += rejection.ToString() + "\n";
    if (k == InputReader::Kind::kDocument && doc.id == "DEMO-01") demo01 = doc.text;
  }
  // The suite's deliberately odd dates (7 and 9 digits) are the only rejections.
  EXPECT_EQ(std::string(kValidate) + ":1060: record ACTORSYN-01: invalid date '9501201'\n" +
                kValidate + ":3397: record YYYY-03: invalid date '186010029'\n",
            rejected);
  EXPECT_EQ(479u, (*reader)->counts().documents);
  // The comment block after the record is not text.
  EXPECT_EQ(
      "Arnor is about to restore full diplomatic ties with Gondor almost \n"
      "five years after crowds trashed its embassy, a senior official \n"
      "said on Saturday. ",
      demo01);
  Document d;
  d.text = demo01;
  AnalyzedDocument a = AnalyzeText(d);
  EXPECT_EQ(1u, a.sentences.size());
}

TEST(TabariSourceTest, News50k) {
  if (!std::filesystem::exists(kNews50k)) GTEST_SKIP() << "needs ../shared: " << kNews50k;
  Result<std::unique_ptr<InputReader>> reader = OpenInputs({kNews50k});
  ASSERT_TRUE(reader.ok());
  Document doc;
  Rejection rejection;
  uint64_t sentences = 0, multi = 0;
  TextOptions options;
  options.detect_dateline = false;
  while ((*reader)->Next(&doc, &rejection) == InputReader::Kind::kDocument) {
    AnalyzedDocument a = AnalyzeText(doc, options);
    sentences += a.sentences.size();
    multi += a.sentences.size() > 1;
  }
  EXPECT_EQ(50000u, (*reader)->counts().documents);
  EXPECT_EQ(0u, (*reader)->counts().rejected) << rejection.ToString();
  // Each record is one sentence; a few hold two (a quote, a headline).
  EXPECT_LT(multi, 500u) << sentences;
}

}  // namespace
}  // namespace khaldun
