// The constituency tree PETRARCH-2 codes from, aligned with khaldun's tokens.
//
// A record's <Parse> ("(ROOT (S (NP (NNP Arnor)) (VP ...)))") is read into
// nodes with their leaf ranges; tokens are aligned with leaves by their
// letters and digits, so a tokenizer that splits differently still maps each
// token to the leaf where it starts.
#ifndef KHALDUN_CODER_PETRARCH_TREE_H_
#define KHALDUN_CODER_PETRARCH_TREE_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/document.h"

namespace khaldun::internal {

struct PetrarchTree {
  struct Node {
    std::string label;  // "NP", "CC", "NNP"; function tags dropped (NP-SBJ -> NP)
    int parent = -1;
    std::vector<int> children;
    uint32_t begin = 0;  // leaf range [begin, end)
    uint32_t end = 0;
    bool temporal = false;  // NP-TMP ("said today"): a time, not a participant
  };
  std::vector<Node> nodes;  // nodes[0] is the root
  std::vector<std::string> leaves;
  std::vector<int> leaf_node;   // leaf index -> its preterminal node
  std::vector<int> token_leaf;  // token index (of the aligned tokens) -> leaf, -1 if none

  // The lowest node covering leaves a and b.
  int CommonAncestor(uint32_t a, uint32_t b) const;

  // The subject noun phrase of the verb at `leaf` (a VB* preterminal), or -1:
  // up through the verb phrases that hold it to the first clause with a noun
  // phrase before them. "Arnor is about to restore ties": "restore" climbs
  // through "to restore ..." and "is about ..." to the subject "Arnor".
  int SubjectOf(uint32_t leaf) const;

  // The phrases that may hold the object of the verb at `leaf`, in the order
  // they are tried: the noun phrases after it in its own verb phrase, the
  // subjects of its complement clauses ("said that an arms embargo against
  // Mordor would not work" -> "an arms embargo against Mordor"), then the
  // noun phrases of its prepositional phrases ("said on Thursday" ->
  // "Thursday"). Times (NP-TMP, "said today") are never objects.
  std::vector<int> ObjectsOf(uint32_t leaf) const;

  // The leaves of the verbs whose phrases hold the verb at `leaf`, nearest
  // first: "Gollum abandoned efforts to stop a parade" -> "abandoned" for
  // "stop"; "Arnor will restore ties almost five years after crowds burned
  // down its embassy" -> "restore" (and "will") for "burned".
  std::vector<int> GoverningVerbs(uint32_t leaf) const;
};

// Reads one bracketed tree; nullopt when it is malformed (unbalanced).
std::optional<PetrarchTree> ReadPetrarchTree(std::string_view text);

// Fills tree->token_leaf for `tokens`. False when the characters differ.
bool AlignTokens(std::span<const Token> tokens, PetrarchTree* tree);

}  // namespace khaldun::internal

#endif  // KHALDUN_CODER_PETRARCH_TREE_H_
