// A first, deliberately simple reading of pattern semantics: the words of a
// pattern must appear in order after (or before) the verb, each within a few
// tokens of the last, and '+' / '$' bind the first actor mention found there.
//
//   CALL: "- * FOR [100]"  on "Rouhani called for efforts ..." -> 100
//   "- * (WITH +) [040]"   on "Rouhani met with Khamis"          -> target Khamis
//
// Noun-phrase and prepositional-phrase brackets are read as plain sequences.
#include "coder/patterns.h"

#include <algorithm>
#include <string_view>

#include "coder/clause.h"
#include "coder/gap_runs.h"
#include "coder/mentions.h"
#include "coder/relative_clauses.h"
#include "coder/scare_quotes.h"
#include "coder/verb_dates.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {
namespace {

// How far apart two consecutive pattern elements may be, in tokens. PETRARCH
// lets words of a phrase sit within its noun or prepositional phrase; a small
// gap approximates that without a parse ("called on the UN to" / "ON +").
constexpr uint32_t kMaxGap = 4;

bool WordMatches(const Token& t, const PatternElement& e) { return SpellsWord(t, e.text, e.stem); }

// "will provide nearly 25,000 tons of emergency food aid", "pledged $2
// billion in aid": numbers and units of quantity between a verb and its
// object do not count towards the gap, up to kMaxFillers of them. Counts
// in words are quantities too: "massed tens of thousands of troops along
// the frontier". (Not rates: "suspended a 25 per cent surcharge on
// electricity" must not reach "electricity" as the verb's object.)
constexpr uint32_t kMaxFillers = 8;

bool IsQuantityFiller(const Token& t) {
  static constexpr std::array<std::string_view, 21> kUnits = {
      "tons",    "tonnes",  "million",  "billion",  "thousand", "worth",    "nearly",
      "about",   "around",  "some",     "almost",   "roughly",  "dollars",  "euros",
      "metric",  "barrels", "tens",     "dozens",   "hundreds", "thousands", "millions"};
  if (t.text.empty()) return false;
  const char c = t.text[0];
  if ((c >= '0' && c <= '9') || c == '$') return true;
  // Cheap tests first: this runs for every token a pattern's gap passes.
  if (t.text.size() < 4 || t.text.size() > 9 || c < 'a' || c > 'w') return false;
  return InWords(kUnits, t);
}

// The element of a pattern whose part after the verb is a single particle
// word ("- * (UP)", "- * {OUT}"), or nullptr.
const PatternElement* LoneParticle(std::span<const PatternElement> after_verb) {
  static constexpr std::array<std::string_view, 10> kParticles = {
      "UP", "OUT", "ON", "OFF", "AROUND", "DOWN", "AWAY", "BACK", "OVER", "IN"};
  const PatternElement* word = nullptr;
  for (const PatternElement& e : after_verb) {
    using T = PatternElement::Type;
    if (e.type == T::kPrepBegin || e.type == T::kPrepEnd || e.type == T::kNounBegin ||
        e.type == T::kNounEnd)
      continue;
    if (e.type != T::kWord || word != nullptr || e.stem) return nullptr;
    word = &e;
  }
  if (word == nullptr) return nullptr;
  for (std::string_view p : kParticles)
    if (word->text == p) return word;
  return nullptr;
}

// Whether the particle stands at `at` as a particle: "killed up to 20
// people" is a quantity, not "killed up".
bool ParticleAt(std::span<const Token> tokens, uint32_t at, uint32_t end,
                const PatternElement& particle) {
  if (at >= end || !WordMatches(tokens[at], particle)) return false;
  const bool up_to_a_number = particle.text == "UP" && at + 2 < end &&
                              SpellsWord(tokens[at + 1], "TO", false) &&
                              IsQuantityFiller(tokens[at + 2]);
  return !up_to_a_number;
}

// Whether the pattern word is a preposition that takes a gerund ("because
// OF fighting", "accused + OF attacking", "charged + WITH plotting"), not
// the "to" of an infinitive, whose adverbs may stand farther apart.
bool IsGerundPreposition(const PatternElement& e) {
  static constexpr std::string_view kPrepositions[] = {"OF",   "FOR",   "BY",      "WITH",
                                                       "FROM", "ABOUT", "WITHOUT", "AFTER",
                                                       "BEFORE", "AGAINST"};
  if (e.stem) return false;
  for (std::string_view p : kPrepositions)
    if (e.text == p) return true;
  return false;
}

// The gap rule: a gap walked token by token, where Pass(t) is false once t
// would be the fifth token passed over that is no quantity filler. t itself
// may still be where the element after the gap stands.
struct GapWalk {
  uint32_t passed = 0, fillers = 0;
  bool Pass(const Token& t) {
    // "vowed \"harsh retaliation\"": a quotation mark is no word of the gap.
    const bool mark = t.text.size() == 1 && IsQuotationMark(t);
    if (fillers < kMaxFillers && (mark || IsQuantityFiller(t))) {
      ++fillers;
      return true;
    }
    return ++passed <= kMaxGap;
  }
  // Pass for tokens[k], where a comma run (gap_runs.h) is passed whole
  // without counting: "closed its land, air and sea borders (WITH +)",
  // "handed nine suspects, among them a cartel boss, (OVER) (TO +)". Up to
  // kMaxCommaRun such tokens in one gap. (Words inside a run may still be
  // where the element after the gap stands: "closed the banks, shops and
  // SCHOOLS".)
  // A parenthetical (ParentheticalEnd) or a "what X called" phrase
  // (NamingPhraseEnd) is passed whole too, but its words are none of the
  // pattern's: the walk's loop jumps to skip_to, one past it. "urged
  // Tirana, which denies the charge, (TO) hand over ...", "shot down what
  // Moscow called a spy (PLANE)".
  // (Parentheticals have a budget of their own, kMaxCommaRun tokens: "told
  // envoys from Ghana, Togo and Benin, along with those of two other
  // states, to go home".)
  uint32_t free_until = 0, freed = 0, skip_to = 0, skipped = 0, carried = 0;
  bool in_agent = false;
  bool PassAt(std::span<const Token> tokens, uint32_t k, uint32_t end) {
    if (k < free_until) return true;
    uint32_t aside = ParentheticalEnd(tokens, k, end);
    if (aside == k) aside = NamingPhraseEnd(tokens, k, end);
    if (aside > k && skipped + (aside - k) <= kMaxCommaRun) {
      skipped += aside - k;
      free_until = skip_to = aside;
      return true;
    }
    // "sent planes CARRYING tents to X", "flew planeloads OF relief
    // supplies to X": a vehicle and its word of carrying are passed whole
    // (gap_runs.h), up to kMaxCarrierTokens in one gap.
    if (const uint32_t load = CarrierRunEnd(tokens, k, end);
        load > k && carried + (load - k) <= kMaxCarrierTokens) {
      carried += load - k;
      free_until = load;
      return true;
    }
    // "war crimes committed by Serbian, Croatian and Bosnian forces": a list
    // in a participle's agent phrase is not passed free, lest "- * &TROOPS"
    // read the agent as the object.
    if (k > 0 && tokens[k - 1].pos == kPosVBN && IsWord(tokens[k], "by")) in_agent = true;
    const uint32_t run = in_agent ? k : CommaRunEnd(tokens, k, end);
    if (run > k && freed + (run - k) <= kMaxCommaRun) {
      freed += run - k;
      free_until = run;
      return true;
    }
    return Pass(tokens[k]);
  }
};

// One past the last token a gap that starts at `pos` may end on, by
// GapWalk's rule.
uint32_t GapEnd(std::span<const Token> tokens, uint32_t pos, uint32_t end) {
  end = std::min<uint32_t>(end, static_cast<uint32_t>(tokens.size()));
  GapWalk gap;
  for (uint32_t k = pos; k < end; ++k)
    if (!gap.PassAt(tokens, k, end))
      return k + 1;  // k itself may still be where the element stands
  return end;
}

// Whether the phrase "A B C" (upper case) starts at tokens[at]; sets *length.
bool PhraseAt(std::span<const Token> tokens, size_t at, std::string_view phrase, size_t* length) {
  size_t k = at;
  size_t pos = 0;
  while (pos <= phrase.size()) {
    size_t space = phrase.find(' ', pos);
    if (space == std::string_view::npos) space = phrase.size();
    if (k >= tokens.size() || !SpellsWord(tokens[k], phrase.substr(pos, space - pos), false))
      return false;
    ++k;
    pos = space + 1;
  }
  *length = k - at;
  return true;
}

bool AnySynsetPhraseAt(const Synset& synset, std::span<const Token> tokens, size_t at,
                       size_t* length) {
  for (const std::string& phrase : synset.phrases)
    if (PhraseAt(tokens, at, phrase, length)) return true;
  return false;
}

// Whether one alternative's words start at tokens[at], compared word by word
// (no joined string is built).
bool AnyAlternativeAt(const std::vector<std::vector<std::string>>& alternatives,
                      std::span<const Token> tokens, size_t at, size_t* length) {
  for (const auto& words : alternatives) {
    if (words.empty() || at + words.size() > tokens.size()) continue;
    bool all = true;
    for (size_t w = 0; all && w < words.size(); ++w)
      all = SpellsWord(tokens[at + w], words[w], false);
    if (all) {
      *length = words.size();
      return true;
    }
  }
  return false;
}

// Index of the first usable mention starting in [from, limit), or -1.
// A place after a locative preposition counts only when `places` is set.
int MentionFrom(std::span<const Mention> mentions, uint32_t from, uint32_t limit,
                bool places = false) {
  for (size_t m = 0; m < mentions.size(); ++m) {
    const Mention& x = mentions[m];
    // (A mention whose code was cleared -- a weapon read as the instrument,
    // "equipped with Hellfire missiles" -- is no party to bind.)
    if (x.span.begin >= from && x.span.begin < limit && (places || !x.locative) &&
        !x.code.empty())
      return static_cast<int>(m);
  }
  return -1;
}

// "claimed the attacks (IN +)", "deployed troops (TO +)": a pattern that
// writes the locative preposition itself before '+' binds the place after
// it; elsewhere a place is where an event happens, not its target.
bool IsLocativePatternWord(std::string_view word) {
  // ("fired missiles into waters (AROUND +)": the place the drills surround,
  // not "it" in "... around Taiwan as it began exercises".)
  return word == "IN" || word == "INTO" || word == "AT" || word == "NEAR" || word == "OVER" ||
         word == "ACROSS" || word == "INSIDE" || word == "AROUND" || word == "OUTSIDE" ||
         word == "THROUGHOUT" || word == "WITHIN";
}

int MentionEndingBefore(std::span<const Mention> mentions, uint32_t at, uint32_t floor) {
  for (size_t m = mentions.size(); m-- > 0;) {
    const Mention& x = mentions[m];
    if (x.span.end <= at && x.span.begin >= floor && !x.locative && !x.code.empty())
      return static_cast<int>(m);
  }
  return -1;
}

struct MatchState {
  int words = 0;
  TokenSpan word_span;  // from the first word matched after the verb to the last
  int target = -1;
  int source = -1;
};

void NoteWordMatch(uint32_t begin, uint32_t end, MatchState* state) {
  if (state->word_span.empty()) state->word_span.begin = begin;
  state->word_span.end = end;
}

// Matches elements[first, last) forward from token `pos`.
bool MatchForward(const Dictionary& dict, std::span<const PatternElement> elements,
                  std::span<const Token> tokens, std::span<const Mention> mentions, uint32_t pos,
                  uint32_t end, MatchState* state) {
  for (size_t i = 0; i < elements.size(); ++i) {
    const PatternElement& e = elements[i];
    using T = PatternElement::Type;
    switch (e.type) {
      case T::kWord: {
        bool found = false;
        GapWalk gap;
        // "(TO +)" binds the party "to" leads to; an infinitive's "to"
        // ("landed in Maputo to head a regional mission") leads to
        // a verb, not a party.
        bool to_party = false;
        if (e.text == "TO") {
          for (size_t r = i + 1; r < elements.size(); ++r) {
            const T t = elements[r].type;
            if (t == T::kPrepBegin || t == T::kPrepEnd || t == T::kNounBegin || t == T::kNounEnd)
              continue;
            to_party = t == T::kTarget || t == T::kSource;
            break;
          }
        }
        for (uint32_t k = pos; k < end; ++k) {
          if (to_party && k + 1 < tokens.size() && tokens[k + 1].pos == kPosVB &&
              WordMatches(tokens[k], e)) {
            if (!gap.PassAt(tokens, k, end)) break;
            if (gap.skip_to > k + 1) k = gap.skip_to - 1;
            continue;
          }
          // "met Peru's president along with Iran's president", "fought
          // along with Kurdish forces": "along with" adds a companion to a
          // party; it is no "with" of the verb's (met WITH, fought WITH).
          const bool along_with = e.text == "WITH" && k > 0 && IsWord(tokens[k - 1], "along");
          // "struck Cambodian military targets on Thursday as troops ...": a
          // preposition that opens a date is no preposition a pattern's
          // "(ON +)" or "(IN +)" reads.
          if (WordMatches(tokens[k], e) && !OpensADate(tokens, k) && !along_with) {
            pos = k + 1;
            found = true;
            break;
          }
          // "vowed not to attack Iraq": a gap never passes over a negation;
          // "- * (TO ATTACK +)" (a threat) does not match it, "- * (NOT TO)"
          // does.
          if (IsNegation(tokens[k]) || !gap.PassAt(tokens, k, end)) break;
          if (gap.skip_to > k + 1) k = gap.skip_to - 1;
        }
        if (!found) return false;
        ++state->words;
        NoteWordMatch(pos - 1, pos, state);
        break;
      }
      case T::kSynset:
      case T::kAlternatives: {
        // The first position within the gap where one of the phrases (a
        // synset's phrases, or TABARI's { A | B } alternatives) begins.
        bool found = false;
        GapWalk gap;
        for (uint32_t k = pos; !found && k < end; ++k) {
          size_t length = 0;
          found = e.type == T::kSynset
                      ? AnySynsetPhraseAt(dict.synsets()[e.id], tokens.first(end), k, &length)
                      : AnyAlternativeAt(e.alternatives, tokens.first(end), k, &length);
          if (found) {
            pos = static_cast<uint32_t>(k + length);
            NoteWordMatch(k, pos, state);
          } else if (IsNegation(tokens[k]) || !gap.PassAt(tokens, k, end)) {
            break;
          } else {
            if (gap.skip_to > k + 1) k = gap.skip_to - 1;
          }
        }
        if (!found) return false;
        ++state->words;
        break;
      }
      case T::kTarget:
      case T::kSource: {
        // "(IN +)": the element read before '+', brackets aside, is a
        // locative word (looked at only here, to keep the loop cheap).
        bool locative_before = false;
        if (e.type == T::kTarget) {
          for (size_t b = i; b-- > 0;) {
            const T t = elements[b].type;
            if (t == T::kPrepBegin || t == T::kPrepEnd || t == T::kNounBegin || t == T::kNounEnd)
              continue;
            locative_before =
                t == T::kWord && !elements[b].stem && IsLocativePatternWord(elements[b].text);
            break;
          }
        }
        // ("bombed the group's artillery near Erbil, the first US strikes
        // in Iraq": the party after a locative word of the pattern stands in
        // its phrase, before a comma or a semicolon, not in an appositive
        // after it.)
        uint32_t limit = std::min(end, pos + kMaxGap + 1);
        for (uint32_t k = pos; locative_before && k < limit; ++k)
          if (tokens[k].text == "," || tokens[k].text == ";" || tokens[k].text == ":") {
            limit = k;
            break;
          }
        int m = MentionFrom(mentions, pos, limit, locative_before);
        if (m < 0 || (e.type == T::kTarget && (OwnedBySubject(tokens, mentions[m]) ||
                                              NamesTheObject(tokens, mentions[m]))))
          return false;
        (e.type == T::kTarget ? state->target : state->source) = m;
        // "announced that President Kagame and his party must agree": the
        // rest of the pattern follows the whole coordination, unless it binds
        // another member ("talks between $ and +").
        bool binds_again = false;
        for (size_t r = i + 1; r < elements.size(); ++r)
          binds_again |= elements[r].type == T::kTarget || elements[r].type == T::kSource;
        int last = m;
        while (!binds_again && mentions[last].coordinated_with > last)
          last = mentions[last].coordinated_with;
        pos = mentions[last].span.end;
        // "(OF + &DIPLOMATN)" on "the expulsion of eight Russian diplomats":
        // the synset after the party may name the role word that ends the
        // party's own mention ("Russian diplomats" = RUSGOV); it is read
        // there, the party bound all the same.
        if (i + 1 < elements.size() && elements[i + 1].type == T::kSynset &&
            mentions[last].span.size() > 1) {
          size_t length = 0;
          if (AnySynsetPhraseAt(dict.synsets()[elements[i + 1].id], tokens.first(end), pos - 1,
                                &length) &&
              length == 1)
            --pos;
        }
        break;
      }
      default:
        break;  // brackets, '^', '%', '*'
    }
  }
  return true;
}

// "threatened to \"wipe out\" the rebels", "vowed 'harsh retaliation'
// against the rebels": a clause that ends at the opening mark of scare
// quotes (scare_quotes.h) goes on past the closing one, to where the clause
// after them ends; the marks quote words of this clause, no other speaker.
ClauseWindow PastScareQuotes(std::span<const Token> tokens, ClauseWindow window) {
  uint32_t close = 0;
  while (window.end < tokens.size() && OpensScareQuote(tokens, window.end, &close))
    window.end = ClauseAround(tokens, close).end;
  return window;
}

}  // namespace

// Whether the token spells `word` (upper case), or begins with it when
// `stem` (TABARI's stems: a pattern word without a final '_').
bool SpellsWord(const Token& t, std::string_view word, bool stem) {
  if (t.text.size() < word.size() || (!stem && t.text.size() != word.size())) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = t.text[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c != word[i]) return false;
  }
  return true;
}

void SetEventCode(const CameoCode& info, std::string_view code, Event* e) {
  e->cameo_code = code;
  e->root_code = std::string(CameoRoot(code));
  e->quad_class = info.quad_class;
  e->goldstein = info.goldstein;
  e->plover_type = info.plover_type;
  e->plover_mode = info.plover_mode;
}

namespace {

// Index of the pattern's '*' element, or elements.size() when it has none.
size_t VerbPosition(std::span<const PatternElement> elements) {
  size_t at = 0;
  while (at < elements.size() && elements[at].type != PatternElement::Type::kVerb) ++at;
  return at;
}

// Elements MatchForward passes over without reading a token.
bool IgnoredForward(PatternElement::Type t) {
  using T = PatternElement::Type;
  return t == T::kNounBegin || t == T::kNounEnd || t == T::kPrepBegin || t == T::kPrepEnd ||
         t == T::kSkip || t == T::kCompound || t == T::kVerb;
}

}  // namespace

uint64_t UpperWordHash(std::string_view word) {
  uint64_t h = 14695981039346656037ull;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  }
  return h;
}

bool TargetIsAPlace(std::string_view code) {
  // 015: "claimed responsibility for the attacks in Paris" FRA.
  // (Not 054: "Armenia recognised the State of Palestine", "recognised
  // Kosovo as an independent state" recognise a state, its government,
  // PSEGOV and KSVGOV, as the gold sets code 24 such events against 8.)
  // 0863: "let aid trucks enter Gaza", "allowed the convoy into Tigray": aid
  // let in reaches a place and its people (PSE, ETH), as aid itself (073).
  static constexpr std::string_view kPrefixes[] = {"015", "018", "0333", "0334", "042", "073",
                                                   "074", "081", "084",  "0863", "0874", "09",
                                                   "15",  "171", "172",  "18",   "19",   "20"};
  for (std::string_view p : kPrefixes)
    if (code.starts_with(p)) return true;
  // "called off a strike on Iran": military de-escalation in general (087,
  // not the truces of 0871) acts on the place it spares. Troops or
  // peacekeepers withdrawn leave a country, not its government: "the
  // council voted to end its peacekeeping mission in Liberia" (1661 LBR).
  // (Not 166, which also expels: "ordered the United States to vacate the
  // base" is aimed at the government.)
  return code == "087" || code == "1661";
}

bool MayHaveImplicitTarget(std::string_view code) {
  return AddressesOwnGovernment(code) || FallsOnOwnPopulation(code);
}

bool AddressesOwnGovernment(std::string_view code) {
  return code.starts_with("14") || code.starts_with("104");
}

bool FallsOnOwnPopulation(std::string_view code) {
  // 0813/0814 and 1323/1324 come only from curfew and emergency-rule
  // patterns ("Sudan's government lifted the state of emergency", "Bouteflika
  // threatened to impose a curfew"), never from a bare "eased".
  return code.starts_with("172") || code == "0813" || code == "0814" || code == "1323" ||
         code == "1324";
}

PatternIndex PatternIndex::Build(const Dictionary& dict) {
  PatternIndex index;
  index.blocks.reserve(dict.verb_blocks().size());
  index.lookups.reserve(dict.verb_blocks().size());
  for (const Synset& synset : dict.synsets()) {
    std::vector<uint64_t>& firsts = index.synset_first_words.emplace_back();
    for (const std::string& phrase : synset.phrases)
      firsts.push_back(UpperWordHash(std::string_view(phrase).substr(0, phrase.find(' '))));
    std::sort(firsts.begin(), firsts.end());
  }
  for (const VerbBlock& block : dict.verb_blocks()) {
    std::vector<Entry>& entries = index.blocks.emplace_back();
    Lookup& lookup = index.lookups.emplace_back();
    entries.reserve(block.patterns.size());
    Cues place_cues, protest_cues, restrict_cues;
    auto own = [&](bool (*want)(std::string_view)) {
      bool any = want(block.code.primary);
      for (uint32_t f : block.forms) any |= want(dict.verb_forms()[f].code.primary);
      return any;
    };
    place_cues.always = own(TargetIsAPlace);
    protest_cues.always = own(AddressesOwnGovernment);
    restrict_cues.always = own(FallsOnOwnPopulation);
    for (const VerbPattern& pattern : block.patterns) {
      Entry entry;
      const auto& elements = pattern.elements;
      size_t verb_at = VerbPosition(elements);
      entry.verb_at = verb_at == elements.size() ? kNoVerb : static_cast<uint32_t>(verb_at);
      if (entry.verb_at != kNoVerb)
        entry.lone_particle =
            LoneParticle(std::span<const PatternElement>(elements).subspan(verb_at + 1));
      // The first element MatchForward reads: when it is a whole word, the
      // pattern can only match if that word stands within kMaxGap tokens
      // after the verb.
      for (size_t k = verb_at + 1; entry.verb_at != kNoVerb && k < elements.size(); ++k) {
        if (IgnoredForward(elements[k].type)) continue;
        if (elements[k].type == PatternElement::Type::kWord && !elements[k].stem) {
          entry.first_word = elements[k].text;
          entry.first_word_hash = UpperWordHash(entry.first_word);
        }
        if (elements[k].type == PatternElement::Type::kSynset)
          entry.first_synset = static_cast<int32_t>(elements[k].id);
        break;
      }
      // Every whole word after the verb must be found by MatchForward, each
      // within the clause; and '+'/'$' there needs a mention to bind.
      bool first_read = false;
      for (size_t k = verb_at + 1; entry.verb_at != kNoVerb && k < elements.size(); ++k) {
        const PatternElement& e = elements[k];
        if (IgnoredForward(e.type)) continue;
        const bool first = !first_read;
        first_read = true;
        entry.binds_after |=
            e.type == PatternElement::Type::kTarget || e.type == PatternElement::Type::kSource;
        if (e.type != PatternElement::Type::kWord || e.stem || (first && !entry.first_word.empty()))
          continue;
        if (entry.later_word_count < Entry::kMaxLaterWords)
          entry.later_word_hashes[entry.later_word_count++] = UpperWordHash(e.text);
      }
      for (size_t k = verb_at; entry.verb_at != kNoVerb && k-- > 0;) {
        const PatternElement::Type t = elements[k].type;
        if (t == PatternElement::Type::kNounBegin || t == PatternElement::Type::kNounEnd ||
            t == PatternElement::Type::kPrepBegin || t == PatternElement::Type::kPrepEnd)
          continue;
        if (t == PatternElement::Type::kWord && !elements[k].stem) {
          entry.word_before = elements[k].text;
          entry.word_before_hash = UpperWordHash(entry.word_before);
        }
        break;
      }
      entries.push_back(entry);
      const uint32_t pattern_at = static_cast<uint32_t>(entries.size() - 1);
      if (entry.verb_at != kNoVerb) {
        if (entry.first_word.empty())
          lookup.without_first_word.push_back(pattern_at);
        else
          lookup.by_first_word.emplace_back(entry.first_word_hash, pattern_at);
      }
      // The cue of this pattern for the kinds of act its code is; "(IN +)":
      // the pattern itself may bind a place (MatchForward).
      bool binds_place = false, locative = false;
      for (const PatternElement& e : elements) {
        using T = PatternElement::Type;
        if (e.type == T::kPrepBegin || e.type == T::kPrepEnd || e.type == T::kNounBegin ||
            e.type == T::kNounEnd)
          continue;
        binds_place |= e.type == T::kTarget && locative;
        locative = e.type == T::kWord && !e.stem && IsLocativePatternWord(e.text);
      }
      auto add = [&](Cues* cues) {
        if (entry.first_word.empty()) {
          cues->always = true;
        } else {
          cues->first_words.push_back(entry.first_word_hash);
        }
      };
      if (TargetIsAPlace(pattern.code.primary) || binds_place) add(&place_cues);
      if (AddressesOwnGovernment(pattern.code.primary)) add(&protest_cues);
      if (FallsOnOwnPopulation(pattern.code.primary)) add(&restrict_cues);
    }
    std::sort(lookup.by_first_word.begin(), lookup.by_first_word.end());
    // A block may take such an act when any of its words or patterns does.
    auto may = [](const Cues& c) -> uint8_t { return c.always || !c.first_words.empty(); };
    index.block_may_act_on_place.push_back(may(place_cues));
    index.block_may_protest.push_back(may(protest_cues));
    index.block_may_restrict.push_back(may(restrict_cues));
    index.place_cues.push_back(std::move(place_cues));
    index.protest_cues.push_back(std::move(protest_cues));
    index.restrict_cues.push_back(std::move(restrict_cues));
  }
  return index;
}

bool PatternIndex::Cued(const Cues& cues, std::span<const Token> tokens, uint32_t after) const {
  if (cues.always) return true;
  if (cues.first_words.empty()) return false;
  const uint32_t stop = GapEnd(tokens, after, static_cast<uint32_t>(tokens.size()));
  for (uint32_t k = after; k < stop; ++k) {
    const uint64_t h = UpperWordHash(tokens[k].text);
    for (uint64_t w : cues.first_words)
      if (w == h) return true;
  }
  return false;
}

PatternChoice ChoosePattern(const Dictionary& dict, const PhraseMatch& trigger,
                            std::span<const Token> tokens, std::span<const Mention> mentions,
                            ClauseWindow window, const PatternIndex* index) {
  window = PastScareQuotes(tokens, window);
  // ("The Houthis, who hold much of Yemen, attacked ...": not the words of a
  // relative clause closed before the verb, nor those of an appositive or a
  // parenthesis: "Li, a veteran of regional politics, attacked ..."; the
  // words before it, the subject's, are read instead: "Russian troops,
  // who massed on the border for weeks, poured into ..." holds "- &TROOPS *
  // (INTO +)".)
  uint32_t back_from = trigger.span.begin;
  if (trigger.kind != PhraseMatch::Kind::kNominal) {
    if (const uint32_t open =
            window.begin > 0 ? ClosedRelativeOpening(tokens, window.begin - 1, trigger.span.begin)
                             : 0;
        open > 0) {
      back_from = open;
      window.begin = ClauseAround(tokens, open).begin;
    } else {
      back_from = SetOffPhraseOpening(tokens, window, trigger.span.begin);
    }
  }
  const bool nominal = trigger.kind == PhraseMatch::Kind::kNominal;
  const VerbForm& form = dict.verb_form(trigger.id);
  const VerbBlock& block = dict.verb_block(form.block);
  PatternChoice best;
  best.code = form.EffectiveCode(dict.verb_blocks());
  int best_score = -1;
  const std::vector<PatternIndex::Entry>* entries =
      index && form.block < index->blocks.size() &&
              index->blocks[form.block].size() == block.patterns.size()
          ? &index->blocks[form.block]
          : nullptr;
  // The tokens a first pattern word may stand on (MatchForward's first gap).
  const uint32_t near_begin = trigger.span.end;
  const uint32_t near_end = GapEnd(tokens, trigger.span.end, window.end);
  uint64_t near_hash[kMaxGap + 1 + kMaxFillers + 2 * kMaxCommaRun + kMaxCarrierTokens];
  uint32_t near_count = 0;
  if (entries)
    for (uint32_t k = near_begin; k < near_end && k < tokens.size(); ++k)
      near_hash[near_count++] = UpperWordHash(tokens[k].text);
  // "- * &MILAID": a first word of one of the set's phrases in the gap.
  auto synset_near = [&](const PatternIndex::Entry& entry) {
    const std::vector<uint64_t>& firsts =
        index->synset_first_words[static_cast<size_t>(entry.first_synset)];
    for (uint32_t i = 0; i < near_count; ++i)
      if (std::binary_search(firsts.begin(), firsts.end(), near_hash[i])) return true;
    return false;
  };
  // The tokens a word right before the verb may stand on (the backward
  // match's first gap), hashed once: "- JETS *" is skipped at once when no
  // "jets" precedes the trigger.
  uint64_t before_hash[kMaxGap];
  uint32_t before_count = 0;
  if (entries)
    for (uint32_t back = 1; back <= kMaxGap && back_from >= back + window.begin; ++back)
      before_hash[before_count++] = UpperWordHash(tokens[back_from - back].text);
  auto word_before = [&](const PatternIndex::Entry& entry) {
    for (uint32_t i = 0; i < before_count; ++i)
      if (before_hash[i] == entry.word_before_hash) return true;
    return false;
  };
  // The patterns to try, in dictionary order (ties go to the earlier one):
  // with the index, those whose first word stands in the gap after the verb
  // and those without a plain first word; else all.
  thread_local std::vector<uint32_t> order;
  order.clear();
  if (entries) {
    const PatternIndex::Lookup& lookup = index->lookups[form.block];
    order.insert(order.end(), lookup.without_first_word.begin(), lookup.without_first_word.end());
    for (uint32_t i = 0; i < near_count; ++i) {
      auto range = std::equal_range(
          lookup.by_first_word.begin(), lookup.by_first_word.end(),
          std::make_pair(near_hash[i], 0u),
          [](const std::pair<uint64_t, uint32_t>& a, const std::pair<uint64_t, uint32_t>& b) {
            return a.first < b.first;
          });
      for (auto it = range.first; it != range.second; ++it) order.push_back(it->second);
    }
    // without_first_word is sorted already; only patterns found by a near
    // word need merging in.
    if (order.size() > lookup.without_first_word.size()) {
      std::sort(order.begin(), order.end());
      order.erase(std::unique(order.begin(), order.end()), order.end());
    }
  } else {
    for (uint32_t pi = 0; pi < block.patterns.size(); ++pi) order.push_back(pi);
  }
  // The words and actors anywhere between the trigger and the clause's end
  // (MatchForward's range), read once when a pattern first needs them: a
  // block such as SAY tries dozens of patterns like "- * + MUST" whose later
  // words most sentences lack.
  // (A 64-bit Bloom mask answers most lookups without scanning the hashes.)
  thread_local std::vector<uint64_t> clause_hashes;
  uint64_t clause_mask = 0;
  bool clause_read = false, actor_after = false;
  auto mask_bit = [](uint64_t hash) { return uint64_t{1} << (hash >> 58); };
  auto read_clause = [&] {
    clause_read = true;
    clause_hashes.clear();
    const uint32_t end = std::min<uint32_t>(window.end, static_cast<uint32_t>(tokens.size()));
    for (uint32_t k = trigger.span.end; k < end; ++k) {
      clause_hashes.push_back(UpperWordHash(tokens[k].text));
      clause_mask |= mask_bit(clause_hashes.back());
    }
    for (const Mention& x : mentions)
      actor_after |= x.span.begin >= trigger.span.end && x.span.begin < end && !x.code.empty();
  };
  auto later_words_in_clause = [&](const PatternIndex::Entry& entry) {
    if (!clause_read) read_clause();
    if (entry.binds_after && !actor_after) return false;
    for (uint32_t w = 0; w < entry.later_word_count; ++w) {
      const uint64_t want = entry.later_word_hashes[w];
      if ((clause_mask & mask_bit(want)) == 0 ||
          std::find(clause_hashes.begin(), clause_hashes.end(), want) == clause_hashes.end())
        return false;
    }
    return true;
  };
  for (const uint32_t pi : order) {
    size_t verb_at = 0;
    if (entries) {
      // `order` holds only patterns with a verb whose first word, if any,
      // stands in the gap (MatchForward checks its spelling).
      const PatternIndex::Entry& entry = (*entries)[pi];
      if (entry.first_synset >= 0 && !synset_near(entry)) continue;
      if (!entry.word_before.empty() && !word_before(entry)) continue;
      if ((entry.later_word_count > 0 || entry.binds_after) && !later_words_in_clause(entry))
        continue;
      verb_at = entry.verb_at;
    }
    const VerbPattern& pattern = block.patterns[pi];
    std::span<const PatternElement> elements(pattern.elements);
    if (!entries) {
      verb_at = VerbPosition(elements);
      if (verb_at == elements.size()) continue;
    }
    // "- * (UP)", "- * (ON)": a pattern that is only a particle names a
    // phrasal verb ("fired up the crowd") and holds only right after the
    // verb; across a gap it would read "killed three Palestinians on Monday"
    // or "killed up to 20 civilians" as no killing.
    if (const PatternElement* particle =
            entries ? (*entries)[pi].lone_particle : LoneParticle(elements.subspan(verb_at + 1));
        particle != nullptr && !ParticleAt(tokens, trigger.span.end, window.end, *particle)) {
      continue;
    }
    MatchState state;
    if (!MatchForward(dict, elements.subspan(verb_at + 1), tokens, mentions, trigger.span.end,
                      window.end, &state)) {
      continue;
    }
    // Elements before the verb: only actors and words immediately before it
    // are read ("- $ * ..." binds the subject; "- &AIRCRAFT * RAID" a word).
    bool ok = true;
    uint32_t pos = back_from;
    for (size_t k = verb_at; ok && k-- > 0;) {
      const PatternElement& e = elements[k];
      using T = PatternElement::Type;
      if (e.type == T::kSource || e.type == T::kTarget) {
        // Before an event noun, '$' is its possessor or modifier ("Iran's
        // missile attack"), or the owner a possessive pronoun names ("the
        // ILO reiterated its demand"), never an actor further back ("Iran
        // condemned the attack").
        int m = -1;
        if (nominal && pos == trigger.span.begin) {
          m = FindNounModifier(tokens, mentions, trigger.span);
          // Only as a verb's object: in "suspended talks over its pact with
          // Hamas" the pronoun may name the object before it.
          const uint32_t b = trigger.span.begin;
          std::string why;
          if (m < 0 && b >= 2 && IsPossessivePronoun(tokens[b - 1]) && IsVerbTag(tokens[b - 2].pos))
            m = FindPronounOwner(tokens, mentions, trigger.span, window, &why);
        } else {
          m = MentionEndingBefore(mentions, pos, window.begin);
        }
        if (m < 0)
          ok = false;
        else {
          (e.type == T::kSource ? state.source : state.target) = m;
          pos = mentions[m].span.begin;
        }
      } else if (e.type == T::kWord) {
        // "- OF *" ("because of fighting"): a preposition right before the
        // verb takes it as its gerund, past adverbs only; before a finite
        // verb ("the fall of Goma attacked", "a group of gunmen attacked")
        // the words between are the verb's subject, not the preposition's
        // object.
        // ("crossed the Line of Control and bombed the camp", "dozens of
        // jets bombed the camp": a past participle, which the tagger may
        // give a past tense, is no gerund either; only an "-ing" form is.)
        const Token& verb = tokens[trigger.span.begin];
        const bool takes_gerund =
            pos == trigger.span.begin && IsGerundPreposition(e) &&
            (IsFiniteVerbTag(verb.pos) || (verb.pos == kPosVBN && !verb.text.ends_with("ing")));
        bool found = false;
        for (uint32_t back = 1; back <= kMaxGap && pos >= back + window.begin; ++back) {
          if (WordMatches(tokens[pos - back], e)) {
            pos -= back;
            found = true;
            break;
          }
          // (Adverbs, and the modifiers of a noun misread as a verb: "days
          // of deadly border clashes".)
          const Token& passed = tokens[pos - back];
          // ("on the brink of being overrun", "accused of having shelled": a
          // gerund auxiliary before a participle is the gerund.)
          if (takes_gerund && passed.pos != kPosRB && passed.pos != kPosJJ &&
              !(passed.pos == kPosNN && !passed.Has(kTokenCapitalized)) &&
              !IsWord(passed, "being") && !IsWord(passed, "having") && !IsWord(passed, "been"))
            break;
        }
        ok = found;
        if (found) ++state.words;
      } else if (e.type == T::kSynset || e.type == T::kAlternatives) {
        // "- &MILAID * (BY $)": one of the set's phrases must stand before
        // the verb, ending within the gap ("women and children being
        // ferried by boat" names no aid).
        bool found = false;
        for (uint32_t back = 1; !found && back <= kMaxGap && pos >= back + window.begin; ++back) {
          size_t length = 0;
          const uint32_t k = pos - back;
          found = e.type == T::kSynset
                      ? AnySynsetPhraseAt(dict.synsets()[e.id], tokens.first(pos), k, &length)
                      : AnyAlternativeAt(e.alternatives, tokens.first(pos), k, &length);
          if (found) pos = k;
        }
        ok = found;
        if (found) ++state.words;
      }
    }
    if (!ok) continue;
    // More words matched is more specific; a pattern that binds an actor
    // beats a bare one of the same length.
    int score = state.words * 4 + (state.target >= 0 ? 2 : 0) + (state.source >= 0 ? 1 : 0);
    if (score > best_score) {
      best_score = score;
      best.pattern = &pattern;
      best.code = pattern.code;
      best.target = state.target;
      best.source = state.source;
      best.words_matched = state.words;
      best.word_span = state.word_span;
    }
  }
  return best;
}

}  // namespace khaldun::internal
