// Training and evaluating the dependency parser (khaldun/dep_parser.h).
//
// `khaldun train-deps` and `khaldun eval-deps` are thin fronts over these
// functions. Training is single-threaded and deterministic: the same corpora,
// options and seed give the same model bytes.
#ifndef KHALDUN_DEP_TRAIN_H_
#define KHALDUN_DEP_TRAIN_H_

#include <cstdint>
#include <string>
#include <vector>

#include "khaldun/dep_parser.h"
#include "khaldun/status.h"
#include "khaldun/syntax.h"
#include "khaldun/syntax_train.h"

namespace khaldun {

// One sentence of a treebank: words, PTB tags (XPOS), heads (-1 = root) and
// UD relations (DEPREL, subtypes kept: "nsubj:pass").
struct DepSentence {
  std::vector<std::string> words;
  std::vector<uint8_t> pos;
  std::vector<int32_t> head;
  std::vector<std::string> label;
};

// CoNLL-U basic trees. Multiword-token ranges and empty nodes are skipped as
// in ReadConllu. Errors carry file:line (bad column count, unknown XPOS,
// head out of range).
Result<std::vector<DepSentence>> ReadConlluTrees(const std::string& path);

// True when the tree has no crossing arcs (the arc-standard oracle can build it).
bool IsProjective(const std::vector<int32_t>& head);

struct DepTrainOptions {
  // Treebanks, read in place; an empty path leaves that treebank out.
  std::string ewt_train = SharedSyntaxCorpusDir() + "/ud_english_ewt/en_ewt-ud-train.conllu";
  std::string gum_train;  // e.g. SharedSyntaxCorpusDir() + "/ud_english_gum/en_gum-ud-train.conllu"
  int iterations = 12;
  // The parser reads the tags of khaldun's own tagger at run time, so it
  // learns from such tags: each fold's sentences are tagged by a tagger
  // trained on the other folds (plus CoNLL-2000, as the shipped tagger is).
  // 0 or 1 trains on the treebank's own tags.
  int jackknife_folds = 5;
  std::string conll2000_train = SharedSyntaxCorpusDir() + "/conll2000/train.txt";
  uint32_t seed = 20260101;
  // Averaged weights smaller than this are dropped from the model file.
  float prune_below = 1.1f;
};

// Reads the treebanks and trains; returns the model file bytes.
Result<std::string> TrainDepModel(const DepTrainOptions& options, const SyntaxLog& log = {});

// Trains from trees in memory (their pos is what the parser learns from).
// Non-projective trees are skipped. Labels are collected from the data.
Result<std::string> TrainDepModelFrom(const std::vector<DepSentence>& data,
                                      const DepTrainOptions& options, uint64_t source_hash,
                                      const std::string& provenance, const SyntaxLog& log = {});

struct DepEvaluation {
  uint64_t sentences = 0;
  uint64_t tokens = 0;
  uint64_t pos_correct = 0;
  uint64_t head_correct = 0;   // unlabelled attachment
  uint64_t arc_correct = 0;    // head and relation (full relation, subtypes included)
  uint64_t nonpunct_tokens = 0;
  uint64_t nonpunct_head_correct = 0;
  double uas() const { return tokens ? double(head_correct) / tokens : 0; }
  double las() const { return tokens ? double(arc_correct) / tokens : 0; }
  double uas_nonpunct() const {
    return nonpunct_tokens ? double(nonpunct_head_correct) / nonpunct_tokens : 0;
  }
};

// Parses each sentence and compares with its tree. When `tagger` is given the
// parser reads its predicted tags (the run-time setting), else the corpus tags.
DepEvaluation EvaluateDeps(const DepModel& model, const SyntaxModel* tagger,
                           const std::vector<DepSentence>& data);

}  // namespace khaldun

#endif  // KHALDUN_DEP_TRAIN_H_
