// Accuracy of a model on annotated sentences.
#include <algorithm>

#include "khaldun/syntax_train.h"

namespace khaldun {

SyntaxEvaluation EvaluateSyntax(const SyntaxModel& model, const std::vector<TaggedSentence>& data,
                                bool gold_pos) {
  SyntaxEvaluation ev;
  std::vector<Token> tokens;
  std::vector<uint8_t> predicted;
  for (const TaggedSentence& s : data) {
    tokens.assign(s.words.size(), Token());
    for (size_t i = 0; i < s.words.size(); ++i) tokens[i].text = s.words[i];
    model.TagPos(tokens);
    ++ev.sentences;
    for (size_t i = 0; i < tokens.size(); ++i) {
      ++ev.tokens;
      ev.pos_correct += tokens[i].pos == s.pos[i];
      if (gold_pos) tokens[i].pos = s.pos[i];
    }
    model.Chunk(tokens);
    if (s.chunk.size() != s.words.size()) continue;
    predicted.resize(tokens.size());
    for (size_t i = 0; i < tokens.size(); ++i) predicted[i] = tokens[i].chunk;
    auto gold = ChunkSpans(s.chunk);
    auto pred = ChunkSpans(predicted);
    ev.gold_chunks += gold.size();
    ev.predicted_chunks += pred.size();
    for (const ChunkSpan& c : gold) ++ev.gold_by_type[static_cast<int>(c.type)];
    for (const ChunkSpan& c : pred) {
      ++ev.predicted_by_type[static_cast<int>(c.type)];
      if (std::find(gold.begin(), gold.end(), c) != gold.end()) {
        ++ev.correct_chunks;
        ++ev.correct_by_type[static_cast<int>(c.type)];
      }
    }
  }
  return ev;
}

}  // namespace khaldun
