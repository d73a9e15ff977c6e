// Reading Penn Treebank trees and deriving chunks from them.
#include <string>

#include "khaldun/syntax.h"
#include "khaldun/syntax_tree.h"

namespace khaldun {
namespace {

struct Node {
  std::string label;  // phrase or POS label, function tags stripped
  int parent = -1;
  int leaf = -1;  // index into words, for pre-terminals
  bool pre_terminal = false;
  std::vector<int> children;
};

// "NP-SBJ-1" -> "NP", "PP-LOC=2" -> "PP"; "-LRB-" and "-NONE-" stay whole.
std::string StripFunctionTags(std::string_view label) {
  if (label.empty() || label[0] == '-') return std::string(label);
  size_t cut = label.find_first_of("-=", 1);
  return std::string(label.substr(0, cut));
}

std::string Unescape(std::string_view w) {
  if (w == "-LRB-") return "(";
  if (w == "-RRB-") return ")";
  if (w == "-LCB-") return "{";
  if (w == "-RCB-") return "}";
  if (w == "-LSB-") return "[";
  if (w == "-RSB-") return "]";
  return std::string(w);
}

uint8_t PosFor(const std::string& label, std::vector<std::string>* warnings) {
  if (auto id = PosTagId(label)) return *id;
  static const std::pair<const char*, uint8_t> kAux[] = {
      {"AUX", kPosVB},   {"AUXB", kPosVB},  {"AUXD", kPosVBD}, {"AUXG", kPosVBG},
      {"AUXN", kPosVBN}, {"AUXP", kPosVBP}, {"AUXZ", kPosVBZ}};
  for (const auto& [name, id] : kAux) {
    if (label == name) {
      warnings->push_back(label + " mapped to " + std::string(PosTagName(id)));
      return id;
    }
  }
  warnings->push_back("unknown POS '" + label + "'");
  return kPosNone;
}

ChunkType ChunkTypeForPhrase(const std::string& label) {
  if (label == "NP" || label == "WHNP" || label == "NX" || label == "NML" || label == "QP" ||
      label == "NAC") {
    return ChunkType::kNP;
  }
  if (label == "VP") return ChunkType::kVP;
  if (label == "PP" || label == "WHPP") return ChunkType::kPP;
  if (label == "ADVP" || label == "WHADVP") return ChunkType::kADVP;
  if (label == "ADJP" || label == "WHADJP") return ChunkType::kADJP;
  if (label == "SBAR") return ChunkType::kSBAR;
  if (label == "PRT") return ChunkType::kPRT;
  if (label == "CONJP") return ChunkType::kCONJP;
  if (label == "INTJ") return ChunkType::kINTJ;
  if (label == "LST") return ChunkType::kLST;
  if (label == "UCP") return ChunkType::kUCP;
  return ChunkType::kNone;
}

bool IsPunctOrCoordinator(uint8_t pos) {
  return pos == kPosComma || pos == kPosPeriod || pos == kPosColon || pos == kPosOpenQuote ||
         pos == kPosCloseQuote || pos == kPosLRB || pos == kPosRRB || pos == kPosHYPH ||
         pos == kPosNFP || pos == kPosCC;
}

class TreeReader {
 public:
  explicit TreeReader(std::string_view text) : text_(text) {}

  // With `lenient_end`, a tree cut short at the end of the text is closed
  // with a warning (some PETRARCH records lack a bracket).
  Status ReadOne(size_t* pos, ParsedTree* out, bool lenient_end) {
    nodes_.clear();
    Skip(pos);
    if (*pos >= text_.size() || text_[*pos] != '(') return Error(*pos, "expected '('");
    std::vector<int> leaf_node;  // pre-terminal node of each kept leaf
    std::vector<int> stack;
    while (*pos < text_.size()) {
      Skip(pos);
      if (*pos >= text_.size()) break;
      char c = text_[*pos];
      if (c == '(') {
        ++*pos;
        Skip(pos);
        std::string_view label = Atom(pos);
        Node n;
        n.label = StripFunctionTags(label);
        n.parent = stack.empty() ? -1 : stack.back();
        nodes_.push_back(n);
        if (!stack.empty()) nodes_[stack.back()].children.push_back(static_cast<int>(nodes_.size()) - 1);
        stack.push_back(static_cast<int>(nodes_.size()) - 1);
        Skip(pos);
        // A pre-terminal: "(NNP Arnor)".
        if (*pos < text_.size() && text_[*pos] != '(' && text_[*pos] != ')') {
          std::string_view word = Atom(pos);
          Skip(pos);
          if (*pos >= text_.size() || text_[*pos] != ')') return Error(*pos, "expected ')' after a word");
          ++*pos;
          int self = stack.back();
          stack.pop_back();
          nodes_[self].pre_terminal = true;
          if (nodes_[self].label == "-NONE-") continue;  // traces: "(-NONE- *T*-1)"
          nodes_[self].leaf = static_cast<int>(out->words.size());
          out->words.push_back(Unescape(word));
          out->pos.push_back(PosFor(nodes_[self].label, &out->warnings));
          leaf_node.push_back(self);
          if (stack.empty()) break;
        }
      } else if (c == ')') {
        if (stack.empty()) return Error(*pos, "unbalanced ')'");
        stack.pop_back();
        ++*pos;
        if (stack.empty()) break;
      } else {
        return Error(*pos, "unexpected text outside a pre-terminal");
      }
    }
    if (!stack.empty()) {
      if (!lenient_end || *pos < text_.size()) return Error(*pos, "unbalanced '(': tree not closed");
      out->warnings.push_back(std::to_string(stack.size()) + " missing ')' added");
    }
    DeriveChunks(leaf_node, out);
    return Status::Ok();
  }

 private:
  void Skip(size_t* pos) const {
    while (*pos < text_.size() && (text_[*pos] == ' ' || text_[*pos] == '\n' ||
                                   text_[*pos] == '\t' || text_[*pos] == '\r')) {
      ++*pos;
    }
  }
  std::string_view Atom(size_t* pos) const {
    size_t b = *pos;
    while (*pos < text_.size() && text_[*pos] != ' ' && text_[*pos] != '(' &&
           text_[*pos] != ')' && text_[*pos] != '\n' && text_[*pos] != '\t' &&
           text_[*pos] != '\r') {
      ++*pos;
    }
    return text_.substr(b, *pos - b);
  }
  Status Error(size_t pos, const std::string& what) const {
    return Status::InvalidArgument("Penn tree, byte " + std::to_string(pos) + ": " + what);
  }

  // The phrase node a leaf's chunk belongs to, and its type.
  std::pair<int, ChunkType> ChunkNode(int pre_terminal) const {
    int p = nodes_[pre_terminal].parent;
    if (p < 0) return {-1, ChunkType::kNone};
    ChunkType type = ChunkTypeForPhrase(nodes_[p].label);
    // "(NP (QP about 5) (NNS years))", "(NP (ADJP very large) (NN dog))":
    // a flat modifier followed by the noun is part of the noun's chunk; not
    // "(NP (NP Vinken) (ADJP (NP 61 years) old))".
    int gp = nodes_[p].parent;
    if (gp >= 0 && nodes_[gp].label == "NP" && nodes_[p].label != "NP" &&
        (type == ChunkType::kNP || type == ChunkType::kADJP) && IsFlat(p)) {
      const auto& sib = nodes_[gp].children;
      for (size_t i = 0; i + 1 < sib.size(); ++i) {
        if (sib[i] == p && nodes_[sib[i + 1]].pre_terminal) return {gp, ChunkType::kNP};
      }
    }
    return {p, type};
  }

  bool IsFlat(int p) const {
    for (int c : nodes_[p].children) {
      if (!nodes_[c].pre_terminal) return false;
    }
    return true;
  }

  void DeriveChunks(const std::vector<int>& leaf_node, ParsedTree* out) const {
    size_t n = leaf_node.size();
    std::vector<int> node(n);
    std::vector<ChunkType> type(n);
    for (size_t i = 0; i < n; ++i) std::tie(node[i], type[i]) = ChunkNode(leaf_node[i]);
    // Punctuation and coordinators stay in a chunk only between two of its leaves.
    for (size_t i = 0; i < n; ++i) {
      if (!IsPunctOrCoordinator(out->pos[i]) || type[i] == ChunkType::kNone) continue;
      bool inside = i > 0 && i + 1 < n && node[i - 1] == node[i] && node[i + 1] == node[i];
      if (!inside) type[i] = ChunkType::kNone;
    }
    out->chunk.assign(n, kChunkO);
    for (size_t i = 0; i < n; ++i) {
      if (type[i] == ChunkType::kNone) continue;
      // "(VP (MD will) (VP (VB join) ...))": verb leaves run together.
      bool cont = i > 0 && type[i - 1] == type[i] &&
                  (node[i - 1] == node[i] || type[i] == ChunkType::kVP);
      out->chunk[i] = ChunkTagId(type[i], !cont);
    }
  }

  std::string_view text_;
  std::vector<Node> nodes_;
};

// Characters for alignment: quotes of any style become '"'.
std::string AlignmentText(std::string_view w) {
  if (w == "``" || w == "''" || w == "“" || w == "”" || w == "\"") return "\"";
  if (w == "`" || w == "‘" || w == "’") return "'";
  std::string out;
  for (char c : w) {
    if (c != ' ') out += c;
  }
  return out;
}

}  // namespace

Result<ParsedTree> ReadPennTree(std::string_view text) {
  ParsedTree tree;
  size_t pos = 0;
  TreeReader reader(text);
  Status s = reader.ReadOne(&pos, &tree, /*lenient_end=*/true);
  if (!s.ok()) return s;
  // Some PETRARCH records close one bracket too many; the tree itself is whole.
  int extra = 0;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\t' ||
                               text[pos] == '\r' || text[pos] == ')')) {
    extra += text[pos] == ')';
    ++pos;
  }
  if (extra > 0) tree.warnings.push_back(std::to_string(extra) + " extra ')' ignored");
  if (pos != text.size()) {
    return Status::InvalidArgument("Penn tree, byte " + std::to_string(pos) +
                                   ": text after the tree");
  }
  return tree;
}

Result<std::vector<ParsedTree>> ReadPennTrees(std::string_view text) {
  std::vector<ParsedTree> trees;
  TreeReader reader(text);
  size_t pos = 0;
  for (;;) {
    while (pos < text.size() && text[pos] != '(') {
      if (text[pos] != ' ' && text[pos] != '\n' && text[pos] != '\t' && text[pos] != '\r') {
        return Status::InvalidArgument("Penn trees, byte " + std::to_string(pos) +
                                       ": text between trees");
      }
      ++pos;
    }
    if (pos >= text.size()) break;
    ParsedTree tree;
    Status s = reader.ReadOne(&pos, &tree, /*lenient_end=*/false);
    if (!s.ok()) return s;
    trees.push_back(std::move(tree));
  }
  return trees;
}

Status ApplyTree(const ParsedTree& tree, std::span<Token> tokens) {
  // Leaf index of every character of the leaves' concatenated text.
  std::string leaves;
  std::vector<uint32_t> owner;
  std::vector<uint32_t> leaf_start;
  for (size_t i = 0; i < tree.words.size(); ++i) {
    std::string w = AlignmentText(tree.words[i]);
    leaf_start.push_back(static_cast<uint32_t>(leaves.size()));
    leaves += w;
    owner.insert(owner.end(), w.size(), static_cast<uint32_t>(i));
  }
  size_t at = 0;
  uint32_t last_leaf = UINT32_MAX;
  for (Token& t : tokens) {
    std::string w = AlignmentText(t.text);
    if (w.empty()) continue;
    if (leaves.compare(at, w.size(), w) != 0) {
      return Status::InvalidArgument("tree leaves do not match the tokens at '" +
                                     std::string(t.text) + "'");
    }
    uint32_t leaf = owner[at];
    t.pos = tree.pos[leaf];
    uint8_t c = tree.chunk[leaf];
    // A token that starts inside a leaf ("U.S" + "." split apart) continues its chunk.
    bool begins = at == leaf_start[leaf] && leaf != last_leaf;
    t.chunk = ChunkIsBegin(c) && !begins ? static_cast<uint8_t>(c + 1) : c;
    last_leaf = leaf;
    at += w.size();
  }
  if (at != leaves.size()) return Status::InvalidArgument("tree has leaves beyond the tokens");
  return Status::Ok();
}

std::vector<Token> TreeTokens(const ParsedTree& tree) {
  std::vector<Token> tokens(tree.words.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    tokens[i].text = tree.words[i];
    tokens[i].pos = tree.pos[i];
    tokens[i].chunk = tree.chunk[i];
  }
  return tokens;
}

}  // namespace khaldun
