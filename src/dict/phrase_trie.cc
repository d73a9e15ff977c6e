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
  WordIds exact, stems;  // construction-time maps; lookups use the flat tables
  std::vector<uint32_t> exact_ids;
  uint32_t next_label = 0;
  size_t total_words = 0;
  for (const auto& p : phrases) total_words += p.words.size();
  exact.reserve(total_words);
  std::unordered_map<uint64_t, uint32_t> children;  // (node << 32 | label) -> child
  children.reserve(total_words);
  struct Edge {
    uint32_t parent, label, child;
  };
  std::vector<Edge> edges;
  std::vector<std::pair<uint32_t, uint32_t>> ends;  // (node, phrase), in phrase order
  uint32_t node_count = 1;
  for (uint32_t p = 0; p < phrases.size(); ++p) {
    uint32_t node = kRoot;
    for (const PhraseWord& w : phrases[p].words) {
      WordIds& table = w.prefix ? stems : exact;
      auto [it, inserted] = table.emplace(w.text, next_label);
      if (inserted) {
        ++next_label;
        if (w.prefix) {
          t.stem_words_.push_back(w.text);
          t.stem_ids_.push_back(it->second);
        } else {
          t.exact_words_.push_back(w.text);
          exact_ids.push_back(it->second);
        }
      }
      uint64_t key = (static_cast<uint64_t>(node) << 32) | it->second;
      auto [child, added] = children.emplace(key, node_count);
      if (added) edges.push_back({node, it->second, node_count++});
      node = child->second;
    }
    ends.push_back({node, p});
  }
  // Flatten: edges grouped by parent and sorted by label for binary search;
  // payloads grouped by node, in phrase order (stable sort).
  std::sort(edges.begin(), edges.end(),
            [](const Edge& a, const Edge& b) { return a.parent != b.parent ? a.parent < b.parent : a.label < b.label; });
  t.edge_begin_.assign(node_count + 1, 0);
  t.edge_label_.reserve(edges.size());
  t.edge_target_.reserve(edges.size());
  for (const Edge& e : edges) {
    ++t.edge_begin_[e.parent + 1];
    t.edge_label_.push_back(e.label);
    t.edge_target_.push_back(e.child);
  }
  for (uint32_t n = 0; n < node_count; ++n) t.edge_begin_[n + 1] += t.edge_begin_[n];
  std::stable_sort(ends.begin(), ends.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  t.payload_begin_.assign(node_count + 1, 0);
  for (auto [node, p] : ends) {
    ++t.payload_begin_[node + 1];
    t.payload_phrase_.push_back(p);
    t.payload_kind_.push_back(static_cast<uint8_t>(phrases[p].kind));
    t.payload_id_.push_back(phrases[p].id);
    t.payload_specificity_.push_back(PhraseSpecificity(phrases[p]));
  }
  for (uint32_t n = 0; n < node_count; ++n) t.payload_begin_[n + 1] += t.payload_begin_[n];
  t.exact_.Build(t.exact_words_, exact_ids);
  t.stems_.Build(t.stem_words_, t.stem_ids_);
  t.IndexStemFilters();
  t.IndexRoot();
  return t;
}

namespace {
uint32_t Head(std::string_view s) {
  return (static_cast<uint32_t>(static_cast<unsigned char>(s[0])) << 8) |
         (s.size() > 1 ? static_cast<unsigned char>(s[1]) : 0u);
}
}  // namespace

void PhraseTrie::IndexStemFilters() {
  min_stem_ = 0xFFFFFFFFu;
  max_stem_ = 0;
  stem_lengths_ = 0;
  stem_heads_.assign(1 << 16, false);
  for (const auto& s : stem_words_) {
    min_stem_ = std::min<uint32_t>(min_stem_, s.size());
    max_stem_ = std::max<uint32_t>(max_stem_, s.size());
    stem_lengths_ |= s.size() < 64 ? (uint64_t{1} << s.size()) : 0;
    if (!s.empty()) {
      stem_heads_[Head(s)] = true;
      // A one-byte stem "A" begins every token "A?": mark all its pairs.
      if (s.size() == 1)
        for (uint32_t c = 0; c < 256; ++c) stem_heads_[Head(s) | c] = true;
    }
  }
}

void PhraseTrie::IndexWords() {
  // Labels were handed out in first-seen order, interleaving exact words and
  // stems; an exact word's label is the next one not taken by a stem.
  std::vector<bool> is_stem(exact_words_.size() + stem_words_.size(), false);
  for (uint32_t id : stem_ids_)
    if (id < is_stem.size()) is_stem[id] = true;
  std::vector<uint32_t> exact_ids;
  exact_ids.reserve(exact_words_.size());
  uint32_t label = 0;
  for (size_t i = 0; i < exact_words_.size(); ++i) {
    while (label < is_stem.size() && is_stem[label]) ++label;
    exact_ids.push_back(label++);
  }
  exact_.Build(exact_words_, exact_ids);
  stems_.Build(stem_words_, stem_ids_);
  IndexStemFilters();
  IndexRoot();
}

void PhraseTrie::IndexRoot() {
  root_child_.assign(exact_words_.size() + stem_words_.size(), kNone);
  if (edge_begin_.size() < 2) return;
  for (uint32_t e = edge_begin_[kRoot]; e < edge_begin_[kRoot + 1]; ++e)
    if (edge_label_[e] < root_child_.size()) root_child_[edge_label_[e]] = edge_target_[e];
}

void PhraseTrie::TokenLabels(std::string_view upper, std::vector<uint32_t>* out) const {
  if (uint32_t id = exact_.Find(upper); id != WordTable::kMissing) out->push_back(id);
  if (stem_words_.empty() || upper.size() < min_stem_ || !stem_heads_[Head(upper)]) return;
  size_t longest = std::min<size_t>(upper.size(), max_stem_);
  // Every prefix is probed; its hash is carried from one length to the next.
  uint64_t h = WordTable::kHashBasis;
  for (size_t len = 1; len <= longest; ++len) {
    h = WordTable::HashStep(h, static_cast<unsigned char>(upper[len - 1]));
    if (len < min_stem_ || (len < 64 && !(stem_lengths_ & (uint64_t{1} << len)))) continue;
    if (uint32_t id = stems_.Find(upper.substr(0, len), WordTable::Finish(h)); id != WordTable::kMissing)
      out->push_back(id);
  }
}

uint32_t PhraseTrie::Child(uint32_t node, uint32_t label) const {
  if (node == kRoot) return label < root_child_.size() ? root_child_[label] : kNone;
  auto first = edge_label_.begin() + edge_begin_[node];
  auto last = edge_label_.begin() + edge_begin_[node + 1];
  auto it = std::lower_bound(first, last, label);
  if (it == last || *it != label) return kNone;
  return edge_target_[it - edge_label_.begin()];
}

bool PhraseTrie::ConsistentWith(const std::vector<CompiledPhrase>& phrases) const {
  for (size_t i = 0; i < payload_phrase_.size(); ++i) {
    uint32_t p = payload_phrase_[i];
    if (p >= phrases.size() || phrases[p].id != payload_id_[i] ||
        PhraseSpecificity(phrases[p]) != payload_specificity_[i] ||
        static_cast<uint8_t>(phrases[p].kind) != payload_kind_[i])
      return false;
  }
  return true;
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
  PutVector(payload_specificity_, out);
  PutVector(payload_kind_, out);
}

bool PhraseTrie::Deserialize(std::string_view* in) {
  if (!GetStrings(in, &exact_words_) || !GetStrings(in, &stem_words_) || !GetVector(in, &stem_ids_) ||
      !GetVector(in, &edge_begin_) || !GetVector(in, &edge_label_) || !GetVector(in, &edge_target_) ||
      !GetVector(in, &payload_begin_) || !GetVector(in, &payload_phrase_) || !GetVector(in, &payload_id_) || !GetVector(in, &payload_specificity_) ||
      !GetVector(in, &payload_kind_))
    return false;
  if (stem_ids_.size() != stem_words_.size() || edge_begin_.empty() || payload_begin_.empty() ||
      edge_begin_.size() != payload_begin_.size() || edge_label_.size() != edge_target_.size() ||
      edge_begin_.back() != edge_label_.size() || payload_begin_.back() != payload_phrase_.size() ||
      payload_id_.size() != payload_phrase_.size() || payload_specificity_.size() != payload_phrase_.size() || payload_kind_.size() != payload_phrase_.size())
    return false;
  for (uint32_t target : edge_target_)
    if (target >= payload_begin_.size() - 1) return false;
  IndexWords();
  return true;
}

}  // namespace khaldun::internal
