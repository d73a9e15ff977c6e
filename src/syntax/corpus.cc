// Readers for the training corpora (CoNLL-2000 and CoNLL-U).
#include <fstream>
#include <string>

#include "khaldun/syntax_train.h"
#include "syntax/conllu.h"

namespace khaldun {
namespace {

std::vector<std::string_view> SplitOn(std::string_view line, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t p = line.find(sep, start);
    out.push_back(line.substr(start, p == std::string_view::npos ? p : p - start));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}

}  // namespace

namespace internal {

Result<ConlluWord> ParseConlluWordLine(std::string_view line, const std::string& path,
                                       uint64_t lineno) {
  ConlluWord word;
  word.cols = SplitOn(line, '\t');
  if (word.cols.size() != 10) {
    return Status::InvalidArgument("expected 10 tab-separated columns",
                                   ErrorContext{path, lineno, {}});
  }
  // "3-4 don't" spans the syntactic words "do" "n't" that follow it;
  // "8.1" is an empty node of the enhanced graph with no surface form.
  if (word.cols[0].find_first_of("-.") != std::string_view::npos) {
    word.skip = true;
    return word;
  }
  auto pos = PosTagId(word.cols[4]);
  if (!pos) {
    return Status::InvalidArgument("unknown XPOS tag '" + std::string(word.cols[4]) + "'",
                                   ErrorContext{path, lineno, {}});
  }
  word.pos = *pos;
  return word;
}

}  // namespace internal

std::string SharedSyntaxCorpusDir() { return KHALDUN_SOURCE_DIR "/../shared/corpora/syntax"; }

Result<std::vector<TaggedSentence>> ReadConll2000(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open CoNLL-2000 file", ErrorContext{path, 0, {}});
  std::vector<TaggedSentence> out;
  TaggedSentence cur;
  std::string line;
  uint64_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!cur.words.empty()) out.push_back(std::move(cur));
      cur = TaggedSentence();
      continue;
    }
    auto cols = SplitOn(line, ' ');
    if (cols.size() != 3) {
      return Status::InvalidArgument("expected 3 space-separated columns",
                                     ErrorContext{path, lineno, {}});
    }
    auto pos = PosTagId(cols[1]);
    auto chunk = ChunkTagId(cols[2]);
    if (!pos || !chunk) {
      return Status::InvalidArgument("unknown tag '" + std::string(pos ? cols[2] : cols[1]) + "'",
                                     ErrorContext{path, lineno, {}});
    }
    cur.words.emplace_back(cols[0]);
    cur.pos.push_back(*pos);
    cur.chunk.push_back(*chunk);
  }
  if (!cur.words.empty()) out.push_back(std::move(cur));
  return out;
}

Result<std::vector<TaggedSentence>> ReadConllu(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open CoNLL-U file", ErrorContext{path, 0, {}});
  std::vector<TaggedSentence> out;
  TaggedSentence cur;
  std::string line;
  uint64_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!cur.words.empty()) out.push_back(std::move(cur));
      cur = TaggedSentence();
      continue;
    }
    if (line[0] == '#') continue;
    auto word = internal::ParseConlluWordLine(line, path, lineno);
    if (!word.ok()) return word.status();
    if (word->skip) continue;
    cur.words.emplace_back(word->cols[1]);
    cur.pos.push_back(word->pos);
  }
  if (!cur.words.empty()) out.push_back(std::move(cur));
  return out;
}

std::vector<ChunkSpan> ChunkSpans(std::span<const uint8_t> tags) {
  std::vector<ChunkSpan> out;
  ChunkType open = ChunkType::kNone;
  uint32_t begin = 0;
  for (uint32_t i = 0; i <= tags.size(); ++i) {
    uint8_t t = i < tags.size() ? tags[i] : kChunkO;
    ChunkType type = ChunkTypeOf(t);
    bool starts = type != ChunkType::kNone && (ChunkIsBegin(t) || type != open);
    bool ends = open != ChunkType::kNone && (type != open || starts);
    if (ends) out.push_back({open, begin, i});
    if (ends || type == ChunkType::kNone) open = ChunkType::kNone;
    if (starts) {
      open = type;
      begin = i;
    }
  }
  return out;
}

}  // namespace khaldun
