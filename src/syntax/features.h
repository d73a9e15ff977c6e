// Feature extraction for the POS tagger and the chunker.
//
// Every token's string hashes (word, lower case, prefixes, suffixes, shape)
// are computed once per sentence into a padded buffer; a feature is then a
// template number mixed with one or two of those hashes or tags, so no string
// is built per feature. The same code serves training and tagging, which is
// what keeps the two in agreement.
#ifndef KHALDUN_SYNTAX_FEATURES_H_
#define KHALDUN_SYNTAX_FEATURES_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "khaldun/document.h"

namespace khaldun::internal {

struct TokenHashes {
  uint64_t word = 0;   // exact text: the tag dictionary key
  uint64_t lower = 0;  // ASCII lower case
  uint64_t shape = 0;  // "Xx", "d,d", "x-x": runs of one class collapsed
  uint64_t prefix[4] = {};
  uint64_t suffix[4] = {};
  uint64_t flags = 0;  // digit / upper / hyphen / initial capital bits
};

// Positions -2, -1 and n, n+1 hold sentinels, so extractors never branch on bounds.
inline constexpr int kPad = 2;
// Tag values for positions outside the sentence (above every real id).
inline constexpr uint8_t kStartTag = 254;
inline constexpr uint8_t kEndTag = 255;

inline constexpr int kMaxPosFeatures = 32;
inline constexpr int kMaxChunkFeatures = 40;

// Fills (*out)[kPad + i] for every token text i, plus sentinels; reuses capacity.
void HashSentence(std::span<const std::string_view> words, std::vector<TokenHashes>* out);
void HashSentence(std::span<const Token> tokens, std::vector<TokenHashes>* out);
TokenHashes HashWord(std::string_view word);

// Features of token i given the two previous predicted tags. `h` points at the
// padded buffer's element for token 0. Returns the count written to out.
int PosFeatures(const TokenHashes* h, int i, uint8_t prev1, uint8_t prev2, uint32_t* out);

// The chunker is a first-order model decoded with Viterbi: a score for tag c
// at token i is emission(i, c) + transition(prev, c) + transition_pos(prev,
// pos_i, c). Emission features look only at words and POS tags, so they are
// scored once per token; the transition features are few enough to be
// expanded into dense tables when the model is loaded.
//
// Emission features of token i. `pos` is padded like `h` (pos[-2..n+1] valid).
int ChunkFeatures(const TokenHashes* h, const uint8_t* pos, int i, uint32_t* out);
// Feature ids of the transition from chunk tag `prev` (kStartTag at token 0),
// alone and with the current token's POS tag.
uint32_t ChunkTransitionFeature(uint8_t prev);
uint32_t ChunkTransitionPosFeature(uint8_t prev, uint8_t pos);

// IOB2 constraint: I-X may only follow B-X or I-X. Applied in training and
// decoding alike; it removes the inconsistent chunks a greedy decoder makes.
bool ChunkTransitionAllowed(uint8_t prev, uint8_t cur);

}  // namespace khaldun::internal

#endif  // KHALDUN_SYNTAX_FEATURES_H_
