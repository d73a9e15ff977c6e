// Tests of the suite readers, the comparison and the report, on small files
// written for each convention, then on the peers' real files when present.
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "khaldun/validate.h"
#include "validate/suite_util.h"

namespace khaldun {
namespace {

namespace fs = std::filesystem;

// A scratch directory holding one suite file, removed at the end of the test.
class ScratchDir {
 public:
  ScratchDir() {
    dir_ = fs::temp_directory_path() /
           ("khaldun-validate-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return (dir_ / name).string();
  }

 private:
  fs::path dir_;
};

std::string Events(const std::vector<SuiteEvent>& events) {
  std::string out;
  for (const SuiteEvent& e : events) out += (out.empty() ? "" : "; ") + e.ToString();
  return out;
}

TEST(TabariOption, KeysAndValues) {
  auto o = internal::ParseTabariOption("SET: TIME SHIFT = FALSE ");
  ASSERT_TRUE(o);
  EXPECT_EQ("SET: TIME SHIFT", o->key);
  EXPECT_EQ("FALSE", o->value);
  o = internal::ParseTabariOption(" SET: CODE BY SENTENCE }");
  ASSERT_TRUE(o);
  EXPECT_EQ("SET: CODE", o->key);
  EXPECT_EQ("BY SENTENCE", o->value);
  o = internal::ParseTabariOption("DEFAULT: SOURCE [DEFSRC]  PRIOR TARGET [DEFTAR] AFTER");
  ASSERT_TRUE(o);
  EXPECT_EQ("DEFAULT", o->key);
  EXPECT_EQ("SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", o->value);
  EXPECT_FALSE(internal::ParseTabariOption("no command here"));
}

constexpr char kTabariFile[] = R"(##########
#  a banner between records
##########

950101  DEMO-01
Arnor is about to restore full diplomatic ties with Gondor almost
five years after crowds trashed its embassy.
/*\n------------------------------------------------------------------
\n[Simple coding]
\n{ ARN / GON / 064 } */

950103  DEMO-04
Dagolath's Telemar left for Minas Tirith./*
\n{ DAG / GON / 032 } 950103
\n{  GON / DAG / 033 } (VISIT)    LEFT */

950101  TIME-Modify
Changing an option.
/*\n{ OPTION: SET: TIME SHIFT = TRUE } */

9501201  ODD-01
A seven-digit date, as in ACTORSYN-01.
/*\n{---} */

950104  COMPOUND-07
Mordor and the Shire welcomed ties with Osgiliath.
/*\n[partial list]
\n{  ORC / OSG / 041 }
\n-{ --- / --- / 000 }
\n{  SHI / OSG / 041 }
*/

950104  UNCLOSED-01
The comment of this record is never closed.
/*\n{ GON / FOR / 044 }   /*

970102 MINWRD-ACTIVATE
An option whose brace is missing.
/*\n{ OPTION: SET: MINIMUM WORDS = 4  */

990101  FINAL-01
This is the end of the standard validation records.
/*\n{---} */

950112  AFTER-01
Outside the standard suite.
/*\n{###} */
)";

TEST(TabariSuite, ReadsEveryConvention) {
  ScratchDir dir;
  dir.Write("Validate.options", "SET: TIME SHIFT = FALSE\nLABEL: 010=YIELD\nCOMPLEX: VERBS[5]\n");
  std::string path = dir.Write("Validate.text", kTabariFile);
  auto suite = ReadTabariSuite(path);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  ASSERT_EQ(9u, suite->records.size());
  EXPECT_EQ(7u, suite->standard_records());

  const SuiteRecord& demo1 = suite->records[0];
  EXPECT_EQ("DEMO-01", demo1.id);
  EXPECT_EQ("DEMO", demo1.category);
  EXPECT_EQ("1995-01-01", demo1.date.ToString());
  EXPECT_EQ("Arnor is about to restore full diplomatic ties with Gondor almost five years after "
            "crowds trashed its embassy.",
            demo1.text);
  EXPECT_EQ("ARN GON 064", Events(demo1.expected));
  EXPECT_EQ("[Simple coding]", demo1.comment);
  EXPECT_EQ(5u, demo1.line);
  EXPECT_EQ("FALSE", demo1.Option("SET: TIME SHIFT"));
  EXPECT_EQ("VERBS[5]", demo1.Option("COMPLEX"));
  EXPECT_EQ("", demo1.Option("LABEL"));

  // A comment opened on the text's last line; dates and trailing words.
  const SuiteRecord& demo4 = suite->records[1];
  EXPECT_EQ("Dagolath's Telemar left for Minas Tirith.", demo4.text);
  EXPECT_EQ("DAG GON 032 @950103; GON DAG 033", Events(demo4.expected));

  const SuiteRecord& modify = suite->records[2];
  EXPECT_TRUE(modify.options_only);
  EXPECT_TRUE(modify.expected.empty());
  EXPECT_EQ("TRUE", modify.Option("SET: TIME SHIFT"));
  ASSERT_EQ(1u, modify.sets.size());

  const SuiteRecord& odd = suite->records[3];
  EXPECT_EQ("ODD-01", odd.id);
  EXPECT_EQ("1995-01-20", odd.date.ToString());
  EXPECT_EQ(SuiteRecord::Expect::kNoEvents, odd.expect);
  EXPECT_EQ("TRUE", odd.Option("SET: TIME SHIFT"));  // options carry forward

  const SuiteRecord& compound = suite->records[4];
  EXPECT_EQ("ORC OSG 041", Events(compound.expected));
  EXPECT_EQ("--- --- 000; SHI OSG 041", Events(compound.unchecked));
  EXPECT_TRUE(compound.extra_allowed);

  const SuiteRecord& unclosed = suite->records[5];
  EXPECT_EQ("GON FOR 044", Events(unclosed.expected));
  EXPECT_EQ("MINWRD-ACTIVATE", suite->records[6].id);
  EXPECT_EQ("4", suite->records[6].Option("SET: MINIMUM WORDS"));
  EXPECT_TRUE(suite->records[6].options_only);
  EXPECT_TRUE(suite->records[6].problems.empty());

  EXPECT_EQ("FINAL-01", suite->records[7].id);
  EXPECT_FALSE(suite->records[7].standard);
  EXPECT_FALSE(suite->records[8].standard);
  EXPECT_EQ(SuiteRecord::Expect::kDiscard, suite->records[8].expect);
}

TEST(TabariSuite, TextOutsideARecordIsAnErrorWithItsLine) {
  ScratchDir dir;
  std::string path = dir.Write("Validate.text", "950101  A-01\nText.\n/*\\n{---} */\n\nstray words\n");
  auto suite = ReadTabariSuite(path);
  ASSERT_FALSE(suite.ok());
  EXPECT_EQ(StatusCode::kInvalidArgument, suite.status().code());
  EXPECT_EQ(5u, suite.status().context().line);
}

TEST(TabariSuite, MalformedExpectationFailsOnlyItsRecord) {
  ScratchDir dir;
  std::string path = dir.Write("Validate.text",
                               "950101  A-01\nText.\n/*\\n{ ARN GON 064 } */\n\n"
                               "950101  A-02\nText.\n/*\\n{ ARN / GON / 064 } */\n");
  auto suite = ReadTabariSuite(path);
  ASSERT_TRUE(suite.ok());
  ASSERT_EQ(2u, suite->records.size());
  ASSERT_EQ(1u, suite->records[0].problems.size());
  EXPECT_EQ("expectation '{ARN GON 064}' is not SOURCE / TARGET / CODE", suite->records[0].problems[0]);
  RecordResult r = CompareRecord(suite->records[0], {});
  EXPECT_FALSE(r.passed);
  EXPECT_TRUE(suite->records[1].problems.empty());
}

constexpr char kPetrarchFile[] = R"(<Validation>
<Environment>
  <Verbfile>V.txt</Verbfile>
  <Actorfile>A.txt</Actorfile>
  <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
<!-- Simple coding -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode="---GOV" targetcode="---" eventcode="023"></EventCoding>
<Text>
Arnor is about to restore
full diplomatic ties with Gondor.
</Text>
<Parse>
(ROOT (S (NP (NNP Arnor))
  (VP (VBZ is))))
</Parse>
</Sentence>
<Config option="require_dyad" value="FALSE"></Config>
<Sentence date = "19950102" id ="DEMO-02" category="DEMO"  sentence="false">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing here.</Text>
</Sentence>
<Sentence date="19950103" id="ERR-01" category="ERROR" sentence="true">
<EventCoding error="sentencediscard"></EventCoding>
<Text>Baseball.</Text>
</Sentence>
<Sentence date="19950103" id="ERR-02" category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>CEBU CITY: -- text.</Text>
</Sentence>
</Sentences>
</Validation>
)";

TEST(PetrarchSuite, ReadsRecordsConfigAndEnvironment) {
  ScratchDir dir;
  std::string path = dir.Write("suite.xml", kPetrarchFile);
  auto suite = ReadPetrarchSuite(path);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  ASSERT_EQ(4u, suite->records.size());
  ASSERT_EQ(2u, suite->dictionaries.files.size());
  EXPECT_EQ(DictKind::kVerbs, suite->dictionaries.files[0].kind);
  EXPECT_EQ(DictFormat::kPetrarch2, suite->dictionaries.files[0].format);
  EXPECT_TRUE(suite->dictionaries.files[1].path.ends_with("A.txt"));

  const SuiteRecord& demo1 = suite->records[0];
  EXPECT_EQ("DEMO-01", demo1.id);
  EXPECT_EQ(8u, demo1.line);
  EXPECT_EQ("1995-01-01", demo1.date.ToString());
  EXPECT_EQ("Arnor is about to restore full diplomatic ties with Gondor.", demo1.text);
  EXPECT_EQ("(ROOT (S (NP (NNP Arnor)) (VP (VBZ is))))", demo1.parse);
  EXPECT_EQ("ARN GON 064; ---GOV --- 023", Events(demo1.expected));
  EXPECT_EQ("Simple coding", demo1.comment);
  EXPECT_EQ("True", demo1.Option("stop_on_error"));
  EXPECT_EQ("", demo1.Option("require_dyad"));
  EXPECT_TRUE(CoderOptionsFor(demo1).require_dyad);

  const SuiteRecord& demo2 = suite->records[1];
  EXPECT_EQ(SuiteRecord::Expect::kNoEvents, demo2.expect);
  EXPECT_TRUE(demo2.peer_skips);
  EXPECT_EQ("FALSE", demo2.Option("require_dyad"));
  EXPECT_FALSE(CoderOptionsFor(demo2).require_dyad);

  EXPECT_EQ(SuiteRecord::Expect::kDiscard, suite->records[2].expect);
  EXPECT_EQ(SuiteRecord::Expect::kError, suite->records[3].expect);
  EXPECT_EQ("dateline", suite->records[3].error);
}

TEST(PetrarchSuite, MalformedXmlNamesTheLine) {
  ScratchDir dir;
  std::string path = dir.Write("bad.xml", "<Validation>\n<Sentences>\n<Sentence id=\"x>\n</Validation>\n");
  auto suite = ReadPetrarchSuite(path);
  ASSERT_FALSE(suite.ok());
  EXPECT_EQ(StatusCode::kInvalidArgument, suite.status().code());
  EXPECT_NE(std::string::npos, suite.status().message().find("not well-formed XML"));
}

TEST(ReadSuite, MissingFileIsNotFound) {
  auto suite = ReadSuite("/nonexistent/Validate.text");
  ASSERT_FALSE(suite.ok());
  EXPECT_EQ(StatusCode::kNotFound, suite.status().code());
  EXPECT_EQ(StatusCode::kNotFound, ReadSuite("/nonexistent/x.xml").status().code());
}

SuiteRecord Expecting(std::vector<SuiteEvent> events) {
  SuiteRecord r;
  r.id = "R-01";
  r.expected = std::move(events);
  return r;
}

TEST(CompareRecord, MultisetOfSourceTargetCode) {
  SuiteRecord r = Expecting({{"ARN", "GON", "064", ""}, {"ARN", "GON", "064", ""}, {"GON", "ARN", "033", ""}});
  RecordResult one = CompareRecord(r, {{"ARN", "GON", "064", ""}, {"GON", "ARN", "033", ""}});
  EXPECT_FALSE(one.passed);
  EXPECT_EQ(2u, one.matched);
  EXPECT_EQ("ARN GON 064", Events(one.missing));
  RecordResult both = CompareRecord(
      r, {{"GON", "ARN", "033", ""}, {"arn", "gon", "064", ""}, {"ARN", "GON", "064", ""}});
  EXPECT_TRUE(both.passed);
  RecordResult extra = CompareRecord(
      r, {{"ARN", "GON", "064", ""}, {"ARN", "GON", "064", ""}, {"GON", "ARN", "033", ""}, {"ARN", "DAG", "111", ""}});
  EXPECT_FALSE(extra.passed);
  EXPECT_EQ("ARN DAG 111", Events(extra.extra));
}

TEST(CompareRecord, AgentOnlyActorsAndMissingActors) {
  EXPECT_EQ("MOS", NormalizeSuiteActor("~MOS"));
  EXPECT_EQ("GOV", NormalizeSuiteActor("---GOV"));
  EXPECT_EQ("---", NormalizeSuiteActor(""));
  EXPECT_EQ("---", NormalizeSuiteActor("---"));
  SuiteRecord r = Expecting({{"~MIL", "~MOSREB", "064", ""}, {"---GOV", "---", "023", ""}});
  EXPECT_TRUE(CompareRecord(r, {{"MIL", "MOSREB", "064", ""}, {"GOV", "", "023", ""}}).passed);
}

TEST(CompareRecord, DatesOnlyUnderTimeShifting) {
  SuiteRecord r = Expecting({{"ARN", "GON", "064", "950103"}});
  EXPECT_TRUE(CompareRecord(r, {{"ARN", "GON", "064", "950101"}}).passed);
  r.options.push_back({"SET: TIME SHIFT", "TRUE"});
  EXPECT_FALSE(CompareRecord(r, {{"ARN", "GON", "064", "950101"}}).passed);
  EXPECT_TRUE(CompareRecord(r, {{"ARN", "GON", "064", "950103"}}).passed);
}

TEST(CompareRecord, MarkersExpectNoEvents) {
  SuiteRecord r;
  r.expect = SuiteRecord::Expect::kDiscard;
  EXPECT_TRUE(CompareRecord(r, {}).passed);
  RecordResult coded = CompareRecord(r, {{"ARN", "GON", "064", ""}});
  EXPECT_FALSE(coded.passed);
  EXPECT_EQ("ARN GON 064", Events(coded.extra));
  r.options_only = true;
  r.expect = SuiteRecord::Expect::kEvents;
  EXPECT_TRUE(CompareRecord(r, {}).passed);
}

TEST(CompareRecord, UncheckedGroupsAllowExtraEvents) {
  SuiteRecord r = Expecting({{"ORC", "OSG", "041", ""}});
  r.unchecked = {{"---", "---", "000", ""}};
  r.extra_allowed = true;
  EXPECT_TRUE(CompareRecord(r, {{"ORC", "OSG", "041", ""}, {"SHI", "OSG", "041", ""}}).passed);
  EXPECT_FALSE(CompareRecord(r, {{"SHI", "OSG", "041", ""}}).passed);
}

TEST(Report, RecordLinesAndTotals) {
  SuiteRecord r = Expecting({{"ARN", "GON", "064", ""}});
  r.text = "Arnor restored ties with Gondor.";
  r.line = 42;
  RecordResult failed = CompareRecord(r, {{"ARN", "DAG", "064", ""}});
  EXPECT_EQ(
      "FAIL R-01  (line 42)\n"
      "    text: Arnor restored ties with Gondor.\n"
      "    - ARN GON 064\n"
      "    + ARN DAG 064",
      FormatRecordResult(r, failed, false));
  RecordResult passed = CompareRecord(r, {{"ARN", "GON", "064", ""}});
  EXPECT_EQ("PASS R-01", FormatRecordResult(r, passed, false));
  EXPECT_EQ(
      "PASS R-01  (line 42)\n"
      "    text: Arnor restored ties with Gondor.\n"
      "    = ARN GON 064",
      FormatRecordResult(r, passed, true));
  Suite suite;
  suite.name = "tabari";
  SuiteTotals totals;
  totals.Add(failed, r);
  totals.Add(passed, r);
  EXPECT_EQ(
      "tabari: 1/2 records pass (50.0%); 1/2 expected codings matched; 2 events produced, 1 extra",
      FormatTotals(suite, totals));
}

// The peers' files, read in place.
bool SharedPresent(const std::string& relative) {
  std::error_code ec;
  return fs::exists(fs::path(DefaultSharedDir()) / relative, ec);
}

TEST(RealSuites, TabariValidateText) {
  if (!SharedPresent("peers/tabari/Validate.text")) {
    GTEST_SKIP() << "skipped: " << DefaultSharedDir() << "/peers/tabari/Validate.text not found";
  }
  auto suite = ReadSuite("tabari");
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_EQ(481u, suite->records.size());
  EXPECT_EQ(472u, suite->standard_records());
  EXPECT_EQ("START-00", suite->records.front().id);
  EXPECT_EQ("MINWRD-05", suite->records[471].id);
  EXPECT_EQ("FINAL-01", suite->records[472].id);
  ASSERT_EQ(4u, suite->dictionaries.files.size());
  size_t problems = 0;
  for (const SuiteRecord& r : suite->records)
    if (r.standard) problems += r.problems.size();
  EXPECT_EQ(0u, problems);
  // The options file's settings, then the records' own changes.
  EXPECT_EQ("FALSE", suite->records[1].Option("SET: TIME SHIFT"));
  EXPECT_EQ("VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN", suite->records[0].Option("COMPLEX"));
}

TEST(RealSuites, PetrarchUnitTestRecords) {
  if (!SharedPresent("peers/petrarch2/PETR.UnitTest.records.xml")) {
    GTEST_SKIP() << "skipped: " << DefaultSharedDir()
                 << "/peers/petrarch2/PETR.UnitTest.records.xml not found";
  }
  auto suite = ReadSuite("petrarch");
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_EQ(284u, suite->records.size());
  size_t codings = 0, peer_skips = 0;
  for (const SuiteRecord& r : suite->records) {
    // Every <EventCoding>: an event, or a noevents/error marker.
    codings += r.expected.size() + (r.expect == SuiteRecord::Expect::kEvents ? 0 : 1);
    peer_skips += r.peer_skips;
    EXPECT_TRUE(r.problems.empty()) << r.id;
    EXPECT_FALSE(r.parse.empty()) << r.id;
  }
  // 385 <EventCoding> elements, plus PATTERN-06, which has none and so
  // expects no events.
  EXPECT_EQ(386u, codings);
  EXPECT_EQ(5u, peer_skips);
  EXPECT_EQ(4u, suite->dictionaries.files.size());
  auto find = [&](std::string_view id) -> const SuiteRecord& {
    for (const SuiteRecord& r : suite->records)
      if (r.id == id) return r;
    return suite->records.front();
  };
  EXPECT_EQ("false", find("COMPOUND-03").Option("require_dyad"));
  EXPECT_EQ("FINAL-RECORD", suite->records.back().id);
}

}  // namespace
}  // namespace khaldun
