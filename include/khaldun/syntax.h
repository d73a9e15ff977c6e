// Part-of-speech tagging and chunking.
//
// A SyntaxModel holds two averaged-perceptron models trained by
// `khaldun train-syntax`: a Penn Treebank POS tagger and an IOB2 chunker
// (NP VP PP ADVP SBAR ADJP PRT CONJP INTJ LST UCP, as in CoNLL-2000). Both
// decode greedily left to right; tagging plus chunking runs at over a million
// tokens per second per core, with no allocation per token.
//
//   auto model = khaldun::SyntaxModel::Load(khaldun::SyntaxModel::DefaultPath());
//   if (!model.ok()) return model.status();
//   (*model)->Tag(tokens);   // fills Token::pos and Token::chunk
//
// Thread-safety: a loaded SyntaxModel is immutable; any number of threads may
// call its const methods at once (each thread uses its own scratch buffers).
#ifndef KHALDUN_SYNTAX_H_
#define KHALDUN_SYNTAX_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "khaldun/document.h"
#include "khaldun/status.h"

namespace khaldun {

// ---- Tag sets ---------------------------------------------------------------
// Ids are stable across builds (the model file records a hash of the tables).
// Id 0 means "not tagged" in both sets, matching Token's defaults.

// Penn Treebank POS tags plus the UD-EWT additions HYPH NFP ADD GW AFX.
// Brackets are "-LRB-"/"-RRB-"; the readers map CoNLL-2000's "(" ")" to them.
enum PosTag : uint8_t {
  kPosNone = 0,
  kPosCC, kPosCD, kPosDT, kPosEX, kPosFW, kPosIN, kPosJJ, kPosJJR, kPosJJS,
  kPosLS, kPosMD, kPosNN, kPosNNS, kPosNNP, kPosNNPS, kPosPDT, kPosPOS,
  kPosPRP, kPosPRPS,  // PRP$
  kPosRB, kPosRBR, kPosRBS, kPosRP, kPosSYM, kPosTO, kPosUH,
  kPosVB, kPosVBD, kPosVBG, kPosVBN, kPosVBP, kPosVBZ,
  kPosWDT, kPosWP, kPosWPS,  // WP$
  kPosWRB, kPosHash, kPosDollar, kPosCloseQuote, kPosOpenQuote, kPosLRB,
  kPosRRB, kPosComma, kPosPeriod, kPosColon, kPosHYPH, kPosNFP, kPosADD,
  kPosGW, kPosAFX,
  kNumPosTags  // one past the last id
};

// "NN" for kPosNN; "" for an id out of range (and for kPosNone).
std::string_view PosTagName(uint8_t id);
// The id of a tag name ("NN", "PRP$", "-LRB-", also "(" and ")"), or nullopt.
std::optional<uint8_t> PosTagId(std::string_view name);

// Coarse classes used by the clause analysis.
bool IsVerbTag(uint8_t pos);    // VB VBD VBG VBN VBP VBZ MD
bool IsNounTag(uint8_t pos);    // NN NNS NNP NNPS
bool IsProperTag(uint8_t pos);  // NNP NNPS

// Chunk types. A chunk tag id is 1 for "O", else 2 + 2*(type-1) for B-type and
// 3 + 2*(type-1) for I-type: B-NP = 2, I-NP = 3, B-VP = 4, ...
enum class ChunkType : uint8_t {
  kNone = 0,
  kNP, kVP, kPP, kADVP, kSBAR, kADJP, kPRT, kCONJP, kINTJ, kLST, kUCP,
  kCount
};
inline constexpr uint8_t kChunkO = 1;
inline constexpr int kNumChunkTags = 2 + 2 * (static_cast<int>(ChunkType::kCount) - 1);

inline uint8_t ChunkTagId(ChunkType type, bool begin) {
  return type == ChunkType::kNone ? kChunkO
                                  : static_cast<uint8_t>(2 * static_cast<int>(type) + (begin ? 0 : 1));
}
inline ChunkType ChunkTypeOf(uint8_t chunk) {
  return chunk < 2 || chunk >= kNumChunkTags ? ChunkType::kNone
                                             : static_cast<ChunkType>(chunk / 2);
}
inline bool ChunkIsBegin(uint8_t chunk) { return chunk >= 2 && chunk % 2 == 0; }

std::string_view ChunkTypeName(ChunkType type);  // "NP"; "" for kNone
// "B-NP", "I-VP", "O"; "" for 0 or an id out of range.
std::string_view ChunkTagName(uint8_t id);
// The id of "B-NP", "I-PP", "O"..., or nullopt.
std::optional<uint8_t> ChunkTagId(std::string_view name);

// ---- The model --------------------------------------------------------------

// What a model file says about itself.
struct SyntaxModelInfo {
  uint32_t format_version = 0;
  uint64_t source_hash = 0;   // FNV-1a of the training files and options
  std::string provenance;     // training command, sources and options, as text
  uint64_t file_bytes = 0;
  uint32_t pos_features = 0;  // distinct hashed features kept
  uint32_t chunk_features = 0;
  uint32_t tag_dictionary_words = 0;
};

namespace internal {
class SyntaxModelData;
}

class SyntaxModel {
 public:
  // The committed model: KHALDUN_SOURCE_DIR "/models/syntax.bin".
  static std::string DefaultPath();

  // Reads a model file. Errors: kNotFound/kIoError when unreadable;
  // kCorruption when the file is not a khaldun syntax model, was written by
  // another format version or tag set, or is damaged (checksum mismatch).
  static Result<std::shared_ptr<const SyntaxModel>> Load(const std::string& path);
  static Result<std::shared_ptr<const SyntaxModel>> FromBytes(std::string_view bytes);

  // Tags and chunks one sentence in place: sets every token's pos and chunk.
  // Only Token::text is read. An empty span is a no-op.
  void Tag(std::span<Token> sentence) const;
  // POS tags only (chunk untouched).
  void TagPos(std::span<Token> sentence) const;
  // Chunks a sentence whose pos fields are already set (by TagPos, or from a
  // Penn Treebank tree); tokens with pos 0 are treated as unknown.
  void Chunk(std::span<Token> sentence) const;
  // Tags and chunks every sentence of a document from the text stage.
  void Tag(AnalyzedDocument& doc) const;

  const SyntaxModelInfo& info() const { return info_; }

  // For the trainer and the model file reader; not for general use.
  explicit SyntaxModel(std::unique_ptr<internal::SyntaxModelData> data, SyntaxModelInfo info);
  ~SyntaxModel();
  const internal::SyntaxModelData& data() const { return *data_; }

 private:
  std::unique_ptr<internal::SyntaxModelData> data_;
  SyntaxModelInfo info_;
};

}  // namespace khaldun

#endif  // KHALDUN_SYNTAX_H_
