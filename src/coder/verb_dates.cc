// Why: PETRARCH-style dictionaries write phrasal verbs with their
// preposition ("CALL ON" an appeal, "CLOSE IN" an advance), and the matcher
// takes the longest phrase; a preposition that opens a date belongs to the
// date, so "held a call on Monday with the envoy" is no appeal; and a date
// between a verb and its particle ("called on Friday for talks") must not
// hide the phrasal verb "CALL FOR".
#include "coder/verb_dates.h"

#include <algorithm>
#include <string_view>

#include "coder/mentions.h"

namespace khaldun::internal {

bool OpensADate(std::span<const Token> tokens, size_t k) {
  if (k + 1 >= tokens.size()) return false;
  if (!IsWord(tokens[k], "on") && !IsWord(tokens[k], "in") && !IsWord(tokens[k], "at"))
    return false;
  // (Not "May": "agreed on May's plan" names Theresa May.)
  const Token& next = tokens[k + 1];
  return IsWeekday(next) || (IsMonthName(next) && !IsWord(next, "may"));
}

size_t DateEnd(std::span<const Token> tokens, size_t k) {
  static constexpr std::string_view kParts[] = {"morning", "afternoon", "evening", "night"};
  size_t end = k + 2;
  if (end < tokens.size() &&
      (tokens[end].Has(kTokenNumber) ||
       std::any_of(std::begin(kParts), std::end(kParts),
                   [&](std::string_view w) { return IsWord(tokens[end], w); })))
    ++end;
  return end;
}

uint32_t DateTokensBetween(std::span<const Token> tokens, uint32_t from, uint32_t to) {
  uint32_t n = 0;
  for (uint32_t k = from; k < to && k < tokens.size(); ++k) {
    if (!OpensADate(tokens, k)) continue;
    const uint32_t end = static_cast<uint32_t>(DateEnd(tokens, k));
    n += end - k;
    k = end - 1;
  }
  return n;
}

void ReadVerbsAcrossDates(const Dictionary& dict, std::span<const Token> tokens,
                          MatchScratch& scratch, std::vector<PhraseMatch>* matches) {
  std::vector<PhraseMatch> found;
  std::vector<Token> joined;
  auto verb_at_start = [&] {
    return std::find_if(found.begin(), found.end(), [](const PhraseMatch& s) {
      return s.kind == PhraseMatch::Kind::kVerb && s.span.begin == 0;
    });
  };
  for (size_t i = 0; i < matches->size();) {
    PhraseMatch& m = (*matches)[i];
    if (m.kind != PhraseMatch::Kind::kVerb) {
      ++i;
      continue;
    }
    // The verb took the date's preposition: the longest verb without it.
    if (m.span.size() >= 2 && OpensADate(tokens, m.span.end - 1)) {
      found.clear();
      dict.FindCandidates(tokens.subspan(m.span.begin, m.span.size() - 1), scratch, &found);
      const auto verb = verb_at_start();
      if (verb == found.end()) {
        matches->erase(matches->begin() + static_cast<std::ptrdiff_t>(i));
        continue;
      }
      m.id = verb->id;
      m.span.end = m.span.begin + verb->span.size();
    }
    // A longer verb read as if the date were not there; only after an
    // inflected form, since a base form may be a noun ("a phone call on
    // Friday for the victims" is no appeal).
    const VerbForm& form = dict.verb_form(m.id);
    if (OpensADate(tokens, m.span.end) && form.text != form.lemma) {
      const size_t after = DateEnd(tokens, m.span.end);
      joined.assign(tokens.begin() + m.span.begin, tokens.begin() + m.span.end);
      const size_t rest = std::min(tokens.size(), after + kMaxWordsAfterADate);
      if (after < rest) joined.insert(joined.end(), tokens.begin() + after, tokens.begin() + rest);
      found.clear();
      dict.FindCandidates(joined, scratch, &found);
      const auto verb = verb_at_start();
      if (verb != found.end() && verb->span.size() > m.span.size()) {
        m.id = verb->id;
        m.span.end = static_cast<uint32_t>(after + verb->span.size() - m.span.size());
      }
    }
    ++i;
  }
}

}  // namespace khaldun::internal
