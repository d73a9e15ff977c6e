// Places: countries, capitals and the cities most present in conflict news,
// with coordinates, for resolving where an event happened ("in Tehran",
// "a base in Iraq").
//
// Loaded once from a TSV file (data/geo/places.tsv: name, country, kind,
// latitude, longitude) and the list of place-name words that are also common
// words beside it (data/geo/common_words.txt), then immutable and safe to
// share between threads.
#ifndef KHALDUN_GAZETTEER_H_
#define KHALDUN_GAZETTEER_H_

#include <bitset>
#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "khaldun/document.h"
#include "khaldun/status.h"

namespace khaldun {

enum class PlaceKind : uint8_t { kCountry, kCapital, kCity };

struct Place {
  std::string name;     // "Tehran"
  std::string country;  // ISO-3166 alpha-3, "IRN"
  PlaceKind kind = PlaceKind::kCity;
  double latitude = 0;
  double longitude = 0;
  std::vector<std::string> alt_names;  // other spellings: "Halab", "Donbass"
};

class Gazetteer {
 public:
  // Reads the TSV at `path` and, when a file common_words.txt stands in the
  // same folder, its words (one a line, '#' comments; see IsCommonWord). A
  // malformed line in either is an error naming path:line.
  static Result<std::shared_ptr<const Gazetteer>> Load(const std::string& path);
  // Builds from places and common words already in memory (for tests).
  static std::shared_ptr<const Gazetteer> FromPlaces(std::vector<Place> places,
                                                     std::vector<std::string> common_words = {});

  // Whether `word` (any case of ASCII letters) is a word of a place name
  // that is also a common English word, as listed in common_words.txt:
  // "Male MPs", "a Split court" opening a sentence, "Victoria police" in
  // Australia. A capital letter alone does not tell the town from the word.
  bool IsCommonWord(std::string_view word) const;

  // The longest place name or alternative name that starts at tokens[start],
  // matched case-insensitively word by word ("Abu Dhabi", "Tehran"). A main
  // name wins over another place's alternative name. Returns nullptr when
  // none does; otherwise sets *length to the number of tokens matched.
  const Place* MatchAt(std::span<const Token> tokens, size_t start, size_t* length) const;

  // The country itself as a place (its centroid), or nullptr.
  const Place* Country(std::string_view alpha3) const;

  // Whether MatchAt leaves `name` out as an acronym ("US", "U.K.", "DRC": up
  // to five upper-case letters and dots). Matching is case-insensitive and
  // "us" is a pronoun, so a caller that places acronyms must match them
  // case-sensitively itself, by the country code the actor dictionary gives.
  static bool IsAcronym(std::string_view name);

  size_t size() const { return places_.size(); }

  static constexpr size_t kFirstWordBits = 1 << 16;

 private:
  Gazetteer() = default;
  void Index();

  std::vector<Place> places_;
  // Lower-cased name, words separated by one space -> index into places_;
  // every shorter word prefix of a name maps to kPrefixOnly.
  static constexpr size_t kPrefixOnly = static_cast<size_t>(-1);
  std::unordered_map<std::string, size_t> by_name_;
  // Hashed first words of all names (FirstWordBit in gazetteer.cc).
  std::bitset<kFirstWordBits> first_words_;
  std::unordered_map<std::string, size_t> country_by_code_;
  std::unordered_set<std::string> common_words_;  // lower case
  size_t longest_name_words_ = 1;
};

}  // namespace khaldun

#endif  // KHALDUN_GAZETTEER_H_
