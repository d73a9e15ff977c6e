// Mediation: the third party that mediates talks or an agreement between two
// others ("through Qatar's mediation"), and its events.
// (Helpers of Coder::Code's stages, declared in coder/coder_internal.h.)

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>

#include "coder/accusations.h"
#include "coder/clause.h"
#include "coder/coder_internal.h"
#include "coder/event_id.h"
#include "coder/mediation_parties.h"
#include "coder/mentions.h"
#include "coder/patterns.h"
#include "coder/petrarch_engine.h"
#include "coder/reactions.h"
#include "coder/render.h"
#include "coder/scare_quotes.h"
#include "coder/sports.h"
#include "coder/tabari_engine.h"

namespace khaldun::coder_internal {

// See the call in Coder::Code. The agreement or talks are the sentence's
// events of roots 03, 04, 05 and 08; each of their parties other than the
// mediator's own country gets one 045 from it.
// "after", "under", "through", "following", "with", "amid", "via": the
// prepositions that make a mediation the way an agreement or talks came
// about ("agreed to a truce after UN mediation"), not an offer, a call or a
// refusal of one ("rejected Qatari mediation").
// ("crediting", "credited": whoever credits a mediation with an agreement
// asserts it: "agreed to a ceasefire, the president announced, crediting a
// night of American mediation".)
bool IntroducesMediation(const Token& t) {
  static constexpr std::array<std::string_view, 9> kWays = {
      "after", "under", "through", "following", "with", "amid", "via", "crediting", "credited"};
  return internal::InWords(kWays, t);
}

// "mediation", and "facilitation" ("under Norwegian facilitation"): a noun
// that names a third party's help in bringing two others to agree.
static bool IsMediationNoun(const Token& t) {
  return internal::IsWord(t, "mediation") || internal::IsWord(t, "facilitation");
}

// "weeks of mediation", "a night of Qatari mediation": a span of time the
// mediation took.
static bool IsSpanOfTime(const Token& t) {
  static constexpr std::array<std::string_view, 9> kSpans = {
      "days", "weeks", "months", "years", "hours", "rounds", "night", "nights", "day"};
  return internal::InWords(kSpans, t);
}

// Where the phrase of the mediation noun at `k` starts, back past a
// determiner, adjectives ("after last-ditch mediation") and a span of time
// ("after weeks of mediation"), so that the preposition before it can be
// read.
static uint32_t MediationPhraseStart(std::span<const Token> tokens, uint32_t k) {
  uint32_t j = k;
  if (j >= 2 && internal::IsWord(tokens[j - 1], "of") && IsSpanOfTime(tokens[j - 2])) j -= 2;
  while (j > 1 && k - j < 4 &&
         (internal::IsDeterminer(tokens[j - 1]) || tokens[j - 1].pos == kPosJJ ||
          tokens[j - 1].Has(kTokenNumber)))
    --j;
  return j;
}

// A noun for the parties' talks, which whoever hosts, chairs or leads them
// mediates.
static bool IsTalksNoun(const Token& t) {
  static constexpr std::array<std::string_view, 9> kTalks = {
      "talks",   "negotiations", "meeting",       "meetings", "summit",
      "dialogue", "conference",  "consultations", "summits"};
  return internal::InWords(kTalks, t);
}

// The number of tokens of a cue that names a mediator right after it, starting
// at `k`, or 0: "brokered by", "mediated by"; after a noun of talks also
// "hosted by", "convened by", "sponsored by", "facilitated by" ("at talks
// hosted by Malaysia's prime minister", "after talks convened by the African
// Union"): whoever hosts or convenes the parties' talks mediates them, while
// "Xi was hosted by Putin" is a visit, not a mediation; and "mediation by" or
// "mediation of" after a preposition ("after mediation by Qatar", "under the
// mediation of Egypt").
int MediatorCueAt(std::span<const Token> tokens, uint32_t k) {
  if (k + 2 >= tokens.size() ||
      (!internal::IsWord(tokens[k + 1], "by") && !internal::IsWord(tokens[k + 1], "of")))
    return 0;
  const bool by = internal::IsWord(tokens[k + 1], "by");
  if (by && (internal::IsWord(tokens[k], "brokered") || internal::IsWord(tokens[k], "mediated")))
    return 2;
  // ("after talks chaired by the AU commission head": who chairs the
  // parties' talks mediates them too; so does who leads them: "the rivals
  // signed a truce after a week of negotiations led by Kenya".)
  static constexpr std::array<std::string_view, 6> kHosting = {
      "hosted", "convened", "sponsored", "facilitated", "chaired", "led"};
  if (by && internal::InWords(kHosting, tokens[k]) && k > 0 && IsTalksNoun(tokens[k - 1]))
    return 2;
  // ("after weeks of talks in Geneva chaired by a UN envoy", "a
  // summit at Camp David hosted by the president": the talks' place may
  // stand between the noun and the cue, a preposition and up to three
  // capitalised words.)
  if (by && internal::InWords(kHosting, tokens[k]) && k >= 3) {
    uint32_t j = k;
    while (j > 0 && k - j < 3 && tokens[j - 1].Has(kTokenCapitalized)) --j;
    if (j < k && j >= 2 && (internal::IsWord(tokens[j - 1], "in") ||
                            internal::IsWord(tokens[j - 1], "at")) &&
        IsTalksNoun(tokens[j - 2]))
      return 2;
  }
  if (IsMediationNoun(tokens[k]) && k > 0) {
    const uint32_t j = MediationPhraseStart(tokens, k);
    if (j > 0 && IntroducesMediation(tokens[j - 1])) return 2;
  }
  return 0;
}

// "agreed to a truce after UN mediation", "through Qatar's mediation": the
// mention that names the mediator right before the noun "mediation" (its
// possessive "'s" may follow it), in a phrase a preposition of
// IntroducesMediation opens; -1 when there is none.
int MediationNamedBefore(std::span<const Token> tokens, std::span<const Mention> mentions,
                         uint32_t k) {
  if (!IsMediationNoun(tokens[k])) return -1;
  for (size_t x = 0; x < mentions.size(); ++x) {
    const Mention& m = mentions[x];
    const bool before = m.span.end == k || (m.span.end + 1 == k && tokens[k - 1].text == "'s");
    if (!before || m.code.empty()) continue;
    uint32_t b = m.span.begin;
    if (b > 0 && internal::IsWord(tokens[b - 1], "the")) --b;
    // ("after weeks of Egyptian mediation": past the span of time, its
    // determiner and number.)
    if (b >= 2 && internal::IsWord(tokens[b - 1], "of") && IsSpanOfTime(tokens[b - 2])) {
      b -= 2;
      while (b > 0 && m.span.begin - b < 6 &&
             (internal::IsDeterminer(tokens[b - 1]) || tokens[b - 1].Has(kTokenNumber) ||
              tokens[b - 1].pos == kPosCD || tokens[b - 1].pos == kPosJJ))
        --b;
    }
    if (b > 0 && IntroducesMediation(tokens[b - 1])) return static_cast<int>(x);
  }
  return -1;
}

// "Stoltenberg announced after mediating talks between Erdogan and
// Kristersson that ...", "the EU's foreign policy chief said on Sunday after
// mediating ten hours of talks": the subject of the verb that "after
// mediating" follows is the mediator. Returns that mention, or -1; `k` is
// the index of "mediating".
int MediatorSpeaking(std::span<const Token> tokens, std::span<const Mention> mentions,
                     uint32_t k) {
  if (!internal::IsWord(tokens[k], "mediating") || k < 3 || !internal::IsWord(tokens[k - 1], "after"))
    return -1;
  // Back over the verb and a time ("said on Sunday", "announced late on
  // Monday") to the subject that ends right before them.
  bool verb = false;
  uint32_t j = k - 1;
  for (int steps = 0; j > 0 && steps < 5; ++steps) {
    const Token& t = tokens[j - 1];
    if (IsVerbTag(t.pos)) {
      verb = true;
    } else if (!(internal::IsWord(t, "on") || internal::IsWord(t, "late") ||
                 internal::IsWord(t, "early") || t.Has(kTokenCapitalized))) {
      break;
    }
    --j;
    for (size_t x = 0; x < mentions.size(); ++x)
      if (verb && mentions[x].span.end == j && !mentions[x].code.empty())
        return static_cast<int>(x);
  }
  return -1;
}

// "with Egypt acting as mediator", "Turkey's foreign minister, serving as
// mediator, ...": the mention named right before "(acting|serving) as
// (a|the) mediator" at `k` ("mediator", "mediators", "intermediary"), the
// one the text says mediated; -1 when there is none.
static int MediatorActingAs(std::span<const Token> tokens, std::span<const Mention> mentions,
                     uint32_t k) {
  static constexpr std::array<std::string_view, 3> kRoles = {"mediator", "mediators",
                                                             "intermediary"};
  static constexpr std::array<std::string_view, 6> kActing = {"acting", "serving", "acted",
                                                              "served", "act",     "serve"};
  if (!internal::InWords(kRoles, tokens[k])) return -1;
  uint32_t j = k;
  if (j > 0 && internal::IsDeterminer(tokens[j - 1])) --j;
  if (j < 2 || !internal::IsWord(tokens[j - 1], "as")) return -1;
  const uint32_t as = j - 1;
  // (A name may have swallowed the participle: "Sergei Lavrov acting".)
  uint32_t end = as;
  if (internal::InWords(kActing, tokens[end - 1])) --end;
  if (end > 0 && tokens[end - 1].text == ",") --end;
  for (size_t x = 0; x < mentions.size(); ++x)
    if ((mentions[x].span.end == end || mentions[x].span.end == as) &&
        !mentions[x].code.empty() && !mentions[x].locative)
      return static_cast<int>(x);
  return -1;
}

// "Iran and Israel accepted a ceasefire after Qatar helped broker the truce",
// "Egypt brokered the deal under which both sides freed prisoners": the
// mention that is the subject of "broker" or "mediate" (past "helped",
// "had" or an adverb) whose object is the agreement or the talks themselves,
// their parties being named elsewhere in the sentence, or whose relative
// clause qualifies the agreement ("a truce that Washington had brokered");
// -1 when there is none. `k` is the index of the verb. ("brokered by" is MediatorCueAt's.)
static int MediatorBrokering(std::span<const Token> tokens, std::span<const Mention> mentions,
                             uint32_t k) {
  static constexpr std::array<std::string_view, 8> kVerbs = {
      "brokered", "broker", "brokers", "brokering", "mediated", "mediate", "mediates", "mediating"};
  static constexpr std::array<std::string_view, 16> kDeals = {
      "truce",  "ceasefire", "deal",  "agreement", "accord",   "pact",  "swap",     "exchange",
      "talks",  "plan",      "peace", "deals",     "agreements", "settlement", "negotiations",
      "cease-fire"};
  static constexpr std::array<std::string_view, 6> kHelpers = {"helped", "help", "helps",
                                                               "had",    "has",  "to"};
  if (!internal::InWords(kVerbs, tokens[k]) || k == 0 || k + 1 >= tokens.size()) return -1;
  // The object: a determiner or possessive and up to three modifiers
  // ("the four-day truce", "a six-point peace plan"), then the deal noun.
  uint32_t j = k + 1;
  if (j < tokens.size() && internal::IsDeterminer(tokens[j])) ++j;
  bool deal = false;
  for (uint32_t end = std::min<uint32_t>(j + 4, static_cast<uint32_t>(tokens.size())); j < end;
       ++j) {
    if (internal::InWords(kDeals, tokens[j])) deal = true;
    else if (deal || tokens[j].Has(kTokenPunct)) break;
  }
  // ("a truce that Washington had brokered", "the deal, which Qatar
  // mediated,", "a truce that Trump said Washington had brokered": the
  // deal is the noun the relative clause of the verb qualifies; its
  // subject, and a speaker and "said" before it, stand between.)
  auto relative_deal = [&](uint32_t subject_begin) {
    uint32_t r = subject_begin;
    if (r > 0 && internal::IsWord(tokens[r - 1], "the")) --r;
    // (Past the subject's other members: "which Egypt and Qatar mediated".)
    for (bool joined = true; joined && r >= 2;) {
      joined = false;
      if (!internal::IsWord(tokens[r - 1], "and") && tokens[r - 1].text != ",") break;
      for (size_t x = 0; x < mentions.size() && !joined; ++x)
        if (mentions[x].span.end == r - 1 && !mentions[x].code.empty()) {
          r = mentions[x].span.begin;
          joined = true;
        }
    }
    if (r >= 2 &&
        (internal::IsWord(tokens[r - 1], "said") || internal::IsWord(tokens[r - 1], "says")))
      for (size_t x = 0; x < mentions.size(); ++x)
        if (mentions[x].span.end == r - 1 && !mentions[x].code.empty()) r = mentions[x].span.begin;
    auto relative = [&](uint32_t at) {
      return internal::IsWord(tokens[at], "that") || internal::IsWord(tokens[at], "which");
    };
    // (The mention may hold the pronoun: "that the European Union".)
    if (relative(r)) ++r;
    if (r < 2 || !relative(r - 1)) return false;
    uint32_t n = r - 1;
    if (n >= 2 && tokens[n - 1].text == ",") --n;
    return internal::InWords(kDeals, tokens[n - 1]);
  };
  // The subject: right before the verb, or before a helper or an adverb.
  uint32_t b = k;
  for (int steps = 0; b > 0 && steps < 3; ++steps) {
    for (size_t x = 0; x < mentions.size(); ++x)
      if (mentions[x].span.end == b && !mentions[x].code.empty() && !mentions[x].locative &&
          !mentions[x].possessive && (deal || relative_deal(mentions[x].span.begin)))
        return CoordinationHead(mentions, static_cast<int>(x));
    if (!internal::InWords(kHelpers, tokens[b - 1]) && tokens[b - 1].pos != kPosRB) break;
    --b;
  }
  // ("Sarkozy, shuttling between the two capitals, brokered a plan": past
  // an aside set off by commas.)
  if (!deal || tokens[k - 1].text != ",") return -1;
  for (uint32_t c = k - 1; c > 0 && k - c < 12; --c) {
    if (tokens[c - 1].text != ",") continue;
    for (size_t x = 0; x < mentions.size(); ++x)
      if (mentions[x].span.end == c - 1 && !mentions[x].code.empty() && !mentions[x].locative &&
          !mentions[x].possessive)
        return static_cast<int>(x);
    break;
  }
  return -1;
}

// Whether mention `x` is named right after a mediator's cue (MediatorCueAt;
// a determiner may open it), or is coordinated with one that is: "an accord
// brokered by Egypt and Qatar".
bool MediatorAgent(std::span<const Token> tokens, std::span<const Mention> mentions, int x) {
  auto after_cue = [&](const Mention& m) {
    uint32_t b = m.span.begin;
    if (b > 0 && internal::IsWord(tokens[b - 1], "the")) --b;
    return b >= 2 && MediatorCueAt(tokens, b - 2) == 2;
  };
  // ("signed an accord that Washington brokered": the subject of the
  // relative clause.)
  for (uint32_t k = mentions[x].span.end; k < tokens.size() && k < mentions[x].span.end + 5; ++k)
    if (MediatorBrokering(tokens, mentions, k) == CoordinationHead(mentions, x)) return true;
  for (size_t y = 0; y < mentions.size(); ++y) {
    if (!after_cue(mentions[y])) continue;
    for (int k = static_cast<int>(y); k >= 0; k = mentions[k].coordinated_with) {
      if (k == x) return true;
      if (mentions[k].coordinated_with <= k) break;
    }
  }
  return false;
}

// "signed a ceasefire in Jeddah after talks mediated by Saudi Arabia",
// "In talks in Ankara brokered by Turkey, Somalia and Ethiopia agreed ...",
// "Meeting in Bridgetown under Norwegian facilitation, ... signed": the two
// parties of the agreement met in the talks the third party mediated. Held
// at a place of neither party, they are a meeting at a third location (044
// each way; 046 for "negotiations"). Only when the mediated thing is a
// talks noun standing before the cue in its clause, the sentence's
// agreement is between exactly the two parties, its place is known and is
// neither's, and no consultation between them is coded yet.
static void MediatedTalksEvents(SentenceContext& s, uint32_t sentence_index,
                                const CameoCodebook& codebook, std::span<const Token> tokens,
                                TokenSpan cue, std::span<const Actor> parties,
                                const Event& base, const Gazetteer* gazetteer,
                                std::vector<Event>* events) {
  if (parties.size() != 2) return;
  static constexpr std::array<std::string_view, 5> kTalks = {"talks", "negotiations", "meeting",
                                                             "dialogue", "consultations"};
  int talks = -1;
  for (uint32_t k = cue.begin; k > 0 && cue.begin - k < 6 && talks < 0; --k) {
    const Token& t = tokens[k - 1];
    if (t.text == "," || t.text == ";" || internal::IsFiniteVerbTag(t.pos)) break;
    if (internal::InWords(kTalks, t)) talks = static_cast<int>(k - 1);
  }
  if (talks < 0) return;
  // The talks' place: named between the noun and the cue ("talks in Doha
  // brokered by Qatar"), else the event's.
  std::string place;
  for (const internal::Mention& m : s.mentions)
    if (m.place != nullptr && m.span.begin > static_cast<uint32_t>(talks) &&
        m.span.end <= cue.begin)
      place = m.place->country;
  // (A city the dictionaries leave uncoded, "talks in Brussels", is found
  // in the gazetteer.)
  if (place.empty() && gazetteer != nullptr)
    if (auto loc = FirstPlaceBetween(s, *gazetteer, static_cast<uint32_t>(talks) + 1, cue.begin))
      place = loc->country;
  if (place.empty() && base.location.has_value()) place = base.location->country;
  if (place.size() != 3) return;
  auto same = [](std::string_view a, std::string_view b) {
    return a.size() >= 3 && b.size() >= 3 && a.substr(0, 3) == b.substr(0, 3);
  };
  bool agreed = false, consulted = false;
  for (const Event& e : *events) {
    if (e.sentence_index != sentence_index) continue;
    const bool pair = (e.source.code == parties[0].code && e.target.code == parties[1].code) ||
                      (e.source.code == parties[1].code && e.target.code == parties[0].code);
    if (!pair) continue;
    agreed = true;
    consulted |= CameoRoot(e.cameo_code) == "04";
  }
  if (!agreed || consulted || same(place, parties[0].code) || same(place, parties[1].code)) return;
  const std::string code = internal::IsWord(tokens[talks], "negotiations") ? "046" : "044";
  const CameoCode* info = codebook.Find(code);
  if (info == nullptr) return;
  for (int way = 0; way < 2; ++way) {
    Event e = base;
    e.source = parties[way];
    e.target = parties[1 - way];
    e.id = EventIdAt(e.document_id, sentence_index, events->size());
    internal::SetEventCode(*info, code, &e);
    e.evidence.verb_text = s.Text(TokenSpan{static_cast<uint32_t>(talks),
                                            static_cast<uint32_t>(talks) + 1});
    e.evidence.verb_bytes = s.Bytes(TokenSpan{static_cast<uint32_t>(talks),
                                              static_cast<uint32_t>(talks) + 1});
    e.evidence.rule = fmt::format(
        "'{}' mediated ('{}'), held in {}: the agreement's parties met at a third location",
        tokens[talks].text, s.Text(cue), place);
    s.Note(fmt::format("EVENT {} {} {} (talks the mediator held between them)", e.source.code,
                       code, e.target.code));
    events->push_back(std::move(e));
  }
}

// "A truce between Sudan's army and the RSF, brokered by Saudi Arabia and
// Washington, began at dawn", "Oman had brokered a truce between Washington
// and the Houthis", "a US-brokered truce between Armenia and Azerbaijan": a
// truce that a third party brokered between two sides is one both sides
// agreed to (0356 each way, as "agreed to a ceasefire"), though no verb of
// theirs says so. Only a truce noun right before "between" (or before
// "deal", "agreement" there) within reach of the mediator's cue, two sides
// after it, and no agreement between them coded yet. Returns whether it
// added the events.
static bool BrokeredTruceEvents(SentenceContext& s, uint32_t sentence_index,
                                const CameoCodebook& codebook, TokenSpan cue, bool state_actors,
                                std::vector<Event>* events) {
  const CameoCode* info = codebook.Find("0356");
  if (info == nullptr) return false;
  std::span<const Token> tokens = s.tokens;
  static constexpr std::array<std::string_view, 4> kTruces = {"ceasefire", "truce", "cease-fire",
                                                              "armistice"};
  static constexpr std::array<std::string_view, 3> kDeals = {"deal", "agreement", "accord"};
  constexpr uint32_t kReach = 12;
  const uint32_t from = cue.begin > kReach ? cue.begin - kReach : 1;
  const uint32_t to = std::min<uint32_t>(static_cast<uint32_t>(tokens.size()), cue.end + kReach);
  for (uint32_t k = std::max<uint32_t>(from, 1); k + 1 < to; ++k) {
    if (!internal::IsWord(tokens[k], "between")) continue;
    uint32_t noun = k - 1;
    if (internal::InWords(kDeals, tokens[noun]) && noun > 0) --noun;
    // ("a truce brokered by Emmanuel Macron between Chad and Sudan": the
    // cue and the mediator's name may stand between the noun and
    // "between".)
    if (!internal::InWords(kTruces, tokens[noun]) && cue.begin > 0 && cue.end < k &&
        internal::InWords(kTruces, tokens[cue.begin - 1]) &&
        std::all_of(tokens.begin() + cue.end, tokens.begin() + k, [](const Token& t) {
          return t.Has(kTokenCapitalized) || internal::IsDeterminer(t);
        }))
      noun = cue.begin - 1;
    if (!internal::InWords(kTruces, tokens[noun])) continue;
    // Not a truce that only dates or frames what the sentence reports, or
    // one broken: "two days into a truce mediated by Kenya between
    // Ethiopia and Eritrea, ...", "accused each other of violating a truce
    // brokered by Egypt between ...".
    uint32_t opens = noun;
    while (opens > 0 && noun - opens < 4 &&
           (internal::IsDeterminer(tokens[opens - 1]) || tokens[opens - 1].pos == kPosJJ ||
            tokens[opens - 1].Has(kTokenNumber) || tokens[opens - 1].Has(kTokenHyphenated)))
      --opens;
    static constexpr std::array<std::string_view, 10> kFraming = {
        "of",       "violating", "violated", "violate", "breaching",
        "breached", "breach",    "broke",    "breaking", "despite"};
    if (opens > 0 && internal::InWords(kFraming, tokens[opens - 1])) continue;
    bool stop = false;
    for (uint32_t j = std::min(k, cue.begin); j < std::max(k, cue.end) && !stop; ++j)
      stop = tokens[j].text == ";" || tokens[j].text == ":" || tokens[j].text == ".";
    if (stop) continue;
    std::vector<Actor> sides;
    for (const int y : internal::MentionsAfterBetween(tokens, s.mentions, k)) {
      const internal::Mention& m = s.mentions[y];
      if (m.code.size() < 3 || m.locative || m.unplaced || m.code.starts_with("---")) continue;
      std::string code = m.code;
      if (state_actors && code.size() == 3 && code != "NGO") code += "GOV";
      if (std::none_of(sides.begin(), sides.end(),
                       [&](const Actor& a) { return a.code == code; }))
        sides.push_back(s.ActorOf(m, code));
    }
    if (sides.size() != 2) continue;
    const bool agreed = std::any_of(events->begin(), events->end(), [&](const Event& e) {
      const auto root = CameoRoot(e.cameo_code);
      return e.sentence_index == sentence_index &&
             (root == "03" || root == "05" || root == "08") &&
             ((e.source.code == sides[0].code && e.target.code == sides[1].code) ||
              (e.source.code == sides[1].code && e.target.code == sides[0].code));
    });
    if (agreed) return false;
    for (int way = 0; way < 2; ++way) {
      Event e;
      e.document_id = s.doc.document->id;
      e.sentence_index = sentence_index;
      e.id = EventIdAt(e.document_id, sentence_index, events->size());
      e.date = s.doc.document->date;
      e.source = sides[way];
      e.target = sides[1 - way];
      internal::SetEventCode(*info, "0356", &e);
      e.evidence.sentence = std::string(s.doc.OriginalText(s.sentence));
      e.evidence.sentence_bytes = s.sentence.bytes;
      e.evidence.verb_text = s.Text(TokenSpan{noun, noun + 1});
      e.evidence.verb_bytes = s.Bytes(TokenSpan{noun, noun + 1});
      e.evidence.rule = fmt::format("'{} between' brokered ('{}'): a truce both sides agreed to",
                                    tokens[noun].text, s.Text(cue));
      s.Note(fmt::format("EVENT {} 0356 {} (a brokered truce between them)", e.source.code,
                         e.target.code));
      events->push_back(std::move(e));
    }
    return true;
  }
  return false;
}

void MediatorEvents(SentenceContext& s, uint32_t sentence_index, const CameoCodebook& codebook,
                    bool state_actors, const Gazetteer* gazetteer, std::vector<Event>* events) {
  const CameoCode* info = codebook.Find("045");
  if (info == nullptr) return;
  std::span<const Token> tokens = s.tokens;
  // "a Russian-brokered agreement", "UN-sponsored talks": the party the
  // adjective is made of; "accompanied by Omani mediators": a party named
  // with the role.
  // (Every token of every sentence is looked at: no copy of it is made.)
  auto mediating_word = [&](uint32_t k) {
    const Token& t = tokens[k];
    if (!t.Has(kTokenHyphenated)) return false;
    if (internal::EndsWithWord(t, "-brokered") || internal::EndsWithWord(t, "-mediated") ||
        internal::EndsWithWord(t, "-sponsored"))
      return true;
    // "agreed to a ceasefire at UN-led talks in Geneva", "Qatari-hosted
    // peace negotiations": who leads, hosts or chairs the parties' talks
    // mediates them, as "talks led by the UN" does; only before a noun of
    // talks (a "US-led coalition" or a "Saudi-led blockade" is none, nor
    // is the host of a summit where others strike a deal).
    static constexpr std::array<std::string_view, 5> kLeading = {"-led", "-hosted", "-chaired",
                                                                 "-convened", "-facilitated"};
    if (std::none_of(kLeading.begin(), kLeading.end(),
                     [&](std::string_view w) { return internal::EndsWithWord(t, w); }))
      return false;
    static constexpr std::array<std::string_view, 4> kNegotiations = {
        "talks", "negotiations", "dialogue", "consultations"};
    for (uint32_t j = k + 1; j < tokens.size() && j <= k + 2; ++j) {
      if (internal::InWords(kNegotiations, tokens[j])) return true;
      if (tokens[j].Has(kTokenPunct)) break;
    }
    return false;
  };
  for (uint32_t k = 0; k + 1 < tokens.size(); ++k) {
    // The tokens where the mediator's name may start: after "brokered by",
    // or the adjective or the role's phrase itself.
    uint32_t from = 0, to = 0;
    TokenSpan cue{k, k + 1};
    // Named only by the role ("Omani mediators"), a mediator mediates talks
    // held (04), not an intent or a deal it may have no part in ("said they
    // would meet U.N. mediator Diego Cordovez").
    bool role_only = false;
    // ("at UN-led talks": the adjective's party is read as a place after
    // "at", but it is the talks that are there.)
    bool adjective = false;
    if (const int cue_size = MediatorCueAt(tokens, k); cue_size > 0) {
      from = k + cue_size;
      to = from + 2;
      cue = {k, k + static_cast<uint32_t>(cue_size)};
    } else if (const int named = MediationNamedBefore(tokens, s.mentions, k); named >= 0) {
      from = to = s.mentions[named].span.begin;
    } else if (const int speaker = MediatorSpeaking(tokens, s.mentions, k); speaker >= 0) {
      from = to = s.mentions[speaker].span.begin;
      cue = {k - 1, k + 1};
    } else if (const int acting = MediatorActingAs(tokens, s.mentions, k); acting >= 0) {
      from = to = s.mentions[acting].span.begin;
    } else if (const int broker = MediatorBrokering(tokens, s.mentions, k); broker >= 0) {
      from = to = s.mentions[broker].span.begin;
    } else if (mediating_word(k) || internal::IsWord(tokens[k], "mediators") ||
               internal::IsWord(tokens[k], "mediator")) {
      adjective = mediating_word(k);
      role_only = !adjective;
      bool named = false;
      for (const internal::Mention& m : s.mentions)
        if (m.span.begin <= k && k < m.span.end) {
          from = to = m.span.begin;
          named = true;
        }
      if (!named) continue;
    } else {
      continue;
    }
    // "brokered by Egypt and the United Nations": every member mediates.
    // (Not the subject of a clause joined by ", and": "a truce brokered by
    // Qatar and Egypt, and Israel freed 39 prisoners".)
    auto opens_clause = [&](const internal::Mention& member) {
      const uint32_t b = member.span.begin;
      if (b < 2 || !internal::IsWord(tokens[b - 1], "and") || tokens[b - 2].text != "," ||
          member.span.end >= tokens.size() || !IsVerbTag(tokens[member.span.end].pos))
        return false;
      // (The list before the comma was closed by its own "and".)
      for (const internal::Mention& before : s.mentions)
        if (before.span.end == b - 2 && before.span.begin > 0 &&
            internal::IsWord(tokens[before.span.begin - 1], "and"))
          return true;
      return false;
    };
    std::vector<const internal::Mention*> mediators;
    for (size_t x = 0; x < s.mentions.size(); ++x) {
      const internal::Mention& m = s.mentions[x];
      if (m.span.begin < from || m.span.begin > to) continue;
      for (int y = static_cast<int>(x); y >= 0; y = s.mentions[y].coordinated_with) {
        const internal::Mention& member = s.mentions[y];
        if (y != static_cast<int>(x) && opens_clause(member)) break;
        if (!member.code.empty() && (!member.locative || adjective) && !member.unplaced &&
            !member.code.starts_with("---"))
          mediators.push_back(&member);
        if (s.mentions[y].coordinated_with <= y) break;
      }
      break;
    }
    if (mediators.empty()) continue;
    auto mediator_code = [&](const internal::Mention* m) {
      std::string code = m->code;
      // "brokered by Moscow": its government (an aid agency, NGO, has none).
      if (state_actors && code.size() == 3 && code != "NGO") code += "GOV";
      return code;
    };
    auto is_mediator = [&](std::string_view code) {
      for (const internal::Mention* m : mediators)
        if (code.size() >= 3 && m->code.compare(0, 3, code, 0, 3) == 0) return true;
      return false;
    };
    if (!role_only) BrokeredTruceEvents(s, sentence_index, codebook, cue, state_actors, events);
    std::vector<Actor> parties;
    const Event* model = nullptr;
    auto relevant = [&](const Event& e) {
      if (e.sentence_index != sentence_index) return false;
      // ("progress is made in UN-led peace talks": an act of the talks'
      // leader itself is no agreement of parties it mediates between.)
      if (adjective && (is_mediator(e.source.code) || is_mediator(e.target.code))) return false;
      const auto root = CameoRoot(e.cameo_code);
      return role_only ? root == "04"
                       : (root == "03" || root == "04" || root == "05" || root == "08");
    };
    auto add_party = [&](const Actor& a) {
      if (a.code.size() >= 3 && !is_mediator(a.code) &&
          std::none_of(parties.begin(), parties.end(),
                       [&](const Actor& p) { return p.code == a.code; }))
        parties.push_back(a);
    };
    for (const Event& e : *events) {
      if (!relevant(e)) continue;
      model = model ? model : &e;
      add_party(e.source);
    }
    // "Moscow freed two Britons in a prisoner swap mediated by Turkey,
    // and London released three Russians": the people an act
    // frees or shelters (a country's people, its civilians or refugees)
    // are not the parties mediated between when their country acts in the
    // sentence; the mediation is between the states.
    for (const Event& e : *events) {
      if (!relevant(e)) continue;
      const std::string& t = e.target.code;
      // (An armed group or an opposition freed is a side of the deal that
      // frees it: "released jailed rebel commanders in a swap brokered by
      // Qatar".)
      const bool organised = t.size() == 6 && (t.ends_with("REB") || t.ends_with("SEP") ||
                                               t.ends_with("INS") || t.ends_with("OPP"));
      const bool people = t.size() == 3 || (e.cameo_code.starts_with("084") && !organised) ||
                          (t.size() == 6 && (t.ends_with("CVL") || t.ends_with("REF")));
      const bool country_acts =
          std::any_of(parties.begin(), parties.end(), [&](const Actor& p) {
            return p.code.size() > 3 && t.size() >= 3 && p.code.compare(0, 3, t, 0, 3) == 0;
          });
      if (people && country_acts) continue;
      // "pardoned 46 Ivorian soldiers in a deal mediated by Togo", "the
      // Taliban freed an American engineer in a deal brokered by Qatar":
      // people a release frees (not an armed group, an opposition or a
      // government of their own) stand for their state, the side the deal
      // was made with; the mediation is with its government.
      static constexpr std::array<std::string_view, 7> kOwnSides = {"GOV", "REB", "SEP", "INS",
                                                                    "UAF", "OPP", "ELI"};
      const bool freed_people =
          e.cameo_code.starts_with("084") && t.size() >= 3 && !t.starts_with("IGO") &&
          !t.starts_with("NGO") && !t.starts_with("---") &&
          (t.size() == 3 ||
           (t.size() == 6 && std::find(kOwnSides.begin(), kOwnSides.end(),
                                       std::string_view(t).substr(3)) == kOwnSides.end()));
      if (freed_people && state_actors) {
        Actor state = e.target;
        state.code = t.substr(0, 3) + "GOV";
        add_party(state);
        continue;
      }
      add_party(e.target);
    }
    // "a truce between Ethiopia and Eritrea brokered by Algeria": the sides
    // named with "between" are those mediated between, even where the
    // sentence codes no event of theirs.
    for (const int x : internal::PartiesBetween(tokens, s.mentions, cue)) {
      const internal::Mention& m = s.mentions[x];
      add_party(s.ActorOf(m, mediator_code(&m)));
    }
    if (model == nullptr || parties.empty() || parties.size() > 4) continue;
    const Event base = *model;
    MediatedTalksEvents(s, sentence_index, codebook, tokens, cue, parties, base, gazetteer,
                        events);
    for (const internal::Mention* mediator : mediators) {
      for (const Actor& party : parties) {
        Event e = base;
        e.source = Actor{};
        e.source.code = mediator_code(mediator);
        e.source.matched_text = s.Text(mediator->span);
        e.source.bytes = s.Bytes(mediator->span);
        e.source.tokens = mediator->span;
        e.source.how = mediator->how;
        e.source.name =
            mediator->display_name.empty() ? e.source.matched_text : mediator->display_name;
        e.target = party;
        e.id = EventIdAt(e.document_id, sentence_index, events->size());
        internal::SetEventCode(*info, "045", &e);
        // (The verb may have coded it already: "said after mediating".)
        const bool coded = std::any_of(events->begin(), events->end(), [&](const Event& x) {
          return x.sentence_index == sentence_index && x.cameo_code.starts_with("045") &&
                 x.source.code == e.source.code && x.target.code == e.target.code;
        });
        if (coded) continue;
        e.evidence.verb_text = s.Text(cue);
        e.evidence.verb_bytes = s.Bytes(cue);
        e.evidence.rule =
            fmt::format("'{}' ({}): the mediator of the sentence's agreement or talks",
                        s.Text(cue), e.source.matched_text);
        s.Note(fmt::format("EVENT {} 045 {} (Mediate)", e.source.code, e.target.code));
        events->push_back(std::move(e));
      }
    }
    return;
  }
}

}  // namespace khaldun::coder_internal
