// TABARI mode: the .options commands (manual chapter 8), TABARI's word
// counts and the deletion of comma-delimited clauses.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "coder/tabari_internal.h"

namespace khaldun::internal::tabari {
namespace {

// "MIN = 4 MAX = 6" -> {"MIN","4","MAX","6"}; also splits "[DEFSRC]" and
// "VERBS[5]" at their brackets.
std::vector<std::string> OptionWords(std::string_view value) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out.push_back(word);
    word.clear();
  };
  for (char c : value) {
    if (c == ' ' || c == '=' || c == '[' || c == ']' || c == ':' || c == '}' || c == '\t') {
      flush();
      continue;
    }
    word += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  }
  flush();
  return out;
}

int OptionNumber(const std::string& s, int fallback) {
  try {
    return std::stoi(s);
  } catch (...) {
    return fallback;
  }
}
}  // namespace

TabariOptions ReadTabariOptions(const CoderOptions& options) {
  TabariOptions o;
  // Without an .options file (khaldun's own callers, the PETRARCH mode that
  // shares this core) nothing is filtered: no minimum length, no comma rule.
  if (options.tabari_options.empty()) {
    o.min_words = 0;
    o.comma = false;
    return o;
  }
  for (const auto& [key, value] : options.tabari_options) {
    std::vector<std::string> w = OptionWords(value);
    if (key == "SET: CODE") {
      if (value.find("SENTENCE") != std::string::npos)
        o.code_by = TabariOptions::CodeBy::kSentence;
      else if (value.find("ALL") != std::string::npos)
        o.code_by = TabariOptions::CodeBy::kAll;
      else
        o.code_by = TabariOptions::CodeBy::kClause;
    } else if (key == "SET: MINIMUM WORDS" || key == "SET: MINIMUM") {
      if (!w.empty()) o.min_words = OptionNumber(w.back(), o.min_words);
    } else if (key == "SET: CONVERT AGENT" || key == "SET: CONVERT AGENTS" ||
               key == "SET: CONVERT") {
      o.convert_agents = !w.empty() && (w.back() == "TRUE" || w.back() == "T");
    } else if (key == "COMMA") {
      o.comma = !(w.size() == 1 && w[0] == "OFF");
      for (size_t i = 0; i + 1 < w.size(); ++i) {
        int* slot = w[i] == "MIN"    ? &o.min
                    : w[i] == "MAX"  ? &o.max
                    : w[i] == "EMIN" ? &o.emin
                    : w[i] == "EMAX" ? &o.emax
                    : w[i] == "BMIN" ? &o.bmin
                    : w[i] == "BMAX" ? &o.bmax
                                     : nullptr;
        if (slot) *slot = OptionNumber(w[i + 1], *slot);
      }
    } else if (key == "DEFAULT") {
      o.default_source.clear(), o.default_target.clear(), o.prior = o.after = false;
      for (size_t i = 0; i < w.size(); ++i) {
        if (w[i] == "SOURCE" && i + 1 < w.size())
          o.default_source = w[++i];
        else if (w[i] == "TARGET" && i + 1 < w.size())
          o.default_target = w[++i];
        else if (w[i] == "PRIOR")
          o.prior = true;
        else if (w[i] == "AFTER")
          o.after = true;
      }
    } else if (key == "FORWARD") {
      o.forward = std::find(w.begin(), w.end(), "OFF") == w.end();
    } else if (key == "COMPLEX") {
      o.complex_verbs = o.complex_conj = 0;
      o.no_actor_prior = false;
      for (size_t i = 0; i < w.size(); ++i) {
        if (w[i] == "VERBS" && i + 1 < w.size())
          o.complex_verbs = OptionNumber(w[++i], 0);
        else if (w[i] == "CONJ" && i + 1 < w.size())
          o.complex_conj = OptionNumber(w[++i], 0);
        else if (w[i] == "NOACTPRIOR")
          o.no_actor_prior = true;
      }
    }
  }
  return o;
}

// Words as TABARI counts them for MINIMUM WORDS and COMMA: blank-separated
// words, so "Gondor's" is one word and "war-torn" two; a comma counts when
// `commas`.
int CountWords(std::span<const Token> tokens, uint32_t begin, uint32_t end, bool commas) {
  int n = 0;
  for (uint32_t k = begin; k < end; ++k) {
    std::string_view t = tokens[k].text;
    if (t == ",") {
      n += commas;
      continue;
    }
    // "'s" and "n't" are part of the word before them ("Gondor's", "isn't").
    if (t.empty() || t[0] == '\'' || t == "n't" || t == "N'T" ||
        !(std::isalnum(static_cast<unsigned char>(t[0])))) {
      if (t.size() > 1 && t[0] != '\'' && std::isalnum(static_cast<unsigned char>(t[1]))) ++n;
      continue;
    }
    ++n;
    for (size_t i = 1; i + 1 < t.size(); ++i)
      if (t[i] == '-' && std::isalnum(static_cast<unsigned char>(t[i + 1]))) ++n;
  }
  return n;
}

// TABARI deletes comma-delimited nonrestrictive clauses before coding (manual
// 7.8, 8.6): "Gondor, the state's fiercest foe, ..." loses "the state's
// fiercest foe". The phrases are counted between consecutive commas
// ("chained"); commas that separate the members of a compound actor ("Mordor,
// the Shire, Fornost and Bree") do not count. Returns the tokens to keep.
std::vector<bool> KeepAfterCommas(std::span<const Token> tokens, std::span<const Mention> mentions,
                                  const TabariOptions& o) {
  std::vector<bool> keep(tokens.size(), true);
  if (!o.comma) return keep;
  std::vector<uint32_t> commas;
  for (uint32_t k = 0; k < tokens.size(); ++k) {
    if (tokens[k].text != ",") continue;
    bool in_compound = false;
    for (const Mention& m : mentions)
      if (m.coordinated_with >= 0 && m.span.end <= k && k < mentions[m.coordinated_with].span.begin)
        in_compound = true;
    if (!in_compound) commas.push_back(k);
  }
  if (commas.empty()) return keep;
  auto drop = [&](uint32_t b, uint32_t e) {
    for (uint32_t k = b; k < e; ++k) keep[k] = false;
  };
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  auto in = [](int words, int min, int max) { return words > min && words <= max; };
  // A comma that closes a deleted phrase opens no other: in "Elrond,
  // suspicious as ever of Mordor, brushed aside reports that ..." the middle
  // phrase goes and the rest is read as one.
  size_t c = 0;
  if (in(CountWords(tokens, 0, commas[0], false), o.bmin, o.bmax)) drop(0, commas[0] + 1), c = 1;
  while (c < commas.size()) {
    if (c + 1 < commas.size()) {
      if (in(CountWords(tokens, commas[c] + 1, commas[c + 1], false), o.min, o.max)) {
        drop(commas[c], commas[c + 1]);  // the closing comma still separates
        c += 2;
      } else {
        c += 1;
      }
      continue;
    }
    if (in(CountWords(tokens, commas[c] + 1, n, false), o.emin, o.emax)) drop(commas[c], n);
    c += 1;
  }
  return keep;
}

}  // namespace khaldun::internal::tabari
