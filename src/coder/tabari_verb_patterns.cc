// TABARI mode: matching a verb's patterns (manual 5.2-5.7) and choosing
// the longest that matches.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "coder/render.h"
#include "coder/tabari_internal.h"

namespace khaldun::internal::tabari {
namespace {

using Type = PatternElement::Type;

// A TABARI pattern word against a token. "BACK~" is a stem that must be
// followed at once by the next word (manual 5.5.3: "REAL~_PLEASANT" matches
// "really pleasant"); a trailing hyphen is TABARI's underscore ("ANTI-": the
// whole word ANTI).
bool TabariSpells(const Token& t, std::string_view word, bool stem) {
  if (word.size() > 1 && word.back() == '~')
    return SpellsWord(t, word.substr(0, word.size() - 1), true);
  if (word.size() > 1 && word.back() == '-')
    return SpellsWord(t, word.substr(0, word.size() - 1), false);
  return SpellsWord(t, word, stem);
}

// Length in tokens of the words `words` at tokens[at], or 0.
size_t WordsAt(std::span<const Token> tokens, size_t at, size_t end,
               const std::vector<PhraseWord>& words) {
  if (at + words.size() > end) return 0;
  for (size_t i = 0; i < words.size(); ++i)
    if (!TabariSpells(tokens[at + i], words[i].text, words[i].prefix)) return 0;
  return words.size();
}

std::vector<PhraseWord> SplitPhrase(std::string_view phrase) {
  std::vector<PhraseWord> out;
  size_t pos = 0;
  while (pos < phrase.size()) {
    size_t space = phrase.find(' ', pos);
    if (space == std::string_view::npos) space = phrase.size();
    if (space > pos) {
      std::string_view w = phrase.substr(pos, space - pos);
      bool exact = w.ends_with('_');
      if (exact) w.remove_suffix(1);
      out.push_back({std::string(w), !exact});
    }
    pos = space + 1;
  }
  return out;
}

int Alnum(std::string_view w) {
  int n = 0;
  for (char c : w) n += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  return n;
}

class PatternMatcher {
 public:
  PatternMatcher(const Dictionary& dict, std::span<const Token> tokens,
                 std::span<const Mention> mentions, Clause clause)
      : dict_(dict), tokens_(tokens), mentions_(mentions), clause_(clause) {}

  // Length in tokens of element `e` matching at `at` (0: no match).
  size_t ElementAt(const PatternElement& e, size_t at, int* alt_chars = nullptr) const {
    switch (e.type) {
      case Type::kWord:
        return at < clause_.end && TabariSpells(tokens_[at], e.text, e.stem) ? 1 : 0;
      case Type::kSynset: {
        if (e.id >= dict_.synsets().size()) return 0;
        size_t best = 0;
        if (!dict_.synsets()[e.id].written.empty()) {
          for (const std::string& p : dict_.synsets()[e.id].written)
            best = std::max(best, WrittenAt(p, at));
          return best;
        }
        for (const std::string& p : dict_.synsets()[e.id].phrases) {
          // The reader keeps synset words without their '_' marks, so they
          // match whole words and their plurals ("+DOLLAR" matches
          // "dollars"; "+KRONER_" does not match "kroneren").
          std::vector<PhraseWord> words = SplitPhrase(p);
          for (auto& w : words) w.prefix = false;
          size_t n = WordsAt(tokens_, at, clause_.end, words);
          if (n == 0 && !words.empty()) {
            for (const char* suffix : {"S", "ES"}) {
              std::vector<PhraseWord> plural = words;
              plural.back().text += suffix;
              n = std::max(n, WordsAt(tokens_, at, clause_.end, plural));
            }
          }
          best = std::max(best, n);
        }
        return best;
      }
      case Type::kAlternatives: {
        // The first alternative that matches, as TABARI tries them in order,
        // read as written: "{ LOUDLY INCLUDED | ... }" matches "loudly
        // boldly included", "{ ECONOMIC_SANCTIONS | ... }" not "economic
        // high sanctions".
        for (size_t a = 0; a < e.alternative_words.size(); ++a) {
          size_t n = 0;
          if (a < e.alternatives_written.size()) n = WrittenAt(e.alternatives_written[a], at);
          // "DON'T" is the tokens "do" "n't": the clitic-split words.
          if (n == 0 && (a >= e.alternatives_written.size() ||
                         e.alternatives_written[a].find('\'') != std::string::npos))
            n = WordsAt(tokens_, at, clause_.end, e.alternative_words[a]);
          if (n == 0) continue;
          if (alt_chars) {
            *alt_chars = 0;
            for (const std::string& w : e.alternatives[a]) *alt_chars += Alnum(w);
          }
          return n;
        }
        return 0;
      }
      default:
        return 0;
    }
  }

  // A TABARI synset phrase as written, starting at `at`: groups separated by
  // blanks may have other words between them; words joined by '_' are
  // consecutive, and a word followed by '_' is whole, any other a stem
  // ("+AUSTRIAN FLORIN" matches "austrian gold florin", "+KRONER_" does not
  // match "kroneren"). Returns the tokens covered, or 0.
  // One '_'-joined group of words at `at` (consecutive tokens); a word
  // "&NAME" is a synset ("{ ... | &CURRENCY_EXCHANGE }" matches "dollar
  // exchange"). Returns the tokens covered, or 0.
  size_t GroupAt(const std::vector<PhraseWord>& words, size_t at, int depth) const {
    size_t q = at;
    for (const PhraseWord& w : words) {
      if (q >= clause_.end) return 0;
      if (w.text.size() > 1 && w.text[0] == '&') {
        std::optional<uint32_t> id = dict_.FindSynset(w.text.substr(1));
        if (!id || depth > 4) return 0;
        const Synset& synset = dict_.synsets()[*id];
        size_t best = 0;
        for (const std::string& p : synset.written.empty() ? synset.phrases : synset.written)
          best = std::max(best, WrittenAt(p, q, depth + 1));
        if (best == 0) return 0;
        q += best;
        continue;
      }
      if (!TabariSpells(tokens_[q], w.text, w.prefix)) return 0;
      ++q;
    }
    return q - at;
  }

  size_t WrittenAt(std::string_view phrase, size_t at, int depth = 0) const {
    size_t p = at;
    bool first = true;
    size_t pos = 0;
    while (pos < phrase.size()) {
      size_t blank = phrase.find(' ', pos);
      if (blank == std::string_view::npos) blank = phrase.size();
      std::string_view group = phrase.substr(pos, blank - pos);
      pos = blank + 1;
      if (group.empty()) continue;
      std::vector<PhraseWord> words;
      size_t w = 0;
      while (w < group.size()) {
        size_t u = group.find('_', w);
        if (u == std::string_view::npos) u = group.size();
        if (u > w) words.push_back({std::string(group.substr(w, u - w)), u == group.size()});
        w = u + 1;
      }
      if (words.empty()) continue;
      for (const PhraseWord& x : words)
        if (x.text.find_first_of("$+%^") != std::string::npos) return 0;
      size_t found = 0;
      for (size_t k = p; k < clause_.end; ++k) {
        if (first && k != at) break;
        if (size_t n = GroupAt(words, k, depth); n > 0) {
          found = k + n;
          break;
        }
      }
      if (found == 0) return 0;
      p = found;
      first = false;
    }
    return first ? 0 : p - at;
  }

  int MentionStartingAt(size_t at) const {
    for (size_t m = 0; m < mentions_.size(); ++m)
      if (mentions_[m].span.begin == at && !mentions_[m].code.empty()) return static_cast<int>(m);
    return -1;
  }
  int MentionEndingAt(size_t end) const {
    for (size_t m = 0; m < mentions_.size(); ++m)
      if (mentions_[m].span.end == end && !mentions_[m].code.empty()) return static_cast<int>(m);
    return -1;
  }

  // Matches the elements after the verb, from `from`; true when all match.
  bool MatchAfter(const std::vector<const PatternElement*>& els, size_t from, Binding* b) const {
    size_t p = from;
    bool adjacent = false;
    for (const PatternElement* e : els) {
      bool found = false;
      for (size_t k = p; k < clause_.end; ++k) {
        if (adjacent && k != p) break;
        if (IsSlot(*e)) {
          int m = MentionStartingAt(k);
          if (m < 0) continue;
          Bind(*e, m, b);
          p = mentions_[m].span.end;
          // A compound actor's last member ends the slot.
          int last = m;
          while (mentions_[last].coordinated_with >= 0) last = mentions_[last].coordinated_with;
          if (e->type == Type::kCompound) p = mentions_[last].span.end;
          found = true;
          break;
        }
        if (e->type == Type::kSkip) {
          // '^' skips a noun phrase holding an actor ("- * AT ^ + [162]" on
          // "warned at the Gondor of the Prince": the target is the Prince).
          int m = MentionStartingAt(k);
          if (m < 0) continue;
          p = mentions_[m].span.end;
          found = true;
          break;
        }
        int chars = 0;
        if (size_t n = ElementAt(*e, k, &chars); n > 0) {
          b->alt_chars += chars;
          p = k + n;
          found = true;
          break;
        }
      }
      if (!found) return false;
      adjacent = e->adjacent_to_next;
    }
    return true;
  }

  // Matches the elements before the verb, right to left, from `from`.
  bool MatchBefore(const std::vector<const PatternElement*>& els, size_t from, Binding* b) const {
    size_t p = from;  // exclusive end
    for (size_t i = els.size(); i-- > 0;) {
      const PatternElement* e = els[i];
      bool adjacent = e->adjacent_to_next;
      bool found = false;
      for (size_t k = p; k-- > clause_.begin;) {
        if (adjacent && k + 1 != p) break;
        if (IsSlot(*e)) {
          int m = MentionEndingAt(k + 1);
          if (m < 0) continue;
          // The first member of a compound ending here.
          int first = m;
          for (size_t o = 0; o < mentions_.size(); ++o)
            if (mentions_[o].coordinated_with == first)
              first = static_cast<int>(o), o = static_cast<size_t>(-1);
          Bind(*e, e->type == Type::kCompound ? first : m, b);
          p = mentions_[e->type == Type::kCompound ? first : m].span.begin;
          found = true;
          break;
        }
        if (e->type == Type::kSkip) {
          int m = MentionEndingAt(k + 1);
          if (m < 0) continue;
          p = mentions_[m].span.begin;
          found = true;
          break;
        }
        // A phrase ending at k.
        for (size_t start = k + 1; start-- > clause_.begin && start + 10 > k;) {
          int chars = 0;
          if (ElementAt(*e, start, &chars) == k + 1 - start) {
            b->alt_chars += chars;
            p = start;
            found = true;
            break;
          }
        }
        if (found) break;
      }
      if (!found) return false;
    }
    return true;
  }

 private:
  static bool IsSlot(const PatternElement& e) {
    return e.type == Type::kSource || e.type == Type::kTarget || e.type == Type::kCompound;
  }
  static void Bind(const PatternElement& e, int m, Binding* b) {
    if (e.type == Type::kSource) b->source = m;
    if (e.type == Type::kTarget) b->target = m;
    if (e.type == Type::kCompound) b->compound = m;
  }

  const Dictionary& dict_;
  std::span<const Token> tokens_;
  std::span<const Mention> mentions_;
  Clause clause_;
};

// TABARI's pattern length (manual 5.2.2): the number of words and slots;
// longer patterns are tried first.
// TABARI's pattern length (manual 5.7.1): the count of alphanumeric
// characters of its words, plus the longest alternative; the tokens $ + % * ^
// and synset references count nothing ("- * DOLLAR" is tried before
// "- * &CURRENCY").
int PatternLength(const VerbPattern& p) {
  auto alnum = [](std::string_view w) {
    int n = 0;
    for (char c : w)
      n += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    return n;
  };
  int n = 0;
  for (const PatternElement& e : p.elements) {
    if (e.type == Type::kWord) n += alnum(e.text);
    if (e.type == Type::kAlternatives) {
      int longest = 0;
      for (const auto& alt : e.alternatives) {
        int k = 0;
        for (const auto& w : alt) k += alnum(w);
        longest = std::max(longest, k);
      }
      n += longest;
    }
  }
  return n;
}

}  // namespace

// "TABARI mode: verb 'urged' (URGE) pattern '- * + TO HELP [032]' (...)"
std::string TabariRule(const Dictionary& dict, const PhraseMatch& verb, const VerbChoice& choice,
                       std::span<const Token> tokens) {
  PatternChoice shown;
  shown.pattern = choice.pattern;
  shown.code = choice.code;
  return "TABARI mode: " + RenderTrigger(dict, verb, shown, tokens);
}

VerbChoice ChooseVerbCode(const Dictionary& dict, const PhraseMatch& verb,
                          std::span<const Token> tokens, std::span<const Mention> mentions,
                          Clause clause) {
  const VerbBlock& block = dict.block_of(verb);
  std::vector<const VerbPattern*> order;
  for (const VerbPattern& p : block.patterns) order.push_back(&p);
  std::stable_sort(order.begin(), order.end(), [](const VerbPattern* a, const VerbPattern* b) {
    return PatternLength(*a) > PatternLength(*b);
  });
  PatternMatcher matcher(dict, tokens, mentions, clause);
  // Longest first (manual 5.7.1); a pattern with alternatives counts the
  // alternative it matched, and longer patterns are tried before it is
  // accepted: "vowed resistance to the end to the invading" takes "- *
  // RESISTANCE TO THE INVADING" over "- * RESIST { TO THE END | ... }".
  VerbChoice best;
  int best_length = -1;
  for (const VerbPattern* p : order) {
    if (best.pattern != nullptr && PatternLength(*p) <= best_length) break;
    std::vector<const PatternElement*> before, after;
    bool seen_verb = false;
    for (const PatternElement& e : p->elements) {
      if (e.type == Type::kVerb) {
        seen_verb = true;
        continue;
      }
      if (e.type == Type::kNounBegin || e.type == Type::kNounEnd || e.type == Type::kPrepBegin ||
          e.type == Type::kPrepEnd)
        continue;
      (seen_verb ? after : before).push_back(&e);
    }
    Binding b;
    if (matcher.MatchAfter(after, verb.span.end, &b) &&
        matcher.MatchBefore(before, verb.span.begin, &b)) {
      int length = 0;
      bool alternatives = false;
      for (const PatternElement& e : p->elements) {
        if (e.type == Type::kWord) length += Alnum(e.text);
        alternatives |= e.type == Type::kAlternatives;
      }
      length = alternatives ? length + b.alt_chars : PatternLength(*p);
      if (length > best_length) best = {p, p->code, b}, best_length = length;
    }
  }
  if (best.pattern != nullptr) return best;
  return {nullptr, dict.verb_form(verb.id).EffectiveCode(dict.verb_blocks()), {}};
}

}  // namespace khaldun::internal::tabari
