// Vehicles and loads a pattern's gap passes over (CarrierRunEnd, gap_runs.h).
#include <gtest/gtest.h>

#include "coder/gap_runs.h"
#include "coder/tagged_tokens_test_util.h"

namespace khaldun::internal {
namespace {

TEST(CarrierRunsTest, AVehicleAndItsWordOfCarryingArePassed) {
  const Tagged t("Oslo/NNP sent/VBD two/CD planes/NNS carrying/VBG tents/NNS to/TO Chad/NNP ./.");
  EXPECT_EQ(5u, CarrierRunEnd(t, 3, 9));  // "planes carrying"
  const Tagged u("Rome/NNP flew/VBD three/CD planeloads/NNS of/IN blankets/NNS to/TO Peru/NNP ./.");
  EXPECT_EQ(5u, CarrierRunEnd(u, 3, 9));  // "planeloads of"
  const Tagged v("Cairo/NNP sent/VBD lorries/NNS laden/JJ with/IN flour/NN to/TO Sudan/NNP ./.");
  EXPECT_EQ(5u, CarrierRunEnd(v, 2, 9));  // "lorries laden with"
}

TEST(CarrierRunsTest, NoRunWithoutAWordOfCarrying) {
  // The vehicle is the object itself: "sent two planes to Chad".
  const Tagged t("Oslo/NNP sent/VBD two/CD planes/NNS to/TO Chad/NNP ./.");
  EXPECT_EQ(3u, CarrierRunEnd(t, 3, 7));
  // "loaded" without "with", and a word that is no vehicle.
  const Tagged u("Cairo/NNP sent/VBD lorries/NNS loaded/VBN yesterday/NN ./.");
  EXPECT_EQ(2u, CarrierRunEnd(u, 2, 6));
  const Tagged v("Oslo/NNP sent/VBD envoys/NNS carrying/VBG letters/NNS ./.");
  EXPECT_EQ(2u, CarrierRunEnd(v, 2, 6));
  // Never past the end given.
  EXPECT_EQ(3u, CarrierRunEnd(t, 3, 4));
}

}  // namespace
}  // namespace khaldun::internal
