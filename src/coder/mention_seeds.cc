#include "coder/mention_seeds.h"

#include <array>
#include <string>

#include "coder/mention_words.h"
#include "coder/mentions.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {
namespace {

// "Russia told us ...": dictionaries list abbreviations such as US and UN,
// and matching is case-insensitive; a short one-word match must be written
// with capitals in the text to name an actor.
// A short role word is a common noun, not an abbreviation, when it heads
// its phrase after an article or its country: "a Greek jet", "a Greek
// navy jet" and "a Chinese spy" keep their role (GRCMIL, CHNSPY) as "Greek
// jets" do, and "a mob" is a crowd; "his private jet" and a noun it
// qualifies ("jet fuel") name no one.
bool ShortRoleNoun(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                   const PhraseMatch& pm) {
  const size_t at = pm.span.begin;
  if (at + 1 < tokens.size() && (tokens[at + 1].pos == kPosNN || tokens[at + 1].pos == kPosNNS) &&
      !tokens[at + 1].Has(kTokenCapitalized))
    return false;
  if (at > 0 && IsDeterminer(tokens[at - 1])) return true;
  for (const PhraseMatch& o : matches)
    if (o.kind == PhraseMatch::Kind::kActor && o.span.end <= at && o.span.end + 3 > at) {
      bool one_phrase = true;
      for (size_t k = o.span.end; k < at; ++k)
        one_phrase &= tokens[k].Has(kTokenWord) && !IsDeterminer(tokens[k]) &&
                      tokens[k].pos != kPosIN && tokens[k].pos != kPosCC;
      if (one_phrase) return true;
    }
  return false;
}

bool LowerCaseAbbreviation(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                           const PhraseMatch& pm) {
  if (pm.span.size() != 1) return false;
  const Token& t = tokens[pm.span.begin];
  if (t.text.size() > 3) return false;
  for (char c : t.text)
    if (c >= 'A' && c <= 'Z') return false;
  return !(pm.kind == PhraseMatch::Kind::kAgent && ShortRoleNoun(tokens, matches, pm));
}

// "Iraq's trade minister, Mohammed Mustafa al-Jibouri, welcomed the move":
// a dictionary name of two or more capitalised words that the text goes on
// with one more name part ("al-Jibouri", "Salehi") is the start of another
// person's longer name, not the person the dictionary lists ("Mohammed
// Mustafa", a Palestinian prime minister). The name part is a capitalised
// word that no dictionary phrase starts on (not "Navy" in "United States
// Navy", not "Monday"), or an Arabic family particle with a hyphen ("al-",
// "el-", "bin", "ibn"). Not in headlines, where every word is capitalised.
// Only a person the dictionary dates (an office-holder) counts, and only when
// the name part ends the name: "Arab League Secretary General Chadli Klibi",
// "Metropolitan Police Commissioner Sir John Stevens" go on with a title.
bool ContinuesAsLongerName(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                           const PhraseMatch& pm, const Dictionary& dict, bool title_case) {
  if (title_case || pm.span.size() < 2 || pm.span.end >= tokens.size()) return false;
  if (dict.actor(pm.id).dated.empty()) return false;
  if (pm.span.end + 1 < tokens.size() && tokens[pm.span.end + 1].Has(kTokenCapitalized))
    return false;
  for (uint32_t k = pm.span.begin; k < pm.span.end; ++k)
    if (!tokens[k].Has(kTokenCapitalized) || !tokens[k].Has(kTokenWord)) return false;
  const Token& next = tokens[pm.span.end];
  if (!next.Has(kTokenWord)) return false;
  const std::string lower = LowerAscii(next.text);
  const bool particle = lower.starts_with("al-") || lower.starts_with("el-") ||
                        lower == "bin" || lower == "ibn" || lower == "ould";
  if (!particle) {
    if (!next.Has(kTokenCapitalized) || InWords(kNotNames, next) || next.text.size() < 3) return false;
    for (const PhraseMatch& o : matches)
      if (o.span.begin == pm.span.end) return false;
  }
  return true;
}

}  // namespace

bool TitleCase(std::span<const Token> tokens) {
  int words = 0, capitals = 0;
  for (const Token& t : tokens) {
    if (!t.Has(kTokenWord) || t.text.size() < 4) continue;
    ++words;
    capitals += t.Has(kTokenCapitalized);
  }
  return words >= 3 && capitals * 10 >= words * 8;
}

Seeds IndexSeeds(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                 const Dictionary& dict, bool title_case) {
  const size_t n = tokens.size();
  Seeds s{std::vector<int>(n, -1), std::vector<int>(n, -1), std::vector<uint8_t>(n, 0)};
  for (size_t m = 0; m < matches.size(); ++m) {
    const PhraseMatch& pm = matches[m];
    if (pm.span.begin < n && pm.kind == PhraseMatch::Kind::kVerb) s.verb_at[pm.span.begin] = 1;
    if (pm.span.begin >= n || LowerCaseAbbreviation(tokens, matches, pm)) continue;
    if (pm.kind == PhraseMatch::Kind::kActor && AfterCourtesyTitle(tokens, pm)) continue;
    if (pm.kind == PhraseMatch::Kind::kActor &&
        ContinuesAsLongerName(tokens, matches, pm, dict, title_case))
      continue;
    if (pm.kind == PhraseMatch::Kind::kActor && s.actor_at[pm.span.begin] < 0) {
      s.actor_at[pm.span.begin] = static_cast<int>(m);
    } else if (pm.kind == PhraseMatch::Kind::kAgent && s.agent_at[pm.span.begin] < 0) {
      // "US military aid to Israel": an event noun that starts on the role
      // word and goes on past it ("military aid") is what the words name,
      // not a role ("US military").
      bool event_noun_longer = false;
      for (const PhraseMatch& o : matches)
        event_noun_longer |= o.kind == PhraseMatch::Kind::kNominal &&
                             o.span.begin == pm.span.begin && o.span.end > pm.span.end;
      if (event_noun_longer) continue;
      s.agent_at[pm.span.begin] = static_cast<int>(m);
    }
  }
  return s;
}

}  // namespace khaldun::internal
