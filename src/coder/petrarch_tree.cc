#include "coder/petrarch_tree.h"

#include <cctype>

namespace khaldun::internal {
namespace {

bool Alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

}  // namespace

int PetrarchTree::CommonAncestor(uint32_t a, uint32_t b) const {
  if (a >= leaf_node.size() || b >= leaf_node.size()) return -1;
  int n = leaf_node[a];
  while (n >= 0 && !(nodes[n].begin <= b && b < nodes[n].end)) n = nodes[n].parent;
  return n;
}

int PetrarchTree::SubjectOf(uint32_t leaf) const {
  if (leaf >= leaf_node.size()) return -1;
  int from = leaf_node[leaf];
  for (int n = nodes[from].parent; n >= 0; from = n, n = nodes[n].parent) {
    const std::string& l = nodes[n].label;
    if (l == "NP" || l == "PP" || l == "SBAR" || l == "ROOT") return -1;
    if (l != "S" && l != "SQ" && l != "SINV") continue;
    int subject = -1;
    for (int c : nodes[n].children) {
      if (c == from) break;
      if (nodes[c].label == "NP" && !nodes[c].temporal) subject = c;
    }
    if (subject >= 0) return subject;
  }
  return -1;
}

std::vector<int> PetrarchTree::GoverningVerbs(uint32_t leaf) const {
  std::vector<int> out;
  if (leaf >= leaf_node.size()) return out;
  int own = nodes[leaf_node[leaf]].parent;  // the verb's own phrase
  if (own < 0) return out;
  for (int n = nodes[own].parent; n >= 0; n = nodes[n].parent) {
    if (nodes[n].label != "VP") continue;
    for (int c : nodes[n].children)
      if (nodes[c].label.starts_with("VB") && nodes[c].children.empty()) {
        out.push_back(static_cast<int>(nodes[c].begin));
        break;
      }
  }
  return out;
}

std::vector<int> PetrarchTree::ObjectsOf(uint32_t leaf) const {
  std::vector<int> nps, clauses, pps;
  if (leaf >= leaf_node.size()) return nps;
  int verb = leaf_node[leaf];
  int vp = nodes[verb].parent;
  if (vp < 0 || nodes[vp].label != "VP") return nps;
  auto subject = [&](int clause) {
    for (int c : nodes[clause].children) {
      if (nodes[c].label == "VP") break;
      if (nodes[c].label == "NP" && !nodes[c].temporal) return c;
    }
    return -1;
  };
  bool after = false;
  for (int c : nodes[vp].children) {
    if (c == verb) {
      after = true;
      continue;
    }
    if (!after) continue;
    const std::string& l = nodes[c].label;
    if (l == "NP" && !nodes[c].temporal) nps.push_back(c);
    if (l == "S") {
      if (int np = subject(c); np >= 0) clauses.push_back(np);
    }
    if (l == "SBAR")
      for (int k : nodes[c].children)
        if (nodes[k].label == "S")
          if (int np = subject(k); np >= 0) clauses.push_back(np);
    if (l == "PP")
      for (int k : nodes[c].children)
        if (nodes[k].label == "NP" && !nodes[k].temporal) {
          pps.push_back(k);
          break;
        }
  }
  nps.insert(nps.end(), clauses.begin(), clauses.end());
  nps.insert(nps.end(), pps.begin(), pps.end());
  return nps;
}

std::optional<PetrarchTree> ReadPetrarchTree(std::string_view text) {
  PetrarchTree tree;
  std::vector<int> stack;
  size_t i = 0;
  auto skip = [&] {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  };
  auto token = [&] {
    size_t start = i;
    while (i < text.size() && text[i] != '(' && text[i] != ')' &&
           !std::isspace(static_cast<unsigned char>(text[i])))
      ++i;
    return text.substr(start, i - start);
  };
  skip();
  while (i < text.size()) {
    if (text[i] == '(') {
      ++i;
      skip();
      std::string label(token());
      // "NP-SBJ-1" -> "NP"; "-LRB-" and "-NONE-" stay whole.
      const bool temporal = label.find("-TMP") != std::string::npos;
      if (size_t dash = label.find('-'); dash != std::string::npos && dash > 0) label.resize(dash);
      int id = static_cast<int>(tree.nodes.size());
      tree.nodes.push_back({label,
                            stack.empty() ? -1 : stack.back(),
                            {},
                            static_cast<uint32_t>(tree.leaves.size()),
                            0});
      tree.nodes.back().temporal = temporal;
      if (!stack.empty()) tree.nodes[stack.back()].children.push_back(id);
      stack.push_back(id);
    } else if (text[i] == ')') {
      ++i;
      if (stack.empty()) return std::nullopt;
      tree.nodes[stack.back()].end = static_cast<uint32_t>(tree.leaves.size());
      stack.pop_back();
      if (stack.empty()) {
        skip();
        if (i != text.size()) return std::nullopt;  // a second tree or a stray ')'
        break;
      }
    } else {
      std::string_view word = token();
      if (stack.empty()) return std::nullopt;
      if (tree.nodes[stack.back()].label != "-NONE-") {
        tree.leaves.emplace_back(word);
        tree.leaf_node.push_back(stack.back());
      }
    }
    skip();
  }
  if (!stack.empty() || tree.nodes.empty()) return std::nullopt;
  return tree;
}

bool AlignTokens(std::span<const Token> tokens, PetrarchTree* tree) {
  // Leaf of every letter or digit, in order.
  std::vector<int> char_leaf;
  std::string chars;
  for (size_t l = 0; l < tree->leaves.size(); ++l)
    for (char c : tree->leaves[l])
      if (Alnum(c)) {
        chars += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        char_leaf.push_back(static_cast<int>(l));
      }
  tree->token_leaf.assign(tokens.size(), -1);
  size_t at = 0;
  for (size_t t = 0; t < tokens.size(); ++t) {
    bool first = true;
    for (char c : tokens[t].text) {
      if (!Alnum(c)) continue;
      const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      // "Fornost and Gondor welcome ..." parsed as "(VBD welcomed)": the rest
      // of a leaf the previous token did not cover is skipped when the next
      // token begins the next leaf.
      if (first && at > 0 && at < chars.size() && chars[at] != lower &&
          char_leaf[at] == char_leaf[at - 1]) {
        size_t next = at;
        while (next < chars.size() && char_leaf[next] == char_leaf[at - 1]) ++next;
        if (next < chars.size() && chars[next] == lower) at = next;
      }
      // A parse of the sentence's first part only (COMPOUND-06's tree stops
      // before ", the official news agency WFNA said on Thursday"): the
      // tokens after it have no leaf.
      if (at >= chars.size() && first) return true;
      if (at >= chars.size() || chars[at] != lower) return false;
      if (first) tree->token_leaf[t] = char_leaf[at];
      first = false;
      ++at;
    }
  }
  return true;
}

}  // namespace khaldun::internal
