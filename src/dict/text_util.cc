#include "dict/text_util.h"

#include <cctype>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace khaldun::internal {
namespace {

bool IsAsciiDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    size_t extra;
    if (c < 0x80) {
      extra = 0;
    } else if ((c >> 5) == 0x6) {
      extra = 1;
    } else if ((c >> 4) == 0xE) {
      extra = 2;
    } else if ((c >> 3) == 0x1E) {
      extra = 3;
    } else {
      return false;
    }
    if (i + extra >= s.size()) return false;
    for (size_t k = 1; k <= extra; ++k)
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return false;
    i += extra + 1;
  }
  return true;
}

bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

}  // namespace

std::vector<SourceLine> SplitLines(std::string_view text) {
  std::vector<SourceLine> lines;
  uint32_t number = 1;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || text[i] == '\r') {
      lines.push_back({text.substr(start, i - start), number++});
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      start = i + 1;
    }
  }
  if (start < text.size()) lines.push_back({text.substr(start), number});
  return lines;
}

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\f' || s[b] == '\v')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\f' || s[e - 1] == '\v')) --e;
  return s.substr(b, e - b);
}

void ToUpperInto(std::string_view s, std::string* out) {
  out->resize(s.size());
  bool ascii = true;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    ascii &= static_cast<unsigned char>(c) < 0x80;
    (*out)[i] = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  if (ascii) return;
  // "Côte" and "CÔTE" must meet: full Unicode upper case (root locale) for
  // the rare non-ASCII word; invalid UTF-8 keeps the ASCII-only result.
  if (!IsValidUtf8(s)) return;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  if (u.isBogus()) return;
  out->clear();
  u.toUpper(icu::Locale::getRoot()).toUTF8String(*out);
}

std::string ToUpper(std::string_view s) {
  std::string out;
  ToUpperInto(s, &out);
  return out;
}

std::string_view CutComment(std::string_view line, std::string_view markers) {
  int depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '[') ++depth;
    else if (c == ']' && depth > 0) --depth;
    else if (depth == 0 && markers.find(c) != std::string_view::npos) return line.substr(0, i);
  }
  return line;
}

std::string StripXmlComments(std::string_view line, bool* in_comment) {
  std::string out;
  size_t i = 0;
  while (i < line.size()) {
    if (*in_comment) {
      size_t end = line.find("-->", i);
      if (end == std::string_view::npos) return out;
      *in_comment = false;
      i = end + 3;
    } else {
      size_t begin = line.find("<!--", i);
      if (begin == std::string_view::npos) {
        out.append(line.substr(i));
        return out;
      }
      out.append(line.substr(i, begin - i));
      *in_comment = true;
      i = begin + 4;
    }
  }
  return out;
}

std::vector<std::string> SplitPhrase(std::string_view phrase, bool* trailing_underscore) {
  phrase = Trim(phrase);
  if (trailing_underscore) *trailing_underscore = !phrase.empty() && phrase.back() == '_';
  std::vector<std::string> words;
  std::string current;
  for (char c : phrase) {
    if (c == '_' || c == ' ' || c == '\t') {
      if (!current.empty()) words.push_back(ToUpper(current));
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) words.push_back(ToUpper(current));
  return words;
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

std::vector<std::string> SplitClitics(const std::string& word) {
  // '/' and '$' are tokens of their own in text: "US$" is US $. ('&' is not:
  // the tokenizer keeps "AT&T" whole.)
  if (word.size() > 1 && word.find_first_of("/$") != std::string::npos) {
    std::vector<std::string> out;
    std::string current;
    auto flush = [&] {
      if (current.empty()) return;
      for (auto& piece : SplitClitics(current)) out.push_back(std::move(piece));
      current.clear();
    };
    for (char c : word) {
      if (c == '/' || c == '$') {
        flush();
        out.emplace_back(1, c);
      } else {
        current.push_back(c);
      }
    }
    flush();
    return out;
  }
  const std::string& w = word;
  if (w == "CANNOT") return {"CAN", "NOT"};
  size_t a = w.rfind('\'');
  if (a == std::string::npos || a == 0) return {w};
  std::string_view clitic = std::string_view(w).substr(a);
  if (clitic == "'T" && a >= 2 && w[a - 1] == 'N') return {w.substr(0, a - 1), w.substr(a - 1)};
  for (std::string_view c : {"'S", "'RE", "'VE", "'LL", "'D", "'M"})
    if (clitic == c) return {w.substr(0, a), std::string(clitic)};
  if (a + 1 == w.size() && w[a - 1] == 'S') return {w.substr(0, a), "'"};
  return {w};
}

std::string NounPlural(std::string_view w) {
  std::string s(w);
  if (s.empty()) return s;
  auto ends = [&](std::string_view suffix) { return s.size() >= suffix.size() && s.ends_with(suffix); };
  if (s.size() >= 2 && s.back() == 'Y' && !IsVowel(s[s.size() - 2])) return s.substr(0, s.size() - 1) + "IES";
  if (ends("S") || ends("X") || ends("Z") || ends("CH") || ends("SH")) return s + "ES";
  return s + "S";
}

std::vector<std::string> TabariNounEndings(std::string_view w) {
  std::string s(w);
  return {s + "S", s + "ES", s + "EN"};
}

std::vector<std::string> RegularVerbForms(std::string_view v) {
  std::string s(v);
  if (s.empty()) return {};
  auto ends = [&](std::string_view suffix) { return s.size() >= suffix.size() && s.ends_with(suffix); };
  std::string third, past, ing;
  std::string stem_y = s.substr(0, s.size() - 1);
  bool consonant_y = s.size() >= 2 && s.back() == 'Y' && !IsVowel(s[s.size() - 2]);
  if (consonant_y) {
    third = stem_y + "IES";
  } else if (ends("S") || ends("X") || ends("Z") || ends("CH") || ends("SH") || ends("O")) {
    third = s + "ES";
  } else {
    third = s + "S";
  }
  if (consonant_y) {
    past = stem_y + "IED";
  } else if (ends("E")) {
    past = s + "D";
  } else {
    past = s + "ED";
  }
  if (ends("IE")) {
    ing = s.substr(0, s.size() - 2) + "YING";
  } else if (ends("E") && !ends("EE") && !ends("YE") && !ends("OE") && s.size() > 2) {
    ing = stem_y + "ING";
  } else {
    ing = s + "ING";
  }
  return {third, past, ing};
}

std::optional<EventCode> ParseEventCode(std::string_view inside) {
  inside = Trim(inside);
  if (inside.empty()) return std::nullopt;
  EventCode code;
  size_t colon = inside.find(':');
  if (colon == std::string_view::npos) {
    code.primary = std::string(inside);
  } else {
    code.primary = std::string(Trim(inside.substr(0, colon)));
    code.reverse = std::string(Trim(inside.substr(colon + 1)));
    if (code.reverse.empty()) return std::nullopt;
  }
  std::string& last = code.reverse.empty() ? code.primary : code.reverse;
  if (!last.empty() && (last.back() == '!' || last.back() == '?')) {
    code.priority = last.back() == '!' ? EventCode::Priority::kDominant : EventCode::Priority::kSubordinate;
    last.pop_back();
  }
  for (const std::string* part : {&code.primary, &code.reverse}) {
    for (char c : *part) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '#' && c != '+' && c != '*')
        return std::nullopt;
    }
  }
  return code;
}

std::optional<int32_t> ParseDictDate(std::string_view text, bool* clamped) {
  if (clamped) *clamped = false;
  if (!IsAsciiDigits(text) || (text.size() != 8 && text.size() != 6)) return std::nullopt;
  std::optional<Date> d = text.size() == 8 ? Date::Parse(text) : Date::ParseYymmdd(text);
  if (d) return d->AsInt();
  // "080231": generated dictionaries end every month on day 31. Clamp such a
  // day to the month's last day rather than lose the restriction.
  int day = (text[text.size() - 2] - '0') * 10 + (text.back() - '0');
  if (day < 29 || day > 31) return std::nullopt;
  std::string fixed(text);
  for (char last : {'0', '9', '8'}) {
    fixed[fixed.size() - 2] = last == '0' ? '3' : '2';
    fixed.back() = last;
    d = text.size() == 8 ? Date::Parse(fixed) : Date::ParseYymmdd(fixed);
    if (d) {
      if (clamped) *clamped = true;
      return d->AsInt();
    }
  }
  return std::nullopt;
}

std::optional<DatedCode> ParseDatedCode(std::string_view inside, std::string* error, std::string* warning) {
  inside = Trim(inside);
  DatedCode out;
  size_t space = inside.find_first_of(" \t");
  out.code = std::string(inside.substr(0, space));
  if (out.code.empty()) {
    *error = "empty code";
    return std::nullopt;
  }
  if (space == std::string_view::npos) return out;
  std::string_view r = Trim(inside.substr(space));
  auto date = [&](std::string_view t) -> std::optional<int32_t> {
    t = Trim(t);
    bool clamped = false;
    auto d = ParseDictDate(t, &clamped);
    if (!d) *error = "malformed date \"" + std::string(t) + "\" (want YYYYMMDD or YYMMDD)";
    if (clamped) *warning = "impossible date \"" + std::string(t) + "\" read as the month's last day";
    return d;
  };
  if (r.starts_with('<')) {
    auto d = date(r.substr(1));
    if (!d) return std::nullopt;
    out.to = *d;
  } else if (r.starts_with('>')) {
    auto d = date(r.substr(1));
    if (!d) return std::nullopt;
    out.from = *d;
  } else {
    size_t dash = r.find('-');
    if (dash == std::string_view::npos) {
      *error = "date restriction \"" + std::string(r) + "\" is not <date, >date or date-date";
      return std::nullopt;
    }
    auto a = date(r.substr(0, dash));
    if (!a) return std::nullopt;
    auto b = date(r.substr(dash + 1));
    if (!b) return std::nullopt;
    if (*b < *a) {
      *error = "date range ends before it begins";
      return std::nullopt;
    }
    out.from = *a;
    out.to = *b;
  }
  return out;
}

std::string CheckBrackets(std::string_view s) {
  std::string stack;
  for (char c : s) {
    if (c == '(' || c == '[' || c == '{') {
      stack.push_back(c);
    } else if (c == ')' || c == ']' || c == '}') {
      char open = c == ')' ? '(' : c == ']' ? '[' : '{';
      if (stack.empty() || stack.back() != open) return std::string("unbalanced '") + c + "'";
      stack.pop_back();
    }
  }
  if (!stack.empty()) return std::string("unclosed '") + stack.back() + "'";
  return "";
}

bool IsCameoShaped(std::string_view code) {
  if (code == "---") return true;
  if (code.size() < 2 || code.size() > 4 || !IsAsciiDigits(code)) return false;
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  return root >= 1 && root <= 20;
}

std::string WhyWordNeverMatches(std::string_view word) {
  if (word.size() <= 1) return "";
  for (char c : word) {
    if (std::string_view("()[]{},;:\"?!+*^%=").find(c) != std::string_view::npos)
      return std::string("word \"") + std::string(word) + "\" contains '" + c +
             "', which the tokenizer always splits off";
  }
  return "";
}

uint64_t Fnv1a(std::string_view bytes, uint64_t seed) {
  uint64_t h = seed;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace khaldun::internal
