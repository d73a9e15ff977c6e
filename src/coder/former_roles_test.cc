#include "coder/former_roles.h"

#include <gtest/gtest.h>

namespace khaldun::internal {
namespace {

AgentEntry Role(std::string name, std::string code) {
  AgentEntry a;
  a.name = std::move(name);
  a.code = std::move(code);
  return a;
}

TEST(FormerRolesTest, StateOfficesOnly) {
  EXPECT_TRUE(IsStateOfficeCode("CANGOV"));
  EXPECT_TRUE(IsStateOfficeCode("USAMIL"));
  EXPECT_FALSE(IsStateOfficeCode("UGAREB"));  // "a former rebel commander" stays REB
  EXPECT_FALSE(IsStateOfficeCode("KENOPP"));
  EXPECT_FALSE(IsStateOfficeCode("USA"));
}

TEST(FormerRolesTest, HeadsAreElitesOthersTheirCountry) {
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

}  // namespace
}  // namespace khaldun::internal
