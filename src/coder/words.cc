// Closed word classes the coder's rules rely on. Kept as small sorted lists
// so that every rule using them can be read in one place.
#include <algorithm>
#include <array>
#include <string_view>

#include "coder/mentions.h"

namespace khaldun::internal {
namespace {

template <size_t N>
bool InList(const std::array<std::string_view, N>& list, const Token& t) {
  if (t.text.size() > 16) return false;
  char buf[16];
  for (size_t i = 0; i < t.text.size(); ++i) {
    char c = t.text[i];
    buf[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return std::find(list.begin(), list.end(), std::string_view(buf, t.text.size())) != list.end();
}

constexpr std::array<std::string_view, 6> kDeterminers = {"the", "a", "an", "this", "that", "these"};
constexpr std::array<std::string_view, 4> kPossessivePronouns = {"his", "her", "its", "their"};

// "in Tehran", "near the border", "outside Baghdad": a place, not a party.
constexpr std::array<std::string_view, 10> kLocatives = {
    "in", "near", "at", "outside", "inside", "across", "throughout", "around", "within", "through"};

constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

constexpr std::array<std::string_view, 24> kPrepositions = {
    "about", "across", "against", "among", "around", "at",   "between", "by",
    "during", "for",  "from",    "in",    "inside", "into", "near",    "of",
    "on",    "outside", "over",  "through", "to",   "toward", "towards", "with"};

}  // namespace

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool IsDeterminer(const Token& t) { return InList(kDeterminers, t); }
bool IsPossessivePronoun(const Token& t) { return InList(kPossessivePronouns, t); }
bool IsLocativePreposition(const Token& t) { return InList(kLocatives, t); }
bool IsPreposition(const Token& t) { return InList(kPrepositions, t); }
bool IsWeekday(const Token& t) { return InList(kWeekdays, t); }
bool IsMonthName(const Token& t) { return InList(kMonths, t); }

}  // namespace khaldun::internal
