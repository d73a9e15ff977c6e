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
      if (size_t dash = label.find('-'); dash != std::string::npos && dash > 0) label.resize(dash);
      int id = static_cast<int>(tree.nodes.size());
      tree.nodes.push_back({label,
                            stack.empty() ? -1 : stack.back(),
                            {},
                            static_cast<uint32_t>(tree.leaves.size()),
                            0});
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
      if (at >= chars.size() || chars[at] != std::tolower(static_cast<unsigned char>(c)))
        return false;
      if (first) tree->token_leaf[t] = char_leaf[at];
      first = false;
      ++at;
    }
  }
  return true;
}

}  // namespace khaldun::internal
