#include "text/abbreviations.h"

#include <algorithm>
#include <array>

namespace khaldun::internal {
namespace {

// Case-sensitive: "Gen." is a rank, "GEN" is not in news copy; "gen." never is.
constexpr std::array<std::string_view, 40> kTitles = {
    "Mr",  "Mrs",  "Ms",   "Messrs", "Dr",   "Lt",    "Gen",  "Gens", "Col",  "Maj",
    "Sgt", "Capt", "Adm",  "Sen",    "Sens", "Rep",   "Reps", "Gov",  "Pres", "Prof",
    "St",  "Rev",  "Hon",  "Cpl",    "Pvt",  "Brig",  "Cmdr", "Cdr",  "Fr",   "Mt",
    "Ft",  "Amb",  "Supt", "Insp",   "Det",  "Lieut", "Msgr", "Sr",   "Jr",   "Gov-Gen",
};
// "Sr." and "Jr." sit after a name ("Martin Luther King Jr. said"), but are
// listed as titles because "King Jr. The" is much rarer than "Sr. Adviser".

constexpr std::array<std::string_view, 12> kMonths = {
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
};

constexpr std::array<std::string_view, 10> kOthers = {
    "Inc", "Corp", "Ltd", "Co", "Bros", "vs", "approx", "Dept", "Univ", "Assn",
};

constexpr std::array<std::string_view, 72> kStarters = {
    "The",       "A",    "An",      "He",     "She",     "It",        "They",     "We",
    "I",         "You",  "In",      "On",     "At",      "But",       "And",      "Or",
    "So",        "Yet",  "This",    "That",   "These",   "Those",     "There",    "Its",
    "His",       "Her",  "Their",   "Our",    "My",      "Meanwhile", "However",  "After",
    "Before",    "When", "While",   "If",     "As",      "Since",     "Although", "Though",
    "According", "Also", "Earlier", "Later",  "Last",    "Some",      "Many",     "Most",
    "Both",      "All",  "No",      "Not",    "Several", "Another",   "Mr.",      "Mrs.",
    "Ms.",       "Dr.",  "What",    "Why",    "How",     "Who",       "Where",    "For",
    "From",      "With", "Under",   "During", "Despite", "Instead",   "Now",      "Then",
};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "U.S", "U.N", "a.m", "e.g": single letters separated by dots.
bool IsLetterDotAcronym(std::string_view w) {
  if (w.size() < 3 || w.size() % 2 == 0) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    if (i % 2 == 0 ? !IsLetter(w[i]) : w[i] != '.') return false;
  }
  return true;
}

}  // namespace

AbbreviationKind ClassifyAbbreviation(std::string_view word) {
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return AbbreviationKind::kInitial;
  // All-caps copy ("PAPUA NEW GUINEA nil 7,500 ST. CHRISTOPHER"): look up "St".
  if (word.size() >= 2 && word.size() <= 6 &&
      std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    char title_case[6];
    title_case[0] = word[0];
    for (size_t i = 1; i < word.size(); ++i) title_case[i] = static_cast<char>(word[i] + 32);
    const std::string_view t(title_case, word.size());
    if (Contains(kTitles, t)) return AbbreviationKind::kTitle;
    if (Contains(kMonths, t)) return AbbreviationKind::kMonth;
    if (t == "No") return AbbreviationKind::kNumber;
  }
  if (word == "No" || word == "Nos" || word == "no") return AbbreviationKind::kNumber;
  if (word == "etc") return AbbreviationKind::kEtc;
  if (Contains(kTitles, word)) return AbbreviationKind::kTitle;
  if (Contains(kMonths, word)) return AbbreviationKind::kMonth;
  if (Contains(kOthers, word) || IsLetterDotAcronym(word)) return AbbreviationKind::kOther;
  return AbbreviationKind::kNone;
}

bool IsSentenceStarter(std::string_view word) { return Contains(kStarters, word); }

}  // namespace khaldun::internal
