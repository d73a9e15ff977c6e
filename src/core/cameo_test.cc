#include "khaldun/cameo.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <cstdio>
#include <fstream>

namespace khaldun {
namespace {

std::string Root() { return KHALDUN_SOURCE_DIR; }

TEST(CameoCodebookTest, TheProjectTablesCoverEveryRootWithScores) {
  auto book = CameoCodebook::Load(Root() + "/data/cameo/cameo_codes.tsv",
                                  Root() + "/data/cameo/cameo_plover.tsv");
  ASSERT_TRUE(book.ok()) << book.status().ToString();
  for (int root = 1; root <= 20; ++root) {
    char code[3];
    std::snprintf(code, sizeof code, "%02d", root);
    EXPECT_TRUE((*book)->IsEventCode(code)) << code;
  }
  // Facts of the codebook: assassination is material conflict at -10 on the
  // Goldstein scale; hosting a visit is verbal cooperation.
  const CameoCode* assassinate = (*book)->Find("186");
  ASSERT_NE(nullptr, assassinate);
  EXPECT_EQ(QuadClass::kMaterialConflict, assassinate->quad_class);
  EXPECT_DOUBLE_EQ(-10.0, assassinate->goldstein);
  EXPECT_EQ(QuadClass::kVerbalCooperation, (*book)->Find("043")->quad_class);
  EXPECT_FALSE((*book)->IsEventCode("999"));
  EXPECT_GT((*book)->size(), 280u);
}

TEST(CameoCodebookTest, UnknownCodeInPloverTableNamesTheLine) {
  auto dir = std::filesystem::temp_directory_path();
  auto codes = (dir / "khaldun_codes.tsv").string();
  auto plover = (dir / "khaldun_plover.tsv").string();
  std::ofstream(codes) << "code\tname\tgoldstein\tquad_class\n043\tHost a visit\t2.8\t1\n";
  std::ofstream(plover) << "cameo_code\tplover_event\tplover_mode\n043\tCONSULT\tvisit\n999\tX\t-\n";
  auto book = CameoCodebook::Load(codes, plover);
  ASSERT_FALSE(book.ok());
  EXPECT_EQ(plover + ":3: '999' is not in the CAMEO codes table", book.status().ToString());
}

}  // namespace
}  // namespace khaldun
