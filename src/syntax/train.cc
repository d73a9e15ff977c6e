// Training the tagger and the chunker.
#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <unordered_map>

#include "khaldun/syntax_train.h"
#include "syntax/hashing.h"
#include "syntax/model_data.h"
#include "syntax/perceptron.h"
#include "syntax/viterbi.h"

namespace khaldun {
namespace {

using internal::AveragedPerceptron;
using internal::kPad;
using internal::SyntaxModelData;
using internal::TokenHashes;
using Sentences = std::vector<const TaggedSentence*>;

std::string Percent(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f%%", 100 * x);
  return buf;
}

void Log(const SyntaxLog& log, const std::string& msg) {
  if (log) log(msg);
}

// Fisher-Yates driven by mt19937, whose output sequence the standard fixes;
// std::shuffle's use of it is implementation-defined.
void Shuffle(std::vector<uint32_t>& v, std::mt19937& rng) {
  for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng() % i]);
}

internal::TagDictionary BuildDictionary(const Sentences& data, const SyntaxTrainOptions& o) {
  std::unordered_map<std::string_view, std::array<uint32_t, kNumPosTags>> counts;
  for (const TaggedSentence* s : data) {
    for (size_t i = 0; i < s->words.size(); ++i) {
      auto [it, inserted] = counts.try_emplace(s->words[i]);
      if (inserted) it->second.fill(0);
      ++it->second[s->pos[i]];
    }
  }
  std::vector<std::pair<uint64_t, uint8_t>> entries;
  for (const auto& [word, c] : counts) {
    uint32_t total = 0, best = 0;
    for (int t = 1; t < kNumPosTags; ++t) {
      total += c[t];
      if (c[t] > c[best]) best = t;
    }
    if (total >= static_cast<uint32_t>(o.dictionary_min_count) &&
        c[best] >= o.dictionary_ratio * total) {
      entries.emplace_back(internal::Fnv1a(word), static_cast<uint8_t>(best));
    }
  }
  return internal::TagDictionary::Build(std::move(entries));
}

// Trains the POS model on `data`; fills m.pos and m.dictionary.
void TrainPos(const Sentences& data, const SyntaxTrainOptions& o, std::mt19937& rng,
              SyntaxModelData& m, const SyntaxLog& log) {
  m.dictionary = BuildDictionary(data, o);
  AveragedPerceptron model(kNumPosTags);
  std::vector<uint32_t> order(data.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<TokenHashes> hashes;
  uint32_t f[internal::kMaxPosFeatures];
  float scores[kNumPosTags];
  for (int iter = 0; iter < o.pos_iterations; ++iter) {
    uint64_t seen = 0, correct = 0;
    for (uint32_t idx : order) {
      const TaggedSentence& s = *data[idx];
      std::vector<std::string_view> words(s.words.begin(), s.words.end());
      internal::HashSentence(words, &hashes);
      const TokenHashes* h = hashes.data() + kPad;
      uint8_t p1 = internal::kStartTag, p2 = internal::kStartTag;
      for (int i = 0; i < static_cast<int>(words.size()); ++i) {
        uint8_t guess = m.dictionary.Find(h[i].word);
        if (guess == 0) {
          int nf = internal::PosFeatures(h, i, p1, p2, f);
          model.Scores(f, nf, scores);
          guess = 1;
          for (int c = 2; c < kNumPosTags; ++c) {
            if (scores[c] > scores[guess]) guess = static_cast<uint8_t>(c);
          }
          model.Tick();
          model.Update(f, nf, s.pos[i], guess);
        }
        ++seen;
        correct += guess == s.pos[i];
        p2 = p1;
        p1 = guess;
      }
    }
    Log(log, "  pos iteration " + std::to_string(iter + 1) + ": training accuracy " +
                 Percent(double(correct) / std::max<uint64_t>(seen, 1)));
    Shuffle(order, rng);
  }
  m.pos = model.Finalize(o.prune_below);
}

// Padded POS tags for a chunk-training sentence: predicted by `tagger` when
// given (jackknifing), else the corpus tags.
void ChunkInputTags(const TaggedSentence& s, const TokenHashes* h, const SyntaxModelData* tagger,
                    std::vector<uint8_t>* padded) {
  int n = static_cast<int>(s.words.size());
  padded->assign(n + 2 * kPad, internal::kEndTag);
  (*padded)[0] = (*padded)[1] = internal::kStartTag;
  if (tagger) {
    internal::DecodePos(*tagger, h, n, padded->data() + kPad);
  } else {
    std::copy(s.pos.begin(), s.pos.end(), padded->begin() + kPad);
  }
}

// Collins' structured perceptron: decode the whole sentence with Viterbi
// under the current weights, then move weight from the predicted path to the
// gold one wherever they differ.
void TrainChunker(const Sentences& data, const std::vector<std::vector<uint8_t>>& input_tags,
                  const SyntaxTrainOptions& o, std::mt19937& rng, SyntaxModelData& m,
                  const SyntaxLog& log) {
  constexpr int K = internal::kChunkClasses;
  AveragedPerceptron model(K);
  std::vector<uint32_t> order(data.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<TokenHashes> hashes;
  std::vector<uint32_t> feats;  // n * kMaxChunkFeatures
  std::vector<int> nfeats;
  std::vector<float> emission, trans_pos;
  std::vector<int32_t> back;
  std::vector<uint8_t> guess;
  float trans[K * K], delta[2 * K];
  auto prev_tag = [](int p) { return p == 0 ? internal::kStartTag : static_cast<uint8_t>(p); };
  for (int iter = 0; iter < o.chunk_iterations; ++iter) {
    uint64_t seen = 0, correct = 0;
    for (uint32_t idx : order) {
      const TaggedSentence& s = *data[idx];
      int n = static_cast<int>(s.words.size());
      std::vector<std::string_view> words(s.words.begin(), s.words.end());
      internal::HashSentence(words, &hashes);
      const TokenHashes* h = hashes.data() + kPad;
      const uint8_t* pos = input_tags[idx].data() + kPad;
      feats.resize(static_cast<size_t>(n) * internal::kMaxChunkFeatures);
      nfeats.resize(n);
      emission.resize(static_cast<size_t>(n) * K);
      trans_pos.resize(static_cast<size_t>(n) * K * K);
      back.resize(static_cast<size_t>(n) * K);
      guess.resize(n);
      for (int p = 0; p < K; ++p) {
        uint32_t f = internal::ChunkTransitionFeature(prev_tag(p));
        model.Scores(&f, 1, trans + p * K);
      }
      for (int i = 0; i < n; ++i) {
        uint32_t* f = feats.data() + i * internal::kMaxChunkFeatures;
        nfeats[i] = internal::ChunkFeatures(h, pos, i, f);
        model.Scores(f, nfeats[i], emission.data() + i * K);
        for (int p = 0; p < K; ++p) {
          uint32_t tf = internal::ChunkTransitionPosFeature(prev_tag(p), pos[i]);
          model.Scores(&tf, 1, trans_pos.data() + (i * K + p) * K);
        }
      }
      for (int i = 0; i < n; ++i) {
        float* t = trans_pos.data() + i * K * K;
        for (int j = 0; j < K * K; ++j) {
          t[j] = internal::ChunkTransitionIndexAllowed(j / K, j % K)
                     ? t[j] + trans[j]
                     : internal::ChunkNeg<float>();
        }
      }
      auto row = [&](int i, int p) { return trans_pos.data() + (i * K + p) * K; };
      internal::ChunkViterbi<float>(n, emission.data(), row, delta, back.data(), guess.data());
      model.Tick();
      for (int i = 0; i < n; ++i) {
        uint8_t g = s.chunk[i], y = guess[i];
        uint8_t gp = i ? s.chunk[i - 1] : internal::kStartTag;
        uint8_t yp = i ? guess[i - 1] : internal::kStartTag;
        ++seen;
        correct += g == y;
        if (g != y) {
          model.Update(feats.data() + i * internal::kMaxChunkFeatures, nfeats[i], g, y);
        }
        if (g != y || gp != yp) {
          model.Add(internal::ChunkTransitionFeature(gp), g, 1.0f);
          model.Add(internal::ChunkTransitionFeature(yp), y, -1.0f);
          model.Add(internal::ChunkTransitionPosFeature(gp, pos[i]), g, 1.0f);
          model.Add(internal::ChunkTransitionPosFeature(yp, pos[i]), y, -1.0f);
        }
      }
    }
    Log(log, "  chunk iteration " + std::to_string(iter + 1) + ": training accuracy " +
                 Percent(double(correct) / std::max<uint64_t>(seen, 1)));
    Shuffle(order, rng);
  }
  m.chunk = model.Finalize(o.prune_below);
}

std::string OptionsText(const SyntaxTrainOptions& o) {
  std::ostringstream ss;
  ss << "pos_iterations=" << o.pos_iterations << " chunk_iterations=" << o.chunk_iterations
     << " jackknife_folds=" << o.jackknife_folds << " seed=" << o.seed
     << " dictionary_min_count=" << o.dictionary_min_count
     << " dictionary_ratio=" << o.dictionary_ratio << " prune_below=" << o.prune_below;
  return ss.str();
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open training file", ErrorContext{path, 0, {}});
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string BaseName(const std::string& path) {
  auto p = path.find_last_of('/');
  auto q = p == std::string::npos ? 0 : path.find_last_of('/', p - 1);
  return q == std::string::npos ? path : path.substr(q + 1);
}

}  // namespace

Result<std::string> TrainSyntaxModelFrom(const std::vector<TaggedSentence>& pos_data,
                                         const std::vector<TaggedSentence>& chunk_data,
                                         const SyntaxTrainOptions& o, uint64_t source_hash,
                                         const std::string& provenance, const SyntaxLog& log) {
  for (const auto& s : chunk_data) {
    if (s.chunk.size() != s.words.size() || s.pos.size() != s.words.size()) {
      return Status::InvalidArgument("chunk training sentence without a tag per word");
    }
  }
  for (const auto& s : pos_data) {
    if (s.pos.size() != s.words.size()) {
      return Status::InvalidArgument("POS training sentence without a tag per word");
    }
  }
  // POS learns from both corpora; the chunker from the chunk corpus only.
  Sentences all, chunked;
  for (const auto& s : chunk_data) all.push_back(&s), chunked.push_back(&s);
  for (const auto& s : pos_data) all.push_back(&s);
  std::mt19937 rng(o.seed);
  SyntaxModelData model;
  Log(log, "training the POS tagger on " + std::to_string(all.size()) + " sentences");
  TrainPos(all, o, rng, model, log);

  std::vector<std::vector<uint8_t>> input_tags(chunked.size());
  std::vector<TokenHashes> hashes;
  int folds = o.jackknife_folds;
  if (folds <= 1) {
    for (size_t i = 0; i < chunked.size(); ++i) {
      ChunkInputTags(*chunked[i], nullptr, nullptr, &input_tags[i]);
    }
  }
  for (int fold = 0; folds > 1 && fold < folds; ++fold) {
    // Sentence i of the chunk corpus is in fold i % folds.
    Sentences train;
    for (size_t i = 0; i < chunked.size(); ++i) {
      if (static_cast<int>(i % folds) != fold) train.push_back(chunked[i]);
    }
    for (const auto& s : pos_data) train.push_back(&s);
    Log(log, "jackknife fold " + std::to_string(fold + 1) + "/" + std::to_string(folds));
    SyntaxModelData tagger;
    TrainPos(train, o, rng, tagger, log);
    for (size_t i = fold; i < chunked.size(); i += folds) {
      std::vector<std::string_view> words(chunked[i]->words.begin(), chunked[i]->words.end());
      internal::HashSentence(words, &hashes);
      ChunkInputTags(*chunked[i], hashes.data() + kPad, &tagger, &input_tags[i]);
    }
  }
  Log(log, "training the chunker on " + std::to_string(chunked.size()) + " sentences");
  TrainChunker(chunked, input_tags, o, rng, model, log);
  return internal::SerializeModel(model, source_hash, provenance);
}

Result<uint64_t> SyntaxSourceHash(const SyntaxTrainOptions& o) {
  uint64_t h = internal::Fnv1a(OptionsText(o));
  for (const std::string* path : {&o.conll2000_train, &o.ewt_train}) {
    if (path->empty()) {
      h = internal::Fnv1a("-", h);
      continue;
    }
    auto bytes = ReadFile(*path);
    if (!bytes.ok()) return bytes.status();
    h = internal::Fnv1a(*bytes, h);
  }
  return h;
}

Result<std::string> TrainSyntaxModel(const SyntaxTrainOptions& o, const SyntaxLog& log) {
  std::vector<TaggedSentence> chunk_data, pos_data;
  if (!o.conll2000_train.empty()) {
    auto r = ReadConll2000(o.conll2000_train);
    if (!r.ok()) return r.status();
    chunk_data = std::move(r).value();
  }
  if (!o.ewt_train.empty()) {
    auto r = ReadConllu(o.ewt_train);
    if (!r.ok()) return r.status();
    pos_data = std::move(r).value();
  }
  auto hash = SyntaxSourceHash(o);
  if (!hash.ok()) return hash.status();
  std::ostringstream prov;
  prov << "khaldun train-syntax (format " << internal::kModelFormatVersion << ")\n"
       << "pos+chunk: " << (o.conll2000_train.empty() ? "-" : BaseName(o.conll2000_train))
       << " (" << chunk_data.size() << " sentences, CoNLL-2000, WSJ, research use)\n"
       << "pos: " << (o.ewt_train.empty() ? "-" : BaseName(o.ewt_train)) << " ("
       << pos_data.size() << " sentences, UD English EWT v2.16, CC BY-SA 4.0)\n"
       << "options: " << OptionsText(o) << "\n";
  return TrainSyntaxModelFrom(pos_data, chunk_data, o, *hash, prov.str(), log);
}

}  // namespace khaldun
