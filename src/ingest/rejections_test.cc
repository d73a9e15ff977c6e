// Junk input: every bad record gives one clear rejection, and reading goes on.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <random>

#include "ingest/testing.h"

namespace khaldun {
namespace {

using testing::Drain;
using testing::DrainPaths;
using testing::ScratchDir;

std::string RandomBytes(size_t n, uint32_t seed) {
  std::mt19937 rng(seed);
  std::string s(n, '\0');
  for (char& c : s) c = static_cast<char>(rng() & 0xFF);
  return s;
}

IngestOptions Dated() {
  IngestOptions options;
  options.default_date = Date::Parse("2020-01-14");
  return options;
}

TEST(RejectionsTest, JunkDirectory) {
  ScratchDir dir("junk");
  const std::string random = RandomBytes(4096, 42);
  const size_t bad = FindInvalidUtf8(random);
  ASSERT_NE(std::string::npos, bad);
  dir.Write("a-random.bin", random);
  dir.Write("b-empty.txt", "");
  dir.Write("c-invalid.txt", "Rouhani met Khamis in Tehran.\nCaf\xC3\x28 Damascus.");
  dir.Write("d-good.txt", "Rouhani met Khamis in Tehran.");
  dir.Write("e-lines.jsonl",
            "{\"id\": \"ok\", \"text\": \"Fine.\"}\n"
            "{\"id\": \"x\", \"text\": \"Bad \xFF byte.\"}\n"
            "not json at all\n"
            "{\"id\": \"ok2\", \"text\": \"Fine too.\"}\n");
  dir.Write(".hidden.txt", "never read");
  dir.Write(".git/config", "never read");
  dir.Write("sub/f-nested.txt", "Nested.");
  IngestCounts counts;
  EXPECT_EQ("R a-random.bin:0 a-random: invalid UTF-8 at byte " + std::to_string(bad) +
                "\n"
                "R b-empty.txt:0 b-empty: empty document\n"
                "R c-invalid.txt:0 c-invalid: invalid UTF-8 at byte 33\n"
                "D d-good 2020-01-14 [] Rouhani met Khamis in Tehran.\n"
                "D ok 2020-01-14 [] Fine.\n"
                "R e-lines.jsonl:2 : invalid UTF-8 at byte 25\n"
                "R e-lines.jsonl:3 : malformed JSON: [json.exception.parse_error.101] parse error "
                "at line 1, "
                "column 2: syntax error while parsing value - invalid literal; last read: 'no'\n"
                "D ok2 2020-01-14 [] Fine too.\n"
                "D f-nested 2020-01-14 [] Nested.\n",
            DrainPaths({dir.path()}, Dated(), &counts));
  EXPECT_EQ(4u, counts.documents);
  EXPECT_EQ(5u, counts.rejected);
}

TEST(RejectionsTest, FiftyMegabyteLineIsSkippedNotHeld) {
  ScratchDir dir("huge");
  const std::string huge(50u << 20, 'a');
  const std::string path =
      dir.Write("big.jsonl", "{\"id\": \"before\", \"text\": \"A.\"}\n{\"text\": \"" + huge +
                                 "\"}\n{\"id\": \"after\", \"text\": \"B.\"}\n");
  dir.Write("big.txt", huge);
  IngestCounts counts;
  EXPECT_EQ(
      "D before 2020-01-14 [] A.\n"
      "R big.jsonl:2 : record is 52428812 bytes, over the limit of 16777216 (--max-record-bytes)\n"
      "D after 2020-01-14 [] B.\n"
      "R big.txt:0 big: record is 52428800 bytes, over the limit of 16777216 "
      "(--max-record-bytes)\n",
      DrainPaths({dir.path()}, Dated(), &counts));
  EXPECT_EQ(2u, counts.documents);
  EXPECT_EQ(2u, counts.rejected);
}

TEST(RejectionsTest, SmallLimit) {
  ScratchDir dir("limit");
  IngestOptions options = Dated();
  options.max_record_bytes = 10;
  const std::string path = dir.Write("x.txt", "Eleven byte");
  EXPECT_EQ("R x.txt:0 x: record is 11 bytes, over the limit of 10 (--max-record-bytes)\n",
            DrainPaths({path}, options));
  options.max_record_bytes = 11;
  EXPECT_EQ("D x 2020-01-14 [] Eleven byte\n", DrainPaths({path}, options));
}

TEST(RejectionsTest, MissingAndUnreadablePathsAreErrors) {
  ScratchDir dir("missing");
  const std::string missing = dir.path() + "/nope.txt";
  Result<std::unique_ptr<InputReader>> reader = OpenInputs({missing});
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(StatusCode::kNotFound, reader.status().code());
  EXPECT_EQ(missing, reader.status().context().file);
  EXPECT_NE(std::string::npos, reader.status().message().find(missing));
  EXPECT_EQ(StatusCode::kInvalidArgument, OpenInputs({}).status().code());
}

TEST(RejectionsTest, UnreadableFileIsAnError) {
  ScratchDir dir("locked");
  Result<std::unique_ptr<InputReader>> reader = OpenInputs({dir.path()});
  const std::string locked = dir.Write("locked.txt", "text");
  ::chmod(locked.c_str(), 0);
  if (::geteuid() == 0) GTEST_SKIP() << "root can read a mode-000 file";
  reader = OpenInputs({locked});
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(StatusCode::kIoError, reader.status().code());
  EXPECT_NE(std::string::npos, reader.status().ToString().find("locked.txt: cannot read"));
}

TEST(RejectionsTest, StdinIsSniffed) {
  ScratchDir dir("stdin");
  const int saved = ::dup(STDIN_FILENO);
  auto read_stdin = [&](const std::string& bytes) {
    const std::string path = dir.Write("in", bytes);
    const int fd = ::open(path.c_str(), O_RDONLY);
    ::dup2(fd, STDIN_FILENO);
    ::close(fd);
    std::string out = DrainPaths({"-"}, Dated());
    ::dup2(saved, STDIN_FILENO);
    return out;
  };
  EXPECT_EQ(
      "D a 2020-01-14 [] Hi.\nD b 2020-01-14 [] Ho.\n",
      read_stdin("\n  {\"id\": \"a\", \"text\": \"Hi.\"}\n{\"id\": \"b\", \"text\": \"Ho.\"}\n"));
  EXPECT_EQ("D stdin 2020-01-14 [Headline] Body.\n", read_stdin("Headline\n\nBody."));
  EXPECT_EQ("R <stdin>:0 stdin: empty document\n", read_stdin(""));
  ::close(saved);
}

TEST(Utf8Test, Validator) {
  EXPECT_EQ(std::string::npos, FindInvalidUtf8(""));
  EXPECT_EQ(std::string::npos, FindInvalidUtf8("plain ASCII text that is longer than eight bytes"));
  EXPECT_EQ(std::string::npos,
            FindInvalidUtf8("Syria’s “Iranian” São Ørsted 中文 \U0001F600 \U0010FFFF"));
  EXPECT_EQ(3u, FindInvalidUtf8("abc\x80"));           // lone continuation byte
  EXPECT_EQ(0u, FindInvalidUtf8("\xC0\x80"));          // overlong NUL
  EXPECT_EQ(0u, FindInvalidUtf8("\xE0\x80\x80"));      // overlong 3-byte
  EXPECT_EQ(1u, FindInvalidUtf8("a\xED\xA0\x80"));     // UTF-16 surrogate
  EXPECT_EQ(0u, FindInvalidUtf8("\xF4\x90\x80\x80"));  // over U+10FFFF
  EXPECT_EQ(0u, FindInvalidUtf8("\xF5\x80\x80\x80"));
  EXPECT_EQ(10u, FindInvalidUtf8("0123456789\xE2\x80"));  // truncated at the end
  EXPECT_EQ(9u, FindInvalidUtf8("012345678\xC3\x28"));    // bad continuation
}

}  // namespace
}  // namespace khaldun
