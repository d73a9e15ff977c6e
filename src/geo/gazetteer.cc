#include "khaldun/gazetteer.h"

#include <algorithm>
#include <charconv>
#include <fstream>

#include <fmt/format.h>

namespace khaldun {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

bool ParseDouble(std::string_view s, double* out) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

void AppendLower(std::string_view word, std::string* out) {
  for (char c : word) out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
}

// FNV-1a of a lower-cased first word, folded to an index into
// Gazetteer::first_words_.
size_t FirstWordBit(std::string_view word) {
  uint64_t h = 1469598103934665603ull;
  for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return static_cast<size_t>(h ^ (h >> 32)) & (Gazetteer::kFirstWordBits - 1);
}

// "Abu  Dhabi" and "abu dhabi" index alike.
std::string NameKey(std::string_view name) {
  std::string key;
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    if (j > i) {
      if (!key.empty()) key.push_back(' ');
      AppendLower(name.substr(i, j - i), &key);
    }
    i = j;
  }
  return key;
}

// Calls `use(line, line_number)` on each line of `in` that is neither empty
// nor a '#' comment (a trailing '\r' taken off); stops at the first error
// `use` returns and returns it.
template <typename Use>
Status ForEachDataLine(std::istream& in, Use use) {
  std::string line;
  uint64_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (Status s = use(std::string_view(line), line_number); !s.ok()) return s;
  }
  return Status::Ok();
}

// One row of places.tsv (the header row is skipped) appended to `places`.
Status ParsePlace(std::string_view line, uint64_t line_number, const std::string& path,
                  std::vector<Place>* places) {
  auto f = SplitTabs(line);
  if (line_number == 1 && !f.empty() && f[0] == "name") return Status::Ok();  // header
  Place p;
  if (f.size() < 5 || f[0].empty() || f[1].size() != 3 || !ParseDouble(f[3], &p.latitude) ||
      !ParseDouble(f[4], &p.longitude)) {
    return Status::InvalidArgument(
        "expected name<TAB>alpha3<TAB>kind<TAB>latitude<TAB>longitude", {path, line_number});
  }
  p.name = f[0];
  p.country = f[1];
  // Column 6, optional: alternative names separated by ';', '-' for none.
  if (f.size() >= 6 && f[5] != "-") {
    std::string_view alts = f[5];
    while (!alts.empty()) {
      size_t semi = alts.find(';');
      std::string_view alt = alts.substr(0, semi);
      if (!alt.empty()) p.alt_names.emplace_back(alt);
      if (semi == std::string_view::npos) break;
      alts.remove_prefix(semi + 1);
    }
  }
  if (f[2] == "country") {
    p.kind = PlaceKind::kCountry;
  } else if (f[2] == "capital") {
    p.kind = PlaceKind::kCapital;
  } else if (f[2] == "city") {
    p.kind = PlaceKind::kCity;
  } else {
    return Status::InvalidArgument(fmt::format("unknown place kind '{}'", f[2]),
                                   {path, line_number});
  }
  places->push_back(std::move(p));
  return Status::Ok();
}

// The words of common_words.txt in the folder of `places_path`, lower case;
// none when there is no such file. A line of more than one word, or of
// anything but lower-case letters, is an error.
Result<std::vector<std::string>> LoadCommonWords(const std::string& places_path) {
  const std::string path = places_path.substr(0, places_path.find_last_of('/') + 1) +
                           "common_words.txt";
  std::vector<std::string> words;
  std::ifstream in(path);
  if (!in) return words;
  Status read = ForEachDataLine(in, [&](std::string_view line, uint64_t line_number) {
    if (!std::all_of(line.begin(), line.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      return Status::InvalidArgument("expected one lower-case word", {path, line_number});
    words.emplace_back(line);
    return Status::Ok();
  });
  if (!read.ok()) return read;
  return words;
}

}  // namespace

Result<std::shared_ptr<const Gazetteer>> Gazetteer::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open the gazetteer", {path});
  std::vector<Place> places;
  Status read = ForEachDataLine(in, [&](std::string_view line, uint64_t line_number) {
    return ParsePlace(line, line_number, path, &places);
  });
  if (!read.ok()) return read;
  auto common_words = LoadCommonWords(path);
  if (!common_words.ok()) return common_words.status();
  return FromPlaces(std::move(places), std::move(*common_words));
}

std::shared_ptr<const Gazetteer> Gazetteer::FromPlaces(std::vector<Place> places,
                                                       std::vector<std::string> common_words) {
  std::shared_ptr<Gazetteer> g(new Gazetteer());
  g->places_ = std::move(places);
  g->common_words_.insert(common_words.begin(), common_words.end());
  g->Index();
  return g;
}

bool Gazetteer::IsCommonWord(std::string_view word) const {
  if (common_words_.empty()) return false;
  std::string key;
  AppendLower(word, &key);
  return common_words_.contains(key);
}

void Gazetteer::Index() {
  auto add = [&](std::string_view name, size_t i) {
    std::string key = NameKey(name);
    if (key.empty()) return;
    size_t words = 1 + static_cast<size_t>(std::count(key.begin(), key.end(), ' '));
    longest_name_words_ = std::max(longest_name_words_, words);
    // Every shorter word prefix is indexed too, so that MatchAt stops at
    // the first prefix no name begins with ("the" ends the search at once).
    for (size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1))
      by_name_.emplace(key.substr(0, space), kPrefixOnly);
    first_words_[FirstWordBit(std::string_view(key).substr(0, key.find(' ')))] = true;
    // The first entry for a name wins: the file lists capitals before
    // same-named towns elsewhere. (A name that is also another's prefix
    // replaces the prefix mark.)
    auto [it, added] = by_name_.emplace(std::move(key), i);
    if (!added && it->second == kPrefixOnly) it->second = i;
  };
  for (size_t i = 0; i < places_.size(); ++i) {
    add(places_[i].name, i);
    if (places_[i].kind == PlaceKind::kCountry) country_by_code_.emplace(places_[i].country, i);
  }
  // Alternative names after every main name, so that none hides one.
  // Acronyms ("US", "DRC") are left out: matching is case-insensitive and
  // "us" is a pronoun; the actor dictionary knows them.
  for (size_t i = 0; i < places_.size(); ++i)
    for (const std::string& alt : places_[i].alt_names)
      if (!IsAcronym(alt)) add(alt, i);
}

bool Gazetteer::IsAcronym(std::string_view name) {
  return name.size() <= 5 && std::all_of(name.begin(), name.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || c == '.';
         });
}

const Place* Gazetteer::MatchAt(std::span<const Token> tokens, size_t start,
                                size_t* length) const {
  const Place* best = nullptr;
  if (start >= tokens.size() || !tokens[start].Has(kTokenWord)) return nullptr;
  std::string key;
  AppendLower(tokens[start].text, &key);
  // Most words begin no place name: a bit per hashed first word rejects
  // them before any map lookup.
  if (!first_words_[FirstWordBit(key)]) return nullptr;
  for (size_t n = 0; n < longest_name_words_ && start + n < tokens.size(); ++n) {
    if (n > 0) {
      const Token& t = tokens[start + n];
      if (!t.Has(kTokenWord)) break;
      key.push_back(' ');
      AppendLower(t.text, &key);
    }
    auto it = by_name_.find(key);
    if (it == by_name_.end()) break;  // no name begins with these words
    if (it->second != kPrefixOnly) {
      best = &places_[it->second];
      *length = n + 1;
    }
  }
  return best;
}

const Place* Gazetteer::Country(std::string_view alpha3) const {
  auto it = country_by_code_.find(std::string(alpha3));
  return it == country_by_code_.end() ? nullptr : &places_[it->second];
}

}  // namespace khaldun
