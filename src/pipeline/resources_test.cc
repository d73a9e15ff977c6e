// LoadResources refuses a data directory that lacks a file the coder needs,
// rather than coding differently with no word of warning.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "khaldun/pipeline.h"

namespace khaldun {
namespace {

namespace fs = std::filesystem;

// A data directory whose dictionaries and CAMEO tables are the source
// tree's, with only places.tsv in data/geo/ and no models/.
class ResourcesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const fs::path source(KHALDUN_SOURCE_DIR);
    dir_ = fs::temp_directory_path() / "khaldun_resources_test";
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "data/geo");
    fs::create_directory_symlink(source / "dictionaries", dir_ / "dictionaries");
    fs::create_directory_symlink(source / "data/cameo", dir_ / "data/cameo");
    fs::create_symlink(source / "data/geo/places.tsv", dir_ / "data/geo/places.tsv");
  }
  void TearDown() override { fs::remove_all(dir_); }

  Result<Resources> Load(bool use_syntax) {
    ResourcePaths paths;
    paths.data_dir = dir_.string();
    paths.use_syntax = use_syntax;
    return LoadResources(paths, nullptr);
  }

  fs::path dir_;
};

TEST_F(ResourcesTest, MissingCommonWordsIsAnErrorNamingTheFile) {
  auto r = Load(false);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(std::string::npos, r.status().ToString().find("data/geo/common_words.txt"))
      << r.status().ToString();
}

TEST_F(ResourcesTest, MissingSyntaxModelIsAnErrorUnlessSyntaxIsOff) {
  fs::create_symlink(fs::path(KHALDUN_SOURCE_DIR) / "data/geo/common_words.txt",
                     dir_ / "data/geo/common_words.txt");
  auto with_syntax = Load(true);
  ASSERT_FALSE(with_syntax.ok());
  EXPECT_NE(std::string::npos, with_syntax.status().ToString().find("models/syntax.bin"))
      << with_syntax.status().ToString();
  EXPECT_NE(std::string::npos, with_syntax.status().ToString().find("--no-syntax"));
  auto without = Load(false);
  ASSERT_TRUE(without.ok()) << without.status().ToString();
  EXPECT_EQ(nullptr, without->syntax);
  EXPECT_NE(nullptr, without->gazetteer);
}

}  // namespace
}  // namespace khaldun
