#include "syntax/clause_lexicon.h"

#include <array>
#include <initializer_list>

#include "khaldun/syntax.h"

namespace khaldun::internal {
namespace {

bool In(const Token& t, std::initializer_list<std::string_view> words) {
  for (auto w : words) {
    if (EqualsIgnoreCase(t.text, w)) return true;
  }
  return false;
}

}  // namespace

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

bool IsBeForm(const Token& t) {
  // "'s" is "is" only when tagged as a verb: "Iran 's" possessive is POS.
  if (t.text == "'s" || t.text == "’s") return t.pos == kPosVBZ;
  return In(t, {"is", "are", "was", "were", "be", "been", "being", "am", "'re", "'m"});
}

bool IsGetForm(const Token& t) { return In(t, {"get", "gets", "got", "gotten", "getting"}); }

bool IsHaveForm(const Token& t) {
  return In(t, {"has", "have", "had", "having", "'ve"}) || (t.text == "'d" && t.pos == kPosVBD);
}

bool IsFutureModal(const Token& t) { return In(t, {"will", "'ll", "shall", "wo"}); }

bool IsNegation(const Token& t) { return In(t, {"not", "n't", "never"}); }

bool IsDenialVerb(const Token& t) {
  return In(t, {"deny", "denies", "denied", "denying", "refuse", "refuses", "refused", "refusing",
                "fail", "fails", "failed", "failing", "decline", "declines", "declined"});
}

bool IsSpeechVerb(const Token& t) {
  return In(t, {"say",       "says",      "said",      "saying",     "tell",       "tells",
                "told",      "announce",  "announced", "announces",  "state",      "stated",
                "states",    "declare",   "declared",  "declares",   "add",        "added",
                "adds",      "warn",      "warned",    "warns",      "claim",      "claimed",
                "claims",    "insist",    "insisted",  "insists",    "stress",     "stressed",
                "stresses",  "note",      "noted",     "notes",      "confirm",    "confirmed",
                "confirms",  "report",    "reported",  "reports",    "reiterate",  "reiterated",
                "underline", "underlined", "emphasize", "emphasized", "emphasised", "assert",
                "asserted",  "argue",     "argued",    "explain",    "explained",  "remark",
                "remarked",  "quoted",    "tweeted",   "wrote",      "write",      "writes"});
}

bool IsControlVerb(const Token& t) {
  return In(t, {"urge", "urged", "urges", "ask", "asked", "asks", "force", "forced", "forces",
                "order", "ordered", "orders", "allow", "allowed", "allows", "persuade",
                "persuaded", "invite", "invited", "invites", "encourage", "encouraged",
                "told", "tell", "warned", "warn", "called"});
}

bool IsSubordinator(const Token& t) {
  return In(t, {"after", "before", "because", "since", "although", "though", "while", "when",
                "whereas", "if", "unless", "until", "once", "whether", "as"});
}

bool IsRelativePronoun(const Token& t) {
  return t.pos == kPosWDT || t.pos == kPosWP || t.pos == kPosWPS ||
         In(t, {"who", "whom", "whose", "which"});
}

bool IsCoordinator(const Token& t) { return In(t, {"and", "or", "but", "nor", "&"}); }

bool IsQuote(const Token& t) {
  return t.Has(kTokenQuote) || t.pos == kPosOpenQuote || t.pos == kPosCloseQuote ||
         In(t, {"\"", "``", "''", "“", "”"});
}

bool IsPrepositionalVerb(const Token& v, const Token& p) {
  if (In(v, {"call", "calls", "called", "calling"})) return In(p, {"for", "on"});
  if (In(v, {"appeal", "appeals", "appealed", "appealing"})) return In(p, {"for", "to"});
  if (In(v, {"ask", "asks", "asked", "asking"})) return In(p, {"for"});
  if (In(v, {"agree", "agrees", "agreed", "agreeing"})) return In(p, {"on", "to", "with"});
  if (In(v, {"meet", "meets", "met", "meeting"})) return In(p, {"with"});
  if (In(v, {"vote", "votes", "voted", "voting"})) return In(p, {"for", "against"});
  if (In(v, {"protest", "protests", "protested", "protesting", "fight", "fights", "fought",
             "fighting", "retaliate", "retaliated", "retaliates", "rebel", "rebelled"})) {
    return In(p, {"against"});
  }
  if (In(v, {"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"})) {
    return In(p, {"from"});
  }
  if (In(v, {"cooperate", "cooperated", "cooperates", "negotiate", "negotiated",
             "negotiates", "sided", "side", "sides"})) {
    return In(p, {"with"});
  }
  return false;
}

bool IsEventNoun(const Token& t) {
  return In(t, {"attack",     "attacks",      "assault",     "assaults",    "assassination",
                "killing",    "killings",     "murder",      "strike",      "strikes",
                "airstrike",  "airstrikes",   "bombing",     "bombings",    "raid",
                "raids",      "invasion",     "occupation",  "shelling",    "arrest",
                "arrests",    "detention",    "execution",   "kidnapping",  "abduction",
                "visit",      "visits",       "meeting",     "talks",       "negotiations",
                "agreement",  "ceasefire",    "sanctions",   "protest",     "protests",
                "condemnation", "criticism",  "threat",      "threats",     "accusation",
                "accusations", "withdrawal",  "deployment",  "offensive",   "operation",
                "clashes",    "blockade",     "seizure",     "capture",     "release",
                "massacre",   "bombardment",  "incursion",   "ambush",      "crackdown",
                "siege",      "aggression",   "intervention", "support",    "aid"});
}

bool IsNominalObjectPrep(const Token& t) { return In(t, {"of", "on", "against", "upon"}); }

}  // namespace khaldun::internal
