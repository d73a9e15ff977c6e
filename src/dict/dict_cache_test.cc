// The compiled-dictionary cache: a round trip gives the same dictionary, and
// a damaged, foreign or stale file is a clear error, never a crash.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dict/dict_test_util.h"

namespace khaldun {
namespace {

class CacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("khaldun_cache_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    Write("test.verbs.txt", "&MONEY\n+CASH\n--- GIVE [070] ---\nGIVE {GAVE}\n- * &MONEY (TO +) [071:072]\n");
    Write("test.actors.txt", "FRANCE [FRA]\n+PARIS\nOBAMA\n\t[USAGOV 20090120-20170120]\n\t[USAELI]\n");
    Write("test.agents.txt", "MINISTER [~GOV]\nCHARITY [NGO~]\n");
    Write("test.discards.txt", "+SOCCER\n");
    Write("test.verbs", "ABUS [---]\n- * + PRISONER [182!]\n");
    files_.Add((dir_ / "test.verbs.txt").string(), DictKind::kVerbs);
    files_.Add((dir_ / "test.actors.txt").string(), DictKind::kActors);
    files_.Add((dir_ / "test.agents.txt").string(), DictKind::kAgents);
    files_.Add((dir_ / "test.discards.txt").string(), DictKind::kDiscards);
    files_.Add((dir_ / "test.verbs").string(), DictKind::kVerbs);
    options_.cache_path = (dir_ / "dict.cache").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) { std::ofstream(dir_ / name) << text; }

  std::filesystem::path dir_;
  DictionaryFiles files_;
  LoadOptions options_;
};

constexpr const char* kSentence = "Paris ministers gave cash to Obama abused prisoners soccer";

TEST_F(CacheTest, RoundTripGivesTheSameDictionary) {
  auto first = Dictionary::Load(files_, nullptr, options_);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_FALSE((*first)->from_cache());
  ASSERT_TRUE(std::filesystem::exists(options_.cache_path));
  auto second = Dictionary::Load(files_, nullptr, options_);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_TRUE((*second)->from_cache());
  const Dictionary& a = **first;
  const Dictionary& b = **second;
  EXPECT_EQ(testing::RenderMatches(a, kSentence), testing::RenderMatches(b, kSentence));
  EXPECT_EQ("actor:0-1=FRANCE agent:1-2=GOV verb:2-3=GIVE actor:5-6=OBAMA verb:6-7=ABUS discard:8-9=SOCCER",
            testing::RenderMatches(b, kSentence));
  EXPECT_EQ("USAGOV", b.actor(1).CodeAt(Date{2010, 1, 1}));
  EXPECT_EQ("071:072", b.verb_blocks()[0].patterns[0].code.ToString());
  EXPECT_EQ("182!", b.verb_blocks()[1].patterns[0].code.ToString());
  EXPECT_EQ(PatternElement::Type::kPrepBegin, b.verb_blocks()[0].patterns[0].elements[2].type);
  EXPECT_EQ(a.source_hash(), b.source_hash());
  EXPECT_EQ(a.phrases().size(), b.phrases().size());
  EXPECT_TRUE(b.discard(0).story_level);
  EXPECT_EQ(AgentEntry::Composition::kPrefix, b.agent(1).composition);
}

TEST_F(CacheTest, DiagnosticsAreReplayedFromTheCache) {
  Write("test.agents.txt", "MINISTER [~GOV}\n");
  std::vector<Diagnostic> cold, warm;
  ASSERT_TRUE(Dictionary::Load(files_, &cold, options_).ok());
  auto d = Dictionary::Load(files_, &warm, options_);
  ASSERT_TRUE(d.ok());
  EXPECT_TRUE((*d)->from_cache());
  EXPECT_EQ(testing::RenderDiagnostics(cold), testing::RenderDiagnostics(warm));
  EXPECT_FALSE(cold.empty());
}

TEST_F(CacheTest, ChangedSourcesRebuildTheCache) {
  ASSERT_TRUE(Dictionary::Load(files_, nullptr, options_).ok());
  Write("test.actors.txt", "GERMANY [DEU]\n");
  auto d = Dictionary::Load(files_, nullptr, options_);
  ASSERT_TRUE(d.ok());
  EXPECT_FALSE((*d)->from_cache());
  EXPECT_EQ("DEU", (*d)->actor(0).default_code);
  EXPECT_EQ(StatusCode::kCorruption, Dictionary::ReadCache(options_.cache_path, 12345).status().code());
}

TEST_F(CacheTest, DamagedFilesAreCorruptionErrors) {
  auto d = Dictionary::Load(files_, nullptr, options_);
  ASSERT_TRUE(d.ok());
  uint64_t hash = (*d)->source_hash();
  std::string bytes;
  {
    std::ifstream in(options_.cache_path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  auto try_bytes = [&](const std::string& b) {
    std::ofstream(options_.cache_path, std::ios::binary | std::ios::trunc) << b;
    return Dictionary::ReadCache(options_.cache_path, hash).status();
  };
  Status bad_magic = try_bytes("NOTADICT" + bytes.substr(8));
  EXPECT_EQ(StatusCode::kCorruption, bad_magic.code());
  EXPECT_NE(std::string::npos, bad_magic.message().find("magic"));
  std::string other_version = bytes;
  other_version[8] = 99;
  EXPECT_NE(std::string::npos, try_bytes(other_version).message().find("version"));
  for (size_t cut : {bytes.size() / 2, bytes.size() - 1, size_t{30}})
    EXPECT_EQ(StatusCode::kCorruption, try_bytes(bytes.substr(0, cut)).code()) << cut;
  // A changed byte anywhere after the header is caught by the checksum.
  for (size_t i = 36; i < bytes.size(); i += 97) {
    std::string flipped = bytes;
    flipped[i] = static_cast<char>(flipped[i] ^ 0x5A);
    EXPECT_EQ(StatusCode::kCorruption, try_bytes(flipped).code()) << i;
  }
  // A bad cache is rebuilt by Load.
  try_bytes("garbage");
  auto rebuilt = Dictionary::Load(files_, nullptr, options_);
  ASSERT_TRUE(rebuilt.ok());
  EXPECT_FALSE((*rebuilt)->from_cache());
}

}  // namespace
}  // namespace khaldun
