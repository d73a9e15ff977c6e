// The fast matcher (Dictionary::FindCandidates, a token-id trie) against the
// naive ReferenceMatcher on every sentence of the BBC corpus, with
// dictionaries that exercise both whole words (PETRARCH-2) and stems (TABARI).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "khaldun/dictionary.h"
#include "khaldun/text.h"
#include "match/reference_matcher.h"

namespace khaldun {
namespace {

const std::string kShared = std::string(KHALDUN_SOURCE_DIR) + "/../shared";

std::string Render(const std::vector<PhraseMatch>& ms) {
  std::string s;
  for (const auto& m : ms)
    s += std::string(PhraseKindName(m.kind)) + ":" + std::to_string(m.span.begin) + "-" +
         std::to_string(m.span.end) + "#" + std::to_string(m.id) + " ";
  return s;
}

std::shared_ptr<const Dictionary> MixedDictionary() {
  DictionaryFiles files;
  const std::string p = kShared + "/peers/petrarch2/";
  files.Add(p + "CAMEO.2.0.txt", DictKind::kVerbs);
  files.Add(p + "Phoenix.Countries.actors.txt", DictKind::kActors);
  files.Add(p + "Phoenix.International.actors.txt", DictKind::kActors);
  files.Add(p + "Phoenix.MilNonState.actors.txt", DictKind::kActors);
  files.Add(p + "Phoenix.agents.txt", DictKind::kAgents);
  files.Add(p + "Phoenix.discards.txt", DictKind::kDiscards);
  files.Add(p + "Phoenix.IssueCoding.txt", DictKind::kIssues);
  files.Add(kShared + "/peers/tabari/CAMEO.091003.master.verbs", DictKind::kVerbs);
  files.Add(kShared + "/peers/tabari-dictionaries/PSU.120522.agents", DictKind::kAgents);
  auto d = Dictionary::Load(files, nullptr);
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  return d.ok() ? *d : nullptr;
}

TEST(Differential, TrieAgreesWithReferenceOnEveryBbcSentence) {
  const std::string corpus = kShared + "/corpora/bbc_news/bbc.jsonl";
  if (!std::filesystem::exists(corpus) || !std::filesystem::exists(kShared + "/peers/petrarch2"))
    GTEST_SKIP() << "../shared (bbc corpus and peer dictionaries) is absent";
  auto dict = MixedDictionary();
  ASSERT_NE(nullptr, dict);
  ReferenceMatcher reference(*dict);
  std::ifstream in(corpus);
  std::string line;
  MatchScratch scratch;
  std::vector<PhraseMatch> fast;
  size_t sentences = 0, matches = 0, stem_matches = 0, mismatches = 0;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    Document doc;
    doc.id = j.value("id", "");
    doc.text = j.value("text", "");
    AnalyzedDocument analyzed = AnalyzeText(doc);
    for (const Sentence& s : analyzed.sentences) {
      std::span<const Token> tokens(analyzed.SentenceTokens(s), s.token_count);
      fast.clear();
      dict->FindCandidates(tokens, scratch, &fast);
      std::vector<PhraseMatch> slow = reference.Find(tokens);
      ++sentences;
      matches += fast.size();
      for (const auto& m : fast) {
        const auto& block = m.kind == PhraseMatch::Kind::kVerb ? dict->block_of(m) : dict->verb_blocks()[0];
        stem_matches += m.kind == PhraseMatch::Kind::kVerb && block.file.ends_with(".verbs");
      }
      if (fast != slow && ++mismatches <= 5) {
        ADD_FAILURE() << doc.id << " sentence " << s.index << ": " << JoinTokens(tokens, " ") << "\n  trie:      "
                      << Render(fast) << "\n  reference: " << Render(slow);
      }
    }
  }
  EXPECT_EQ(0u, mismatches);
  EXPECT_GT(sentences, 30000u);
  EXPECT_GT(matches, 100000u);
  EXPECT_GT(stem_matches, 1000u);  // the TABARI stems were really exercised
  std::printf("differential: %zu sentences, %zu matches (%zu from TABARI stems), %zu mismatches\n", sentences,
              matches, stem_matches, mismatches);
}

TEST(Differential, HandWrittenOverlaps) {
  // Stems and whole words over the same tokens, nested phrases, duplicates.
  std::vector<Diagnostic> diags;
  auto d = Dictionary::FromSources(
      {{"a.actors", DictKind::kActors, DictFormat::kTabari, "UNITED  [USA]\nUNITED_STATES_ [USA]\nUNITED_NATIONS [IGOUNO]\n"},
       {"b.txt", DictKind::kActors, DictFormat::kPetrarch2, "UNITED STATES [XXX]\nSTATES [YYY]\n"},
       {"c.txt", DictKind::kDiscards, DictFormat::kPetrarch2, "UNITED\nUNITED STATE\n"}},
      &diags);
  ReferenceMatcher reference(*d);
  for (std::string text : {"the United States and United Nations", "UNITED STATESMEN united nationsX",
                           "united united states states"}) {
    std::vector<Token> tokens;
    size_t i = 0;
    while (i < text.size()) {
      size_t j = text.find(' ', i);
      if (j == std::string::npos) j = text.size();
      Token t;
      t.text = std::string_view(text).substr(i, j - i);
      tokens.push_back(t);
      i = j + 1;
    }
    MatchScratch scratch;
    std::vector<PhraseMatch> fast;
    d->FindCandidates(tokens, scratch, &fast);
    EXPECT_EQ(Render(reference.Find(tokens)), Render(fast)) << text;
    EXPECT_FALSE(fast.empty());
  }
}

}  // namespace
}  // namespace khaldun
