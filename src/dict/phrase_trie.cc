#include "dict/phrase_trie.h"

#include <algorithm>
#include <cstring>

namespace khaldun::internal {
namespace {

template <typename T>
void PutVector(const std::vector<T>& v, std::string* out) {
  uint64_t n = v.size();
  out->append(reinterpret_cast<const char*>(&n), sizeof n);
  if (n) out->append(reinterpret_cast<const char*>(v.data()), n * sizeof(T));
}

template <typename T>
bool GetVector(std::string_view* in, std::vector<T>* v) {
  uint64_t n;
  if (in->size() < sizeof n) return false;
  std::memcpy(&n, in->data(), sizeof n);
  in->remove_prefix(sizeof n);
  if (n > in->size() / sizeof(T)) return false;
  v->resize(n);
  if (n) std::memcpy(v->data(), in->data(), n * sizeof(T));
  in->remove_prefix(n * sizeof(T));
  return true;
}

void PutStrings(const std::vector<std::string>& v, std::string* out) {
  std::vector<uint32_t> lengths;
  std::string all;
  for (const auto& s : v) {
    lengths.push_back(static_cast<uint32_t>(s.size()));
    all += s;
  }
  PutVector(lengths, out);
  std::vector<char> chars(all.begin(), all.end());
  PutVector(chars, out);
}

bool GetStrings(std::string_view* in, std::vector<std::string>* v) {
  std::vector<uint32_t> lengths;
  std::vector<char> chars;
  if (!GetVector(in, &lengths) || !GetVector(in, &chars)) return false;
  v->clear();
  v->reserve(lengths.size());
  size_t pos = 0;
  for (uint32_t n : lengths) {
    if (pos + n > chars.size()) return false;
    v->emplace_back(chars.data() + pos, n);
    pos += n;
  }
  return true;
}

}  // namespace

PhraseTrie PhraseTrie::Build(const std::vector<CompiledPhrase>& phrases) {
  PhraseTrie t;
  uint32_t next_label = 0;
  std::unordered_map<uint64_t, uint32_t> children;  // (node << 32 | label) -> child
  std::vector<std::vector<uint32_t>> node_payloads(1);
  for (uint32_t p = 0; p < phrases.size(); ++p) {
    uint32_t node = kRoot;
    for (const PhraseWord& w : phrases[p].words) {
      WordIds& table = w.prefix ? t.stems_ : t.exact_;
      auto [it, inserted] = table.emplace(w.text, next_label);
      if (inserted) {
        ++next_label;
        if (w.prefix) {
          t.stem_words_.push_back(w.text);
          t.stem_ids_.push_back(it->second);
        } else {
          t.exact_words_.push_back(w.text);
        }
      }
      uint64_t key = (static_cast<uint64_t>(node) << 32) | it->second;
      auto [child, added] = children.emplace(key, static_cast<uint32_t>(node_payloads.size()));
      if (added) node_payloads.emplace_back();
      node = child->second;
    }
    node_payloads[node].push_back(p);
  }
  // Flatten: edges grouped by parent, sorted by label for binary search.
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> edges(node_payloads.size());
  for (const auto& [key, child] : children) edges[key >> 32].push_back({static_cast<uint32_t>(key), child});
  t.edge_begin_.push_back(0);
  for (auto& e : edges) {
    std::sort(e.begin(), e.end());
    for (auto [label, child] : e) {
      t.edge_label_.push_back(label);
      t.edge_target_.push_back(child);
    }
    t.edge_begin_.push_back(static_cast<uint32_t>(t.edge_label_.size()));
  }
  t.payload_begin_.push_back(0);
  for (const auto& list : node_payloads) {
    for (uint32_t p : list) {
      t.payload_phrase_.push_back(p);
      t.payload_kind_.push_back(static_cast<uint8_t>(phrases[p].kind));
      t.payload_id_.push_back(phrases[p].id);
    }
    t.payload_begin_.push_back(static_cast<uint32_t>(t.payload_phrase_.size()));
  }
  for (const auto& s : t.stem_words_) {
    t.min_stem_ = std::min<uint32_t>(t.min_stem_, s.size());
    t.max_stem_ = std::max<uint32_t>(t.max_stem_, s.size());
  }
  return t;
}

void PhraseTrie::IndexWords() {
  // Exact words got labels in first-seen order interleaved with stems; the
  // label of exact_words_[i] is recovered as the one not used by stems.
  exact_.clear();
  stems_.clear();
  min_stem_ = 0xFFFFFFFFu;
  max_stem_ = 0;
  std::vector<bool> is_stem(exact_words_.size() + stem_words_.size(), false);
  for (size_t i = 0; i < stem_words_.size(); ++i) {
    stems_.emplace(stem_words_[i], stem_ids_[i]);
    if (stem_ids_[i] < is_stem.size()) is_stem[stem_ids_[i]] = true;
    min_stem_ = std::min<uint32_t>(min_stem_, stem_words_[i].size());
    max_stem_ = std::max<uint32_t>(max_stem_, stem_words_[i].size());
  }
  exact_.reserve(exact_words_.size());
  uint32_t label = 0;
  for (const auto& w : exact_words_) {
    while (label < is_stem.size() && is_stem[label]) ++label;
    exact_.emplace(w, label++);
  }
}

void PhraseTrie::TokenLabels(std::string_view upper, std::vector<uint32_t>* out) const {
  if (auto it = exact_.find(upper); it != exact_.end()) out->push_back(it->second);
  if (stems_.empty() || upper.size() < min_stem_) return;
  size_t longest = std::min<size_t>(upper.size(), max_stem_);
  for (size_t len = min_stem_; len <= longest; ++len) {
    if (auto it = stems_.find(upper.substr(0, len)); it != stems_.end()) out->push_back(it->second);
  }
}

uint32_t PhraseTrie::Child(uint32_t node, uint32_t label) const {
  auto first = edge_label_.begin() + edge_begin_[node];
  auto last = edge_label_.begin() + edge_begin_[node + 1];
  auto it = std::lower_bound(first, last, label);
  if (it == last || *it != label) return kNone;
  return edge_target_[it - edge_label_.begin()];
}

void PhraseTrie::Serialize(std::string* out) const {
  PutStrings(exact_words_, out);
  PutStrings(stem_words_, out);
  PutVector(stem_ids_, out);
  PutVector(edge_begin_, out);
  PutVector(edge_label_, out);
  PutVector(edge_target_, out);
  PutVector(payload_begin_, out);
  PutVector(payload_phrase_, out);
  PutVector(payload_id_, out);
  PutVector(payload_kind_, out);
}

bool PhraseTrie::Deserialize(std::string_view* in) {
  if (!GetStrings(in, &exact_words_) || !GetStrings(in, &stem_words_) || !GetVector(in, &stem_ids_) ||
      !GetVector(in, &edge_begin_) || !GetVector(in, &edge_label_) || !GetVector(in, &edge_target_) ||
      !GetVector(in, &payload_begin_) || !GetVector(in, &payload_phrase_) || !GetVector(in, &payload_id_) ||
      !GetVector(in, &payload_kind_))
    return false;
  if (stem_ids_.size() != stem_words_.size() || edge_begin_.empty() || payload_begin_.empty() ||
      edge_begin_.size() != payload_begin_.size() || edge_label_.size() != edge_target_.size() ||
      edge_begin_.back() != edge_label_.size() || payload_begin_.back() != payload_phrase_.size() ||
      payload_id_.size() != payload_phrase_.size() || payload_kind_.size() != payload_phrase_.size())
    return false;
  for (uint32_t target : edge_target_)
    if (target >= payload_begin_.size() - 1) return false;
  IndexWords();
  return true;
}

}  // namespace khaldun::internal
