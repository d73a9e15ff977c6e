// The place-name words that are also common words (data/geo/common_words.txt),
// read by Gazetteer::Load from the folder of places.tsv.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "khaldun/gazetteer.h"

namespace khaldun {
namespace {

TEST(GazetteerCommonWordsTest, TheShippedListIsReadBesideThePlaces) {
  const std::string path = std::string(KHALDUN_SOURCE_DIR) + "/data/geo/places.tsv";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "data/geo/places.tsv not written yet";
  auto g = Gazetteer::Load(path);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_TRUE((*g)->IsCommonWord("Split"));
  EXPECT_TRUE((*g)->IsCommonWord("READING"));
  EXPECT_TRUE((*g)->IsCommonWord("nice"));
  EXPECT_FALSE((*g)->IsCommonWord("Lagos"));
  EXPECT_FALSE((*g)->IsCommonWord("Nicer"));
}

TEST(GazetteerCommonWordsTest, NoneWithoutTheFileNoneFromPlacesAlone) {
  const auto dir = std::filesystem::temp_directory_path() / "khaldun_common_words_none";
  std::filesystem::create_directories(dir);
  {
    std::ofstream(dir / "places.tsv") << "Bath\tGBR\tcity\t51.38\t-2.36\n";
  }
  auto g = Gazetteer::Load((dir / "places.tsv").string());
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_FALSE((*g)->IsCommonWord("bath"));
  EXPECT_FALSE(Gazetteer::FromPlaces({})->IsCommonWord("bath"));
  EXPECT_TRUE(Gazetteer::FromPlaces({}, {"bath"})->IsCommonWord("Bath"));
  std::filesystem::remove_all(dir);
}

TEST(GazetteerCommonWordsTest, AMalformedLineIsAnErrorWithItsLine) {
  const auto dir = std::filesystem::temp_directory_path() / "khaldun_common_words_bad";
  std::filesystem::create_directories(dir);
  {
    std::ofstream(dir / "places.tsv") << "Bath\tGBR\tcity\t51.38\t-2.36\n";
    std::ofstream(dir / "common_words.txt") << "# a comment\nbath\nNew York\n";
  }
  auto g = Gazetteer::Load((dir / "places.tsv").string());
  ASSERT_FALSE(g.ok());
  EXPECT_NE(std::string::npos, g.status().ToString().find("common_words.txt:3"))
      << g.status().ToString();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace khaldun
