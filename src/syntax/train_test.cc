// Training on a tiny corpus: reproducibility and the model file's checks.
#include <gtest/gtest.h>

#include "khaldun/syntax.h"
#include "khaldun/syntax_train.h"
#include "syntax/test_util.h"

namespace khaldun {
namespace {

// "word|POS|CHUNK ..." -> a TaggedSentence.
TaggedSentence Parse(std::string_view line) {
  TaggedSentence s;
  size_t i = 0;
  while (i < line.size()) {
    size_t j = line.find(' ', i);
    if (j == std::string_view::npos) j = line.size();
    std::string_view item = line.substr(i, j - i);
    size_t a = item.find('|'), b = item.rfind('|');
    s.words.emplace_back(item.substr(0, a));
    s.pos.push_back(*PosTagId(item.substr(a + 1, b - a - 1)));
    s.chunk.push_back(*ChunkTagId(item.substr(b + 1)));
    i = j + 1;
  }
  return s;
}

std::vector<TaggedSentence> TinyCorpus() {
  return {
      Parse("Iran|NNP|B-NP attacked|VBD|B-VP the|DT|B-NP base|NN|I-NP .|.|O"),
      Parse("The|DT|B-NP army|NN|I-NP shelled|VBD|B-VP the|DT|B-NP town|NN|I-NP .|.|O"),
      Parse("Syria|NNP|B-NP condemned|VBD|B-VP the|DT|B-NP strike|NN|I-NP .|.|O"),
      Parse("Police|NNS|B-NP arrested|VBD|B-VP protesters|NNS|B-NP in|IN|B-PP "
            "Tehran|NNP|B-NP .|.|O"),
      Parse("The|DT|B-NP minister|NN|I-NP will|MD|B-VP visit|VB|I-VP Damascus|NNP|B-NP "
            ".|.|O"),
  };
}

SyntaxTrainOptions TinyOptions() {
  SyntaxTrainOptions o;
  o.pos_iterations = 3;
  o.chunk_iterations = 3;
  o.dictionary_min_count = 2;
  o.prune_below = 0;
  return o;
}

TEST(TrainSyntax, FixedSeedGivesIdenticalBytes) {
  auto data = TinyCorpus();
  auto a = TrainSyntaxModelFrom({}, data, TinyOptions(), 42, "tiny");
  auto b = TrainSyntaxModelFrom({}, data, TinyOptions(), 42, "tiny");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(*a, *b);
  auto folds = TinyOptions();
  folds.jackknife_folds = 2;
  auto c = TrainSyntaxModelFrom(data, data, folds, 42, "tiny");
  auto d = TrainSyntaxModelFrom(data, data, folds, 42, "tiny");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(*c, *d);
}

TEST(TrainSyntax, TrainedModelTagsItsTrainingData) {
  auto bytes = TrainSyntaxModelFrom({}, TinyCorpus(), TinyOptions(), 42, "tiny");
  ASSERT_TRUE(bytes.ok());
  auto model = SyntaxModel::FromBytes(*bytes);
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_EQ("tiny", (*model)->info().provenance);
  EXPECT_EQ(42u, (*model)->info().source_hash);
  auto ev = EvaluateSyntax(**model, TinyCorpus());
  EXPECT_EQ(1.0, ev.pos_accuracy());
  EXPECT_EQ(1.0, ev.chunk_f1());
}

TEST(TrainSyntax, RejectsMismatchedSentences) {
  auto data = TinyCorpus();
  data[0].chunk.pop_back();
  EXPECT_FALSE(TrainSyntaxModelFrom({}, data, TinyOptions(), 1, "").ok());
}

class ModelFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto b = TrainSyntaxModelFrom({}, TinyCorpus(), TinyOptions(), 7, "tiny");
    ASSERT_TRUE(b.ok());
    bytes_ = *b;
  }
  std::string bytes_;
};

TEST_F(ModelFileTest, RejectsForeignFile) {
  auto r = SyntaxModel::FromBytes("hello, world; not a model at all");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(StatusCode::kCorruption, r.status().code());
  EXPECT_NE(std::string::npos, r.status().message().find("magic"));
}

TEST_F(ModelFileTest, RejectsOtherFormatVersion) {
  bytes_[8] = 99;
  auto r = SyntaxModel::FromBytes(bytes_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(std::string::npos, r.status().message().find("format version 99"));
}

TEST_F(ModelFileTest, RejectsOtherTagSet) {
  bytes_[12] ^= 1;
  auto r = SyntaxModel::FromBytes(bytes_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(std::string::npos, r.status().message().find("tag set"));
}

TEST_F(ModelFileTest, RejectsDamagedPayload) {
  bytes_[bytes_.size() / 2] ^= 0x40;
  auto r = SyntaxModel::FromBytes(bytes_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(std::string::npos, r.status().message().find("checksum"));
}

TEST_F(ModelFileTest, RejectsTruncatedFile) {
  EXPECT_FALSE(SyntaxModel::FromBytes(bytes_.substr(0, 20)).ok());
  EXPECT_FALSE(SyntaxModel::FromBytes(bytes_.substr(0, bytes_.size() - 3)).ok());
}

TEST_F(ModelFileTest, LoadReportsPath) {
  auto r = SyntaxModel::Load("/nonexistent/syntax.bin");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(StatusCode::kNotFound, r.status().code());
  EXPECT_NE(std::string::npos, r.status().ToString().find("/nonexistent/syntax.bin"));
}

}  // namespace
}  // namespace khaldun
