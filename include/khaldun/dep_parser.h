// Dependency parsing: a greedy arc-standard transition parser with an
// averaged-perceptron model over hashed features (Nivre 2004; Zhang & Nivre
// 2011's feature set, reduced), labelled with Universal Dependencies
// relations ("nsubj", "obj", "obl:agent"...).
//
// Input is a sentence whose tokens carry text and PTB POS tags (from
// SyntaxModel::TagPos); output is one head and one relation per token. The
// parser is projective and always returns a single tree: exactly one token
// has head -1 and relation "root".
//
//   auto deps = khaldun::DepModel::Load(khaldun::DepModel::DefaultPath());
//   if (!deps.ok()) return deps.status();
//   std::vector<khaldun::DepArc> arcs;
//   (*deps)->Parse(tokens, &arcs);   // arcs[i].head: index of i's head, -1 = root
//   (*deps)->LabelName(arcs[i].label)  // "nsubj"
//
// Thread-safety: a loaded DepModel is immutable; any number of threads may
// call Parse at once (each thread reuses its own scratch buffers, so parsing
// allocates nothing once the buffers have grown to the longest sentence).
#ifndef KHALDUN_DEP_PARSER_H_
#define KHALDUN_DEP_PARSER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/document.h"
#include "khaldun/status.h"

namespace khaldun {

struct DepArc {
  int32_t head = -1;  // index of the head token in the sentence; -1 for the root
  uint8_t label = 0;  // index into DepModel::LabelName
  friend bool operator==(const DepArc&, const DepArc&) = default;
};

struct DepModelInfo {
  uint32_t format_version = 0;
  uint64_t source_hash = 0;  // FNV-1a of the training files and options
  std::string provenance;    // training command, sources and options, as text
  uint64_t file_bytes = 0;
  uint32_t features = 0;     // distinct hashed features kept
};

namespace internal {
class DepModelData;
}

class DepModel {
 public:
  // The committed model: KHALDUN_SOURCE_DIR "/models/deps.bin".
  static std::string DefaultPath();

  // Reads a model file. Errors: kNotFound/kIoError when unreadable;
  // kCorruption for another magic number, format version or POS tag set, a
  // checksum mismatch or a malformed payload.
  static Result<std::shared_ptr<const DepModel>> Load(const std::string& path);
  static Result<std::shared_ptr<const DepModel>> FromBytes(std::string_view bytes);

  // Parses one sentence whose tokens have text and pos set. Resizes *out to
  // the sentence length. An empty sentence gives an empty *out.
  void Parse(std::span<const Token> sentence, std::vector<DepArc>* out) const;

  // "nsubj" for a label index; "" when out of range.
  std::string_view LabelName(uint8_t label) const;
  // The index of a relation name, or -1 when the model does not know it.
  int LabelId(std::string_view name) const;
  int num_labels() const;

  const DepModelInfo& info() const { return info_; }

  // For the trainer and the model file reader; not for general use.
  DepModel(std::unique_ptr<internal::DepModelData> data, DepModelInfo info);
  ~DepModel();
  const internal::DepModelData& data() const { return *data_; }

 private:
  std::unique_ptr<internal::DepModelData> data_;
  DepModelInfo info_;
};

}  // namespace khaldun

#endif  // KHALDUN_DEP_PARSER_H_
