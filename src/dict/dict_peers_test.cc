// The peers' real dictionaries (../shared/peers): every file loads, and
// `dict check` finds their known defects at the right file:line.
#include <gtest/gtest.h>

#include <filesystem>

#include "dict/dict_test_util.h"

namespace khaldun {
namespace {

const std::string kShared = std::string(KHALDUN_SOURCE_DIR) + "/../shared/peers";

#define SKIP_WITHOUT_SHARED()                                                   \
  if (!std::filesystem::exists(kShared + "/petrarch2/CAMEO.2.0.txt"))           \
  GTEST_SKIP() << "../shared/peers is absent; the peer dictionaries are needed"

std::vector<Diagnostic> LoadOne(const std::string& rel, DictKind kind, size_t* phrases = nullptr) {
  DictionaryFiles files;
  files.Add(kShared + "/" + rel, kind);
  std::vector<Diagnostic> diags;
  auto d = Dictionary::Load(files, &diags);
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  if (d.ok() && phrases) *phrases = (*d)->phrases().size();
  return diags;
}

// True when a diagnostic of `check` and `severity` names file:line.
bool Has(const std::vector<Diagnostic>& diags, const std::string& file_suffix, uint32_t line,
         const std::string& check, Diagnostic::Severity severity = Diagnostic::Severity::kError) {
  for (const auto& d : diags)
    if (d.file.ends_with(file_suffix) && d.line == line && d.check == check && d.severity == severity) return true;
  return false;
}

TEST(PeerDictionaries, EveryFileLoads) {
  SKIP_WITHOUT_SHARED();
  const std::pair<const char*, DictKind> kFiles[] = {
      {"petrarch2/CAMEO.2.0.txt", DictKind::kVerbs},
      {"petrarch2/CAMEO.2.0_unsorted.txt", DictKind::kVerbs},
      {"petrarch2/CAMEO.verbpatterns.150430.txt", DictKind::kVerbs},
      {"petrarch2/newdict.txt", DictKind::kVerbs},
      {"petrarch2/PETR.Validate.verbs.txt", DictKind::kVerbs},
      {"petrarch2/PETR.Validate.actors.txt", DictKind::kActors},
      {"petrarch2/PETR.Validate.agents.txt", DictKind::kAgents},
      {"petrarch2/PETR.Validate.discards.txt", DictKind::kDiscards},
      {"petrarch2/Phoenix.Countries.actors.txt", DictKind::kActors},
      {"petrarch2/Phoenix.International.actors.txt", DictKind::kActors},
      {"petrarch2/Phoenix.MilNonState.actors.txt", DictKind::kActors},
      {"petrarch2/Phoenix.agents.txt", DictKind::kAgents},
      {"petrarch2/Phoenix.discards.txt", DictKind::kDiscards},
      {"petrarch2/Phoenix.IssueCoding.txt", DictKind::kIssues},
      {"tabari/CAMEO.091003.master.verbs", DictKind::kVerbs},
      {"tabari/TABARI.Demo.verbs", DictKind::kVerbs},
      {"tabari/TABARI.Demo.actors", DictKind::kActors},
      {"tabari/Validate.agents", DictKind::kAgents},
      {"tabari/CAMEO.09b5.options", DictKind::kOptions},
      {"tabari/TABARI.Demo.options", DictKind::kOptions},
      {"tabari/Validate.options", DictKind::kOptions},
      {"tabari/discards.txt", DictKind::kDiscards},
      {"tabari-dictionaries/CountryInfo.120116.actors", DictKind::kActors},
      {"tabari-dictionaries/Internatnl.120521.actors", DictKind::kActors},
      {"tabari-dictionaries/PSU.120522.agents", DictKind::kAgents},
  };
  for (const auto& [rel, kind] : kFiles) {
    SCOPED_TRACE(rel);
    size_t phrases = 0;
    LoadOne(rel, kind, &phrases);
    if (kind != DictKind::kOptions) EXPECT_GT(phrases, 0u);
  }
}

TEST(PeerDictionaries, PhoenixActorDefects) {
  SKIP_WITHOUT_SHARED();
  auto diags = LoadOne("petrarch2/Phoenix.Countries.actors.txt", DictKind::kActors);
  // "[ARMUNR 9008223-911221]": the 7-digit date.
  EXPECT_TRUE(Has(diags, "Phoenix.Countries.actors.txt", 2039, "malformed-date"));
  // "+FAEROYENE]_": a stray bracket.
  EXPECT_TRUE(Has(diags, "Phoenix.Countries.actors.txt", 15346, "unbalanced-brackets"));
  // "[MNEGOV 20121204]": a lone date that is neither <, > nor a range.
  EXPECT_TRUE(Has(diags, "Phoenix.Countries.actors.txt", 31715, "syntax"));
  // "[EGYGOV 20121207-20120802]": a range that ends before it begins.
  EXPECT_TRUE(Has(diags, "Phoenix.Countries.actors.txt", 14190, "malformed-date"));
  // "PRESIDENT_JOSIPOVIC_" lost its '+', so it is an actor of its own with no code.
  EXPECT_TRUE(Has(diags, "Phoenix.Countries.actors.txt", 11940, "syntax", Diagnostic::Severity::kWarning));
  // "+ISLANDS," -- a comma inside a phrase never equals a token.
  EXPECT_TRUE(Has(diags, "Phoenix.Countries.actors.txt", 6330, "never-matches", Diagnostic::Severity::kWarning));

  auto intl = LoadOne("petrarch2/Phoenix.International.actors.txt", DictKind::kActors);
  EXPECT_TRUE(Has(intl, "Phoenix.International.actors.txt", 40, "malformed-date"));  // "2004017"
}

TEST(PeerDictionaries, PhoenixVerbAndAgentDefects) {
  SKIP_WITHOUT_SHARED();
  auto verbs = LoadOne("petrarch2/CAMEO.2.0.txt", DictKind::kVerbs);
  EXPECT_TRUE(Has(verbs, "CAMEO.2.0.txt", 8443, "unknown-synset"));  // &WEATHER
  EXPECT_TRUE(Has(verbs, "CAMEO.2.0.txt", 8444, "unknown-synset"));  // &DEMONSTRATION
  EXPECT_TRUE(Has(verbs, "CAMEO.2.0.txt", 2374, "unbalanced-brackets"));  // "(WITH VISIT) VISIT)"
  EXPECT_TRUE(Has(verbs, "CAMEO.2.0.txt", 1735, "never-matches"));  // "- *SCEPTICAL": no separate '*'
  EXPECT_TRUE(Has(verbs, "CAMEO.2.0.txt", 5787, "syntax", Diagnostic::Severity::kWarning));  // "[080!]"
  auto agents = LoadOne("petrarch2/Phoenix.agents.txt", DictKind::kAgents);
  EXPECT_TRUE(Has(agents, "Phoenix.agents.txt", 544, "unbalanced-brackets"));  // "[~ENV}"
}

TEST(PeerDictionaries, IssuesLoadWithoutErrors) {
  SKIP_WITHOUT_SHARED();
  size_t phrases = 0;
  auto diags = LoadOne("petrarch2/Phoenix.IssueCoding.txt", DictKind::kIssues, &phrases);
  for (const auto& d : diags) EXPECT_NE(Diagnostic::Severity::kError, d.severity) << d.ToString();
  EXPECT_GT(phrases, 4800u);
}

TEST(PeerDictionaries, TabariDefects) {
  SKIP_WITHOUT_SHARED();
  auto verbs = LoadOne("tabari/CAMEO.091003.master.verbs", DictKind::kVerbs);
  EXPECT_TRUE(Has(verbs, "CAMEO.091003.master.verbs", 7990, "unbalanced-brackets"));  // "{ WAS | WERE ]"
  EXPECT_TRUE(Has(verbs, "CAMEO.091003.master.verbs", 7729, "not-cameo-code"));  // "[O254]": letter O
  EXPECT_TRUE(Has(verbs, "CAMEO.091003.master.verbs", 7712, "not-cameo-code"));  // an actor code in .verbs
  EXPECT_TRUE(Has(verbs, "CAMEO.091003.master.verbs", 6214, "never-matches"));  // "*~_CLOSELY"
  auto countries = LoadOne("tabari-dictionaries/CountryInfo.120116.actors", DictKind::kActors);
  // "040931": September 31st, clamped to the 30th with a warning.
  EXPECT_TRUE(Has(countries, "CountryInfo.120116.actors", 132, "malformed-date", Diagnostic::Severity::kWarning));
}

TEST(PeerDictionaries, PhoenixSetCodesRealSentences) {
  SKIP_WITHOUT_SHARED();
  DictionaryFiles files;
  for (const char* f : {"CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                        "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt"}) {
    auto kind = DictKindFromFileName(f);
    ASSERT_TRUE(kind.has_value()) << f;
    files.Add(kShared + "/petrarch2/" + f, *kind);
  }
  auto d = Dictionary::Load(files, nullptr);
  ASSERT_TRUE(d.ok());
  const Dictionary& dict = **d;
  EXPECT_EQ("actor:0-1=AFGHANISTAN agent:1-2=GOV verb:2-3=ACCUSE actor:3-4=PAKISTAN",
            testing::RenderMatches(dict, "Kabul government accused Pakistan"));
  std::string text = "Syrian officials said";
  auto tokens = testing::SplitTokens(text);
  MatchScratch scratch;
  std::vector<PhraseMatch> out;
  dict.FindCandidates(tokens, scratch, &out);
  ASSERT_FALSE(out.empty());
  EXPECT_EQ("SYR", dict.actor(out[0].id).CodeAt(Date{2015, 1, 1}));
}

}  // namespace
}  // namespace khaldun

namespace khaldun {
namespace {

// khaldun's own dictionaries (dictionaries/, PETRARCH-2 format) must load
// without a single error: an error would silently drop an entry.
TEST(ShippedDictionaries, LoadWithoutErrors) {
  const std::string dir = std::string(KHALDUN_SOURCE_DIR) + "/dictionaries";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "dictionaries/ is absent";
  LoadOptions options;
  auto codes = ReadEventCodeList(std::string(KHALDUN_SOURCE_DIR) + "/data/cameo/cameo_codes.tsv");
  if (codes.ok()) options.event_codes = *codes;
  std::vector<Diagnostic> diags;
  auto d = Dictionary::LoadDirectory(dir, &diags, options);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  std::string errors;
  for (const auto& x : diags)
    if (x.severity == Diagnostic::Severity::kError) errors += x.ToString() + "\n";
  EXPECT_EQ("", errors);
  EXPECT_GT((*d)->phrases().size(), 0u);
}

}  // namespace
}  // namespace khaldun
