#include "coder/background_years.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "coder/clause_words.h"
#include "coder/mentions.h"

namespace khaldun::coder_internal {
namespace {

// How many words after the trigger the date may lie: "seized Yemen's
// capital, Sana'a, in January 2015".
constexpr uint32_t kWindow = 10;

// The year the token spells, 1900-2099, or 0. A decade ("1990s", "90s")
// counts as its last year, so that only decades wholly before the story
// are background.
int YearOf(const Token& t) {
  std::string_view text = t.text;
  const bool decade = text.size() >= 3 && text.back() == 's';
  if (decade) text.remove_suffix(1);
  if (text.size() != 4 && !(decade && text.size() == 2)) return 0;
  int y = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return 0;
    y = y * 10 + (c - '0');
  }
  if (text.size() == 2) {
    if (y % 10 != 0) return 0;
    y += y >= 30 ? 1900 : 2000;  // "the 90s", "the 2000s" spelled "00s"
  }
  if (decade) {
    if (y % 10 != 0) return 0;
    y += 9;
  }
  return y >= 1900 && y <= 2099 ? y : 0;
}

// Words that may stand between "in" and the year: "in March 1975", "in
// early 2014".
bool MonthOrPart(const Token& t) {
  static constexpr std::string_view kWords[] = {"early",  "late",   "mid",    "mid-",
                                                 "spring", "summer", "autumn", "winter"};
  return internal::IsMonthName(t) || internal::InWords(kWords, t);
}

// A noun naming a war or an upheaval within three words from `k`: "the 1967
// Middle East war", "the 2011 uprising".
bool NamesAWarWithin(std::span<const Token> tokens, uint32_t k) {
  static constexpr std::string_view kWords[] = {"war",      "wars",       "conflict",
                                                 "uprising", "invasion",   "revolution",
                                                 "coup"};
  for (uint32_t j = k; j < tokens.size() && j < k + 3; ++j)
    if (internal::InWords(kWords, tokens[j])) return true;
  return false;
}

// The year "in" at `k` opens ("in 1991", "in June 2014", "in the 1990s"),
// or 0.
int YearAfterIn(std::span<const Token> tokens, uint32_t k) {
  if (k >= tokens.size() || !internal::IsWord(tokens[k], "in")) return 0;
  for (uint32_t j = k + 1; j < tokens.size() && j <= k + 3; ++j) {
    if (const int y = YearOf(tokens[j])) {
      // "the 2010 raid": a year before a noun names the thing, not a date
      // ("Iran's role in the 2015 accord"). A war named by its year is a
      // span of time, though: "the Gaza Strip, occupied by Egypt in the
      // 1948 war" dates the occupation.
      if (j > k + 1 && internal::IsWord(tokens[j - 1], "the") && tokens[j].text.back() != 's')
        return NamesAWarWithin(tokens, j + 1) ? y : 0;
      return y;
    }
    if (!MonthOrPart(tokens[j]) && !internal::IsWord(tokens[j], "the")) return 0;
  }
  return 0;
}

// A word after which the words belong to another clause or act: "when",
// "after", "which", "but", "before" ... "Isis overran the city, which the army
// retook in 2017": the year dates the retaking, not the overrunning.
bool OpensAnotherClause(const Token& t) {
  static constexpr std::string_view kWords[] = {
      "when",  "after", "before", "while",  "since", "until", "which", "who",
      "whom",  "that",  "but",    "because", "as",   "though", "although", "whereas",
      "then",  ";",     ":",      "--",     "\"",   "\xE2\x80\x93", "\xE2\x80\x94"};
  // ("and" is no boundary: "swept through Iraq and Syria in 2014".)
  return internal::InWords(kWords, t);
}

// A word that dates the act in the story's own time: "apologised by
// telephone on Friday for the deaths in 2010", "agreed today to raise trade
// in 1983".
bool DatesItNow(const Token& t) {
  static constexpr std::string_view kWords[] = {"today", "yesterday", "tonight", "now"};
  return internal::IsWeekday(t) || internal::InWords(kWords, t);
}

// "to" opening an infinitive, whose year dates the act it names: "signed a
// pact to double trade in 2030". ("travelled to Syria in 2014", "sent troops
// to the border in 2016": a place follows.)
bool OpensAnInfinitive(std::span<const Token> tokens, uint32_t k) {
  if (!internal::IsWord(tokens[k], "to") || k + 1 >= tokens.size()) return false;
  const Token& next = tokens[k + 1];
  return !next.Has(kTokenCapitalized) && !internal::IsDeterminer(next) && YearOf(next) == 0;
}

// A comma before a lower-case word other than "in" or "on" sets off a phrase
// of its own: "ended the pact with the EU, reached in 1992": the year dates
// the reaching. ("seized the capital, Sana'a, in 2015": a name set off, and
// the date after it, still belong to the act.)
bool SetsOffAPhrase(std::span<const Token> tokens, uint32_t k) {
  if (tokens[k].text != "," || k + 1 >= tokens.size()) return false;
  const Token& next = tokens[k + 1];
  return !next.Has(kTokenCapitalized) && !internal::IsWord(next, "in") &&
         !internal::IsWord(next, "on") && YearOf(next) == 0;
}

// A sentence that reports a finding about a past act: "investigators
// concluded", "the court found", "the inquiry established".
bool ReportsAFinding(std::span<const Token> tokens) {
  static constexpr std::string_view kWords[] = {
      "concluded",    "concludes",  "found",       "finds",       "ruled",  "rules",
      "determined",   "established", "confirmed",  "revealed",    "admitted", "acknowledged",
      "investigators", "investigation", "inquiry", "investigators'", "report", "prosecutors"};
  for (const Token& t : tokens)
    if (internal::InWords(kWords, t)) return true;
  return false;
}

// The year among the words that name an event noun, between its determiner
// and it: "the 1985 Plaza pact between the five powers was historic", "the
// September, 1985 accord", "the 2010 raid". A year there names which act,
// and so dates it. Only for a noun trigger, with nothing but names, numbers,
// months and a comma between the determiner and the noun.
int YearNamingEventNoun(std::span<const Token> tokens, TokenSpan trigger) {
  if (!internal::clause_words::IsNounTag(tokens[trigger.begin].pos)) return 0;
  int year = 0;
  for (uint32_t k = trigger.begin; k > 0 && k + 7 > trigger.begin;) {
    --k;
    const Token& t = tokens[k];
    if (internal::IsDeterminer(t)) return year;
    if (const int y = YearOf(t); y != 0 && t.text.back() != 's') {
      year = y;
      continue;
    }
    if (!t.Has(kTokenCapitalized) && !MonthOrPart(t) && t.text != ",") return 0;
  }
  return 0;
}

}  // namespace

int YearDatingAct(std::span<const Token> tokens, TokenSpan trigger) {
  if (const int y = YearNamingEventNoun(tokens, trigger)) return y;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  const uint32_t end = std::min(n, trigger.end + kWindow);
  for (uint32_t k = trigger.end; k < end; ++k) {
    if (OpensAnotherClause(tokens[k]) || OpensAnInfinitive(tokens, k) ||
        SetsOffAPhrase(tokens, k))
      break;
    if (DatesItNow(tokens[k])) return 0;
    if (const int y = YearAfterIn(tokens, k)) return y;
  }
  // "But in 2014 the group's fighters were expelled": a year earlier in
  // the clause, with no comma, past participle or day of the story between.
  // ("The pact signed in 1990 was scrapped today": the year dates the
  // signing.)
  for (uint32_t k = trigger.begin; k > 0 && k + 8 > trigger.begin;) {
    --k;
    const Token& t = tokens[k];
    // (Going back, "and" ends the clause: "fought a war in 2006 and its
    // officials have warned ...".)
    if (OpensAnotherClause(t) || t.text == "," || internal::IsWord(t, "and") || DatesItNow(t) ||
        internal::EndsWithWord(t, "ed"))
      break;
    if (const int y = YearAfterIn(tokens, k)) {
      // "The journalist abducted in Syria in 2012 was freed": a past
      // participle earlier in the clause owns the year.
      bool participle = false;
      for (uint32_t j = k; j > 0;) {
        --j;
        const Token& u = tokens[j];
        if (OpensAnotherClause(u) || u.text == "," || internal::IsWord(u, "and")) break;
        if (internal::EndsWithWord(u, "ed")) {
          participle = true;
          break;
        }
      }
      if (participle) break;
      for (uint32_t j = trigger.end; j < end; ++j)
        if (DatesItNow(tokens[j])) return 0;
      return y;
    }
  }
  // "In 2014, Isis fighters overran Sinjar": a year opening the sentence
  // dates the acts of its first clause.
  if (n > 3 && internal::IsWord(tokens[0], "in")) {
    const int y = YearAfterIn(tokens, 0);
    if (y == 0) return 0;
    for (uint32_t k = 1; k < trigger.begin; ++k) {
      if (OpensAnotherClause(tokens[k])) return 0;
    }
    return y;
  }
  return 0;
}

void DropActsDatedYearsBefore(const SentenceContext& s, const Date& story,
                              std::vector<Candidate>* candidates) {
  if (!story.known() || candidates->empty() || ReportsAFinding(s.tokens)) return;
  std::erase_if(*candidates, [&](const Candidate& c) {
    const int year = YearDatingAct(s.tokens, c.trigger);
    if (year == 0 || year > story.year - kBackgroundYears) return false;
    s.Note(fmt::format("'{}' is dated {}, {} years before the story: background, no event",
                       s.tokens[c.trigger.begin].text, year, story.year - year));
    return true;
  });
}

}  // namespace khaldun::coder_internal
