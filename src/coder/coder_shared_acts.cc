// Acts done again by others, named by an elliptical clause: "as did Brazil
// and Colombia", "a day after Britain and Canada took the same step"; and
// the other half of a swap, named by the captives it bought ("in exchange
// for five commanders held by the army").
// (Helpers of Coder::Code's stages, declared in coder/coder_internal.h.)

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "coder/coder_internal.h"
#include "coder/event_id.h"
#include "coder/mentions.h"
#include "coder/patterns.h"

namespace khaldun::coder_internal {

namespace {

// The phrases after a list of parties that say they did the act just
// coded: "took the same step", "followed suit", "did the same", "did
// likewise". Past forms only: "would follow suit" is no act done. Returns
// their length in tokens at `k`, or 0.
uint32_t SameActPhraseAt(std::span<const Token> tokens, uint32_t k) {
  auto word = [&](uint32_t at, std::string_view w) {
    return at < tokens.size() && internal::IsWord(tokens[at], w);
  };
  if (word(k, "followed") && word(k + 1, "suit")) return 2;
  if (word(k, "did") && word(k + 1, "likewise")) return 2;
  if (word(k, "did") && word(k + 1, "the") && word(k + 2, "same")) return 3;
  static constexpr std::array<std::string_view, 3> kSteps = {"step", "move", "action"};
  if ((word(k, "took") || word(k, "made")) && word(k + 1, "the") && word(k + 2, "same") &&
      k + 3 < tokens.size() && internal::InWords(kSteps, tokens[k + 3]))
    return 4;
  return 0;
}

// The members of the coordination that mention `x` belongs to, first to
// last (x alone when it is in none).
std::vector<int> ListOf(std::span<const Mention> mentions, int x) {
  int head = x;
  for (bool moved = true; moved;) {
    moved = false;
    for (size_t y = 0; y < mentions.size(); ++y)
      if (mentions[y].coordinated_with == head) {
        head = static_cast<int>(y);
        moved = true;
        break;
      }
  }
  std::vector<int> members;
  for (int y = head; y >= 0 && members.size() < 12; y = mentions[y].coordinated_with) {
    members.push_back(y);
    if (mentions[y].coordinated_with <= y) break;
  }
  return members;
}

}  // namespace

void SharedActEvents(SentenceContext& s, uint32_t sentence_index, bool state_actors,
                     std::vector<Event>* events) {
  std::span<const Token> tokens = s.tokens;
  std::span<const Mention> mentions = s.mentions;
  for (uint32_t k = 0; k + 1 < tokens.size(); ++k) {
    // The list that did it again, and where the elliptical clause begins.
    int named = -1;
    uint32_t clause_begin = k;
    if (internal::IsWord(tokens[k], "as") && internal::IsWord(tokens[k + 1], "did")) {
      for (size_t x = 0; x < mentions.size() && named < 0; ++x)
        if (mentions[x].span.begin == k + 2 ||
            (mentions[x].span.begin == k + 3 && internal::IsDeterminer(tokens[k + 2])))
          named = static_cast<int>(x);
    } else if (const uint32_t size = SameActPhraseAt(tokens, k); size > 0) {
      uint32_t end = k;
      if (end > 0 && internal::IsWord(tokens[end - 1], "also")) --end;
      for (size_t x = 0; x < mentions.size() && named < 0; ++x)
        if (mentions[x].span.end == end) named = static_cast<int>(x);
      if (named >= 0) clause_begin = mentions[ListOf(mentions, named).front()].span.begin;
      // ("warned that if Israel did the same ...": a condition, not an act.)
      if (named >= 0 && clause_begin > 0 &&
          (internal::IsWord(tokens[clause_begin - 1], "if") ||
           internal::IsWord(tokens[clause_begin - 1], "unless")))
        named = -1;
    }
    if (named < 0) continue;
    // The act: the sentence's event whose verb comes last before the
    // clause.
    const uint32_t cue_byte = tokens[clause_begin].bytes.begin;
    const Event* model = nullptr;
    for (const Event& e : *events)
      if (e.sentence_index == sentence_index && e.evidence.verb_bytes.end <= cue_byte &&
          e.evidence.verb_bytes.size() > 0 &&
          (model == nullptr || e.evidence.verb_bytes.begin > model->evidence.verb_bytes.begin))
        model = &e;
    if (model == nullptr) return;
    std::vector<Event> added;
    for (const int x : ListOf(mentions, named)) {
      const Mention& m = mentions[x];
      if (m.code.empty() || m.locative || m.unplaced || m.code.starts_with("---")) continue;
      std::string code = m.code;
      if (state_actors && code.size() == 3 && code != "NGO") code += "GOV";
      for (const Event& e : *events) {
        if (e.sentence_index != sentence_index ||
            e.evidence.verb_bytes != model->evidence.verb_bytes ||
            e.source.code != model->source.code || e.target.code.compare(0, 3, code, 0, 3) == 0 ||
            e.source.code.compare(0, 3, code, 0, 3) == 0)
          continue;
        Event copy = e;
        copy.source = s.ActorOf(m, code);
        copy.evidence.rule = fmt::format("{}; source: '{}', who did the same ('{}')",
                                         e.evidence.rule, copy.source.matched_text,
                                         s.Text(TokenSpan{k, k + 2}));
        s.Note(fmt::format("EVENT {} {} {} (the same act, done again by a party named after it)",
                           copy.source.code, copy.cameo_code, copy.target.code));
        added.push_back(std::move(copy));
      }
    }
    for (Event& e : added) {
      e.id = EventIdAt(e.document_id, sentence_index, events->size());
      events->push_back(std::move(e));
    }
    return;
  }
}

void SwapHalfEvents(SentenceContext& s, uint32_t sentence_index, const CameoCodebook& codebook,
                    bool state_actors, std::vector<Event>* events) {
  const CameoCode* info = codebook.Find("0841");
  if (info == nullptr) return;
  std::span<const Token> tokens = s.tokens;
  std::span<const Mention> mentions = s.mentions;
  static constexpr std::array<std::string_view, 6> kHeld = {"held",      "detained", "jailed",
                                                            "imprisoned", "released", "freed"};
  for (uint32_t k = 1; k + 2 < tokens.size(); ++k) {
    // "in exchange for", "in return for".
    if (!internal::IsWord(tokens[k - 1], "in") || !internal::IsWord(tokens[k + 1], "for") ||
        !(internal::IsWord(tokens[k], "exchange") || internal::IsWord(tokens[k], "return")))
      continue;
    // The captives, then "held by" and their holder, within a few words.
    uint32_t held = 0;
    for (uint32_t j = k + 3; j + 2 < tokens.size() && j < k + 14 && held == 0; ++j) {
      if (tokens[j].text == ";" || tokens[j].text == ":") break;
      if (internal::InWords(kHeld, tokens[j]) && internal::IsWord(tokens[j + 1], "by")) held = j;
    }
    if (held == 0) continue;
    int captives = -1, holder = -1;
    for (size_t x = 0; x < mentions.size(); ++x) {
      const Mention& m = mentions[x];
      if (m.span.begin > k + 1 && m.span.end <= held) captives = static_cast<int>(x);
      uint32_t b = m.span.begin;
      if (b > 0 && internal::IsDeterminer(tokens[b - 1])) --b;
      if (holder < 0 && b == held + 2) holder = static_cast<int>(x);
    }
    if (captives < 0 || holder < 0) continue;
    // "five of the group's commanders": a role with no country of its own
    // is its owner's.
    const Mention* held_party = &mentions[captives];
    if (held_party->unplaced && captives > 0 && mentions[captives - 1].possessive &&
        mentions[captives - 1].span.end == held_party->span.begin)
      held_party = &mentions[captives - 1];
    const Mention& by = mentions[holder];
    if (held_party->code.size() < 3 || held_party->code.starts_with("---") || by.code.size() < 3 ||
        by.code.starts_with("---") || by.locative || held_party->locative)
      continue;
    std::string source = by.code;
    if (state_actors && source.size() == 3 && source != "NGO") source += "GOV";
    const std::string& target = held_party->code;
    if (source == target ||
        std::any_of(events->begin(), events->end(), [&](const Event& e) {
          return e.sentence_index == sentence_index && e.cameo_code.starts_with("084") &&
                 e.source.code == source && e.target.code == target;
        }))
      continue;
    Event e;
    e.document_id = s.doc.document->id;
    e.sentence_index = sentence_index;
    e.id = EventIdAt(e.document_id, sentence_index, events->size());
    e.date = s.doc.document->date;
    e.source = s.ActorOf(by, source);
    e.target = s.ActorOf(*held_party, target);
    internal::SetEventCode(*info, "0841", &e);
    e.evidence.sentence = std::string(s.doc.OriginalText(s.sentence));
    e.evidence.sentence_bytes = s.sentence.bytes;
    e.evidence.verb_text = s.Text(TokenSpan{held, held + 2});
    e.evidence.verb_bytes = s.Bytes(TokenSpan{held, held + 2});
    e.evidence.rule = fmt::format(
        "'in {} for' ... '{} by': the holder releases the captives the swap bought",
        tokens[k].text, tokens[held].text);
    s.Note(fmt::format("EVENT {} 0841 {} (the other half of a swap)", source, target));
    events->push_back(std::move(e));
  }
}

}  // namespace khaldun::coder_internal
