#include "khaldun/gazetteer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace khaldun {
namespace {

// Whitespace tokens over `text`, which must outlive them.
std::vector<Token> WordTokens(const std::string& text) {
  std::vector<Token> tokens;
  std::istringstream in(text);
  size_t pos = 0;
  std::string word;
  while (in >> word) {
    pos = text.find(word, pos);
    Token t;
    t.text = std::string_view(text).substr(pos, word.size());
    t.flags = isalpha(static_cast<unsigned char>(word[0])) ? kTokenWord : kTokenPunct;
    tokens.push_back(t);
    pos += word.size();
  }
  return tokens;
}

std::shared_ptr<const Gazetteer> Sample() {
  return Gazetteer::FromPlaces({
      {"Iran", "IRN", PlaceKind::kCountry, 32.4, 53.7},
      {"Tehran", "IRN", PlaceKind::kCapital, 35.69, 51.39},
      {"Abu Dhabi", "ARE", PlaceKind::kCapital, 24.45, 54.38},
      {"Abu Kamal", "SYR", PlaceKind::kCity, 34.45, 40.92},
  });
}

TEST(GazetteerTest, MatchesTheLongestNameCaseInsensitively) {
  auto g = Sample();
  std::string text = "talks in ABU DHABI on Monday";
  auto tokens = WordTokens(text);
  size_t length = 0;
  const Place* p = g->MatchAt(tokens, 2, &length);
  ASSERT_NE(nullptr, p);
  EXPECT_EQ("Abu Dhabi/ARE", p->name + "/" + p->country);
  EXPECT_EQ(2u, length);
  EXPECT_EQ(nullptr, g->MatchAt(tokens, 0, &length));
}

TEST(GazetteerTest, AStrayFirstWordIsNotAPlace) {
  auto g = Sample();
  std::string text = "Abu said";
  auto tokens = WordTokens(text);
  size_t length = 0;
  EXPECT_EQ(nullptr, g->MatchAt(tokens, 0, &length));
}

TEST(GazetteerTest, CountryCentroid) {
  auto g = Sample();
  ASSERT_NE(nullptr, g->Country("IRN"));
  EXPECT_EQ("Iran", g->Country("IRN")->name);
  EXPECT_EQ(nullptr, g->Country("XXX"));
}

TEST(GazetteerTest, MalformedLineNamesFileAndLine) {
  auto path = std::filesystem::temp_directory_path() / "khaldun_gazetteer_bad.tsv";
  {
    std::ofstream out(path);
    out << "name\tcountry\tkind\tlatitude\tlongitude\n";
    out << "Tehran\tIRN\tcapital\t35.69\t51.39\n";
    out << "Nowhere\tIRN\tcapital\tnorth\t51.39\n";
  }
  auto g = Gazetteer::Load(path.string());
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(path.string() + ":3: expected name<TAB>alpha3<TAB>kind<TAB>latitude<TAB>longitude",
            g.status().ToString());
  std::filesystem::remove(path);
}

TEST(GazetteerTest, AlternativeNamesMatchButNeverHideAMainName) {
  auto path = std::filesystem::temp_directory_path() / "khaldun_gazetteer_alt.tsv";
  {
    std::ofstream out(path);
    out << "name\talpha3\tkind\tlatitude\tlongitude\talt_names\n";
    out << "Aleppo\tSYR\tcity\t36.20\t37.16\tHalab;Haleb\n";
    // An alternative spelling that is another place's name loses to it.
    out << "Donbas\tUKR\tcity\t48.00\t38.00\tDonbass;Aleppo\n";
    // An acronym is no place name: "us" is a pronoun.
    out << "United States\tUSA\tcountry\t39.8\t-98.6\tUS;U.S.;America\n";
  }
  auto g = Gazetteer::Load(path.string());
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  std::string text = "fighting near Halab and in the Donbass and Aleppo";
  auto tokens = WordTokens(text);
  size_t length = 0;
  const Place* p = (*g)->MatchAt(tokens, 2, &length);
  ASSERT_NE(nullptr, p);
  EXPECT_EQ("Aleppo", p->name);
  p = (*g)->MatchAt(tokens, 6, &length);
  ASSERT_NE(nullptr, p);
  EXPECT_EQ("Donbas", p->name);
  p = (*g)->MatchAt(tokens, 8, &length);
  ASSERT_NE(nullptr, p);
  EXPECT_EQ("Aleppo", p->name);
  std::string us = "they told us about America";
  auto us_tokens = WordTokens(us);
  EXPECT_EQ(nullptr, (*g)->MatchAt(us_tokens, 2, &length));
  p = (*g)->MatchAt(us_tokens, 4, &length);
  ASSERT_NE(nullptr, p);
  EXPECT_EQ("United States", p->name);
  std::filesystem::remove(path);
}

TEST(GazetteerTest, TheProjectGazetteerLoads) {
  std::string path = std::string(KHALDUN_SOURCE_DIR) + "/data/geo/places.tsv";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "data/geo/places.tsv not written yet";
  auto g = Gazetteer::Load(path);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_GT((*g)->size(), 400u);
  ASSERT_NE(nullptr, (*g)->Country("IRQ"));
}

}  // namespace
}  // namespace khaldun
