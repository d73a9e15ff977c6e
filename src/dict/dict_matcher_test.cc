// The compiled matcher: longest match per kind, ties, stems, case, hyphens,
// and many threads sharing one dictionary.
#include <gtest/gtest.h>

#include <thread>

#include "dict/dict_test_util.h"

namespace khaldun {
namespace {

using testing::OneSource;
using testing::RenderMatches;

TEST(Matcher, LongestPerKindAndEveryKindAtAStart) {
  auto d = Dictionary::FromSources(
      {{"a.txt", DictKind::kActors, DictFormat::kPetrarch2, "UNITED_STATES [USA]\nUNITED_STATES_ARMY [USAMIL]\n"},
       {"b.txt", DictKind::kAgents, DictFormat::kPetrarch2, "ARMY [~MIL]\n"},
       {"c.txt", DictKind::kDiscards, DictFormat::kPetrarch2, "UNITED_\n"}},
      nullptr);
  EXPECT_EQ("actor:0-3=UNITED STATES ARMY discard:0-1=UNITED agent:2-3=MIL",
            RenderMatches(*d, "United States Army"));
  EXPECT_EQ("actor:0-2=UNITED STATES discard:0-1=UNITED", RenderMatches(*d, "UNITED STATES navy"));
}

TEST(Matcher, EarlierEntryWinsATie) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kActors, DictFormat::kPetrarch2, "GEORGIA [GEO]\nGEORGIA [USA]\n", &diags);
  std::string text = "Georgia";
  auto tokens = testing::SplitTokens(text);
  MatchScratch scratch;
  std::vector<PhraseMatch> out;
  d->FindCandidates(tokens, scratch, &out);
  ASSERT_EQ(1u, out.size());
  EXPECT_EQ("GEO", d->actor(out[0].id).default_code);
  EXPECT_EQ(1u, diags.size());  // the conflict is reported
}

TEST(Matcher, HyphenatedTokensAndCase) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kActors, DictFormat::kPetrarch2, "AL-QAEDA [IMGMOSALQ]\nU.S. [USA]\n", &diags);
  EXPECT_EQ("actor:0-1=AL-QAEDA actor:2-3=U.S.", RenderMatches(*d, "al-Qaeda and u.s."));
  EXPECT_EQ("", RenderMatches(*d, "al Qaeda US"));
}

TEST(Matcher, CliticsAreSplitLikeTheTokenizer) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kActors, DictFormat::kPetrarch2,
                     "SUDAN_PEOPLE'S_LIBERATION_ARMY [SDNREB]\nMILLS'_ASSOCIATION [XXX]\nO'BRIEN [YYY]\n", &diags);
  EXPECT_EQ("", testing::RenderDiagnostics(diags));
  EXPECT_EQ("actor:0-5=SUDAN PEOPLE'S LIBERATION ARMY actor:5-8=MILLS' ASSOCIATION actor:8-9=O'BRIEN",
            RenderMatches(*d, "Sudan People 's Liberation Army Mills ' Association O'Brien"));
  auto v = OneSource(DictKind::kVerbs, DictFormat::kTabari, "<SYNSETS>\n&NEG\n+DIDN'T\n</SYNSETS>\nAGREE [030]\n- CAN'T * [130]\n",
                     &diags);
  EXPECT_EQ((std::vector<std::string>{"DID N'T"}), v->synsets()[0].phrases);
  const auto& e = v->verb_blocks()[0].patterns[0].elements;
  ASSERT_EQ(3u, e.size());
  EXPECT_EQ("CA", e[0].text);
  EXPECT_TRUE(e[0].adjacent_to_next);
  EXPECT_EQ("N'T", e[1].text);
}

TEST(Matcher, StemAndWholeWordOverSameToken) {
  auto d = Dictionary::FromSources(
      {{"v.verbs", DictKind::kVerbs, DictFormat::kTabari, "SIGN [057]\nSIGNAL_ [010]\n"}}, nullptr);
  // "signalled": the stem SIGN matches; SIGNAL_ only takes its regular endings.
  EXPECT_EQ("verb:0-1=SIGN verb:1-2=SIGNAL verb:2-3=SIGN", RenderMatches(*d, "signed signals signalled"));
}

TEST(Matcher, EmptyInputsAndScratchReuse) {
  auto d = Dictionary::FromSources({}, nullptr);
  EXPECT_EQ("", RenderMatches(*d, "anything at all"));
  std::vector<Diagnostic> diags;
  auto e = OneSource(DictKind::kActors, DictFormat::kPetrarch2, "FRANCE [FRA]\n", &diags);
  MatchScratch scratch;
  std::vector<PhraseMatch> out;
  e->FindCandidates({}, scratch, &out);
  EXPECT_TRUE(out.empty());
  std::string long_text;
  for (int i = 0; i < 500; ++i) long_text += "France ";
  auto tokens = testing::SplitTokens(long_text);
  e->FindCandidates(tokens, scratch, &out);
  EXPECT_EQ(500u, out.size());
}

TEST(Matcher, ThreadsShareOneDictionary) {
  std::vector<Diagnostic> diags;
  auto d = OneSource(DictKind::kActors, DictFormat::kPetrarch2,
                     "FRANCE [FRA]\nUNITED_KINGDOM [GBR]\nGERMANY [DEU]\n", &diags);
  std::string text = "France and the United Kingdom met Germany";
  const std::string expected = RenderMatches(*d, text);
  std::vector<std::thread> threads;
  std::vector<int> ok(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 2000; ++i) ok[t] += RenderMatches(*d, text) == expected;
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 8; ++t) EXPECT_EQ(2000, ok[t]);
}

}  // namespace
}  // namespace khaldun
