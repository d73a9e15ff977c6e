#include "coder/role_codes.h"

#include <gtest/gtest.h>

namespace khaldun::internal {
namespace {

AgentEntry Role(std::string name, std::string code) {
  AgentEntry a;
  a.name = std::move(name);
  a.code = std::move(code);
  return a;
}

TEST(RoleCodesTest, StateOfficesOnly) {
  EXPECT_TRUE(IsStateOfficeCode("CANGOV"));
  EXPECT_TRUE(IsStateOfficeCode("USAMIL"));
  EXPECT_FALSE(IsStateOfficeCode("UGAREB"));  // "a former rebel commander" stays REB
  EXPECT_FALSE(IsStateOfficeCode("KENOPP"));
  EXPECT_FALSE(IsStateOfficeCode("USA"));
}

TEST(RoleCodesTest, HeadsAreElitesOthersTheirCountry) {
  const AgentEntry president = Role("VICE PRESIDENT", "GOV");
  const AgentEntry leader = Role("JUNTA LEADER", "MIL");
  const AgentEntry diplomat = Role("DIPLOMAT", "GOV");
  const AgentEntry spokesman = Role("PRESIDENTIAL SPOKESMAN", "GOV");
  const AgentEntry marine = Role("MARINE", "MIL");
  EXPECT_EQ("ECUELI", FormerHolderCode("ECUGOV", &president));
  EXPECT_EQ("GINELI", FormerHolderCode("GINMIL", &leader));
  EXPECT_EQ("CAN", FormerHolderCode("CANGOV", &diplomat));
  EXPECT_EQ("BRA", FormerHolderCode("BRAGOV", &spokesman));
  EXPECT_EQ("USA", FormerHolderCode("USAMIL", &marine));
  // A named person's own code, or a code the role did not make.
  EXPECT_EQ("PERELI", FormerHolderCode("PERGOV", nullptr));
  EXPECT_EQ("CANELI", FormerHolderCode("CANGOV", &marine));
}

TEST(RoleCodesTest, FormerCabinetMembersAreElitesTheirDeputiesNot) {
  const AgentEntry interior = Role("INTERIOR !MINIST!", "GOV");
  const AgentEntry defence = Role("DEFENCE MINISTER", "GOV");
  const AgentEntry attorney = Role("ATTORNEY GENERAL", "JUD");
  const AgentEntry home = Role("HOME SECRETARY", "GOV");
  const AgentEntry deputy = Role("DEPUTY FOREIGN MINISTER", "GOV");
  const AgentEntry press = Role("PRESS SECRETARY", "GOV");
  EXPECT_EQ("PERELI", FormerHolderCode("PERGOV", &interior));
  EXPECT_EQ("ISRELI", FormerHolderCode("ISRGOV", &defence));
  EXPECT_EQ("MEXELI", FormerHolderCode("MEXJUD", &attorney));
  EXPECT_EQ("GBRELI", FormerHolderCode("GBRGOV", &home));
  EXPECT_EQ("RUS", FormerHolderCode("RUSGOV", &deputy));
  EXPECT_EQ("USA", FormerHolderCode("USAGOV", &press));
  // "a former deputy oil minister": the text makes the matched role a deputy's.
  EXPECT_EQ("VEN", FormerHolderCode("VENGOV", &interior, /*junior=*/true));
}

TEST(RoleCodesTest, AnArmedGroupsRolesAreItsOwn) {
  EXPECT_TRUE(RolesAreTheGroupsOwn("NGAREB"));
  EXPECT_TRUE(RolesAreTheGroupsOwn("PAKSEP"));
  EXPECT_FALSE(RolesAreTheGroupsOwn("USAGOV"));
  EXPECT_FALSE(RolesAreTheGroupsOwn("RUSOPP"));
  EXPECT_FALSE(RolesAreTheGroupsOwn("NGA"));
}

}  // namespace
}  // namespace khaldun::internal
