// PETRARCH XML records: well-formed files, malformed records one by one, and
// the peer files in ../shared.
#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/testing.h"

namespace khaldun {
namespace {

using testing::DrainPaths;
using testing::ScratchDir;

const std::string kShared = std::string(KHALDUN_SOURCE_DIR) + "/../shared";

TEST(PetrarchXmlTest, ReadsRecordsWithTextParseAndGold) {
  ScratchDir dir("petrarch-basic");
  const std::string path = dir.Write("records.xml", R"(<?xml version="1.0"?>
<!-- a banner with <Sentence id="not-a-record"> inside a comment -->
<Sentences>
<Sentence date = "20080804" id ="AFP-1" source = "AFP" sentence = "True">
<EventCoding sourcecode="USA" targetcode="CHN" eventcode="042"/>
<Text>
The stopover came as the US leader prepared to attend the Beijing Olympics, an
event which will test his vow.
</Text>
<Parse>( (S (NP (DT The) (NN stopover)) ) )</Parse>
</Sentence>
<Sentence date="19950101" id="DEMO-00" category="DEMO"><Text>Arnor &amp; Gondor met.</Text></Sentence>
</Sentences>
)");
  EXPECT_EQ(
      "D AFP-1 2008-08-04 [] The stopover came as the US leader prepared to attend the "
      "Beijing Olympics, an event which will test his vow.\n"
      "D DEMO-00 1995-01-01 [] Arnor & Gondor met.\n",
      DrainPaths({path}, {}, nullptr, 200));

  auto reader = OpenInputs({path});
  ASSERT_TRUE(reader.ok());
  Document doc;
  Rejection rejection;
  ASSERT_EQ(InputReader::Kind::kDocument, (*reader)->Next(&doc, &rejection));
  EXPECT_EQ("AFP", doc.source);
  EXPECT_EQ(4u, doc.origin_line);
  ASSERT_EQ(2u, doc.extra.size());
  EXPECT_EQ("parse", doc.extra[0].first);
  EXPECT_EQ("\"( (S (NP (DT The) (NN stopover)) ) )\"", doc.extra[0].second);
  EXPECT_EQ("gold", doc.extra[1].first);
  EXPECT_EQ(R"([{"eventcode":"042","sourcecode":"USA","targetcode":"CHN"}])", doc.extra[1].second);
}

TEST(PetrarchXmlTest, EachBadRecordIsOneRejectionAndReadingGoesOn) {
  ScratchDir dir("petrarch-bad");
  const std::string path = dir.Write("bad.xml", R"(<Sentences>
<Sentence date="20080804" id="self-closed"/>
<Text>A self-closed sentence followed by its text.</Text></Sentence>
<Sentence date="20080804" id="ok-1"><Text>Iran condemned Israel.</Text></Sentence>
<Sentence date="20080804"><Text>No id.</Text></Sentence>
<Sentence date="2008-13-40" id="bad-date"><Text>Bad date.</Text></Sentence>
<Sentence id="no-date"><Text>No date.</Text></Sentence>
<Sentence date="20080804" id="no-text"><Parse>(S)</Parse></Sentence>
<Sentence date="20080804" id="blank"><Text>   </Text></Sentence>
<Sentence date="20080804" id="unclosed"><Text>Cut short.
<Sentence date="20080805" id="ok-2"><Text>Syria thanked Iran.</Text></Sentence>
</Sentences>
)");
  EXPECT_EQ(
      "R bad.xml:2 : malformed XML: Start-end tags mismatch at line 3\n"
      "D ok-1 2008-08-04 [] Iran condemned Israel.\n"
      "R bad.xml:5 : <Sentence> without an id attribute\n"
      "R bad.xml:6 bad-date: invalid date '2008-13-40'\n"
      "R bad.xml:7 no-date: missing date\n"
      "R bad.xml:8 no-text: <Sentence> without a <Text> element\n"
      "R bad.xml:9 blank: empty document\n"
      "R bad.xml:10 : malformed XML: Start-end tags mismatch at line 11\n"
      "D ok-2 2008-08-05 [] Syria thanked Iran.\n",
      DrainPaths({path}));
  IngestOptions with_date;
  with_date.default_date = Date::Parse("2020-01-14");
  EXPECT_NE(std::string::npos, DrainPaths({path}, with_date).find("D no-date 2020-01-14"));
}

TEST(PetrarchXmlTest, OverLongRecordsAndEmptyFiles) {
  ScratchDir dir("petrarch-limits");
  const std::string big = dir.Write(
      "big.xml", "<Sentences>\n<Sentence date=\"20080804\" id=\"big\"><Text>" + std::string(5000, 'a') +
                     "</Text></Sentence>\n<Sentence date=\"20080804\" id=\"small\"><Text>Small."
                     "</Text></Sentence>\n</Sentences>\n");
  IngestOptions small;
  small.max_record_bytes = 1000;
  EXPECT_EQ(
      "R big.xml:2 : record is 5059 bytes, over the limit of 1000 (--max-record-bytes)\n"
      "D small 2008-08-04 [] Small.\n",
      DrainPaths({big}, small));
  const std::string empty = dir.Write("empty.xml", "<Sentences>\n</Sentences>\n");
  EXPECT_EQ("R empty.xml:0 : empty file\n", DrainPaths({empty}));
}

TEST(PetrarchXmlTest, FormatIsSniffedWithoutTheXmlExtension) {
  ScratchDir dir("petrarch-sniff");
  const std::string path = dir.Write(
      "records.txt", "<Sentences>\n<Sentence date=\"20080804\" id=\"s1\"><Text>Iran met Syria."
                     "</Text></Sentence>\n</Sentences>\n");
  EXPECT_EQ("D s1 2008-08-04 [] Iran met Syria.\n", DrainPaths({path}));
  EXPECT_EQ(InputFormat::kPetrarchXml, ParseInputFormat("petrarch"));
}

TEST(PetrarchXmlTest, PeerFiles) {
  const std::string gigaword = kShared + "/peers/petrarch2/GigaWord.sample.PETR.xml";
  const std::string unit = kShared + "/peers/petrarch2/PETR.UnitTest.records.xml";
  const std::string gsr = kShared + "/corpora/petrarch_gsr_validation/PETR2_GSR_validation.xml";
  if (!std::filesystem::exists(gigaword) || !std::filesystem::exists(unit) ||
      !std::filesystem::exists(gsr)) {
    GTEST_SKIP() << "skipped: needs the PETRARCH files in " << kShared;
  }
  IngestCounts counts;
  std::string out = DrainPaths({gigaword}, {}, &counts);
  // TEST_1 ... TEST_9 carry a parse but an empty <Text>.
  EXPECT_EQ(9u, counts.rejected) << out;
  EXPECT_NE(std::string::npos, out.find("R GigaWord.sample.PETR.xml:630 TEST_1: empty document"));
  EXPECT_GT(counts.documents, 10u);
  EXPECT_NE(std::string::npos, out.find("D AFP0808020625_4 2008-08-04 [] The stopover came as the US"));

  out = DrainPaths({unit}, {}, &counts);
  EXPECT_EQ(0u, counts.rejected) << out;
  EXPECT_EQ(284u, counts.documents);  // grep -c '<Sentence ' PETR.UnitTest.records.xml
  EXPECT_NE(std::string::npos, out.find("D DEMO-00 1995-01-01 [] Arnor is about to restore full"));

  // Not well-formed XML: most records are a self-closed <Sentence .../>
  // followed by their content and a stray </Sentence>. Each of them is one
  // rejection with the reason; the 8 well-formed records are read; all 78
  // are accounted for.
  out = DrainPaths({gsr}, {}, &counts);
  EXPECT_EQ(70u, counts.rejected) << out;
  EXPECT_EQ(8u, counts.documents);
  EXPECT_NE(std::string::npos, out.find("D AFP0808020840_1 2008-08-06 [] France on Wednesday"));
  EXPECT_NE(std::string::npos, out.find("R PETR2_GSR_validation.xml:32 : malformed XML: Start-end tags mismatch"))
      << out.substr(0, 500);
}

}  // namespace
}  // namespace khaldun
