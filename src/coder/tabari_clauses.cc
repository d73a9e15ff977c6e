// TABARI mode: the words that delimit clauses and the sentence's clauses
// (manual 7.4-7.6), the verb "to be", date shifts.
#include <chrono>

#include "coder/tabari_internal.h"

namespace khaldun::internal::tabari {
// The words FindMentions steps over at the start of a phrase ("top",
// "former", "new": mention_phrase_words.cc's kModifiers).
bool IsMentionModifier(const Token& t) {
  for (std::string_view w :
       {"top", "senior", "late", "former", "acting", "interim", "then", "outgoing", "new",
        "retired", "veteran", "exiled", "ousted", "incoming"})
    if (IsWord(t, w)) return true;
  return false;
}
namespace {

// TABARI's conjunctions (manual 7.6): AND, BUT, OR, NOR, and ';' (read as a
// comma by TABARI, a clause break here).
bool IsConjunction(const Token& t) {
  return IsWord(t, "and") || IsWord(t, "but") || IsWord(t, "or") || IsWord(t, "nor") ||
         IsWord(t, ";");
}
}  // namespace

bool IsVerbMatch(const PhraseMatch& m) { return m.kind == PhraseMatch::Kind::kVerb; }

bool InsideMention(std::span<const Mention> mentions, TokenSpan span) {
  for (const Mention& m : mentions)
    if (!m.code.empty() && m.span.begin <= span.begin && span.end <= m.span.end) return true;
  return false;
}
namespace {

// Whether token k lies between two members of a compound actor ("Gondor and
// Osgiliath", "Mordor, the Shire, Fornost and Bree"): such a conjunction or
// comma delimits no clause (manual 7.5, 7.6).
bool InCompound(std::span<const Mention> mentions, uint32_t k) {
  for (const Mention& x : mentions)
    if (x.coordinated_with >= 0 && x.span.end <= k && k < mentions[x.coordinated_with].span.begin)
      return true;
  return false;
}
}  // namespace

// TABARI reads a verb as a noun after A, AN or THE, and when it is
// capitalised inside a sentence that is not all capitals (manual 7.4): "an
// attack by Osgiliath soldiers", "the promised aid".
bool ReadsAsNoun(std::span<const Token> tokens, const PhraseMatch& m, bool tabari) {
  if (m.span.begin > 0) {
    const Token& prev = tokens[m.span.begin - 1];
    if (IsWord(prev, "a") || IsWord(prev, "an") || IsWord(prev, "the")) return true;
    // "Arnor is about To Restore full ties": capitalised inside a sentence
    // that has lower-case words.
    const std::string_view w = tokens[m.span.begin].text;
    bool lower_case_sentence = false;
    for (const Token& t : tokens)
      for (char c : t.text) lower_case_sentence |= c >= 'a' && c <= 'z';
    if (tabari && lower_case_sentence && !w.empty() && w[0] >= 'A' && w[0] <= 'Z') return true;
  }
  // "Estonia donate's cash": a noun ending, so no verb (manual 5.2.3).
  if (tabari && m.span.end < tokens.size() && IsWord(tokens[m.span.end], "'s")) return true;
  return false;
}

// Clauses: the sentence is cut at a conjunction only when both sides hold a
// verb, so "Gondor and Osgiliath met" stays one clause while "Arnor denounced
// Gondor and threatened Mordor" becomes two.
std::vector<Clause> SplitClauses(std::span<const Token> tokens,
                                 std::span<const PhraseMatch> matches,
                                 std::span<const Mention> mentions, bool tabari) {
  std::vector<uint32_t> verb_at;
  for (const PhraseMatch& m : matches)
    if (IsVerbMatch(m) && !InsideMention(mentions, m.span) && !ReadsAsNoun(tokens, m, tabari))
      verb_at.push_back(m.span.begin);
  auto has_verb = [&](uint32_t b, uint32_t e) {
    for (uint32_t v : verb_at)
      if (v >= b && v < e) return true;
    return false;
  };
  std::vector<uint32_t> cuts;
  for (uint32_t i = 0; i < tokens.size(); ++i)
    if (IsConjunction(tokens[i]) && !InsideMention(mentions, {i, i + 1}) &&
        !InCompound(mentions, i))
      cuts.push_back(i);
  std::vector<Clause> clauses;
  uint32_t begin = 0;
  for (size_t c = 0; c < cuts.size(); ++c) {
    uint32_t next = c + 1 < cuts.size() ? cuts[c + 1] : static_cast<uint32_t>(tokens.size());
    if (has_verb(begin, cuts[c]) && has_verb(cuts[c] + 1, next)) {
      clauses.push_back({begin, cuts[c]});
      begin = cuts[c] + 1;
    }
  }
  clauses.push_back({begin, static_cast<uint32_t>(tokens.size())});
  return clauses;
}

bool IsBe(const Token& t) {
  for (std::string_view w : {"was", "were", "is", "are", "been", "be", "being"})
    if (IsWord(t, w)) return true;
  return false;
}

Date ShiftDate(Date date, int days) {
  if (!date.known() || days == 0) return date;
  using namespace std::chrono;
  sys_days d = year_month_day{year{date.year}, month{date.month}, day{date.day}};
  year_month_day shifted{d + std::chrono::days{days}};
  Date out;
  out.year = static_cast<int16_t>(static_cast<int>(shifted.year()));
  out.month = static_cast<uint8_t>(static_cast<unsigned>(shifted.month()));
  out.day = static_cast<uint8_t>(static_cast<unsigned>(shifted.day()));
  return out;
}

}  // namespace khaldun::internal::tabari
