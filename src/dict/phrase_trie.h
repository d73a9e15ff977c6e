// The compiled phrase matcher: a trie over word ids. Every distinct
// dictionary word gets an id; a word marked as a stem gets an id of its own
// in a second table. A token maps to a small set of ids (its whole-word id
// and the id of every stem it begins with), and the trie is walked from each
// start position with the set of live nodes. The walk from one start stops
// after at most the longest phrase's length, so a sentence costs
// O(tokens x longest phrase x stems per token): linear in its length.
//
// Thread-safety: immutable after Build/Deserialize.
#ifndef KHALDUN_DICT_PHRASE_TRIE_H_
#define KHALDUN_DICT_PHRASE_TRIE_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dict/word_table.h"
#include "khaldun/dictionary.h"

namespace khaldun::internal {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordIds = std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>>;

class PhraseTrie {
 public:
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  static constexpr uint32_t kRoot = 0;

  static PhraseTrie Build(const std::vector<CompiledPhrase>& phrases);

  // Appends the ids `upper` (an upper-cased token) matches.
  void TokenLabels(std::string_view upper, std::vector<uint32_t>* out) const;
  uint32_t Child(uint32_t node, uint32_t label) const;
  // Phrases ending at `node`, ascending by phrase index.
  uint32_t payload_begin(uint32_t node) const { return payload_begin_[node]; }
  uint32_t payload_end(uint32_t node) const { return payload_begin_[node + 1]; }
  uint32_t payload_phrase(uint32_t i) const { return payload_phrase_[i]; }
  uint8_t payload_kind(uint32_t i) const { return payload_kind_[i]; }
  uint32_t payload_id(uint32_t i) const { return payload_id_[i]; }
  uint32_t payload_specificity(uint32_t i) const { return payload_specificity_[i]; }

  size_t node_count() const { return payload_begin_.empty() ? 0 : payload_begin_.size() - 1; }

  // True when every payload names a phrase of `phrases` with its kind and id.
  bool ConsistentWith(const std::vector<CompiledPhrase>& phrases) const;

  void Serialize(std::string* out) const;
  // Reads what Serialize wrote from the front of *in; false if malformed.
  bool Deserialize(std::string_view* in);

 private:
  void IndexWords();
  void IndexStemFilters();
  void IndexRoot();

  std::vector<std::string> exact_words_, stem_words_;  // id order within each table
  std::vector<uint32_t> stem_ids_;                     // label id of stem_words_[i]
  WordTable exact_, stems_;  // lookup tables built from the word lists
  uint32_t min_stem_ = 0xFFFFFFFFu, max_stem_ = 0;
  // Cheap filters that spare most hash lookups of a token's prefixes: which
  // stem lengths exist (bit n = some stem has n bytes, n < 64) and which
  // first-two-byte pairs begin a stem.
  uint64_t stem_lengths_ = 0;
  std::vector<bool> stem_heads_;
  std::vector<uint32_t> edge_begin_, edge_label_, edge_target_;
  // The root's child by label (kNone when absent): every token's labels are
  // looked up at the root, where a binary search over tens of thousands of
  // first words cost a quarter of the matcher's time (TABARI dictionaries).
  std::vector<uint32_t> root_child_;
  std::vector<uint32_t> payload_begin_, payload_phrase_, payload_id_, payload_specificity_;
  std::vector<uint8_t> payload_kind_;
};

}  // namespace khaldun::internal

#endif  // KHALDUN_DICT_PHRASE_TRIE_H_
