// Penn Treebank trees as pre-parsed input.
//
// PETRARCH's XML records carry a constituency parse per sentence in a
// <Parse> element, and treebank .mrg files hold the same bracketed format:
//
//   (ROOT (S (NP (NNP Arnor)) (VP (VBZ is) ...) (. .)))
//
// ReadPennTree turns one tree into words, POS tags and CoNLL-style chunks
// derived from the tree, so a sentence that comes with a parse needs no
// tagger: ApplyTree copies the tags onto the text stage's tokens, and the
// clause analysis then runs on the parser's analysis.
//
// Thread-safety: pure functions. Malformed trees give kInvalidArgument with
// the byte offset of the problem; no input aborts.
#ifndef KHALDUN_SYNTAX_TREE_H_
#define KHALDUN_SYNTAX_TREE_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/document.h"
#include "khaldun/status.h"

namespace khaldun {

struct ParsedTree {
  // Leaves in order, with -NONE- empty elements dropped and bracket escapes
  // undone ("-LRB-" -> "(").
  std::vector<std::string> words;
  std::vector<uint8_t> pos;    // PosTag ids; 0 for a label outside the tag set
  std::vector<uint8_t> chunk;  // IOB2 chunk tag ids derived from the tree
  // Labels that were mapped or dropped: "AUXD mapped to VBD", "unknown POS 'actor'".
  std::vector<std::string> warnings;
};

// Reads one bracketed tree (leading/trailing whitespace allowed). Function
// tags and indices are ignored (NP-SBJ-1 is NP). PETRARCH's auxiliary labels
// AUX, AUXB, AUXD, AUXG, AUXN, AUXP, AUXZ map to VB, VB, VBD, VBG, VBN, VBP, VBZ.
//
// Chunks follow the CoNLL-2000 conventions as far as a tree allows: a chunk
// is the run of leaves directly under one phrase (QP, ADJP, NML inside an NP
// belong to that NP), consecutive verb leaves form one VP, and punctuation
// or a coordinator is inside a chunk only between two leaves of it:
// "(NP (NP Tehran) (CC and) (NP Damascus))" -> [NP Tehran] and [NP Damascus].
Result<ParsedTree> ReadPennTree(std::string_view text);

// Reads every top-level tree in `text` (a .mrg file's content).
Result<std::vector<ParsedTree>> ReadPennTrees(std::string_view text);

// Copies the tree's tags onto `tokens` of the same sentence. Tokens and
// leaves are aligned by their characters (spaces ignored, quote styles and
// bracket escapes unified), so a tokenizer that splits differently from the
// treebank still gets a tag per token: the tag of the leaf where the token
// starts. kInvalidArgument when the characters differ; the caller then
// falls back to the tagger.
Status ApplyTree(const ParsedTree& tree, std::span<Token> tokens);

// Tokens viewing tree.words (valid while `tree` lives and is not modified),
// tagged and chunked from the tree.
std::vector<Token> TreeTokens(const ParsedTree& tree);

}  // namespace khaldun

#endif  // KHALDUN_SYNTAX_TREE_H_
