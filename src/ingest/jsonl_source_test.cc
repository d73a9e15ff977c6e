#include <gtest/gtest.h>

#include "ingest/testing.h"

namespace khaldun {
namespace {

using testing::DrainPaths;
using testing::ScratchDir;

TEST(JsonlSourceTest, FieldsAndExtras) {
  ScratchDir dir("jsonl-fields");
  const std::string path = dir.Write(
      "a.jsonl",
      R"({"id": "t1", "date": "2020-01-14", "source": "Tasnim", "url": "http://x", "title": "T", "text": "Rouhani said.", "lang": "en", "tags": [1, 2]})"
      "\n");
  Result<std::unique_ptr<InputReader>> reader = OpenInputs({path});
  ASSERT_TRUE(reader.ok());
  Document doc;
  Rejection rejection;
  ASSERT_EQ(InputReader::Kind::kDocument, (*reader)->Next(&doc, &rejection));
  EXPECT_EQ("t1", doc.id);
  EXPECT_EQ("2020-01-14", doc.date.ToString());
  EXPECT_EQ("Tasnim", doc.source);
  EXPECT_EQ("http://x", doc.url);
  EXPECT_EQ("T", doc.title);
  EXPECT_EQ("Rouhani said.", doc.text);
  ASSERT_EQ(2u, doc.extra.size());
  EXPECT_EQ("lang", doc.extra[0].first);
  EXPECT_EQ("\"en\"", doc.extra[0].second);
  EXPECT_EQ("tags", doc.extra[1].first);
  EXPECT_EQ("[1,2]", doc.extra[1].second);
  EXPECT_EQ(1u, doc.origin_line);
  EXPECT_EQ(InputReader::Kind::kEnd, (*reader)->Next(&doc, &rejection));
}

TEST(JsonlSourceTest, EveryLineGivesOneOutcome) {
  ScratchDir dir("jsonl-lines");
  const std::string path =
      dir.Write("b.jsonl",
                "{\"text\": \"No id.\", \"date\": \"20200114\"}\n"
                "\n"
                "   \n"
                "{\"id\": 7, \"text\": \"No date.\"}\n"
                "{\"id\": \"d\", \"date\": \"xyz\", \"text\": \"Bad date.\"}\n"
                "{\"id\": \"e\", \"date\": \"2020-01-14\", \"text\": \" \\n \"}\n"
                "{\"id\": \"f\", \"date\": \"2020-01-14\"\n"
                "[1, 2]\n"
                "{\"id\": \"h\", \"date\": \"2020-01-14\", \"text\": 5}\n"
                "{\"id\": \"i\", \"date\": \"2020-01-14\"}\n"
                "{\"id\": \"j\", \"date\": \"2020-01-14T10:00:00Z\", \"text\": \"Fine.\"}");
  IngestCounts counts;
  EXPECT_EQ("D " + path +
                ":1 2020-01-14 [] No id.\n"
                "R b.jsonl:4 7: missing date\n"
                "R b.jsonl:5 d: invalid date 'xyz'\n"
                "R b.jsonl:6 e: empty document\n"
                "R b.jsonl:7 : malformed JSON: [json.exception.parse_error.101] parse error at "
                "line 1, column 33: "
                "syntax error while parsing object - unexpected end of input; expected '}'\n"
                "R b.jsonl:8 : not a JSON object\n"
                "R b.jsonl:9 h: field 'text' is not a string\n"
                "R b.jsonl:10 i: missing field 'text'\n"
                "D j 2020-01-14 [] Fine.\n",
            DrainPaths({path}, {}, &counts));
  EXPECT_EQ(2u, counts.documents);
  EXPECT_EQ(7u, counts.rejected);

  IngestOptions options;
  options.default_date = Date::Parse("2019-12-31");
  const std::string out = DrainPaths({path}, options, &counts);
  EXPECT_NE(std::string::npos, out.find("D 7 2019-12-31 [] No date.\n")) << out;
  EXPECT_NE(std::string::npos, out.find("D d 2019-12-31 [] Bad date.\n")) << out;
}

TEST(JsonlSourceTest, NumberOverflowIsARejection) {
  // Found by src/ingest/reader_fuzz.cc: nlohmann throws out_of_range here.
  ScratchDir dir("jsonl-overflow");
  EXPECT_EQ(
      "R o.jsonl:1 : malformed JSON: [json.exception.out_of_range.406] number overflow parsing "
      "'2e111111'\n"
      "R o.jsonl:2 : malformed JSON: [json.exception.out_of_range.406] number overflow parsing "
      "'1e999'\n",
      DrainPaths({dir.Write("o.jsonl", "2e111111\n{\"id\": 1e999, \"text\": \"x\"}\n")}));
}

TEST(JsonlSourceTest, PrettyPrintedJsonIsOneRejection) {
  ScratchDir dir("jsonl-pretty");
  IngestCounts counts;
  EXPECT_EQ(
      "R p.jsonl:2 : not JSONL: the file holds multi-line JSON, and JSONL needs one object per "
      "line\n",
      DrainPaths({dir.Write("p.jsonl", "\n{\n  \"id\": \"a\",\n  \"text\": \"x\"\n}\n{\n}\n")}, {},
                 &counts));
  EXPECT_EQ(1u, counts.rejected);
}

TEST(JsonlSourceTest, EmptyJsonlFileIsReported) {
  ScratchDir dir("jsonl-empty");
  EXPECT_EQ("R e.jsonl:0 : empty file\n", DrainPaths({dir.Write("e.jsonl", "")}));
  EXPECT_EQ("R f.jsonl:0 : empty file\n", DrainPaths({dir.Write("f.jsonl", "\n\n  \n")}));
}

TEST(JsonlSourceTest, FormatCanBeForced) {
  ScratchDir dir("jsonl-forced");
  const std::string path = dir.Write(
      "2020-01-14-x.txt", "{\"id\": \"a\", \"date\": \"2020-01-14\", \"text\": \"Hi.\"}\n");
  IngestOptions options;
  options.format = InputFormat::kJsonl;
  EXPECT_EQ("D a 2020-01-14 [] Hi.\n", DrainPaths({path}, options));
  EXPECT_EQ("D 2020-01-14-x 2020-01-14 [] {\"id\": \"a\", \"date\": \"2020-01-14\", \"text\"\n",
            DrainPaths({path}));
  EXPECT_EQ(InputFormat::kTabari, ParseInputFormat("tabari"));
  EXPECT_FALSE(ParseInputFormat("xml").has_value());
}

}  // namespace
}  // namespace khaldun
