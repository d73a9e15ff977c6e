// End-to-end tests of the khaldun binary: exit codes, summaries and
// rejections, run the way a user runs it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

struct CommandRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("khaldun_cli_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
  }
  void TearDown() override { fs::remove_all(dir_); }

  CommandRun Khaldun(const std::string& args, const std::string& stdin_text = "") {
    fs::path in = dir_ / "stdin.txt", out = dir_ / "stdout.txt", err = dir_ / "stderr.txt";
    std::ofstream(in, std::ios::binary) << stdin_text;
    std::string cmd = std::string(KHALDUN_BINARY) + " " + args + " <" + in.string() + " >" +
                      out.string() + " 2>" + err.string();
    int status = std::system(cmd.c_str());
    return {WEXITSTATUS(status), Slurp(out), Slurp(err)};
  }

  void Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / "in" / name, std::ios::binary) << bytes;
  }

  fs::path dir_;
};

TEST_F(CliTest, EverySubcommandHasHelp) {
  for (const char* sub : {"code", "explain", "version"}) {
    CommandRun r = Khaldun(std::string(sub) + " --help");
    EXPECT_EQ(0, r.exit_code) << sub;
    EXPECT_NE(std::string::npos, r.out.find("Usage")) << sub << ": " << r.out;
  }
}

TEST_F(CliTest, UnknownSubcommandIsAUsageError) {
  CommandRun r = Khaldun("frobnicate");
  EXPECT_NE(0, r.exit_code);
}

TEST_F(CliTest, GarbageInputIsRejectedRecordByRecordWithACorrectSummary) {
  std::mt19937 rng(20200114);
  std::string random_bytes(4096, '\0');
  for (char& c : random_bytes) c = static_cast<char>(rng() & 0xff);
  Write("a-random.bin", random_bytes);
  Write("b-huge.txt", std::string(50u << 20, 'a'));  // a 50 MB single line
  Write("c-invalid.txt", "Iran \xc3\x28 and Syria held talks.\n");
  Write("d-empty.txt", "");
  Write("e-good.txt", "Iran and Syria held talks in Tehran on Tuesday.\n");
  CommandRun r = Khaldun("code --quiet --date 2020-01-14 --format none " + (dir_ / "in").string());
  EXPECT_EQ(0, r.exit_code) << r.err;
  EXPECT_NE(std::string::npos, r.err.find("5 records: "))  << r.err;
  EXPECT_NE(std::string::npos, r.err.find(", 4 rejected;")) << r.err;
  EXPECT_NE(std::string::npos, r.err.find("a-random.bin")) << r.err;
  EXPECT_NE(std::string::npos, r.err.find("invalid UTF-8")) << r.err;
  EXPECT_NE(std::string::npos, r.err.find("b-huge.txt")) << r.err;
  EXPECT_NE(std::string::npos, r.err.find("over the limit")) << r.err;
  EXPECT_NE(std::string::npos, r.err.find("d-empty.txt")) << r.err;
  EXPECT_NE(std::string::npos, r.err.find("empty document")) << r.err;
}

TEST_F(CliTest, JsonlBadLinesAreRejectedAndGoodOnesCoded) {
  Write("news.jsonl",
        "{\"id\": \"ok-1\", \"date\": \"2020-01-14\", \"text\": \"Iran condemned the United States.\"}\n"
        "{\"id\": \"broken\", \"date\": \n"
        "{\"id\": \"nodate\", \"text\": \"Iran condemned the United States.\"}\n"
        "{\"id\": \"ok-2\", \"date\": \"2020-01-15\", \"text\": \"It rained in Paris.\", \"lang\": \"en\"}\n");
  CommandRun r = Khaldun("code --quiet --format none " + (dir_ / "in" / "news.jsonl").string());
  EXPECT_EQ(0, r.exit_code) << r.err;
  EXPECT_NE(std::string::npos, r.err.find("4 records: ")) << r.err;
  EXPECT_NE(std::string::npos, r.err.find(", 2 rejected;")) << r.err;
  EXPECT_NE(std::string::npos, r.err.find("news.jsonl:2")) << r.err;
  EXPECT_NE(std::string::npos, r.err.find("missing date")) << r.err;
}

TEST_F(CliTest, StoresEventsAndReRunningAddsNothing) {
  Write("2020-01-14-talks.txt",
        "Talks in Tehran\n\nTEHRAN (Wire) - Iranian President Hassan Rouhani met Syrian Prime "
        "Minister Imad Khamis in Tehran on Tuesday.\n");
  std::string db = (dir_ / "k.db").string();
  CommandRun first = Khaldun("code --quiet --format jsonl --db " + db + " " + (dir_ / "in").string());
  ASSERT_EQ(0, first.exit_code) << first.err;
  CommandRun second = Khaldun("code --quiet --format jsonl --db " + db + " " + (dir_ / "in").string());
  ASSERT_EQ(0, second.exit_code) << second.err;
  EXPECT_EQ(first.out, second.out);
  std::string count_cmd = "sqlite3 " + db + " 'select count(*) from documents' > " + (dir_ / "n").string();
  if (std::system(count_cmd.c_str()) == 0) EXPECT_EQ("1\n", Slurp(dir_ / "n"));
}

TEST_F(CliTest, ExplainShowsTokensAndDecisions) {
  CommandRun r = Khaldun("explain --date 2020-01-14 \"Iranian President Hassan Rouhani condemned the United States.\"");
  EXPECT_EQ(0, r.exit_code) << r.err;
  EXPECT_NE(std::string::npos, r.out.find("tokens: Iranian|President|Hassan|Rouhani|condemned")) << r.out;
  EXPECT_NE(std::string::npos, r.out.find("mention 'Iranian President Hassan Rouhani' = IRNGOV")) << r.out;
}

}  // namespace
