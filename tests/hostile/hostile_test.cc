// Hostile input, end to end: the real `khaldun` binary on a corpus of inputs
// built at run time (the large ones are never committed): invalid and
// overlong UTF-8, NUL bytes, a 100 MB single line, a deeply nested parse
// tree, a 10,000-token sentence, a dictionary with 100,000 entries on one
// line, mixed line endings, a BOM, more events than allowed. For each record
// the test asserts the exact outcome (coded, no-event, or rejected with the
// exact reason) and that the summary's totals add up to the records given.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "khaldun/syntax_tree.h"

namespace {

namespace fs = std::filesystem;

struct CommandRun {
  int exit_code = -1;
  std::string out, err;
};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// What happened to each record, by id, plus the summary's totals.
struct Outcomes {
  std::map<std::string, std::string> by_id;  // "coded", "no-event" or "rejected: <reason>"
  uint64_t records = 0, coded = 0, no_event = 0, rejected = 0;
  bool summary_found = false;
};

class Hostile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("khaldun_hostile_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path Write(const std::string& name, const std::string& bytes) {
    const fs::path p = dir_ / "in" / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }

  CommandRun Khaldun(const std::string& args) {
    const fs::path out = dir_ / "stdout", err = dir_ / "stderr";
    const std::string cmd =
        std::string(KHALDUN_BINARY) + " " + args + " </dev/null >" + out.string() + " 2>" + err.string();
    const int status = std::system(cmd.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), Slurp(out), Slurp(err)};
  }

  // Runs `khaldun code` over dir_/in with `flags` and classifies each record
  // from stdout (JSONL events carry document_id) and stderr (one line per
  // rejection: "khaldun code: rejected FILE:LINE: record ID: REASON").
  Outcomes Code(const std::string& flags, const std::set<std::string>& ids) {
    CommandRun r = Khaldun("code --quiet --date 2020-01-14 --format jsonl " + flags + " " + (dir_ / "in").string());
    EXPECT_EQ(0, r.exit_code) << r.err;
    Outcomes o;
    std::set<std::string> coded;
    std::istringstream out(r.out);
    for (std::string line; std::getline(out, line);) {
      if (line.empty()) continue;
      coded.insert(nlohmann::json::parse(line).at("document_id").get<std::string>());
    }
    const std::regex rejected_re(R"(^khaldun code: rejected (.*?)(:\d+)?: (?:record ([^:]*): )?(.*)$)");
    const std::regex summary_re(
        R"(^khaldun code: (\d+) records: (\d+) coded, (\d+) no-event, (\d+) rejected)");
    std::istringstream err(r.err);
    for (std::string line; std::getline(err, line);) {
      std::smatch m;
      if (std::regex_search(line, m, rejected_re)) {
        // A record rejected before its id was read (a JSONL line) is named
        // by "file:line".
        std::string id = m[3].matched && !m[3].str().empty() ? m[3].str()
                         : m[2].matched ? fs::path(m[1].str()).filename().string() + m[2].str()
                                        : fs::path(m[1].str()).stem().string();
        o.by_id[id] = "rejected: " + m[4].str();
      } else if (std::regex_search(line, m, summary_re)) {
        o.summary_found = true;
        o.records = std::stoull(m[1]);
        o.coded = std::stoull(m[2]);
        o.no_event = std::stoull(m[3]);
        o.rejected = std::stoull(m[4]);
      }
    }
    for (const std::string& id : ids) {
      if (o.by_id.count(id)) continue;
      o.by_id[id] = coded.count(id) ? "coded" : "no-event";
    }
    EXPECT_TRUE(o.summary_found) << r.err;
    EXPECT_EQ(ids.size(), o.records) << r.err;
    EXPECT_EQ(o.records, o.coded + o.no_event + o.rejected) << r.err;
    EXPECT_EQ(ids.size(), o.by_id.size());
    return o;
  }

  fs::path dir_;
};

// A sentence the shipped dictionaries code (see examples/articles).
const std::string kCoded = "Iran's foreign minister met Syria's foreign minister in Damascus on Tuesday.";

TEST_F(Hostile, TextRecords) {
  std::map<std::string, std::string> expected;
  auto add = [&](const std::string& id, const std::string& bytes, const std::string& outcome) {
    Write(id + ".txt", bytes);
    expected[id] = outcome;
  };
  add("baseline", kCoded + "\n", "coded");
  add("invalid-utf8", "Iran \xc3\x28 attacked.\n" + kCoded, "rejected: invalid UTF-8 at byte 5");
  add("invalid-utf8-truncated", kCoded + "\xe2\x82", "rejected: invalid UTF-8 at byte " + std::to_string(kCoded.size()));
  add("overlong-slash", "Iran \xc0\xaf " + kCoded, "rejected: invalid UTF-8 at byte 5");
  add("overlong-3byte", "\xe0\x80\xaf" + kCoded, "rejected: invalid UTF-8 at byte 0");
  add("overlong-nul", "x\xc0\x80" + kCoded, "rejected: invalid UTF-8 at byte 1");
  add("surrogate", "\xed\xa0\x80" + kCoded, "rejected: invalid UTF-8 at byte 0");
  add("over-max-codepoint", "\xf4\x90\x80\x80" + kCoded, "rejected: invalid UTF-8 at byte 0");
  add("nul-bytes", std::string("Iran\0\0's", 8) + kCoded.substr(6), "coded");
  add("only-nul", std::string(64, '\0'), "no-event");
  add("bom", "\xEF\xBB\xBF" + kCoded, "coded");
  add("bom-only", "\xEF\xBB\xBF", "rejected: empty document");
  add("mixed-line-endings", "Talks\r\n\r\n" + kCoded + "\rSyria thanked Iran.\r\n\nThe end.\n", "coded");
  add("cr-only", kCoded + "\r\r\r", "coded");
  add("empty", "", "rejected: empty document");
  add("whitespace", " \t\r\n\xc2\xa0\xe2\x80\x8b\n", "rejected: empty document");
  // 10,000 tokens in one sentence: cut into pieces of --max-sentence-tokens,
  // never quadratic; the piece holding the clause still codes.
  std::string long_sentence;
  for (int i = 0; i < 10000 - 14; ++i) long_sentence += "word ";
  add("ten-thousand-tokens", long_sentence + kCoded, "coded");
  std::string no_stop;
  for (int i = 0; i < 10000; ++i) no_stop += "x ";
  add("ten-thousand-tokens-no-event", no_stop, "no-event");
  // A 2 MiB line: over the default --max-line-bytes, under --max-record-bytes.
  add("long-line", kCoded + "\n" + std::string(2u << 20, 'a') + "\n",
      "rejected: line 2 is 2097152 bytes, over the limit of 1048576 (--max-line-bytes)");
  // A 100 MB single line: over --max-record-bytes, skipped without being held.
  {
    std::ofstream f(dir_ / "in" / "huge-line.txt", std::ios::binary);
    const std::string chunk(1u << 20, 'a');
    for (int i = 0; i < 100; ++i) f << chunk;
  }
  expected["huge-line"] = "rejected: record is 104857600 bytes, over the limit of 16777216 (--max-record-bytes)";

  std::set<std::string> ids;
  for (const auto& [id, _] : expected) ids.insert(id);
  Outcomes o = Code("", ids);
  for (const auto& [id, outcome] : expected) EXPECT_EQ(outcome, o.by_id[id]) << id;
}

TEST_F(Hostile, HundredMegabyteLineWithinTheRecordLimitHitsTheLineLimit) {
  {
    std::ofstream f(dir_ / "in" / "huge.txt", std::ios::binary);
    f << kCoded << "\n";
    const std::string chunk(1u << 20, 'b');
    for (int i = 0; i < 100; ++i) f << chunk;
  }
  Outcomes o = Code("--max-record-bytes 209715200", {"huge"});
  EXPECT_EQ("rejected: line 2 is 104857600 bytes, over the limit of 1048576 (--max-line-bytes)", o.by_id["huge"]);
}

TEST_F(Hostile, JsonlRecords) {
  std::string jsonl = "\xEF\xBB\xBF";  // a BOM before the first record
  auto rec = [](const std::string& id, const std::string& text_json) {
    return R"({"id":")" + id + R"(","date":"2020-01-14","text":)" + text_json + "}";
  };
  jsonl += rec("j-ok", nlohmann::json(kCoded).dump()) + "\n";
  jsonl += rec("j-nul", R"("Iran\u0000's foreign minister met Syria's foreign minister in Damascus.")") + "\r\n";
  jsonl += rec("j-bad-utf8", "\"Iran \xff\"") + "\n";
  jsonl += rec("j-lone-surrogate", R"("Iran \ud800 met Syria")") + "\r\n";
  jsonl += rec("j-overlong", "\"\xc1\xbf\"") + "\n";
  jsonl += "\n\r\n";  // blank lines are not records
  jsonl += rec("j-deep", std::string(100000, '[')) + "\n";
  Write("records.jsonl", jsonl);
  // Records rejected before their id is read are named by line.
  Outcomes o = Code("--input-format jsonl", {"j-ok", "j-nul", "records.jsonl:3", "records.jsonl:4",
                                             "records.jsonl:5", "records.jsonl:8"});
  EXPECT_EQ("coded", o.by_id["j-ok"]);
  EXPECT_EQ("coded", o.by_id["j-nul"]);
  EXPECT_EQ("rejected: invalid UTF-8 at byte 52", o.by_id["records.jsonl:3"]);
  EXPECT_EQ(0u, o.by_id["records.jsonl:4"].find(
                    "rejected: malformed JSON: [json.exception.parse_error.101] parse error at line 1, column 65: "
                    "syntax error while parsing value - invalid string: surrogate U+D800..U+DBFF must be followed "
                    "by U+DC00..U+DFFF"))
      << o.by_id["records.jsonl:4"];
  EXPECT_EQ("rejected: invalid UTF-8 at byte 47", o.by_id["records.jsonl:5"]);
  EXPECT_EQ(0u, o.by_id["records.jsonl:8"].find(
                    "rejected: malformed JSON: [json.exception.parse_error.101] parse error at line 1, column 100043"))
      << o.by_id["records.jsonl:8"];
}

TEST_F(Hostile, DeeplyNestedParseTree) {
  // 100,000 nested brackets in a PETRARCH <Parse>, and the same read by the
  // tree reader directly: an error or a tree, never a stack overflow.
  std::string tree;
  for (int i = 0; i < 100000; ++i) tree += "(NP ";
  tree += "(NNP Iran)";
  tree += std::string(100000, ')');
  khaldun::Result<khaldun::ParsedTree> parsed = khaldun::ReadPennTree(tree);
  EXPECT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ(1u, parsed->words.size());
  // Unclosed brackets are closed, with a warning (PETRARCH's parses need it).
  khaldun::Result<khaldun::ParsedTree> unbalanced = khaldun::ReadPennTree(std::string(100000, '('));
  ASSERT_TRUE(unbalanced.ok()) << unbalanced.status().ToString();
  EXPECT_TRUE(unbalanced->words.empty());
  EXPECT_NE(unbalanced->warnings.end(),
            std::find(unbalanced->warnings.begin(), unbalanced->warnings.end(), "100000 missing ')' added"));

  Write("nested.xml", "<Sentences>\n<Sentence date=\"20200114\" id=\"deep\" source=\"X\">\n<Text>" + kCoded +
                          "</Text>\n<Parse>" + tree + "</Parse>\n</Sentence>\n"
                          "<Sentence date=\"20200114\" id=\"open\" source=\"X\">\n<Text>" + kCoded +
                          "</Text>\n<Parse>" + std::string(100000, '(') + "</Parse>\n</Sentence>\n</Sentences>\n");
  Outcomes o = Code("--input-format petrarch", {"deep", "open"});
  EXPECT_EQ("coded", o.by_id["deep"]);
  EXPECT_EQ("coded", o.by_id["open"]);
}

TEST_F(Hostile, TooManyEventsPerDocument) {
  Write("many.txt", kCoded + " " + kCoded + " " + kCoded + "\n");
  Write("one.txt", kCoded + "\n");
  Outcomes o = Code("--max-events-per-document 2", {"many", "one"});
  EXPECT_EQ("rejected: document has 3 events, over the limit of 2 (--max-events-per-document)", o.by_id["many"]);
  EXPECT_EQ("coded", o.by_id["one"]);
}

TEST_F(Hostile, DictionaryWithHundredThousandEntriesOnOneLine) {
  std::string line;
  for (int i = 0; i < 100000; ++i) line += "ACTOR" + std::to_string(i) + "_ [USA] ";
  Write("dict/hostile.actors.txt", "IRAN_ [IRN]\n" + line + "\nSYRIA_ [SYR]\n");
  CommandRun r = Khaldun("dict check " + (dir_ / "in" / "dict").string());
  EXPECT_EQ(1, r.exit_code) << r.out << r.err;
  EXPECT_NE(std::string::npos,
            r.out.find("hostile.actors.txt:2: error: line is " + std::to_string(line.size()) +
                       " bytes, over the limit of 65536 (--max-dict-line-bytes); line skipped [too-long]"))
      << r.out;
  EXPECT_NE(std::string::npos, r.out.find("2 actors")) << r.out;
  // Raised limit: the line is read as one (defective) entry in bounded time.
  CommandRun raised = Khaldun("dict check --max-dict-line-bytes 10000000 " + (dir_ / "in" / "dict").string());
  EXPECT_LE(raised.exit_code, 1) << raised.err;
}

}  // namespace
