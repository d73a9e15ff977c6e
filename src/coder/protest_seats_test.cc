// Which seats of state a protest's object names (coder/protest_seats.h).
#include "coder/protest_seats.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coder/tagged_tokens_test_util.h"

namespace khaldun::coder_internal {
namespace {

using internal::Tagged;

std::vector<std::string> Seats(const std::string& tagged, TokenSpan verb) {
  const Tagged sentence(tagged);
  const std::span<const Token> tokens = sentence;
  return SeatsOfStateInObject(tokens, {}, verb,
                              internal::ClauseWindow{0, static_cast<uint32_t>(tokens.size())});
}

TEST(ProtestSeatsTest, TheVerbsOwnWordsLeadToTheObject) {
  // "set fire to" is one verb: its "to" does not end the object.
  EXPECT_EQ(std::vector<std::string>{"LEG"},
            Seats("Protesters/NNS set/VBD fire/NN to/TO the/DT parliament/NN building/NN", {1, 4}));
}

TEST(ProtestSeatsTest, APlaceWordRightAfterTheVerbIsReadPast) {
  EXPECT_EQ(std::vector<std::string>{"LEG"},
            Seats("Farmers/NNS rallied/VBD outside/IN the/DT senate/NN", {1, 2}));
  EXPECT_EQ((std::vector<std::string>{"LEG", "JUD"}),
            Seats("Crowds/NNS stormed/VBD the/DT national/JJ assembly/NN and/CC the/DT "
                  "supreme/JJ court/NN",
                  {1, 2}));
}

TEST(ProtestSeatsTest, AnotherPrepositionEndsTheObject) {
  // The march went through the city; the parliament it passed is no target.
  EXPECT_TRUE(Seats("Students/NNS marched/VBD through/IN the/DT city/NN past/IN parliament/NN",
                    {1, 2})
                  .empty());
  // A bare "court" or "palace" is no seat of state.
  EXPECT_TRUE(Seats("Fans/NNS stormed/VBD the/DT court/NN", {1, 2}).empty());
}

}  // namespace
}  // namespace khaldun::coder_internal
