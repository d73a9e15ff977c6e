// Tag name tables. The order of kPosNames and kChunkTypeNames must follow the
// enums in syntax.h; the model file stores a hash of both tables so that a
// model trained under another numbering is refused at load time.
#include <array>

#include "khaldun/syntax.h"
#include "syntax/hashing.h"

namespace khaldun {
namespace {

constexpr std::array<std::string_view, kNumPosTags> kPosNames = {
    "",    "CC",  "CD",  "DT",   "EX",  "FW",  "IN",   "JJ",  "JJR", "JJS",   "LS",    "MD",
    "NN",  "NNS", "NNP", "NNPS", "PDT", "POS", "PRP",  "PRP$", "RB", "RBR",   "RBS",   "RP",
    "SYM", "TO",  "UH",  "VB",   "VBD", "VBG", "VBN",  "VBP", "VBZ", "WDT",   "WP",    "WP$",
    "WRB", "#",   "$",   "''",   "``",  "-LRB-", "-RRB-", ",", ".",   ":",     "HYPH",  "NFP",
    "ADD", "GW",  "AFX"};

constexpr std::array<std::string_view, static_cast<int>(ChunkType::kCount)> kChunkTypeNames = {
    "", "NP", "VP", "PP", "ADVP", "SBAR", "ADJP", "PRT", "CONJP", "INTJ", "LST", "UCP"};

constexpr std::array<std::string_view, kNumChunkTags> kChunkTagNames = {
    "",        "O",      "B-NP",   "I-NP",    "B-VP",    "I-VP",   "B-PP",   "I-PP",
    "B-ADVP",  "I-ADVP", "B-SBAR", "I-SBAR",  "B-ADJP",  "I-ADJP", "B-PRT",  "I-PRT",
    "B-CONJP", "I-CONJP", "B-INTJ", "I-INTJ", "B-LST",   "I-LST",  "B-UCP",  "I-UCP"};

}  // namespace

std::string_view PosTagName(uint8_t id) { return id < kNumPosTags ? kPosNames[id] : ""; }

std::optional<uint8_t> PosTagId(std::string_view name) {
  if (name == "(") return kPosLRB;  // CoNLL-2000 writes brackets bare
  if (name == ")") return kPosRRB;
  for (int i = 1; i < kNumPosTags; ++i) {
    if (kPosNames[i] == name) return static_cast<uint8_t>(i);
  }
  return std::nullopt;
}

bool IsVerbTag(uint8_t p) { return (p >= kPosVB && p <= kPosVBZ) || p == kPosMD; }
bool IsNounTag(uint8_t p) { return p >= kPosNN && p <= kPosNNPS; }
bool IsProperTag(uint8_t p) { return p == kPosNNP || p == kPosNNPS; }

std::string_view ChunkTypeName(ChunkType type) {
  auto i = static_cast<int>(type);
  return i < static_cast<int>(ChunkType::kCount) ? kChunkTypeNames[i] : "";
}

std::string_view ChunkTagName(uint8_t id) { return id < kNumChunkTags ? kChunkTagNames[id] : ""; }

std::optional<uint8_t> ChunkTagId(std::string_view name) {
  for (int i = 1; i < kNumChunkTags; ++i) {
    if (kChunkTagNames[i] == name) return static_cast<uint8_t>(i);
  }
  return std::nullopt;
}

namespace internal {

uint32_t TagSetHash() {
  uint64_t h = kFnvOffset;
  for (auto n : kPosNames) h = Fnv1a(n, Fnv1a("|", h));
  for (auto n : kChunkTagNames) h = Fnv1a(n, Fnv1a("|", h));
  return static_cast<uint32_t>(h ^ (h >> 32));
}

}  // namespace internal
}  // namespace khaldun
