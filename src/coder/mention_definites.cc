// The rules of FindMentions (mention_passes.h) for definite phrases that
// refer back: "the suspect", "the two countries", "all three", "its
// neighbour", "the alliance", "the decision".
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "coder/clause.h"
#include "coder/coreference.h"
#include "coder/mention_antecedents.h"
#include "coder/mention_codes.h"
#include "coder/mention_passes.h"
#include "coder/mention_words.h"
#include "coder/unknown_people.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

namespace {

// "the two men", "the two countries": nouns that refer back to a pair.
constexpr std::array<std::string_view, 17> kPairNouns = {
    "men",       "leaders",   "countries", "nations",    "sides",     "governments",
    "presidents", "ministers", "states",    "neighbours", "neighbors", "allies",
    "rivals",    "women",     "delegations", "parties",  "republics"};

// "the decision", "the move": nouns for an act just reported.
constexpr std::array<std::string_view, 4> kActNouns = {"decision", "move", "recognition",
                                                       "announcement"};

// "the alliance", "the bloc": nouns that refer back to an international
// organisation named before.
constexpr std::array<std::string_view, 2> kOrganisationNouns = {"alliance", "bloc"};

// An international organisation other than the UN's bodies, which are never
// called an alliance or a bloc.
bool IsOrganisationCode(std::string_view code) {
  return code.starts_with("IGO") && !code.starts_with("IGOUNO");
}

// "the broadcaster", "the newspaper": nouns that refer back to a news
// organisation named before.
constexpr std::array<std::string_view, 3> kMediaNouns = {"broadcaster", "newspaper", "daily"};

bool IsMediaCode(std::string_view code) { return code.size() >= 6 && code.ends_with("MED"); }

// "the court", "the tribunal": nouns that refer back to an international
// court named before ("the International Criminal Court ... defied the
// court"). (Not a state's own court: "the court" of a domestic case is
// often one the text never named, and a party made of it would draw the
// "it" of the next sentence away from the company or state meant.)
constexpr std::array<std::string_view, 2> kCourtNouns = {"court", "tribunal"};

bool IsCourtCode(std::string_view code) { return code == "IGOICC" || code == "IGOWCT"; }

// "the agency", "the watchdog": nouns that refer back to an international
// agency named before ("Tehran expelled IAEA inspectors, and the agency
// protested"). (Not a state's own agency or a news agency: "the agency"
// after "the Child Support Agency ... told BBC Radio" is the former, which
// no dictionary names.)
constexpr std::array<std::string_view, 2> kAgencyNouns = {"agency", "watchdog"};

bool IsAgencyCode(std::string_view code) { return code.starts_with("IGO"); }

// "the regional bloc", "the Western alliance", "the 27-member bloc": the
// words that may stand between "the" and such a noun and still refer back.
constexpr std::array<std::string_view, 12> kDescriptiveModifiers = {
    "regional",  "western", "military", "transatlantic", "defence",   "defense",
    "security",  "trade",   "economic", "continental",   "political", "state-run"};

bool IsDescriptiveModifier(const Token& t) {
  if (t.Has(kTokenCapitalized) && !IsWord(t, "western")) return false;
  return InWords(kDescriptiveModifiers, t) || t.text.ends_with("-member") ||
         t.text.ends_with("-nation") || t.text.ends_with("-country");
}

// "its neighbour", "its arch-rival": a state named by its relation to the
// subject's state.
constexpr std::array<std::string_view, 12> kCounterpartNouns = {
    "neighbour", "neighbor",  "rival",     "arch-rival", "archrival", "foe",
    "arch-foe",  "adversary", "nemesis",   "archenemy",  "arch-enemy", "enemy"};

// The codes of the last list of parties among `mentions`, joined by commas
// and "and" ("Poland, Hungary and Slovakia"): of exactly `count` members,
// or, when `count` is 0, of two or more joined by an "and". Empty if none.
std::vector<std::string> LastListCodes(std::span<const Token> tokens,
                                       std::span<const Mention> mentions, size_t count) {
  auto usable = [&](const Mention& x) {
    return !x.code.empty() && !x.locative && !x.possessive && !x.unplaced;
  };
  auto joined = [&](const Mention& a, const Mention& b, bool* has_and) {
    if (b.span.begin <= a.span.end || b.span.begin - a.span.end > 2) return false;
    for (uint32_t k = a.span.end; k < b.span.begin; ++k) {
      if (IsWord(tokens[k], "and")) *has_and = true;
      else if (tokens[k].text != ",") return false;
    }
    return true;
  };
  std::vector<std::string> codes;
  for (size_t e = mentions.size(); e-- > 0;) {
    if (!usable(mentions[e])) continue;
    size_t b = e;
    bool has_and = false;
    while (b > 0 && usable(mentions[b - 1]) && joined(mentions[b - 1], mentions[b], &has_and)) --b;
    const size_t size = e - b + 1;
    if (count > 0 ? size == count : (size >= 2 && has_and)) {
      for (size_t k = b; k <= e; ++k) codes.push_back(mentions[k].code);
      return codes;
    }
    e = b;
  }
  return codes;
}

// "Ankara dropped its objection to the two Nordic bids once the three
// governments had signed a memorandum", "Biden hosted Japan's prime minister
// and South Korea's president, and the three leaders agreed ...": with no
// list of that many, "the three governments" (leaders, countries) are the
// states named before it in the sentence when there are exactly `count` of
// them (an alliance or agency named beside them is none). Their codes, the
// government's where the noun names governments or leaders; empty if there
// are more or fewer.
std::vector<std::string> NamedStates(std::span<const Mention> mentions, size_t count,
                                     const Token& noun) {
  static constexpr std::array<std::string_view, 5> kStateNouns = {
      "governments", "leaders", "countries", "nations", "presidents"};
  if (!InWords(kStateNouns, noun)) return {};
  const bool governments = !IsWord(noun, "countries") && !IsWord(noun, "nations");
  std::vector<std::string> codes;
  for (const Mention& m : mentions) {
    if (m.code.size() < 3 || m.locative || m.unplaced || m.code.starts_with("---") ||
        m.code.starts_with("IGO") || m.code.starts_with("NGO"))
      continue;
    // (Only a state or its government: "the three leaders" after a rebel
    // group or a firm was named are not these.)
    if (m.code.size() != 3 && !m.code.ends_with("GOV")) return {};
    if (std::any_of(codes.begin(), codes.end(),
                    [&](const std::string& c) { return c.compare(0, 3, m.code, 0, 3) == 0; }))
      continue;
    codes.push_back(governments ? m.code.substr(0, 3) + "GOV" : m.code);
  }
  if (codes.size() != count) return {};
  return codes;
}

}  // namespace

// "A gunman shot the mayor outside the town hall, and police arrested
// the suspect": "the suspect" is the armed attacker (UAF) named before
// it in the sentence. With none, it stays no actor.
bool ReadTheSuspect(const SentenceScan& scan, std::vector<Mention>* out, size_t* at) {
  const std::span<const Token> tokens = scan.tokens;
  std::vector<Mention>& mentions = *out;
  const size_t i = *at;
  if ((IsWord(tokens[i], "suspect") || IsWord(tokens[i], "suspects")) && i > 0 &&
      IsWord(tokens[i - 1], "the")) {
    const Mention* attacker = nullptr;
    for (const Mention& x : mentions)
      if (x.code.ends_with("UAF") && !x.locative && !x.possessive) attacker = &x;
    if (attacker != nullptr) {
      Mention suspect = PronounReferringTo(
          *attacker, i,
          fmt::format("coreference: the {} = {}", tokens[i].text,
                      SpanText(tokens, attacker->span)));
      suspect.span.begin = static_cast<uint32_t>(i - 1);
      mentions.push_back(std::move(suspect));
      *at = i + 1;
      return true;
    }
  }
  return false;
}

// "Putin welcomed him ... before the two men signed a treaty", "the
// two countries agreed": the two parties of different countries named
// last, in this sentence or before, coordinated.
// "both sides", "both countries" likewise.
bool ReadThePair(const SentenceScan& scan, std::vector<Mention>* out, size_t* at) {
  const std::span<const Token> tokens = scan.tokens;
  const std::span<const PhraseMatch> matches = scan.matches;
  const size_t n = tokens.size();
  const Dictionary& dict = scan.dict;
  const Seeds& seeds = scan.seeds;
  CoreferenceMemory* memory = scan.memory;
  std::vector<Mention>& mentions = *out;
  const size_t i = *at;
  const bool pair_word = (IsWord(tokens[i], "two") && i > 0 && IsWord(tokens[i - 1], "the")) ||
                         IsWord(tokens[i], "both");
  // "The two later signed a declaration": "the two" with no noun, right
  // before its verb (past an adverb), stands for the pair too.
  const bool the_two = IsWord(tokens[i], "two") && i > 0 && IsWord(tokens[i - 1], "the");
  // (The tagger may read the verb as a participle: "the two signed a
  // treaty"; "the two injured were taken" has no object after it.)
  bool bare_two = false;
  if (the_two && i + 1 < n) {
    size_t v = i + 1;
    if (v + 1 < n && (IsAuxiliaryOrAdverb(tokens[v]) || IsWord(tokens[v], "later"))) ++v;
    bare_two = IsFiniteVerbTag(tokens[v].pos) ||
               (tokens[v].pos == kPosVBN && v + 1 < n && IsDeterminer(tokens[v + 1]));
    // (Before tagging, which only sentences with two parties get, a verb
    // of the dictionaries there will do.)
    if (tokens[v].pos == kPosNone)
      for (const PhraseMatch& pm : matches)
        bare_two |= pm.kind == PhraseMatch::Kind::kVerb && pm.span.begin == v;
  }
  // "the leaders of the two Koreas": North and South Korea, whoever was
  // named before.
  const bool koreas = the_two && i + 1 < n && IsWord(tokens[i + 1], "koreas");
  // "the two nuclear-armed neighbours", "both Nordic countries", "the two
  // former Soviet republics": up to two describing words (no party of
  // their own) may stand before the noun.
  size_t h = i + 1;
  for (size_t k = i + 1; pair_word && !bare_two && k < n && k < i + 3; ++k) {
    const Token& t = tokens[k];
    if (seeds.actor_at[k] >= 0 || !t.Has(kTokenWord) ||
        !(t.pos == kPosJJ || t.pos == kPosNNP || t.text.find('-') != std::string::npos))
      break;
    if (k + 1 < n && InWords(kPairNouns, tokens[k + 1])) {
      h = k + 1;
      break;
    }
  }
  if (pair_word && i + 1 < n && (InWords(kPairNouns, tokens[h]) || bare_two || koreas)) {
    std::vector<std::string> parties = memory->recent_parties();
    if (koreas) parties = {"PRK", "KOR"};
    for (const Mention& m : mentions)
      if (!m.code.empty() && !m.locative && !m.unplaced && m.code.size() >= 3) {
        std::erase(parties, m.code);
        parties.push_back(m.code);
      }
    // "the two presidents", "the two countries" are states or their
    // leaders, not the firms named last.
    const bool any_kind = IsWord(tokens[h], "sides") || IsWord(tokens[h], "allies") ||
                          IsWord(tokens[h], "rivals");
    // "the two leaders met" after "urged Egyptian President Abdel Fattah al-Sisi
    // to release British citizens held in Egyptian prisons": people named by
    // their office are the office-holders, not a country named by its
    // adjective.
    const bool office_holders =
        IsWord(tokens[h], "leaders") || IsWord(tokens[h], "presidents") ||
        IsWord(tokens[h], "ministers");
    // "both countries", "the two nations" are states, not the alliance
    // named between them.
    const bool of_states = IsWord(tokens[h], "countries") ||
                           IsWord(tokens[h], "nations") || IsWord(tokens[h], "states");
    // "Turkey repeated its objections, accusing both countries": the
    // pair a verb acts on does not hold the party that acts, the last
    // one named before it in the sentence.
    const size_t pair_at = IsWord(tokens[i], "both") ? i : i - 1;
    // (Not where the pair has a verb of its own: "Babacan said the two
    // sides had reached agreement".)
    std::string actor_before, last_listed;
    const bool own_verb = bare_two || (h + 1 < n && (IsVerbTag(tokens[h + 1].pos) ||
                                                     tokens[h + 1].pos == kPosMD ||
                                                     IsAuxiliaryOrAdverb(tokens[h + 1])));
    // (Nor does a pair "between" which someone goes: "with Qatar's chief
    // mediator shuttling proposals between the two camps".)
    if (pair_at > 0 &&
        (IsVerbTag(tokens[pair_at - 1].pos) || IsWord(tokens[pair_at - 1], "between")) &&
        !own_verb)
      for (size_t x = 0; x < mentions.size(); ++x) {
        const Mention& m = mentions[x];
        if (m.code.empty() || m.locative || m.possessive || m.unplaced || m.code.size() < 3)
          continue;
        // ("Erdogan said he would not back the bids of Sweden and Finland,
        // accusing both countries": the members of a list named before are
        // the pair itself, not the party that acts on it.)
        auto joined = [&](const Mention& a, const Mention& b) {
          if (b.span.begin < a.span.end || b.span.begin - a.span.end > 2) return false;
          for (uint32_t k = a.span.end; k < b.span.begin; ++k)
            if (!IsWord(tokens[k], "and") && tokens[k].text != ",") return false;
          return true;
        };
        const bool listed = (x > 0 && joined(mentions[x - 1], m)) ||
                            (x + 1 < mentions.size() && joined(m, mentions[x + 1]));
        (listed ? last_listed : actor_before) = m.code;
      }
    // (With none outside a list, the last party named: "Russia and China
    // vetoed it, and the United States and Britain condemned the two
    // countries".)
    if (actor_before.empty()) actor_before = last_listed;
    auto fits = [&](const std::string& code) {
      if (of_states && (code.starts_with("IGO") || code.starts_with("NGO"))) return false;
      if (!actor_before.empty() && code.compare(0, 3, actor_before, 0, 3) == 0) return false;
      if (office_holders && code.size() == 3) return false;
      // (Nor armed forces: after "the downing of the Russian jet", "the two
      // leaders spoke" are Erdogan and Putin, not the jet's air force.)
      if (office_holders && code.size() == 6 && code.ends_with("MIL")) return false;
      if (any_kind || code.size() < 6) return true;
      std::string_view sector = std::string_view(code).substr(3, 3);
      return sector != "BUS" && sector != "MED" && sector != "EDU" && sector != "LAB" &&
             sector != "CVL" && sector != "REF";
    };
    std::vector<std::string> pair;
    for (size_t k = parties.size(); k-- > 0 && pair.size() < 2;)
      if (fits(parties[k]) && (pair.empty() || parties[k].compare(0, 3, pair[0], 0, 3) != 0))
        pair.push_back(parties[k]);
    // "French and Italian jets bombed militia depots near Sirte, and a
    // militia spokesman said the two countries would regret it": a
    // list of the sentence (parties joined by "and" and commas; the lists
    // are not linked yet) whose members are of exactly two countries is the
    // pair, before the parties named after it.
    std::vector<std::string> run;
    for (size_t m = 0; m < mentions.size(); ++m) {
      const Mention& x = mentions[m];
      bool joined = m > 0 && mentions[m - 1].span.end < x.span.begin;
      for (uint32_t k = m > 0 ? mentions[m - 1].span.end : 0; joined && k < x.span.begin; ++k)
        joined = IsWord(tokens[k], "and") || tokens[k].text == ",";
      if (!joined) {
        if (run.size() == 2) pair = {run[1], run[0]};
        run.clear();
      }
      // (A role with no country yet takes one of the list's: "American and
      // British warships and jets".)
      if (x.unplaced && joined) continue;
      if (x.code.size() < 3 || x.locative || x.unplaced || !fits(x.code)) {
        run.clear();
        continue;
      }
      if (std::none_of(run.begin(), run.end(),
                       [&](const std::string& c) { return c.compare(0, 3, x.code, 0, 3) == 0; }))
        run.push_back(x.code);
    }
    if (run.size() == 2) pair = {run[1], run[0]};
    if (pair.size() == 2) {
      std::swap(pair[0], pair[1]);
      // "the two countries agreed", "both nations": states, whatever
      // role their parties were named with before ("Kyrgyz and Tajik
      // troops clashed, and the two countries agreed to a ceasefire").
      const bool states = IsWord(tokens[h], "countries") ||
                          IsWord(tokens[h], "nations") || IsWord(tokens[h], "states") ||
                          koreas;
      // (A party named by its government is that state already: "the
      // Venezuelan president ... the two countries signed" stays VENGOV.)
      if (states)
        for (std::string& code : pair)
          if (!code.starts_with("IGO") && !code.starts_with("NGO") && !code.ends_with("GOV"))
            code = code.substr(0, 3);
      // "Iranian and American negotiators held talks, with Oman carrying
      // messages between the two delegations": delegations and
      // governments are each country's government, also where the
      // country was named bare or by its adjective.
      if (IsWord(tokens[h], "delegations") || IsWord(tokens[h], "governments"))
        for (std::string& code : pair)
          if (code.size() == 3 && !code.starts_with("IGO") && !code.starts_with("NGO"))
            code += "GOV";
      // "troops from the two countries fought with artillery": a role
      // with no country of its own right before "from/of the two ..." is
      // each country's.
      uint32_t pair_begin = static_cast<uint32_t>(IsWord(tokens[i], "both") ? i : i - 1);
      if (!IsWord(tokens[i], "both") && i >= 3 && !mentions.empty() &&
          (IsWord(tokens[i - 2], "from") || IsWord(tokens[i - 2], "of"))) {
        const Mention& role = mentions.back();
        if (role.unplaced && role.span.end + 2 == i && role.code.size() == 6 &&
            role.role != nullptr) {
          const std::string sector = role.code.substr(3);
          for (std::string& code : pair) code = code.substr(0, 3) + sector;
          pair_begin = role.span.begin;
          mentions.pop_back();
        }
      }
      // "the leaders of the two Koreas", "the foreign ministers of both
      // countries": a role word no mention holds, right before "of", is
      // each country's too.
      const uint32_t of_at = pair_begin - 1;
      if (pair_begin == (IsWord(tokens[i], "both") ? i : i - 1) && pair_begin >= 2 &&
          IsWord(tokens[of_at], "of") && (mentions.empty() || mentions.back().span.end < of_at))
        for (const PhraseMatch& pm : matches)
          if (pm.kind == PhraseMatch::Kind::kAgent && pm.span.end == of_at &&
              !dict.agent(pm.id).code.empty()) {
            for (std::string& code : pair) code = Compose(code.substr(0, 3), &dict.agent(pm.id));
            pair_begin = static_cast<uint32_t>(pm.span.begin);
            if (pair_begin > 0 && IsDeterminer(tokens[pair_begin - 1])) --pair_begin;
            break;
          }
      // "the two countries' presidents met", "both nations' armies": the
      // possessive owns a role, which each country holds (KGZGOV and
      // TJKGOV); a possessive before anything else owns it and is no
      // party of its own.
      uint32_t pair_end = static_cast<uint32_t>(bare_two ? i + 1 : h + 1);
      bool owner = false;
      if (!bare_two && h + 1 < n && tokens[h + 1].Has(kTokenPossessive)) {
        owner = true;
        const bool of_states = std::none_of(pair.begin(), pair.end(), [](const std::string& c) {
          return c.starts_with("IGO") || c.starts_with("NGO");
        });
        if (states && of_states && h + 2 < n && seeds.agent_at[h + 2] >= 0) {
          const PhraseMatch& role = matches[seeds.agent_at[h + 2]];
          const AgentEntry& entry = dict.agent(role.id);
          if (entry.composition == AgentEntry::Composition::kSuffix && !entry.code.empty()) {
            for (std::string& code : pair) code = Compose(code.substr(0, 3), &entry);
            pair_end = role.span.end;
            owner = false;
          }
        }
        if (owner) pair_end = static_cast<uint32_t>(h + 2);
      }
      // "counter-terrorism operations in both countries": after a
      // preposition of place the pair is where something happens.
      const bool place = pair_begin > 0 && IsLocativePreposition(tokens[pair_begin - 1]);
      const size_t first = mentions.size();
      for (size_t k = 0; k < 2; ++k) {
        Mention both;
        both.span = {pair_begin, pair_end};
        both.possessive = owner;
        both.locative = place;
        both.states_again = states;
        both.code = pair[k];
        both.how = fmt::format("coreference: {}{}{} = {} and {}",
                               IsWord(tokens[i], "both") ? "both" : "the two",
                               bare_two ? "" : " ", bare_two ? "" : tokens[h].text, pair[0],
                               pair[1]);
        both.display_name = pair[k];
        if (k == 0) both.coordinated_with = static_cast<int>(first + 1);
        mentions.push_back(std::move(both));
      }
      *at = pair_end;
      return true;
    }
  }
  return false;
}

// "Poland, Hungary and Slovakia imposed bans ..., and Kyiv filed
// complaints against all three", "the four countries": a count of
// parties stands for the last list of that many parties named in the
// sentence, or else for the compound subject of the sentence before,
// each member coordinated. ("the three hostages", "all four wheels"
// name other things.)
bool ReadTheCount(const SentenceScan& scan, std::vector<Mention>* out, size_t* at) {
  const std::span<const Token> tokens = scan.tokens;
  const size_t n = tokens.size();
  CoreferenceMemory* memory = scan.memory;
  std::vector<Mention>& mentions = *out;
  const size_t i = *at;
  if ((IsWord(tokens[i], "all") || IsWord(tokens[i], "the")) && i + 1 < n) {
    static constexpr std::array<std::string_view, 4> kCounts = {"three", "four", "five", "six"};
    size_t count = 0;
    for (size_t k = 0; k < kCounts.size(); ++k)
      if (IsWord(tokens[i + 1], kCounts[k])) count = k + 3;
    const bool noun = i + 2 < n && InWords(kPairNouns, tokens[i + 2]);
    const bool bare = IsWord(tokens[i], "all") &&
                      (i + 2 >= n || !(tokens[i + 2].Has(kTokenWord) &&
                                       (tokens[i + 2].pos == kPosNNS || tokens[i + 2].pos == kPosNN ||
                                        tokens[i + 2].pos == kPosJJ)));
    std::vector<std::string> codes;
    if (count > 0 && (noun || bare)) {
      codes = LastListCodes(tokens, mentions, count);
      if (codes.empty() && noun) codes = NamedStates(mentions, count, tokens[i + 2]);
      if (codes.empty() && memory->last_group().size() == count) codes = memory->last_group();
    }
    if (!codes.empty()) {
      const uint32_t end = static_cast<uint32_t>(i + (noun ? 3 : 2));
      const size_t first = mentions.size();
      for (size_t k = 0; k < codes.size(); ++k) {
        Mention member;
        member.span = {static_cast<uint32_t>(i), end};
        member.code = codes[k];
        member.how = fmt::format("coreference: {} = {}", SpanText(tokens, member.span),
                                 fmt::join(codes, " and "));
        member.display_name = codes[k];
        member.states_again = true;
        if (k + 1 < codes.size()) member.coordinated_with = static_cast<int>(first + k + 1);
        mentions.push_back(std::move(member));
      }
      *at = end;
      return true;
    }
  }
  return false;
}

// "Somalia severed relations with Kenya, accusing its neighbour of
// meddling": "its neighbour" (rival, ally, foe) is the last party
// named of another country than the sentence's subject, the one that
// owns "its".
// ("its neighbour Ithilen": the name that follows is the party.)
bool ReadTheCounterpart(const SentenceScan& scan, std::vector<Mention>* out, size_t* at) {
  const std::span<const Token> tokens = scan.tokens;
  const size_t n = tokens.size();
  std::vector<Mention>& mentions = *out;
  const size_t i = *at;
  if ((IsWord(tokens[i], "its") || IsWord(tokens[i], "their")) && i + 1 < n &&
      InWords(kCounterpartNouns, tokens[i + 1]) &&
      (i + 2 >= n || !tokens[i + 2].Has(kTokenCapitalized))) {
    const Mention* owner = nullptr;
    for (const Mention& m : mentions)
      if (!m.code.empty() && !m.locative && !m.possessive && m.code.size() >= 3) {
        owner = &m;
        break;
      }
    const Mention* other = nullptr;
    if (owner != nullptr)
      for (const Mention& m : mentions)
        if (!m.code.empty() && !m.locative && !m.unplaced && m.code.size() >= 3 &&
            !m.code.starts_with("IGO") && !m.code.starts_with("NGO") &&
            m.code.compare(0, 3, owner->code, 0, 3) != 0)
          other = &m;
    std::string code, label;
    if (other != nullptr) {
      code = other->code.substr(0, 3);
      label = other->display_name.empty() ? other->code : other->display_name;
    }
    // "Armenian and Azerbaijani troops clashed on the border. Baku accused
    // its neighbour of provoking the fighting": with no other country in
    // its own sentence, a singular counterpart is the party of another
    // country named last in the sentences before.
    const bool singular = !tokens[i + 1].text.ends_with("s");
    if (other == nullptr && owner != nullptr && singular) {
      const std::vector<std::string>& recent = scan.memory->recent_parties();
      for (size_t k = recent.size(); k-- > 0 && code.empty();)
        if (recent[k].size() >= 3 && !recent[k].starts_with("IGO") &&
            !recent[k].starts_with("NGO") && !recent[k].starts_with(kUnplacedCountry) &&
            recent[k].compare(0, 3, owner->code, 0, 3) != 0)
          code = label = recent[k].substr(0, 3);
    }
    if (!code.empty()) {
      Mention counterpart;
      counterpart.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + 2)};
      counterpart.code = code;
      counterpart.how =
          fmt::format("coreference: {} {} = {}", tokens[i].text, tokens[i + 1].text, label);
      counterpart.display_name = other != nullptr ? other->display_name : label;
      mentions.push_back(std::move(counterpart));
      *at = i + 2;
      return true;
    }
  }
  return false;
}

// "NATO rejected Ukraine's appeal, and Zelensky accused the alliance of
// ...", "Hezbollah's pagers exploded ..., and the group blamed Israel":
// "the alliance" or "the bloc" is the international organisation named
// last, "the group" the armed group named last, "the broadcaster" or "the
// newspaper" the news organisation named last ("Moscow shut the Daily
// Sketch, accusing the newspaper of lying"), in this sentence or the ones
// before. ("the group of emerging economies" names its members.)
// So do "the court" and "the tribunal" for the international court named
// last, and "the agency" or "the watchdog" for the international agency
// named last: "The ICC indicted the general, and Belgrade said it would
// defy the court".
bool ReadTheOrganisationOrGroup(const SentenceScan& scan, std::vector<Mention>* out, size_t* at) {
  const std::span<const Token> tokens = scan.tokens;
  const size_t n = tokens.size();
  const Seeds& seeds = scan.seeds;
  CoreferenceMemory* memory = scan.memory;
  std::vector<Mention>& mentions = *out;
  const size_t i = *at;
  if (!IsWord(tokens[i], "the")) return false;
  // "the regional bloc", "the Western alliance": one descriptive word may
  // come before the noun.
  size_t noun = i + 1;
  if (noun + 1 < n && seeds.actor_at[noun] < 0 && IsDescriptiveModifier(tokens[noun])) ++noun;
  if (noun >= n || seeds.actor_at[noun] >= 0) return false;
  const bool armed = IsWord(tokens[noun], "group");
  const bool media = InWords(kMediaNouns, tokens[noun]);
  const bool court = InWords(kCourtNouns, tokens[noun]);
  const bool agency = InWords(kAgencyNouns, tokens[noun]);
  if (!armed && !media && !court && !agency && !InWords(kOrganisationNouns, tokens[noun]))
    return false;
  // "the group of emerging economies" names its members; but "accused the
  // bloc of meddling", "accusing the alliance of having failed" say what
  // the body named before did.
  if (noun + 1 < n && IsWord(tokens[noun + 1], "of") &&
      (noun + 2 >= n || tokens[noun + 2].Has(kTokenCapitalized) ||
       !tokens[noun + 2].text.ends_with("ing")))
    return false;
  bool (*fits)(std::string_view) = armed    ? IsArmedGroupCode
                                   : media  ? IsMediaCode
                                   : court  ? IsCourtCode
                                   : agency ? IsAgencyCode
                                            : IsOrganisationCode;
  std::string code;
  if (noun == i + 1 && !media) {
    code = DefiniteAntecedent(mentions, static_cast<uint32_t>(i), *memory, fits);
  } else {
    // A described body ("the 12-nation bloc") or a news organisation may
    // be one no dictionary knows ("the EC ... the 12-nation bloc", "the
    // Times ... the newspaper"): only a party named before it in its own
    // sentence is taken for it.
    for (const Mention& x : mentions)
      if (x.span.end <= i && !x.locative && !x.unplaced && fits(x.code)) code = x.code;
  }
  if (code.empty()) return false;
  return AddReferringNoun(tokens, i, noun, noun, std::move(code), &mentions, at);
}

// "Washington recognised Kosovo. Belgrade condemned the decision": a bare
// "the decision" (no possessor, no "of"/"by"/"to" after it) as an object
// refers to the act of the state named first in the previous sentence.
bool ReadTheDecision(const SentenceScan& scan, std::vector<Mention>* out, size_t* at) {
  const std::span<const Token> tokens = scan.tokens;
  const size_t n = tokens.size();
  CoreferenceMemory* memory = scan.memory;
  std::vector<Mention>& mentions = *out;
  const size_t i = *at;
  if (IsWord(tokens[i], "the") && i > 0 && i + 1 < n && InWords(kActNouns, tokens[i + 1]) &&
      !IsPreposition(tokens[i - 1]) &&
      (i + 2 >= n || !(IsWord(tokens[i + 2], "of") || IsWord(tokens[i + 2], "by") ||
                       IsWord(tokens[i + 2], "to"))) &&
      !memory->last_thing_code().empty()) {
    bool named_here = false;
    for (const Mention& m : mentions)
      named_here |= !m.code.empty() && m.code.compare(0, 3, memory->last_thing_code(), 0, 3) == 0;
    if (!named_here) {
      Mention act;
      act.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + 2)};
      act.code = memory->last_thing_code();
      act.how = fmt::format("coreference: the {} = {}'s", tokens[i + 1].text,
                            memory->last_thing_label());
      act.display_name = memory->last_thing_label();
      mentions.push_back(std::move(act));
      *at = i + 2;
      return true;
    }
  }
  return false;
}

bool AddReferringNoun(std::span<const Token> tokens, size_t begin, size_t head, size_t last,
                      std::string code, std::vector<Mention>* mentions, size_t* at) {
  const bool possessive = last + 1 < tokens.size() && tokens[last + 1].Has(kTokenPossessive);
  const size_t end = last + (possessive ? 2 : 1);
  Mention noun;
  noun.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  noun.how = fmt::format("coreference: the {} = {}", tokens[head].text, code);
  noun.display_name = code;
  noun.code = std::move(code);
  noun.possessive = possessive;
  mentions->push_back(std::move(noun));
  *at = end;
  return true;
}


// "Saudi Arabia shut its airspace, and the kingdom's forces shot down a
// drone", "the South's navy fired warning shots": a role named without a
// country right after a state named again by a noun in the possessive is
// that state's, as "Saudi Arabia's forces" would be; the two are one
// mention, so the owner is not read as a party of its own.
void GiveReferringOwnersTheirRoles(std::vector<Mention>* mentions) {
  std::vector<Mention>& all = *mentions;
  for (size_t k = 1; k < all.size(); ++k) {
    const Mention& owner = all[k - 1];
    Mention& role = all[k];
    if (!owner.possessive || !owner.how.starts_with("coreference: ") || owner.code.size() != 3 ||
        !role.unplaced || role.owned || role.span.begin != owner.span.end ||
        !role.code.starts_with(kUnplacedCountry))
      continue;
    role.code.replace(0, kUnplacedCountry.size(), owner.code);
    role.unplaced = false;
    role.unplaced_needs_place = false;
    role.span.begin = owner.span.begin;
    role.how = fmt::format("{} + {} (the role of the state named again)", owner.how, role.how);
    // The owner's place in the list goes; "A and B" links past it move
    // down one, and a link to the owner now names the merged mention.
    const int gone = static_cast<int>(k - 1);
    all.erase(all.begin() + gone);
    for (Mention& other : all)
      if (other.coordinated_with > gone) --other.coordinated_with;
  }
}

}  // namespace khaldun::internal
