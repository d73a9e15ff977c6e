// TABARI-mode coding; the rules are summarised in tabari_engine.h.
#include "coder/tabari_engine.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "coder/mentions.h"
#include "coder/patterns.h"
#include "coder/render.h"

namespace khaldun::internal {
namespace {

using Type = PatternElement::Type;

// Length in tokens of the words `words` at tokens[at], or 0.
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

// A clause: tokens [begin, end).
struct Clause {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// What a pattern bound while matching.
struct Binding {
  int source = -1;
  int target = -1;
  int compound = -1;
  int alt_chars = 0;  // alphanumeric characters of the alternatives matched
};

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

struct VerbChoice {
  const VerbPattern* pattern = nullptr;
  EventCode code;
  Binding binding;
};

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

// The words FindMentions steps over at the start of a phrase ("top",
// "former", "new": mention_phrase_words.cc's kModifiers).
bool IsMentionModifier(const Token& t) {
  for (std::string_view w :
       {"top", "senior", "late", "former", "acting", "interim", "then", "outgoing", "new",
        "retired", "veteran", "exiled", "ousted", "incoming"})
    if (IsWord(t, w)) return true;
  return false;
}

// TABARI's conjunctions (manual 7.6): AND, BUT, OR, NOR, and ';' (read as a
// comma by TABARI, a clause break here).
bool IsConjunction(const Token& t) {
  return IsWord(t, "and") || IsWord(t, "but") || IsWord(t, "or") || IsWord(t, "nor") ||
         IsWord(t, ";");
}

bool IsVerbMatch(const PhraseMatch& m) { return m.kind == PhraseMatch::Kind::kVerb; }

bool InsideMention(std::span<const Mention> mentions, TokenSpan span) {
  for (const Mention& m : mentions)
    if (!m.code.empty() && m.span.begin <= span.begin && span.end <= m.span.end) return true;
  return false;
}

// Clauses: the sentence is cut at a conjunction only when both sides hold a
// verb, so "Gondor and Osgiliath met" stays one clause while "Arnor denounced
// Gondor and threatened Mordor" becomes two.
// Whether token k lies between two members of a compound actor ("Gondor and
// Osgiliath", "Mordor, the Shire, Fornost and Bree"): such a conjunction or
// comma delimits no clause (manual 7.5, 7.6).
bool InCompound(std::span<const Mention> mentions, uint32_t k) {
  for (const Mention& x : mentions)
    if (x.coordinated_with >= 0 && x.span.end <= k && k < mentions[x.coordinated_with].span.begin)
      return true;
  return false;
}

// TABARI reads a verb as a noun after A, AN or THE, and when it is
// capitalised inside a sentence that is not all capitals (manual 7.4): "an
// attack by Osgiliath soldiers", "the promised aid".
bool ReadsAsNoun(std::span<const Token> tokens, const PhraseMatch& m, bool tabari) {
  if (m.span.begin > 0) {
    const Token& prev = tokens[m.span.begin - 1];
    if (IsWord(prev, "a") || IsWord(prev, "an") || IsWord(prev, "the")) return true;
    // "Arnor is about To Restore full ties": capitalised inside a sentence
    // that has lower-case words.
    const std::string_view w = tokens[m.span.begin].text;
    bool lower_case_sentence = false;
    for (const Token& t : tokens)
      for (char c : t.text) lower_case_sentence |= c >= 'a' && c <= 'z';
    if (tabari && lower_case_sentence && !w.empty() && w[0] >= 'A' && w[0] <= 'Z') return true;
  }
  // "Estonia donate's cash": a noun ending, so no verb (manual 5.2.3).
  if (tabari && m.span.end < tokens.size() && IsWord(tokens[m.span.end], "'s")) return true;
  return false;
}

std::vector<Clause> SplitClauses(std::span<const Token> tokens,
                                 std::span<const PhraseMatch> matches,
                                 std::span<const Mention> mentions, bool tabari) {
  std::vector<uint32_t> verb_at;
  for (const PhraseMatch& m : matches)
    if (IsVerbMatch(m) && !InsideMention(mentions, m.span) && !ReadsAsNoun(tokens, m, tabari))
      verb_at.push_back(m.span.begin);
  auto has_verb = [&](uint32_t b, uint32_t e) {
    for (uint32_t v : verb_at)
      if (v >= b && v < e) return true;
    return false;
  };
  std::vector<uint32_t> cuts;
  for (uint32_t i = 0; i < tokens.size(); ++i)
    if (IsConjunction(tokens[i]) && !InsideMention(mentions, {i, i + 1}) &&
        !InCompound(mentions, i))
      cuts.push_back(i);
  std::vector<Clause> clauses;
  uint32_t begin = 0;
  for (size_t c = 0; c < cuts.size(); ++c) {
    uint32_t next = c + 1 < cuts.size() ? cuts[c + 1] : static_cast<uint32_t>(tokens.size());
    if (has_verb(begin, cuts[c]) && has_verb(cuts[c] + 1, next)) {
      clauses.push_back({begin, cuts[c]});
      begin = cuts[c] + 1;
    }
  }
  clauses.push_back({begin, static_cast<uint32_t>(tokens.size())});
  return clauses;
}

bool IsBe(const Token& t) {
  for (std::string_view w : {"was", "were", "is", "are", "been", "be", "being"})
    if (IsWord(t, w)) return true;
  return false;
}

Date ShiftDate(Date date, int days) {
  if (!date.known() || days == 0) return date;
  using namespace std::chrono;
  sys_days d = year_month_day{year{date.year}, month{date.month}, day{date.day}};
  year_month_day shifted{d + std::chrono::days{days}};
  Date out;
  out.year = static_cast<int16_t>(static_cast<int>(shifted.year()));
  out.month = static_cast<uint8_t>(static_cast<unsigned>(shifted.month()));
  out.day = static_cast<uint8_t>(static_cast<unsigned>(shifted.day()));
  return out;
}

// The members of a compound starting at mention `m` ("Gondor and Osgiliath").
std::vector<int> Members(std::span<const Mention> mentions, int m) {
  std::vector<int> out;
  if (m < 0) return {-1};
  // Start from the first member.
  for (bool moved = true; moved;) {
    moved = false;
    for (size_t o = 0; o < mentions.size(); ++o)
      if (mentions[o].coordinated_with == m) {
        m = static_cast<int>(o);
        moved = true;
        break;
      }
  }
  for (int k = m; k >= 0 && out.size() < mentions.size(); k = mentions[k].coordinated_with)
    out.push_back(k);
  return out;
}

// A coded compound actor "[ELR/GAL]" is one code per member.
std::vector<std::string> SplitCodes(const std::string& code) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (true) {
    size_t slash = code.find('/', pos);
    out.push_back(code.substr(pos, slash == std::string::npos ? std::string::npos : slash - pos));
    if (slash == std::string::npos) break;
    pos = slash + 1;
  }
  return out;
}

// TABARI's compound actors (manual 5.7): actors separated by "and", "or",
// "nor" or commas, with at most a few lower-case modifiers between them
// ("Mordor, the Shire, Fornost and Bree", "Fornost and the evil awful
// Gondor"), form one compound. Replaces the mentions' own coordination.
void LinkCompounds(std::span<const Token> tokens, std::span<const PhraseMatch> matches,
                   std::vector<Mention>* mentions, bool tabari) {
  std::vector<int> usable;
  for (size_t k = 0; k < mentions->size(); ++k) {
    (*mentions)[k].coordinated_with = -1;
    if (!(*mentions)[k].code.empty() && !(*mentions)[k].locative)
      usable.push_back(static_cast<int>(k));
  }
  // Which links are conjunctions: a list joined by commas alone ("with
  // Arnor, the Dagolathi news agency reported") is no compound.
  std::vector<bool> by_conjunction(mentions->size(), false);
  for (size_t u = 0; u + 1 < usable.size(); ++u) {
    Mention& a = (*mentions)[usable[u]];
    const Mention& b = (*mentions)[usable[u + 1]];
    if (b.span.begin <= a.span.end || b.span.begin - a.span.end > 4) continue;
    bool joined = false, conjunction = false, ok = true;
    for (uint32_t k = a.span.end; k < b.span.begin && ok; ++k) {
      const Token& t = tokens[k];
      if (IsWord(t, "and") || IsWord(t, "or") || IsWord(t, "nor")) {
        joined = conjunction = true;
        continue;
      }
      if (IsWord(t, ",")) {
        joined = true;
        continue;
      }
      // A member ends at the conjunction: in "Ithilen's awful and evil
      // minister" the AND joins two adjectives, not two actors.
      if (tabari && !joined) {
        ok = false;
        break;
      }
      // Only determiners and modifiers stand before a member ("the evil
      // awful Gondor"); "Bree to chill out and Gondor" is no compound.
      bool lower = !t.text.empty() && t.text[0] >= 'a' && t.text[0] <= 'z' && !IsPreposition(t);
      for (std::string_view w : {"to", "that", "which", "who", "then", "out", "up", "off", "not"})
        if (IsWord(t, w)) lower = false;
      for (const PhraseMatch& m : matches)
        if (m.kind == PhraseMatch::Kind::kVerb && m.span.begin <= k && k < m.span.end)
          lower = false;
      ok = lower;
    }
    if (joined && ok) {
      a.coordinated_with = usable[u + 1];
      by_conjunction[usable[u]] = conjunction;
    }
  }
  // Undo the chains with no conjunction.
  for (size_t u = 0; u < usable.size(); ++u) {
    int start = usable[u];
    bool is_start = (*mentions)[start].coordinated_with >= 0;
    for (size_t o = 0; o < mentions->size() && is_start; ++o)
      if ((*mentions)[o].coordinated_with == start) is_start = false;
    if (!is_start) continue;
    bool any = false;
    for (int k = start; k >= 0 && (*mentions)[k].coordinated_with >= 0;
         k = (*mentions)[k].coordinated_with)
      any |= by_conjunction[k];
    if (any) continue;
    for (int k = start; k >= 0;) {
      int next = (*mentions)[k].coordinated_with;
      (*mentions)[k].coordinated_with = -1;
      k = next;
    }
  }
}

// TABARI lets other words stand between the blank-separated words of an
// actor or verb phrase (manual 5.5.3, the same connector rules as patterns;
// the verb "DEATH TOLL RISEN" in "death toll has risen"):
// "PRINCE DOL_AMROTH" is found in "the Prince of Dol_Amroth", "ITHILEN
// TELEVISION" in "Ithilen state-run television". khaldun's matcher reads
// phrase words as consecutive, so the TABARI mode adds these matches itself.
// The words in between are few (at most two) and may not be punctuation, a
// capitalised word, a conjunction or a verb, so that separate names are never
// read as one actor. Multi-word actor phrases, by their first word:
using GapIndex = std::unordered_map<std::string, std::vector<uint32_t>>;

GapIndex IndexActorPhrases(const Dictionary& dict) {
  GapIndex index;
  const std::vector<CompiledPhrase>& phrases = dict.phrases();
  for (uint32_t p = 0; p < phrases.size(); ++p)
    if ((phrases[p].kind == PhraseMatch::Kind::kActor ||
         phrases[p].kind == PhraseMatch::Kind::kVerb) &&
        phrases[p].words.size() > 1 && !phrases[p].words[0].prefix)
      index[phrases[p].words[0].text].push_back(p);
  return index;
}

bool MayStandInGap(const Token& t, std::span<const PhraseMatch> matches, uint32_t k) {
  if (t.text.empty() || !(t.text[0] >= 'a' && t.text[0] <= 'z')) return false;
  if (IsWord(t, "and") || IsWord(t, "or") || IsWord(t, "nor") || IsWord(t, "but")) return false;
  for (const PhraseMatch& m : matches)
    if (m.kind == PhraseMatch::Kind::kVerb && m.span.begin <= k && k < m.span.end) return false;
  return true;
}

void AddGappedActors(const Dictionary& dict, const GapIndex& index, std::span<const Token> tokens,
                     std::vector<PhraseMatch>* matches) {
  if (index.empty()) return;
  // The sentence as TABARI's words: a token written with '_' is several
  // ("Dol_Amroth" is DOL AMROTH).
  struct Word {
    uint32_t token;
    std::string text;
    bool token_start;
  };
  std::vector<Word> words;
  for (uint32_t k = 0; k < tokens.size(); ++k) {
    std::string upper;
    for (char c : tokens[k].text) upper += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    size_t pos = 0;
    bool start = true;
    while (pos <= upper.size()) {
      size_t u = upper.find('_', pos);
      if (u == std::string::npos) u = upper.size();
      if (u > pos) words.push_back({k, upper.substr(pos, u - pos), start}), start = false;
      pos = u + 1;
    }
  }
  auto spells = [](const std::string& text, const PhraseWord& w) {
    return w.prefix ? text.starts_with(w.text) : text == w.text;
  };
  std::vector<PhraseMatch> found;
  for (size_t s = 0; s < words.size(); ++s) {
    if (!words[s].token_start) continue;
    auto it = index.find(words[s].text);
    if (it == index.end()) continue;
    for (uint32_t p : it->second) {
      const CompiledPhrase& phrase = dict.phrases()[p];
      size_t at = s;
      bool ok = true, gapped = false;
      for (size_t w = 1; w < phrase.words.size() && ok; ++w) {
        size_t next = at + 1;
        ok = false;
        for (int gap = 0; gap <= 2 && next < words.size(); ++gap) {
          if (spells(words[next].text, phrase.words[w]) && (gap == 0 || words[next].token_start)) {
            ok = true;
            gapped |= gap > 0 || !words[next].token_start;
            at = next;
            break;
          }
          // Skip one whole token.
          uint32_t t = words[next].token;
          if (!words[next].token_start || !MayStandInGap(tokens[t], *matches, t)) break;
          while (next < words.size() && words[next].token == t) ++next;
        }
      }
      if (!ok || !gapped) continue;
      found.push_back({{words[s].token, words[at].token + 1}, phrase.kind, phrase.id});
    }
  }
  if (found.empty()) return;
  for (const PhraseMatch& f : found) {
    // The longest reading at a start position wins, as in FindCandidates.
    bool replaced = false;
    for (PhraseMatch& m : *matches)
      if (m.kind == f.kind && m.span.begin == f.span.begin) {
        if (m.span.end < f.span.end) m = f;
        replaced = true;
      }
    if (!replaced) matches->push_back(f);
  }
  std::stable_sort(
      matches->begin(), matches->end(), [](const PhraseMatch& a, const PhraseMatch& b) {
        return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.kind < b.kind;
      });
}

bool IsPronoun(const Token& t) {
  for (std::string_view w :
       {"he", "she", "it", "him", "her", "its", "his", "they", "them", "their"})
    if (IsWord(t, w)) return true;
  return false;
}

// TABARI's pronoun coreferencing (manual 7.7): HE, SHE, IT, HIM and the
// possessives ITS, HIS, HER take the first actor of the sentence before
// them; THEY, THEM, THEIR the first compound actor, else the first actor
// ("Elrond and Gondor urged Bree to assist them": them = Elrond and
// Gondor). The pronoun becomes a mention with the referent's code;
// `referent` gives, for each mention, the mention it stands for (or -1).
// Replaces the mention reader's own reading of these pronouns.
//
// Under FORWARD (manual 8.4) a pronoun before every actor of its sentence
// refers to the first actor of the story's previous sentence, `forwarded`
// (its codes; several for a compound): "Fornost President Umbardacil has
// appealed for peace. He has also asked Gondor to help." A plural pronoun
// takes it only when it was a compound, and then its first member.
void AddPronouns(std::span<const Token> tokens, std::vector<Mention>* mentions,
                 std::vector<int>* referent, const std::vector<std::string>& forwarded) {
  auto is_actor = [&](const Mention& m) { return !m.code.empty() && !m.locative; };
  std::vector<Mention> out;
  std::vector<int> ref;
  std::vector<int> old_index;
  for (size_t k = 0; k < mentions->size(); ++k) {
    const Mention& m = (*mentions)[k];
    bool pronoun = m.span.size() == 1 && IsPronoun(tokens[m.span.begin]);
    if (pronoun) continue;
    out.push_back(m);
    old_index.push_back(static_cast<int>(k));
  }
  // Old index -> new index, for coordinated_with.
  std::vector<int> remap(mentions->size(), -1);
  for (size_t n = 0; n < old_index.size(); ++n) remap[old_index[n]] = static_cast<int>(n);
  for (Mention& m : out)
    if (m.coordinated_with >= 0) m.coordinated_with = remap[m.coordinated_with];
  ref.assign(out.size(), -1);
  const size_t real = out.size();
  for (uint32_t k = 0; k < tokens.size(); ++k) {
    if (!IsPronoun(tokens[k])) continue;
    bool inside = false;
    for (size_t m = 0; m < real; ++m) inside |= out[m].span.begin <= k && k < out[m].span.end;
    if (inside) continue;
    const bool plural =
        IsWord(tokens[k], "they") || IsWord(tokens[k], "them") || IsWord(tokens[k], "their");
    int target = -1;
    if (plural)
      for (size_t m = 0; m < real && target < 0; ++m)
        if (is_actor(out[m]) && out[m].coordinated_with >= 0 && out[m].span.end <= k)
          target = static_cast<int>(m);
    if (target >= 0) {
      // The first member of that compound.
      for (bool moved = true; moved;) {
        moved = false;
        for (size_t o = 0; o < real; ++o)
          if (out[o].coordinated_with == target) target = static_cast<int>(o), moved = true;
      }
    }
    for (size_t m = 0; m < real && target < 0; ++m)
      if (is_actor(out[m]) && out[m].span.end <= k) target = static_cast<int>(m);
    if (target < 0) {
      if (forwarded.empty() || (plural && forwarded.size() < 2)) continue;
      Mention p;
      p.span = {k, k + 1};
      p.code = forwarded.front();
      p.how = "pronoun forwarded from the previous sentence";
      out.push_back(std::move(p));
      ref.push_back(-1);
      continue;
    }
    Mention p;
    p.span = {k, k + 1};
    p.code = out[target].code;
    p.how = "pronoun";
    out.push_back(std::move(p));
    ref.push_back(target);
  }
  // Back into text order.
  std::vector<size_t> order(out.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return out[a].span.begin < out[b].span.begin; });
  std::vector<int> position(out.size());
  for (size_t i = 0; i < order.size(); ++i) position[order[i]] = static_cast<int>(i);
  mentions->clear();
  referent->assign(out.size(), -1);
  for (size_t i = 0; i < order.size(); ++i) {
    Mention m = out[order[i]];
    if (m.coordinated_with >= 0) m.coordinated_with = position[m.coordinated_with];
    (*referent)[i] = ref[order[i]] >= 0 ? position[ref[order[i]]] : -1;
    mentions->push_back(std::move(m));
  }
}

// TABARI's .options commands that change coding (manual chapter 8), read
// from CoderOptions::tabari_options.
struct TabariOptions {
  enum class CodeBy : uint8_t { kClause, kSentence, kAll };
  CodeBy code_by = CodeBy::kClause;
  // SET: MINIMUM WORDS (8.2.3): shorter sentences are not coded; a comma
  // counts as a word. TABARI's default is 8.
  int min_words = 8;
  // COMMA (8.6): comma-delimited phrases of more than MIN and at most MAX
  // words are deleted before coding; B... limits apply to the phrase that
  // opens the sentence, E... to the one that closes it.
  bool comma = true;
  int min = 2, max = 10, emin = 2, emax = 10, bmin = 128, bmax = 0;
  // DEFAULT (8.5): codes used when no source or target is found; PRIOR: the
  // default source whenever no actor precedes the verb; AFTER: the default
  // target whenever no actor follows it.
  std::string default_source, default_target;
  bool prior = false, after = false;
  // COMPLEX (8.7): limits past which a sentence is too complex to code.
  int complex_verbs = 0, complex_conj = 0;
  bool no_actor_prior = false;
  // SET: CONVERT AGENTS (8.2.6): an agent with no actor is an actor "~AGENT".
  bool convert_agents = false;
  // FORWARD (8.4): pronouns opening a sentence refer to the previous
  // sentence's first actor ("FORWARD: ... OFF" keeps it off).
  bool forward = false;
};

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

}  // namespace
std::vector<Event> CodeTabari(const CoderResources& resources, const CoderOptions& options,
                              const AnalyzedDocument& doc, ExplainTrace* trace) {
  std::vector<Event> events;
  const Dictionary& dict = *resources.dictionary;
  const TabariOptions opts = ReadTabariOptions(options);
  // Rules of TABARI's own parser (capitalised verbs read as nouns, compounds
  // only of whole actors, null actors with agents) apply under a TABARI
  // .options file; the PETRARCH mode, which shares this core with no
  // .options and reads noun phrases from its parse tree, does not use them.
  const bool tabari = !options.tabari_options.empty();
  // The index costs a pass over every phrase: built once per dictionary and
  // thread, not per document (keyed by the dictionary's address and source
  // hash, so a dictionary loaded later at the same address is re-indexed).
  thread_local struct {
    const Dictionary* dict = nullptr;
    uint64_t hash = 0;
    GapIndex index;
  } gap_cache;
  if (gap_cache.dict != &dict || gap_cache.hash != dict.source_hash()) {
    gap_cache.index = IndexActorPhrases(dict);
    gap_cache.dict = &dict;
    gap_cache.hash = dict.source_hash();
  }
  const GapIndex& gap_index = gap_cache.index;
  CoreferenceMemory memory;
  MentionContext context{&dict, resources.gazetteer.get(), doc.document->date};
  MatchScratch scratch;
  // FORWARD: the codes of the previous sentence's first actor, when it came
  // before a verb.
  std::vector<std::string> forwarded;
  std::vector<PhraseMatch> matches;

  for (const Sentence& sentence : doc.sentences) {
    std::span<const Token> all_tokens(doc.SentenceTokens(sentence), sentence.token_count);
    ExplainTrace::SentenceTrace* st = nullptr;
    if (trace) {
      trace->sentences.push_back({sentence.index, std::string(doc.OriginalText(sentence)), {}, {}});
      st = &trace->sentences.back();
    }
    auto note = [&](std::string line) {
      if (st) st->lines.push_back(std::move(line));
    };
    if (int words = CountWords(all_tokens, 0, static_cast<uint32_t>(all_tokens.size()), true);
        words < opts.min_words) {
      note(fmt::format("{} words, fewer than MINIMUM WORDS {}: sentence not coded", words,
                       opts.min_words));
      continue;
    }
    // The comma-delimited clauses TABARI deletes; the rest is coded as if
    // they had never been written. `kept` maps a kept token to its index in
    // the sentence, for the evidence.
    std::vector<Token> kept_tokens;
    std::vector<uint32_t> kept;
    std::vector<PhraseMatch> all_matches;  // before the deletion, for [###] and [+++]
    // The kept tokens before hyphens are split, and where each one's parts
    // are in kept_tokens.
    std::vector<Token> whole_tokens;
    std::vector<uint32_t> whole_begin, whole_end;
    {
      matches.clear();
      dict.FindCandidates(all_tokens, scratch, &matches);
      AddGappedActors(dict, gap_index, all_tokens, &matches);
      for (PhraseMatch& m : matches)
        while (
            m.kind == PhraseMatch::Kind::kActor && m.span.size() > 1 &&
            (IsDeterminer(all_tokens[m.span.begin]) || IsMentionModifier(all_tokens[m.span.begin])))
          ++m.span.begin;
      all_matches = matches;
      std::vector<bool> keep(all_tokens.size(), true);
      // The compounds are only needed to find the commas that count; a
      // sentence without commas (or with COMMA: OFF) skips this reading.
      bool commas = false;
      for (const Token& t : all_tokens) commas |= t.text == ",";
      if (opts.comma && commas) {
        CoreferenceMemory scratch_memory = memory;
        std::vector<Mention> first = FindMentions(all_tokens, matches, context, &scratch_memory);
        for (Mention& m : first)
          if (m.code == "---" || (tabari && m.code.starts_with("---"))) m.code.clear();
        LinkCompounds(all_tokens, matches, &first, tabari);
        keep = KeepAfterCommas(all_tokens, first, opts);
      }
      // TABARI reads a hyphen as a blank (manual 7.3): "an anti- Gondor
      // parade" is AN ANTI GONDOR PARADE, "state-run" two words.
      for (uint32_t k = 0; k < all_tokens.size(); ++k) {
        if (!keep[k]) continue;
        std::string_view text = all_tokens[k].text;
        whole_tokens.push_back(all_tokens[k]);
        whole_begin.push_back(static_cast<uint32_t>(kept_tokens.size()));
        if (text.size() < 2 || text.find('-') == std::string_view::npos) {
          kept_tokens.push_back(all_tokens[k]), kept.push_back(k);
          whole_end.push_back(static_cast<uint32_t>(kept_tokens.size()));
          continue;
        }
        size_t pos = 0;
        while (pos < text.size()) {
          size_t dash = text.find('-', pos);
          if (dash == std::string_view::npos) dash = text.size();
          if (dash > pos) {
            Token part = all_tokens[k];
            part.text = text.substr(pos, dash - pos);
            if (pos > 0) part.flags &= static_cast<uint16_t>(~kTokenSentenceStart);
            kept_tokens.push_back(part), kept.push_back(k);
          }
          pos = dash + 1;
        }
        whole_end.push_back(static_cast<uint32_t>(kept_tokens.size()));
      }
      if (std::count(keep.begin(), keep.end(), false) > 0)
        note(fmt::format("comma-delimited clauses deleted; coding '{}'",
                         SpanText(kept_tokens, {0, static_cast<uint32_t>(kept_tokens.size())})));
    }
    // An all-capitals sentence (manual 7.4: "ARNOR IS ABOUT TO RESTORE ...")
    // is read in lower case, so that capitals mark no names and no nouns.
    std::string lowered;
    if (tabari) {
      bool any_lower = false, any_upper = false;
      for (const Token& t : kept_tokens)
        for (char c : t.text) any_lower |= c >= 'a' && c <= 'z', any_upper |= c >= 'A' && c <= 'Z';
      if (any_upper && !any_lower) {
        size_t total = 0;
        for (const Token& t : kept_tokens) total += t.text.size();
        for (const Token& t : whole_tokens) total += t.text.size();
        lowered.reserve(total);
        auto lower = [&](Token& t) {
          size_t at = lowered.size();
          for (char c : t.text) lowered += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
          t.text = std::string_view(lowered).substr(at, t.text.size());
          t.flags &= static_cast<uint16_t>(~(kTokenCapitalized | kTokenAllCaps));
        };
        for (Token& t : kept_tokens) lower(t);
        for (Token& t : whole_tokens) lower(t);
      }
    }
    std::span<const Token> tokens(kept_tokens);
    auto original = [&](TokenSpan s) {
      if (s.empty() || s.end > kept.size()) return s;
      return TokenSpan{kept[s.begin], kept[s.end - 1] + 1};
    };
    // The same words as the first reading (nothing deleted, split or
    // lowered): its matches stand.
    bool same_words = lowered.empty() && kept.size() == all_tokens.size();
    for (size_t k = 0; same_words && k < kept.size(); ++k) same_words = kept[k] == k;
    if (same_words) {
      matches = all_matches;
    } else {
      matches.clear();
      dict.FindCandidates(tokens, scratch, &matches);
      if (whole_tokens.size() < kept_tokens.size()) {
        // A dictionary phrase written with its hyphen ("BARAD-DUR") is found in
        // the unsplit words and kept when no longer reading starts there.
        std::vector<PhraseMatch> whole;
        dict.FindCandidates(whole_tokens, scratch, &whole);
        for (PhraseMatch w : whole) {
          w.span = {whole_begin[w.span.begin], whole_end[w.span.end - 1]};
          bool covered = false;
          for (const PhraseMatch& m : matches)
            covered |= m.kind == w.kind && m.span.begin == w.span.begin && m.span.end >= w.span.end;
          if (!covered) matches.push_back(w);
        }
        std::stable_sort(
            matches.begin(), matches.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
              return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.kind < b.kind;
            });
      }
      AddGappedActors(dict, gap_index, tokens, &matches);
      // "The AU is about to restore ties" with the entry THE_AU, "shells at
      // New Zealand" with NEW_ZEALAND: the mention reader steps over an
      // article and modifiers ("new", "former") before it looks for an actor,
      // so an actor phrase that begins with them is seeded at its first other
      // word (the mention still starts at "The"; NEW_ZEALAND, not ZEALAND).
      for (PhraseMatch& m : matches)
        while (m.kind == PhraseMatch::Kind::kActor && m.span.size() > 1 &&
               (IsDeterminer(tokens[m.span.begin]) || IsMentionModifier(tokens[m.span.begin])))
          ++m.span.begin;
    }
    std::vector<Mention> mentions = FindMentions(tokens, matches, context, &memory);
    // "Boromir [---]": a null actor is no actor ("ties with Boromir in
    // Gondor" targets Gondor), nor is one composed with an agent ("the
    // Government" of an unknown country, ---GOV).
    for (Mention& m : mentions)
      if (m.code == "---" || (tabari && m.code.starts_with("---"))) m.code.clear();
    LinkCompounds(tokens, matches, &mentions, tabari);
    // TABARI composes an agent only with the actor of its own phrase: "The
    // ambassadors of Arnor, Osgiliath and Gondor" is ARNGOV, OSG and GON
    // (the mention reader lends the agent to every member).
    if (tabari)
      for (Mention& m : mentions) {
        const AgentEntry* a = m.agent;
        if (a == nullptr || m.code.size() <= a->code.size()) continue;
        bool own = false;
        for (const PhraseMatch& x : matches)
          own |= x.kind == PhraseMatch::Kind::kAgent && x.span.begin >= m.span.begin &&
                 x.span.end <= m.span.end;
        if (own) continue;
        if (a->composition == AgentEntry::Composition::kSuffix && m.code.ends_with(a->code))
          m.code.resize(m.code.size() - a->code.size());
        else if (a->composition == AgentEntry::Composition::kPrefix && m.code.starts_with(a->code))
          m.code.erase(0, a->code.size());
      }

    // Discards, complexity and date shifts (manual 6.3, 6.6).
    bool discard = false, complex = false;
    int shift = 0;
    for (const PhraseMatch& m : all_matches) {
      std::string code;
      if (m.kind == PhraseMatch::Kind::kActor) code = dict.actor(m.id).CodeAt(doc.document->date);
      if (m.kind == PhraseMatch::Kind::kTime)
        code = dict.word_class(PhraseMatch::Kind::kTime)[m.id].code;
      // "Planetary Cup [+++]" capitalised is a noun, not the verb's code.
      if (m.kind == PhraseMatch::Kind::kVerb && !ReadsAsNoun(all_tokens, m, tabari))
        code = dict.verb_form(m.id).EffectiveCode(dict.verb_blocks()).primary;
      if (code == "###") discard = true;
      if (code == "+++") complex = true;
      if (m.kind == PhraseMatch::Kind::kTime && !code.empty() &&
          (code[0] == '-' || code[0] == '+') && code != "+++") {
        try {
          shift = std::stoi(code);
        } catch (...) {
        }
      }
    }
    if (discard) {
      note("[###] discard code: sentence not coded");
      continue;
    }
    if (complex) {
      note("[+++] complexity code: sentence not coded");
      continue;
    }
    const Date date = ShiftDate(doc.document->date, shift);

    // SET: CONVERT AGENTS (manual 8.2.6): an agent that composes with no
    // actor is an actor of its own, "~AGENT" ("Guerrillas are about to
    // restore ties with Gondor": ~REB GON).
    if (opts.convert_agents) {
      bool added = false;
      for (const PhraseMatch& m : matches) {
        if (m.kind != PhraseMatch::Kind::kAgent || InsideMention(mentions, m.span)) continue;
        bool overlaps = false;
        for (const Mention& x : mentions)
          if (!x.code.empty() && x.span.begin < m.span.end && m.span.begin < x.span.end)
            overlaps = true;
        if (overlaps) continue;
        Mention agent;
        agent.span = m.span;
        agent.code = "~" + dict.agent(m.id).code;
        agent.how = "agent with no actor (SET: CONVERT AGENTS)";
        mentions.push_back(std::move(agent));
        added = true;
      }
      if (added) {
        std::stable_sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
          return a.span.begin < b.span.begin;
        });
        LinkCompounds(tokens, matches, &mentions, tabari);
      }
    }
    std::vector<int> referent;
    AddPronouns(tokens, &mentions, &referent,
                opts.forward ? forwarded : std::vector<std::string>{});
    for (const Mention& m : mentions)
      note(fmt::format("actor '{}' [{}] tokens {}-{}{}", SpanText(tokens, m.span), m.code,
                       m.span.begin, m.span.end, m.coordinated_with >= 0 ? " (compound)" : ""));
    const size_t n_real = mentions.size();
    auto is_actor = [&](size_t k) { return !mentions[k].code.empty() && !mentions[k].locative; };

    std::vector<Clause> clauses = SplitClauses(tokens, matches, mentions, tabari);

    // The verbs of each clause that can code: a non-null code or a matching
    // pattern (a null-coded verb with no matching pattern gives way).
    struct Candidate {
      const PhraseMatch* verb;
      VerbChoice choice;
      size_t clause;
      bool subordinate;
    };
    std::vector<Candidate> candidates;
    for (size_t c = 0; c < clauses.size(); ++c) {
      for (const PhraseMatch& m : matches) {
        if (!IsVerbMatch(m) || m.span.begin < clauses[c].begin || m.span.begin >= clauses[c].end)
          continue;
        if (InsideMention(mentions, m.span) || ReadsAsNoun(tokens, m, tabari)) continue;
        VerbChoice choice = ChooseVerbCode(dict, m, tokens, mentions, clauses[c]);
        if (choice.pattern == nullptr && (choice.code.is_null() || choice.code.empty())) continue;
        // "SAID [023?]": a subordinate code is used only when nothing else
        // codes ("said it would act now" codes "act").
        bool subordinate =
            choice.pattern == nullptr && choice.code.priority == EventCode::Priority::kSubordinate;
        candidates.push_back({&m, choice, c, subordinate});
      }
    }

    // COMPLEX (manual 8.7): too many verbs or conjunctions, or no actor
    // before the first verb, and TABARI does not code the sentence.
    if (opts.complex_verbs > 0 || opts.complex_conj > 0 || opts.no_actor_prior) {
      int verbs = 0, conj = 0;
      uint32_t first_verb = static_cast<uint32_t>(tokens.size());
      // Verbs that code: a null-coded verb none of whose patterns matches is
      // no verb here (manual 8.7: "On accord Gondor repelled Mordor" has an
      // actor before its first verb).
      for (const Candidate& c : candidates) {
        ++verbs;
        first_verb = std::min(first_verb, c.verb->span.begin);
      }
      for (uint32_t k = 0; k < tokens.size(); ++k) {
        if (!(IsWord(tokens[k], "and") || IsWord(tokens[k], "but") || IsWord(tokens[k], "or") ||
              IsWord(tokens[k], "nor")))
          continue;
        bool in_compound = false;
        for (const Mention& x : mentions)
          if (x.coordinated_with >= 0 && x.span.end <= k &&
              k < mentions[x.coordinated_with].span.begin)
            in_compound = true;
        conj += !in_compound;
      }
      bool actor_prior = false;
      for (size_t k = 0; k < n_real; ++k)
        if (is_actor(k) && mentions[k].span.begin < first_verb) actor_prior = true;
      std::string why;
      if (opts.complex_verbs > 0 && verbs >= opts.complex_verbs)
        why = fmt::format("{} verbs (COMPLEX VERBS[{}])", verbs, opts.complex_verbs);
      else if (opts.complex_conj > 0 && conj >= opts.complex_conj)
        why = fmt::format("{} conjunctions (COMPLEX CONJ[{}])", conj, opts.complex_conj);
      else if (opts.no_actor_prior && first_verb < tokens.size() && !actor_prior)
        why = "no actor before the first verb (COMPLEX NOACTPRIOR)";
      if (!why.empty()) {
        note("too complex: " + why + "; sentence not coded");
        continue;
      }
    }

    // CODE BY CLAUSE / SENTENCE / ALL (manual 7.6.1): which candidates code.
    std::vector<const Candidate*> chosen;
    {
      auto first_of = [&](auto pred) -> const Candidate* {
        for (const Candidate& c : candidates)
          if (pred(c)) return &c;
        return nullptr;
      };
      if (opts.code_by == TabariOptions::CodeBy::kClause) {
        for (size_t c = 0; c < clauses.size(); ++c) {
          const Candidate* x =
              first_of([&](const Candidate& k) { return k.clause == c && !k.subordinate; });
          if (!x) x = first_of([&](const Candidate& k) { return k.clause == c; });
          if (x) chosen.push_back(x);
        }
      } else {
        for (const Candidate& k : candidates)
          if (!k.subordinate) {
            chosen.push_back(&k);
            if (opts.code_by == TabariOptions::CodeBy::kSentence) break;
          }
        if (chosen.empty())
          if (const Candidate* x = first_of([](const Candidate&) { return true; }))
            chosen.push_back(x);
      }
      // Dominant codes [031!] (manual 6.6.2): when one codes, only the
      // dominant ones do.
      bool dominant = false;
      for (const Candidate* c : chosen)
        dominant |= c->choice.code.priority == EventCode::Priority::kDominant;
      if (!dominant && opts.code_by == TabariOptions::CodeBy::kAll)
        for (const Candidate& c : candidates)
          if (c.choice.code.priority == EventCode::Priority::kDominant) {
            chosen.push_back(&c), dominant = true;
          }
      if (dominant)
        std::erase_if(chosen, [](const Candidate* c) {
          return c->choice.code.priority != EventCode::Priority::kDominant;
        });
      std::sort(chosen.begin(), chosen.end(), [](const Candidate* a, const Candidate* b) {
        return a->verb->span.begin < b->verb->span.begin;
      });
      chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    }

    int previous_source = -1;
    struct Pending {
      int source, target;
      std::string code;
      TokenSpan verb;
      std::string rule;  // the verb and pattern that fired, for the evidence
    };
    std::vector<Pending> pending;
    auto default_actor = [&](const std::string& code) {
      Mention m;
      m.code = code;
      m.how = "DEFAULT";
      mentions.push_back(std::move(m));
      return static_cast<int>(mentions.size() - 1);
    };
    size_t next = 0;
    for (size_t ci = 0; ci < clauses.size(); ++ci) {
      const Clause& clause = clauses[ci];
      // The clause's own first actor, for the next clause when this one
      // codes nothing (manual 7.6).
      int first_actor = -1;
      for (size_t k = 0; k < n_real; ++k)
        if (is_actor(k) && mentions[k].span.begin >= clause.begin &&
            mentions[k].span.begin < clause.end) {
          first_actor = static_cast<int>(k);
          break;
        }
      bool any = false;
      for (; next < chosen.size() && chosen[next]->clause == ci; ++next) {
        any = true;
        const PhraseMatch* verb = chosen[next]->verb;
        const VerbChoice& choice = chosen[next]->choice;
        note(fmt::format("verb '{}': {} [{}]", SpanText(tokens, verb->span),
                         choice.pattern ? "pattern at line " + std::to_string(choice.pattern->line)
                                        : "no pattern",
                         choice.code.ToString()));
        int source = choice.binding.source, target = choice.binding.target;
        if (choice.binding.compound >= 0) {
          // '%': the members of one compound act on each other.
          std::vector<int> members = Members(mentions, choice.binding.compound);
          if (source < 0 && target < 0) {
            for (int a : members)
              for (int b : members)
                if (a != b && !choice.code.primary.empty())
                  pending.push_back({a, b, choice.code.primary, verb->span,
                                     TabariRule(dict, *verb, choice, tokens)});
            continue;
          }
          if (source < 0) source = choice.binding.compound;
          if (target < 0) target = choice.binding.compound;
        }
        // Passive voice (manual 7.9): "Gondor was (fiercely) attacked by
        // Mordor": a form of "be" within two words before the verb.
        bool passive = (verb->span.begin > clause.begin && IsBe(tokens[verb->span.begin - 1])) ||
                       (verb->span.begin > clause.begin + 1 && IsBe(tokens[verb->span.begin - 2]));
        int by_agent = -1;
        if (passive) {
          for (uint32_t k = verb->span.end; k < clause.end; ++k)
            if (IsWord(tokens[k], "by")) {
              for (size_t x = 0; x < n_real; ++x)
                if (mentions[x].span.begin > k && mentions[x].span.begin < clause.end &&
                    !mentions[x].code.empty()) {
                  by_agent = static_cast<int>(x);
                  break;
                }
              break;
            }
        }
        int before = -1, after = -1;
        for (size_t k = 0; k < n_real; ++k) {
          if (!is_actor(k)) continue;
          const Mention& x = mentions[k];
          // An actor a pattern bound ("- + WAS * DEAD": "An Eriadorian was
          // shot dead in Osgiliath") is not also the other one.
          const int bound = static_cast<int>(k);
          if (tabari && (bound == source || bound == target)) continue;
          if (x.span.begin >= clause.begin && x.span.end <= verb->span.begin && before < 0)
            before = bound;
          if (x.span.begin >= verb->span.end && x.span.begin < clause.end && after < 0 &&
              bound != by_agent)
            after = bound;
        }
        if (passive && by_agent >= 0) {
          if (source < 0) source = by_agent;
          if (target < 0) target = before;
        }
        bool single_target = false;  // a compound member taken alone
        const bool have_default_source = !opts.default_source.empty();
        const bool have_default_target = !opts.default_target.empty();
        if (source < 0) source = before >= 0 ? before : previous_source;
        // DEFAULT SOURCE ... PRIOR: no actor before the verb, the default.
        if (source < 0 && have_default_source && opts.prior)
          source = default_actor(opts.default_source);
        bool greedy = false;
        if (tabari && source < 0 && after >= 0 && target >= 0) source = after, greedy = true;
        if (source < 0 && after >= 0 && target < 0) {
          greedy = true;
          // No actor before the verb: TABARI is greedy and takes the first
          // one after it as the source.
          source = after;
          after = -1;
          // "Fxrnost (unknown) is about to restore ties with Gondor and
          // Bree" under DEFAULT without PRIOR: GON BRE, the next actor even
          // inside the same compound.
          for (size_t k = 0; k < n_real; ++k)
            if (is_actor(k) && mentions[k].span.begin >= verb->span.end &&
                mentions[k].span.begin < clause.end && static_cast<int>(k) != source &&
                mentions[k].code != mentions[source].code) {
              after = static_cast<int>(k);
              single_target = true;
              break;
            }
        }
        if (source < 0 && have_default_source) source = default_actor(opts.default_source);
        auto resolve = [&](int m) {
          return m >= 0 && static_cast<size_t>(m) < referent.size() && referent[m] >= 0
                     ? referent[m]
                     : m;
        };
        source = resolve(source);
        const std::string own =
            source >= 0 ? mentions[Members(mentions, source).front()].code : std::string();
        if (!greedy) {
          // The target is the first actor after the verb whose code differs
          // from the source's (manual 7.10): "Elrond and Gondor urged Bree
          // to assist them" does not target them.
          after = -1;
          for (size_t k = 0; k < n_real && after < 0; ++k) {
            const Mention& x = mentions[k];
            if (!is_actor(k) || x.span.begin < verb->span.end || x.span.begin >= clause.end)
              continue;
            if (resolve(static_cast<int>(k)) == source || static_cast<int>(k) == by_agent) continue;
            if (x.code == own) continue;
            after = static_cast<int>(k);
          }
        }
        if (target < 0) target = after;
        // DEFAULT TARGET ... AFTER: no actor after the verb, the default.
        if (target < 0 && have_default_target && opts.after)
          target = default_actor(opts.default_target);
        if (target < 0 && source >= 0 && static_cast<size_t>(source) < n_real) {
          // No target after the verb: the first actor before it whose code
          // differs from the source's (manual 7.10, 9b): "Bree and Arnor
          // are about to restore ties with an unknown" targets Arnor.
          // The nearest such actor before the verb ("Elrond and Gondor
          // urged Bree on Monday to assist them": assist targets Bree).
          for (size_t k = n_real; k-- > 0 && target < 0;)
            if (is_actor(k) && mentions[k].span.end <= verb->span.begin &&
                mentions[k].span.begin >= clause.begin && mentions[k].code != own)
              target = static_cast<int>(k), single_target = true;
        }
        if (target < 0 && have_default_target) target = default_actor(opts.default_target);
        target = resolve(target);
        if (source >= 0) previous_source = source;
        if (options.require_dyad && (source < 0 || target < 0)) {
          note(fmt::format("'{}' [{}]: {}", SpanText(tokens, verb->span), choice.code.ToString(),
                           source < 0 ? "no source" : "no target"));
          continue;
        }
        std::vector<int> targets =
            single_target ? std::vector<int>{target} : Members(mentions, target);
        for (int a : Members(mentions, source))
          for (int b : targets) {
            if (a == b) continue;
            if (!choice.code.primary.empty())
              pending.push_back(
                  {a, b, choice.code.primary, verb->span, TabariRule(dict, *verb, choice, tokens)});
            if (!choice.code.reverse.empty())
              pending.push_back({b, a, choice.code.reverse, verb->span,
                                 TabariRule(dict, *verb, choice, tokens) + " (reverse code)"});
          }
      }
      if (!any && first_actor >= 0) previous_source = first_actor;
    }

    // The actor this sentence forwards to the next (manual 8.4): its first
    // actor, when that comes before a verb ("Gondor expressed reluctance":
    // GON).
    forwarded.clear();
    for (size_t k = 0; k < n_real; ++k) {
      if (!is_actor(k)) continue;
      bool before_verb = false;
      for (const Candidate& c : candidates)
        before_verb |= mentions[k].span.end <= c.verb->span.begin;
      if (!before_verb) break;
      // The actor without its agent ("Fornost President Umbardacil" forwards
      // FOR, not FORGOVPRS).
      for (int m : Members(mentions, static_cast<int>(k))) {
        std::string code = mentions[m].code;
        if (const AgentEntry* a = mentions[m].agent; a != nullptr && code.size() > a->code.size()) {
          if (a->composition == AgentEntry::Composition::kSuffix && code.ends_with(a->code))
            code.resize(code.size() - a->code.size());
          else if (a->composition == AgentEntry::Composition::kPrefix && code.starts_with(a->code))
            code.erase(0, a->code.size());
        }
        forwarded.push_back(code);
      }
      break;
    }
    static const Mention kNoActor;
    auto push = [&](const Pending& p, const std::string& src_code, const std::string& tgt_code) {
      if (!src_code.empty() && src_code == tgt_code) return;
      for (const Event& e : events)
        if (e.sentence_index == sentence.index && e.cameo_code == p.code &&
            e.source.code == src_code && e.target.code == tgt_code)
          return;
      const CameoCode* info = resources.codebook->Find(p.code);
      if (info == nullptr) {
        note(fmt::format("code {} is not in the codebook; event dropped", p.code));
        return;
      }
      const Mention& src = p.source >= 0 ? mentions[p.source] : kNoActor;
      const Mention& tgt = p.target >= 0 ? mentions[p.target] : kNoActor;
      Event e;
      e.document_id = doc.document->id;
      e.sentence_index = sentence.index;
      e.id = fmt::format("{}:{}:{}", e.document_id, sentence.index, events.size());
      e.date = date;
      auto fill = [&](const Mention& m, const std::string& code, Actor* a) {
        if (code.empty()) return;
        a->code = code;
        a->matched_text = SpanText(tokens, m.span);
        a->tokens = original(m.span);
        a->how = m.how;
        a->name = a->matched_text;
      };
      fill(src, src_code, &e.source);
      fill(tgt, tgt_code, &e.target);
      SetEventCode(*info, p.code, &e);
      e.evidence.sentence = std::string(doc.OriginalText(sentence));
      e.evidence.sentence_bytes = sentence.bytes;
      e.evidence.verb_text = SpanText(tokens, p.verb);
      e.evidence.rule = p.rule;
      note(fmt::format("EVENT {} {} {}", src_code, p.code, tgt_code));
      events.push_back(std::move(e));
    };
    for (const Pending& p : pending) {
      std::vector<std::string> sources = SplitCodes(p.source >= 0 ? mentions[p.source].code : "");
      std::vector<std::string> targets = SplitCodes(p.target >= 0 ? mentions[p.target].code : "");
      for (const std::string& a : sources)
        for (const std::string& b : targets) push(p, a, b);
    }
  }
  return events;
}

}  // namespace khaldun::internal
