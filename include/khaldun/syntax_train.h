// Training and evaluating the syntax model (POS tagger + chunker).
//
// `khaldun train-syntax` and `khaldun eval-syntax` are thin fronts over these
// functions. Training is single-threaded and deterministic: the same corpora,
// options and seed give the same model bytes on every run and machine.
#ifndef KHALDUN_SYNTAX_TRAIN_H_
#define KHALDUN_SYNTAX_TRAIN_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "khaldun/status.h"
#include "khaldun/syntax.h"

namespace khaldun {

// One annotated sentence. chunk is empty when the corpus has no chunks (UD).
struct TaggedSentence {
  std::vector<std::string> words;
  std::vector<uint8_t> pos;    // PosTag ids
  std::vector<uint8_t> chunk;  // chunk tag ids, or empty
};

// CoNLL-2000: "WORD POS CHUNK" lines, blank line between sentences.
// Errors carry file:line (unknown tag, wrong column count).
Result<std::vector<TaggedSentence>> ReadConll2000(const std::string& path);

// CoNLL-U with PTB tags in the XPOS column. Multiword-token range lines
// ("3-4 don't") are skipped in favour of their syntactic words ("do", "n't"),
// which is how a PTB tokenizer splits them; empty nodes ("8.1") are skipped.
Result<std::vector<TaggedSentence>> ReadConllu(const std::string& path);

// Where the shared corpora live: KHALDUN_SOURCE_DIR "/../shared/corpora/syntax".
std::string SharedSyntaxCorpusDir();

struct SyntaxTrainOptions {
  // Corpora; an empty path leaves that corpus out.
  std::string conll2000_train = SharedSyntaxCorpusDir() + "/conll2000/train.txt";
  std::string ewt_train = SharedSyntaxCorpusDir() + "/ud_english_ewt/en_ewt-ud-train.conllu";
  int pos_iterations = 8;
  int chunk_iterations = 10;
  // The chunker learns from tags predicted by taggers trained on the other
  // folds (jackknifing), so that it sees tagger-like errors; 0 or 1 trains
  // it on the corpus tags. With the Viterbi chunker jackknifing gained
  // nothing measurable (93.59 vs 93.58 F1) and costs 4 extra taggers.
  int jackknife_folds = 0;
  uint32_t seed = 20260101;  // shuffles sentence order between iterations
  // Tag dictionary: words seen >= min_count times with one tag >= ratio of the time.
  int dictionary_min_count = 20;
  double dictionary_ratio = 0.97;
  // Averaged weights smaller than this are dropped from the model file: a
  // weight of 1 learnt once, mid-training, averages to about 0.5, so this
  // drops features that mattered for one or two examples (5 MB -> 1.8 MB,
  // -0.05 POS accuracy, -0.15 chunk F1).
  float prune_below = 1.1f;
};

// Progress messages go to `log` (may be empty).
using SyntaxLog = std::function<void(const std::string&)>;

// Reads the corpora named in options and trains; returns the model file bytes.
Result<std::string> TrainSyntaxModel(const SyntaxTrainOptions& options, const SyntaxLog& log = {});

// Trains from sentences in memory: POS from pos_data, the chunker from
// chunk_data (sentences with chunks). `source_hash` and `provenance` are
// written into the model as given.
Result<std::string> TrainSyntaxModelFrom(const std::vector<TaggedSentence>& pos_data,
                                         const std::vector<TaggedSentence>& chunk_data,
                                         const SyntaxTrainOptions& options, uint64_t source_hash,
                                         const std::string& provenance, const SyntaxLog& log = {});

// The source hash of the training files plus options, as stored in a model.
Result<uint64_t> SyntaxSourceHash(const SyntaxTrainOptions& options);

struct SyntaxEvaluation {
  uint64_t sentences = 0;
  uint64_t tokens = 0;
  uint64_t pos_correct = 0;
  // Chunks counted CoNLL-style (conlleval): a chunk is right when its type
  // and both boundaries match.
  uint64_t gold_chunks = 0;
  uint64_t predicted_chunks = 0;
  uint64_t correct_chunks = 0;
  // The same counts per chunk type, indexed by ChunkType.
  uint64_t gold_by_type[static_cast<int>(ChunkType::kCount)] = {};
  uint64_t predicted_by_type[static_cast<int>(ChunkType::kCount)] = {};
  uint64_t correct_by_type[static_cast<int>(ChunkType::kCount)] = {};
  double pos_accuracy() const { return tokens ? double(pos_correct) / tokens : 0; }
  double chunk_precision() const { return predicted_chunks ? double(correct_chunks) / predicted_chunks : 0; }
  double chunk_recall() const { return gold_chunks ? double(correct_chunks) / gold_chunks : 0; }
  double chunk_f1() const {
    double p = chunk_precision(), r = chunk_recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// Tags each sentence with the model (predicted POS feeds the chunker) and
// compares with its annotation; chunk figures only for sentences with chunks.
// With gold_pos the chunker reads the corpus tags instead (an upper bound).
SyntaxEvaluation EvaluateSyntax(const SyntaxModel& model, const std::vector<TaggedSentence>& data,
                                bool gold_pos = false);

// Chunks as (type, begin, end) triples from IOB tags, conlleval's rules:
// an I-X after O or after another type starts a chunk.
struct ChunkSpan {
  ChunkType type;
  uint32_t begin;
  uint32_t end;
  friend bool operator==(const ChunkSpan&, const ChunkSpan&) = default;
};
std::vector<ChunkSpan> ChunkSpans(std::span<const uint8_t> chunk_tags);

}  // namespace khaldun

#endif  // KHALDUN_SYNTAX_TRAIN_H_
