// Acts done in an inquiry: "French police detained the mayor of Lyon in a
// corruption probe", "customs officers seized the tycoon's yacht as part of
// their investigation into tax fraud". An arrest or a seizure that a state
// organ makes in the course of an inquiry is also the inquiry itself (091,
// investigate crime or corruption) by the same organ against the same party,
// as the gold sets code such sentences. (Helper of Coder::Code's stages,
// declared in coder/coder_internal.h.)

#include <fmt/format.h>

#include <array>
#include <string_view>

#include "coder/coder_internal.h"
#include "coder/event_id.h"
#include "coder/mentions.h"
#include "coder/patterns.h"

namespace khaldun::coder_internal {

namespace {

// The token of an inquiry noun the sentence names as the frame of an act,
// "in a corruption probe", "as part of their investigation", "in a widening
// bribery inquiry": the noun at most four words after "in" or "of", with
// no punctuation between. 0 if none. ("opened an investigation into" is an
// inquiry of its own, coded by its verb, and is not a frame.)
uint32_t InquiryFrame(std::span<const Token> tokens) {
  static constexpr std::array<std::string_view, 6> kInquiry = {
      "investigation", "inquiry", "probe", "enquiry", "investigations", "inquiries"};
  for (uint32_t q = 2; q < tokens.size(); ++q) {
    if (!internal::InWords(kInquiry, tokens[q])) continue;
    for (uint32_t j = q - 1; j > 0 && j + 5 > q; --j) {
      if (tokens[j].Has(kTokenPunct)) break;
      if (internal::IsWord(tokens[j], "in") || internal::IsWord(tokens[j], "of")) return q;
    }
  }
  return 0;
}

// A state organ that may lead an inquiry: police, judges and prosecutors,
// intelligence services, a government and its agencies.
bool InquiringOrgan(std::string_view code) {
  return code.size() >= 6 && (code.ends_with("COP") || code.ends_with("JUD") ||
                              code.ends_with("SPY") || code.ends_with("GOV"));
}

}  // namespace

void InquiryActEvents(SentenceContext& s, uint32_t sentence_index, const CameoCodebook& codebook,
                      std::vector<Event>* events) {
  const CameoCode* info = codebook.Find("091");
  if (info == nullptr) return;
  const uint32_t frame = InquiryFrame(s.tokens);
  if (frame == 0) return;
  const size_t n = events->size();
  for (size_t i = 0; i < n; ++i) {
    const Event& act = (*events)[i];
    // Arrests and seizures (17x: 171 seize, 173 arrest) told before the
    // frame, by an organ of the state, against another party.
    if (act.sentence_index != sentence_index || act.negated || act.root_code != "17" ||
        !(act.cameo_code.starts_with("171") || act.cameo_code.starts_with("173")) ||
        !InquiringOrgan(act.source.code) || act.target.code.size() < 3 ||
        act.evidence.verb_bytes.begin >= s.tokens[frame].bytes.begin)
      continue;
    if (const int verb = EvidenceToken(s.tokens, act);
        verb < 0 || static_cast<uint32_t>(verb) >= frame ||
        ClauseBreakBetween(s.tokens, static_cast<uint32_t>(verb), frame))
      continue;
    bool told = false;  // the sentence's inquiry of this pair, coded already
    for (const Event& e : *events)
      told |= e.sentence_index == sentence_index && e.root_code == "09" &&
              e.source.code == act.source.code && e.target.code == act.target.code;
    if (told) continue;
    Event e = act;
    e.id = EventIdAt(e.document_id, sentence_index, events->size());
    internal::SetEventCode(*info, "091", &e);
    e.evidence.rule = fmt::format("'{}' done in an inquiry ('{}'): the inquiry of the same parties",
                                  act.evidence.verb_text, s.tokens[frame].text);
    s.Note(fmt::format("EVENT {} 091 {} ('{}' in an inquiry)", e.source.code, e.target.code,
                       act.evidence.verb_text));
    events->push_back(std::move(e));
  }
}

}  // namespace khaldun::coder_internal
