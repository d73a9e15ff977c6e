// Verbs of headlines read as nouns (coder/headline_verbs.h).

#include "coder/headline_verbs.h"

#include <array>
#include <string>
#include <string_view>

#include "coder/clause.h"
#include "coder/mentions.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {
namespace {

// Words that end the headline's main clause: "Senate blocks bill as
// protesters gather", "Rebels free hostages after talks stall".
bool EndsClause(const Token& t) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "as",  "after", "while", "amid",  "before", "when",    "that",
      "who", "which", "but",   "since", "until",  "because", "if"};
  return t.text == "," || t.text == ";" || t.text == ":" || t.text == "--" || t.text == "-" ||
         InWords(kWords, t);
}

// The first of the space-separated words.
std::string_view FirstWord(std::string_view s) { return s.substr(0, s.find(' ')); }

}  // namespace

bool IsHeadlineSentence(std::span<const Token> tokens) {
  if (tokens.empty() || tokens.size() > 30) return false;
  size_t last = tokens.size() - 1;
  auto is_quote = [](std::string_view t) {
    return t == "\"" || t == "'" || t == "''" || t == "\xe2\x80\x9d" || t == "\xe2\x80\x99";
  };
  if (last > 0 && is_quote(tokens[last].text)) --last;
  const std::string_view end = tokens[last].text;
  return end != "." && end != "?" && end != "!" && end != "...";
}

bool ReadsAsHeadlineVerb(std::span<const Token> tokens, TokenSpan verb, HeadlineForm form,
                         bool party_before) {
  if (!party_before || verb.begin == 0 || verb.end >= tokens.size()) return false;
  const Token& first = tokens[verb.begin];
  // (The tagger may even read it as a preposition: "torch" IN.)
  if (!IsNounTag(first.pos) && first.pos != kPosJJ &&
      !(first.pos == kPosIN && !IsPreposition(first)))
    return false;
  if (!IsHeadlineSentence(tokens)) return false;
  // The first verb of its clause: "Premier resigns as unions block
  // roads" has two headline verbs, one in each clause.
  for (uint32_t k = verb.begin; k > 0 && !EndsClause(tokens[k - 1]); --k)
    if (IsFiniteVerbTag(tokens[k - 1].pos)) return false;
  // The party is the subject, not the object of a preposition: "Israeli
  // strike on the Kabul embassy kills ..." (there "kills" follows the
  // strike, not the embassy).
  uint32_t phrase = verb.begin;
  while (phrase > 0 && (IsNounTag(tokens[phrase - 1].pos) || tokens[phrase - 1].pos == kPosJJ ||
                        tokens[phrase - 1].pos == kPosPOS || tokens[phrase - 1].pos == kPosCD ||
                        IsDeterminer(tokens[phrase - 1])))
    --phrase;
  if (phrase > 0 && IsPreposition(tokens[phrase - 1]) && !EndsClause(tokens[phrase - 1]))
    return false;
  // A base form has a plural subject: "Rebels free ...", "Chile and Peru
  // sign ...". After one singular name it is a noun: "US strike kills".
  if (form == HeadlineForm::kBase) {
    const Token& prev = tokens[verb.begin - 1];
    bool plural = prev.pos == kPosNNS || prev.pos == kPosNNPS || IsWord(prev, "police");
    for (uint32_t k = 1; k + 1 < verb.begin && !plural; ++k)
      plural = IsWord(tokens[k], "and") && IsProperTag(tokens[k - 1].pos);
    if (!plural) return false;
  }
  // An object at once: "bans two newspapers", "orders Russian diplomats
  // out", "declares emergency". Not "talks in Geneva", "strike kills".
  const Token& next = tokens[verb.end];
  const bool object = IsDeterminer(next) || next.pos == kPosDT || next.pos == kPosPDT ||
                      next.pos == kPosCD || next.pos == kPosJJ || next.pos == kPosPRPS ||
                      IsNounTag(next.pos);
  if (!object || IsPreposition(next)) return false;
  // "Israeli strike on consulate kills general": a finite verb later in
  // the clause is the headline's verb; the word is its subject noun.
  for (uint32_t k = verb.end; k < tokens.size() && !EndsClause(tokens[k]); ++k)
    if (IsFiniteVerbTag(tokens[k].pos)) return false;
  return true;
}

void CorrectHeadlineVerbTags(const Dictionary& dict, std::span<const PhraseMatch> matches,
                             std::vector<Token>* tokens) {
  if (!IsHeadlineSentence(*tokens)) return;
  for (const PhraseMatch& m : matches) {
    if (m.kind != PhraseMatch::Kind::kVerb || m.span.begin == 0) continue;
    const VerbForm& form = dict.verb_form(m.id);
    const std::string_view text = FirstWord(form.text), lemma = FirstWord(form.lemma);
    if (lemma.empty()) continue;
    HeadlineForm kind;
    if (text == lemma)
      kind = HeadlineForm::kBase;
    else if (text.size() > lemma.size() && text.ends_with("S") && !text.ends_with("SS"))
      kind = HeadlineForm::kThirdPerson;
    else
      continue;
    bool party_before = false;
    for (const PhraseMatch& p : matches)
      party_before |=
          (p.kind == PhraseMatch::Kind::kActor || p.kind == PhraseMatch::Kind::kAgent) &&
          p.span.end == m.span.begin;
    if (!ReadsAsHeadlineVerb(*tokens, m.span, kind, party_before)) continue;
    (*tokens)[m.span.begin].pos = kind == HeadlineForm::kBase ? kPosVBP : kPosVBZ;
  }
}

}  // namespace khaldun::internal
