// The dictionary compiles words the way the text stage tokenizes them
// (clitics, hyphens, abbreviations). These sentences go through the real
// AnalyzeText, so a change in the tokenizer that breaks matching shows here.
#include <gtest/gtest.h>

#include "khaldun/dictionary.h"
#include "khaldun/text.h"

namespace khaldun {
namespace {

std::string Matches(const Dictionary& dict, const std::string& text) {
  Document doc;
  doc.text = text;
  AnalyzedDocument a = AnalyzeText(doc);
  std::string out;
  MatchScratch scratch;
  for (const Sentence& s : a.sentences) {
    std::vector<PhraseMatch> ms;
    std::span<const Token> tokens(a.SentenceTokens(s), s.token_count);
    dict.FindCandidates(tokens, scratch, &ms);
    for (const auto& m : ms) {
      if (!out.empty()) out += " ";
      out += std::string(PhraseKindName(m.kind)) + "=" + JoinTokens(tokens.subspan(m.span.begin, m.span.size()), " ");
    }
  }
  return out;
}

TEST(TokenizerAgreement, CliticsHyphensAndAbbreviations) {
  std::vector<Diagnostic> diags;
  auto d = Dictionary::FromSources(
      {{"a.actors.txt", DictKind::kActors, DictFormat::kPetrarch2,
        "SUDAN_PEOPLE'S_LIBERATION_ARMY [SDNREB]\nAL-QAEDA [IMGMOSALQ]\nU.S. [USA]\nSYRIA [SYR]\nAT&T [USABUS]\nBOSNIA/HERZEGOVINA [BIH]\n"},
       {"b.agents.txt", DictKind::kAgents, DictFormat::kPetrarch2, "MINISTER [~GOV]\n"},
       {"c.verbs.txt", DictKind::kVerbs, DictFormat::kPetrarch2, "--- X [---] ---\nACCUSE\n"}},
      &diags);
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ("actor=Sudan People 's Liberation Army verb=accused actor=al-Qaeda",
            Matches(*d, "The Sudan People's Liberation Army accused al-Qaeda."));
  EXPECT_EQ("actor=U.S. actor=Syria agent=ministers", Matches(*d, "The U.S. told Syria's ministers."));
  EXPECT_EQ("actor=AT&T actor=Bosnia / Herzegovina", Matches(*d, "AT&T left Bosnia/Herzegovina."));
}

}  // namespace
}  // namespace khaldun
