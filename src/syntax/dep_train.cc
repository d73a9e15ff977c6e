// Reading treebanks, training the dependency parser, and measuring it.
#include <algorithm>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include "khaldun/dep_train.h"
#include "syntax/conllu.h"
#include "syntax/dep_state.h"
#include "syntax/hashing.h"
#include "syntax/perceptron.h"

namespace khaldun {
namespace {

using internal::DepState;
using internal::DepToken;

void Log(const SyntaxLog& log, const std::string& msg) {
  if (log) log(msg);
}

std::string Percent(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f%%", 100 * x);
  return buf;
}

// Fisher-Yates driven by mt19937, whose output the standard fixes.
void Shuffle(std::vector<uint32_t>& v, std::mt19937& rng) {
  for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng() % i]);
}

std::vector<Token> MakeTokens(const DepSentence& s, const std::vector<uint8_t>& pos) {
  std::vector<Token> toks(s.words.size());
  for (size_t i = 0; i < toks.size(); ++i) {
    toks[i].text = s.words[i];
    toks[i].pos = pos[i];
  }
  return toks;
}

// Each fold's sentences tagged by a tagger trained on the other folds and
// CoNLL-2000: the tags the parser will see at run time, errors included.
Result<std::vector<std::vector<uint8_t>>> JackknifeTags(const std::vector<DepSentence>& data,
                                                        const DepTrainOptions& o,
                                                        const SyntaxLog& log) {
  std::vector<std::vector<uint8_t>> tags(data.size());
  int folds = o.jackknife_folds;
  if (folds <= 1) {
    for (size_t i = 0; i < data.size(); ++i) tags[i] = data[i].pos;
    return tags;
  }
  std::vector<TaggedSentence> conll;
  if (!o.conll2000_train.empty()) {
    auto r = ReadConll2000(o.conll2000_train);
    if (!r.ok()) return r.status();
    conll = std::move(r).value();
  }
  SyntaxTrainOptions so;
  so.chunk_iterations = 0;
  so.seed = o.seed;
  uint64_t correct = 0, total = 0;
  for (int fold = 0; fold < folds; ++fold) {
    std::vector<TaggedSentence> train = conll;
    for (size_t i = 0; i < data.size(); ++i) {
      if (static_cast<int>(i % folds) == fold) continue;
      train.push_back({data[i].words, data[i].pos, {}});
    }
    Log(log, "jackknife fold " + std::to_string(fold + 1) + "/" + std::to_string(folds) +
                 ": training a tagger on " + std::to_string(train.size()) + " sentences");
    auto bytes = TrainSyntaxModelFrom(train, {}, so, 0, "jackknife", {});
    if (!bytes.ok()) return bytes.status();
    auto tagger = SyntaxModel::FromBytes(*bytes);
    if (!tagger.ok()) return tagger.status();
    for (size_t i = fold; i < data.size(); i += folds) {
      auto toks = MakeTokens(data[i], data[i].pos);
      (*tagger)->TagPos(toks);
      tags[i].resize(toks.size());
      for (size_t k = 0; k < toks.size(); ++k) {
        tags[i][k] = toks[k].pos;
        correct += toks[k].pos == data[i].pos[k];
        ++total;
      }
    }
  }
  Log(log, "jackknifed tag accuracy " + Percent(double(correct) / std::max<uint64_t>(total, 1)));
  return tags;
}

std::string OptionsText(const DepTrainOptions& o) {
  std::ostringstream ss;
  ss << "iterations=" << o.iterations << " jackknife_folds=" << o.jackknife_folds
     << " seed=" << o.seed << " prune_below=" << o.prune_below;
  return ss.str();
}

std::string BaseName(const std::string& path) {
  auto p = path.find_last_of('/');
  return p == std::string::npos ? path : path.substr(p + 1);
}

}  // namespace

Result<std::vector<DepSentence>> ReadConlluTrees(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open CoNLL-U file", ErrorContext{path, 0, {}});
  std::vector<DepSentence> out;
  DepSentence cur;
  std::string line;
  uint64_t lineno = 0, first_line = 0;
  auto finish = [&]() -> Status {
    int n = static_cast<int>(cur.words.size());
    for (int32_t h : cur.head) {
      if (h < -1 || h >= n) {
        return Status::InvalidArgument("head out of range", ErrorContext{path, first_line, {}});
      }
    }
    if (n > 0) out.push_back(std::move(cur));
    cur = DepSentence();
    return Status::Ok();
  };
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (auto st = finish(); !st.ok()) return st;
      continue;
    }
    if (line[0] == '#') continue;
    if (cur.words.empty()) first_line = lineno;
    auto word = internal::ParseConlluWordLine(line, path, lineno);
    if (!word.ok()) return word.status();
    if (word->skip) continue;
    const auto& cols = word->cols;
    cur.words.emplace_back(cols[1]);
    cur.pos.push_back(word->pos);
    cur.head.push_back(std::atoi(std::string(cols[6]).c_str()) - 1);
    cur.label.emplace_back(cols[7]);
  }
  if (auto st = finish(); !st.ok()) return st;
  return out;
}

bool IsProjective(const std::vector<int32_t>& head) {
  int n = static_cast<int>(head.size());
  for (int d = 0; d < n; ++d) {
    if (head[d] < 0) continue;
    int a = std::min(d, head[d]), b = std::max(d, head[d]);
    // Every token strictly between a dependent and its head must descend from the head.
    for (int k = a + 1; k < b; ++k) {
      int x = k;
      for (int steps = 0; x >= 0 && x != head[d] && steps <= n; ++steps) x = head[x];
      if (x != head[d]) return false;
    }
  }
  return true;
}

Result<std::string> TrainDepModelFrom(const std::vector<DepSentence>& data,
                                      const DepTrainOptions& o, uint64_t source_hash,
                                      const std::string& provenance, const SyntaxLog& log) {
  internal::DepModelData m;
  m.labels.push_back("root");
  std::map<std::string, uint8_t> label_ids;
  for (const auto& s : data) {
    if (s.head.size() != s.words.size() || s.label.size() != s.words.size() ||
        s.pos.size() != s.words.size()) {
      return Status::InvalidArgument("training tree without a head and label per word");
    }
    for (const auto& l : s.label) {
      if (l != "root") label_ids.emplace(l, 0);
    }
  }
  if (label_ids.size() + 1 > 126) return Status::InvalidArgument("too many relation labels");
  for (auto& [name, id] : label_ids) {
    id = static_cast<uint8_t>(m.labels.size());
    m.labels.push_back(name);
  }
  auto tags = JackknifeTags(data, o, log);
  if (!tags.ok()) return tags.status();
  // Projective trees only, each with its hashed tokens and label ids.
  struct Item {
    std::vector<DepToken> toks;
    std::vector<int> head;
    std::vector<uint8_t> label;
    std::vector<int> children;
  };
  std::vector<Item> items;
  size_t skipped = 0;
  for (size_t i = 0; i < data.size(); ++i) {
    const DepSentence& s = data[i];
    if (!IsProjective(s.head)) {
      ++skipped;
      continue;
    }
    Item it;
    auto toks = MakeTokens(s, (*tags)[i]);
    internal::HashDepTokens(toks, &it.toks);
    it.head.assign(s.head.begin(), s.head.end());
    it.children.assign(s.words.size(), 0);
    for (size_t k = 0; k < s.words.size(); ++k) {
      it.label.push_back(s.label[k] == "root" ? 0 : label_ids[s.label[k]]);
      if (s.head[k] >= 0) ++it.children[s.head[k]];
    }
    items.push_back(std::move(it));
  }
  Log(log, "training the parser on " + std::to_string(items.size()) + " projective trees (" +
               std::to_string(skipped) + " non-projective skipped), " +
               std::to_string(m.labels.size()) + " relations");
  internal::AveragedPerceptron model(m.num_classes());
  std::mt19937 rng(o.seed);
  std::vector<uint32_t> order(items.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  DepState state;
  std::vector<int> pending;
  std::vector<float> scores(m.num_classes());
  uint32_t f[internal::kMaxDepFeatures];
  for (int iter = 0; iter < o.iterations; ++iter) {
    uint64_t seen = 0, correct = 0;
    for (uint32_t idx : order) {
      const Item& it = items[idx];
      int n = static_cast<int>(it.toks.size());
      state.Init(n);
      pending = it.children;
      while (!state.Done()) {
        int gold = internal::OracleMove(state, it.head.data(), it.label.data(), pending.data());
        if (gold == 0) break;  // cannot happen for a projective tree
        int nf = internal::DepFeatures(state, it.toks.data(), f);
        model.Scores(f, nf, scores.data());
        int best = state.CanShift() ? internal::kDepShift : -1;
        if (state.CanArc()) {
          for (int c = internal::FirstArcClass(); c < m.num_classes(); ++c) {
            if (best < 0 || scores[c] > scores[best]) best = c;
          }
        }
        model.Tick();
        model.Update(f, nf, gold, best);
        ++seen;
        correct += best == gold;
        internal::ApplyOracleMove(state, gold, pending.data());
      }
    }
    Log(log, "  iteration " + std::to_string(iter + 1) + ": move accuracy " +
                 Percent(double(correct) / std::max<uint64_t>(seen, 1)));
    Shuffle(order, rng);
  }
  m.weights = model.Finalize(o.prune_below);
  return internal::SerializeDepModel(m, source_hash, provenance);
}

Result<std::string> TrainDepModel(const DepTrainOptions& o, const SyntaxLog& log) {
  std::vector<DepSentence> data;
  uint64_t hash = internal::Fnv1a(OptionsText(o));
  std::ostringstream prov;
  prov << "khaldun train-deps (format " << internal::kDepFormatVersion << ")\n";
  for (const std::string* path : {&o.ewt_train, &o.gum_train, &o.conll2000_train}) {
    if (path->empty()) {
      hash = internal::Fnv1a("-", hash);
      continue;
    }
    std::ifstream in(*path, std::ios::binary);
    if (!in) return Status::NotFound("cannot open training file", ErrorContext{*path, 0, {}});
    std::ostringstream ss;
    ss << in.rdbuf();
    hash = internal::Fnv1a(ss.str(), hash);
    if (path == &o.conll2000_train) continue;
    auto r = ReadConlluTrees(*path);
    if (!r.ok()) return r.status();
    prov << "trees: " << BaseName(*path) << " (" << r->size() << " sentences, CC BY-SA 4.0)\n";
    for (auto& s : *r) data.push_back(std::move(s));
  }
  if (o.jackknife_folds > 1 && !o.conll2000_train.empty()) {
    prov << "jackknife taggers also read " << BaseName(o.conll2000_train) << "\n";
  }
  prov << "options: " << OptionsText(o) << "\n";
  return TrainDepModelFrom(data, o, hash, prov.str(), log);
}

DepEvaluation EvaluateDeps(const DepModel& model, const SyntaxModel* tagger,
                           const std::vector<DepSentence>& data) {
  DepEvaluation ev;
  std::vector<DepArc> arcs;
  for (const DepSentence& s : data) {
    auto toks = MakeTokens(s, s.pos);
    if (tagger) tagger->TagPos(toks);
    model.Parse(toks, &arcs);
    ++ev.sentences;
    for (size_t i = 0; i < toks.size(); ++i) {
      ++ev.tokens;
      ev.pos_correct += toks[i].pos == s.pos[i];
      bool head = arcs[i].head == s.head[i];
      ev.head_correct += head;
      ev.arc_correct += head && model.LabelName(arcs[i].label) == s.label[i];
      if (s.label[i] != "punct") {
        ++ev.nonpunct_tokens;
        ev.nonpunct_head_correct += head;
      }
    }
  }
  return ev;
}

}  // namespace khaldun
