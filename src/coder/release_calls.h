// Calls for a release addressed to the captor the sentence names after them:
// "Tokyo demanded the release of the engineer, whom Chinese police detained
// in Shanghai last week". (A captor told before the call is found while the
// call is coded: CaptorOf, coder_earlier_acts.cc.)
#ifndef KHALDUN_SRC_CODER_RELEASE_CALLS_H_
#define KHALDUN_SRC_CODER_RELEASE_CALLS_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "coder/coder_internal.h"

namespace khaldun::coder_internal {

// "Russian police detained the opposition leader, and the EU demanded his
// release", "intelligence agents seized the aide, and Washington demanded
// he be freed": a release is asked of the state whose police (COP) or
// intelligence service (SPY) holds the detainee, its government. Returns
// that government's code for such a captor, else `captor` unchanged
// (armed forces stay: "the generals were told to free the prime minister"
// asks the junta that holds him).
std::string ReleaseAskedOf(std::string_view captor);

// For each call or demand for a release (0253, 1053) in `candidates` aimed
// at a detainee whom a later candidate of the sentence seized, arrested or
// abducted (173, 1711, 181; the same actor code), re-aims the call at that
// seizure's doer. A captor with no country takes the detainee's (a party
// added to `mentions` and `s` if not named). Notes each change on `s`. Not
// thread-safe on one SentenceContext.
void ReleaseCallsToLaterCaptors(SentenceContext& s, std::vector<Mention>* mentions,
                                std::vector<Candidate>* candidates);

// "Beijing demanded the release of the Chinese executive held in Vancouver",
// "Ottawa called for the release of jailed Saudi activists": a call or demand
// for a release (0253, 1053) still aimed at the person held (no state organ
// nor armed group, which hold others) is asked of the state holding them:
// that of the first place named after the person that is not the caller's
// country, else the person's own country when it is not the caller's. The
// government is added to `mentions` and `s` if not named. Run after
// ReleaseCallsToLaterCaptors.
void ReleaseCallsToTheHoldingState(SentenceContext& s, std::vector<Mention>* mentions,
                                   std::vector<Candidate>* candidates);

// "Iran seized a Greek tanker in the Gulf, and Athens demanded its immediate
// release": a call or demand for a release (0253, 1053) among `orphans` that
// found a speaker but no addressee is asked of the one party of another
// country that seized people or property (173, 1711, 181, 171) in the
// sentence; the call is added to `candidates` aimed at it (at its state's
// government when it is the armed forces or police of a state seizing a
// foreign party, added to `mentions` and `s` if not named). With captors of
// two countries, or none, nothing is added.
void ReleaseCallsWithNoAddressee(SentenceContext& s, std::vector<Mention>* mentions,
                                 std::span<const Candidate> orphans,
                                 std::vector<Candidate>* candidates);

// "The Security Council demanded a truce between the army and the rebels and
// the release of all hostages": a release (084x, no party of its own) joined
// by "and" to the objects of the demand (10) or appeal (02) before it, in the
// same clause, is demanded (1053) or appealed for (0253) by the same speaker
// of the one armed group (REB, INS, SEP, UAF) among that demand's targets;
// the candidate is added to `candidates`. Nothing with no or several such
// groups.
void ReleasesDemandedAlongside(const SentenceContext& s, std::span<const Mention> mentions,
                               std::span<const Candidate> orphans,
                               std::vector<Candidate>* candidates);

}  // namespace khaldun::coder_internal

#endif  // KHALDUN_SRC_CODER_RELEASE_CALLS_H_
