#include "khaldun/coder.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <optional>

#include "coder/clause.h"
#include "coder/coder_internal.h"
#include "coder/headline_verbs.h"
#include "coder/mentions.h"
#include "coder/patterns.h"
#include "coder/petrarch_engine.h"
#include "coder/accusations.h"
#include "coder/claimed_acts.h"
#include "coder/reactions.h"
#include "coder/release_calls.h"
#include "coder/retaliation_words.h"
#include "coder/sports.h"
#include "coder/render.h"
#include "coder/tabari_engine.h"
#include "coder/verb_dates.h"
#include "coder/background_years.h"
#include "coder/killing_subjects.h"
#include "coder/own_forces.h"

namespace khaldun {

using internal::ClauseWindow;
using internal::Mention;

Coder::Coder(CoderResources resources, CoderOptions options)
    : resources_(std::move(resources)), options_(options) {
  if (resources_.dictionary)
    pattern_index_ = std::make_shared<const internal::PatternIndex>(
        internal::PatternIndex::Build(*resources_.dictionary));
}

using namespace coder_internal;  // the helpers of the stages below

std::vector<Event> Coder::Code(const AnalyzedDocument& doc, ExplainTrace* trace) const {
  if (options_.mode == CodingMode::kTabari)
    return internal::CodeTabari(resources_, options_, doc, trace);
  if (options_.mode == CodingMode::kPetrarch)
    return internal::CodePetrarch(resources_, options_, doc, trace);
  std::vector<Event> events;
  const Dictionary& dict = *resources_.dictionary;
  internal::CoreferenceMemory memory;
  internal::MentionContext mention_context{&dict, resources_.gazetteer.get(), doc.document->date};
  MatchScratch scratch;
  std::vector<PhraseMatch> matches;
  std::vector<Token> tagged;                     // a tagged copy of the sentence, reused
  internal::CoreferenceMemory::Salient salient;  // reused

  // "KABUL (Reuters) - Protesters ransacked UN compounds": a role with no
  // country acts where the story is filed from, when nothing nearer says.
  const Place* dateline_place = DatelinePlace(doc.dateline, resources_.gazetteer.get());
  // "Thousands of protesters marched in Algiers. Police fired tear gas to
  // disperse them": with no dateline, a role with no country acts where the
  // placed event of the sentence before happened (DZACOP 175 DZAOPP).
  std::optional<Location> story_place;
  std::vector<Report> reports;  // of the sentence read and the one before
  for (const Sentence& sentence : doc.sentences) {
    const std::optional<Location> scene = std::move(story_place);
    story_place.reset();
    // Where this sentence's last event among one country's own people
    // happened, for the roles of its later acts.
    std::optional<Location> domestic_scene;
    std::span<const Token> tokens(doc.SentenceTokens(sentence), sentence.token_count);
    ExplainTrace::SentenceTrace* st = nullptr;
    if (trace) {
      trace->sentences.push_back({sentence.index,
                                  std::string(doc.OriginalText(sentence)),
                                  internal::RenderTokens(tokens),
                                  {}});
      st = &trace->sentences.back();
    }
    matches.clear();
    dict.FindCandidates(tokens, scratch, &matches);
    AddHyphenatedActors(dict, tokens, scratch, &matches);
    // "a video call on Tuesday", "called on Thursday for a truce": a date
    // is not part of a phrasal verb.
    internal::ReadVerbsAcrossDates(dict, tokens, scratch, &matches);
    bool has_trigger = false, has_actor = false, has_place_act = false, has_protest = false,
         has_restriction = false, has_arrest = false, has_killing = false;
    for (const PhraseMatch& m : matches) {
      has_trigger |= m.kind == PhraseMatch::Kind::kVerb || m.kind == PhraseMatch::Kind::kNominal;
      if (m.kind == PhraseMatch::Kind::kVerb || m.kind == PhraseMatch::Kind::kNominal) {
        const VerbForm& form = dict.verb_form(m.id);
        const std::string& code = form.EffectiveCode(dict.verb_blocks()).primary;
        has_place_act |= (!code.empty() && TargetIsAPlace(code)) ||
                         (pattern_index_ && pattern_index_->block_may_act_on_place[form.block]);
        has_protest |= internal::AddressesOwnGovernment(code) ||
                       (pattern_index_ && pattern_index_->block_may_protest[form.block]);
        has_arrest |= code.starts_with("173") || code.starts_with("09");
        has_killing |= m.kind == PhraseMatch::Kind::kVerb && IsKillingOrWounding(form);
        has_restriction |= internal::FallsOnOwnPopulation(code) ||
                           (pattern_index_ && pattern_index_->block_may_restrict[form.block]);
      }
      has_actor |= m.kind == PhraseMatch::Kind::kActor || m.kind == PhraseMatch::Kind::kAgent;
    }
    // Reports of this sentence are found once its mentions are read; those
    // of the sentence before are kept (coder/reports.h).
    std::erase_if(reports,
                  [&](const Report& r) { return r.sentence_index + 1 < sentence.index; });
    const DyadCues cues{options_, resources_, pattern_index_.get(), dict, sentence, matches, events,
                        has_place_act, has_protest, has_restriction, has_arrest, has_killing,
                        reports};
    // Mentions are read in every sentence, so that names and pronouns in
    // later sentences resolve.
    memory.Save(&salient);
    std::vector<Mention> mentions =
        internal::FindMentions(tokens, matches, mention_context, &memory);
    // Only sentences that could hold an event pay for POS tagging: a trigger
    // and, when events need a dyad, two actors. The mentions are then read
    // again with the tags. Only the POS tags are read (noun or verb reading,
    // voice); chunking would cost as much again and nothing uses it.
    if (has_trigger && resources_.syntax && !tokens.empty() && tokens[0].pos == 0 &&
        MayHoldADyad(cues, mentions, tokens)) {
      tagged.assign(tokens.begin(), tokens.end());
      resources_.syntax->TagPos(tagged);
      CorrectVerbTags(dict, matches, &tagged);
      internal::CorrectHeadlineVerbTags(dict, matches, &tagged);
      tokens = tagged;
      // "Putin welcomed him": the second reading must resolve "him" as the
      // first did, against the persons of earlier sentences.
      memory.Restore(salient);
      mentions = internal::FindMentions(tokens, matches, mention_context, &memory);
    }
    FindReports(tokens, mentions, sentence.index, &reports);
    SentenceContext s{doc, sentence, tokens, matches, mentions, st};
    if (st) {
      for (const PhraseMatch& m : matches)
        s.Note(internal::RenderMatch(dict, m, tokens, doc.document->date));
      for (const Mention& m : mentions) s.Note(internal::RenderMention(m, tokens));
    }
    if (!has_trigger || (!has_actor && mentions.empty())) {
      s.Note(has_trigger ? "no actor: nothing to code" : "no verb or event noun: nothing to code");
      continue;
    }
    if (!MayHoldADyad(cues, mentions, tokens)) {
      s.Note("fewer than two actors: no event possible");
      continue;
    }

    TriggerState triggers;
    const TriggerInputs trigger_inputs{options_, resources_, pattern_index_.get(), dict,
                                       sentence, s, tokens, matches, mentions, events,
                                       reports};
    for (size_t mi = 0; mi < matches.size(); ++mi)
      FindTriggerCandidates(trigger_inputs, triggers, mi);
    ClaimedActs(s, mentions, &triggers);
    ReleaseCallsToLaterCaptors(s, &mentions, &triggers.candidates);
    ReleaseCallsToTheHoldingState(s, &mentions, &triggers.candidates);
    ReleaseCallsWithNoAddressee(s, &mentions, triggers.orphans, &triggers.candidates);
    ReleasesDemandedAlongside(s, mentions, triggers.orphans, &triggers.candidates);
    DropRetaliationWords(s, mentions, options_.state_actors, &triggers.candidates);
    DropActsDatedYearsBefore(s, doc.document->date, &triggers.candidates);

    AssembleEvents({options_, resources_, doc, sentence, s, tokens, matches, mentions,
                    dateline_place, scene, story_place, domestic_scene, events},
                   triggers.candidates);
    SharedActEvents(s, sentence.index, options_.state_actors, &events);
    SwapHalfEvents(s, sentence.index, *resources_.codebook, options_.state_actors, &events);
    DropTollParticiples(s, sentence.index, &events);
    DropPlaceOfAKillingsSubject(s, sentence.index, &events);
    RecodeViolenceOnCivilians(s, sentence.index, *resources_.codebook, &events);
    RecodeActsWithAMassToll(s, sentence.index, *resources_.codebook, &events);
    CiviliansAsTargets(s, sentence.index, &events);
    RecodeForceOnProtesters(s, sentence.index, *resources_.codebook, &events);
    DropActsOnOwnForces(s, sentence.index, &events);
    if (options_.require_dyad) {
      AdmissionEvents(s, sentence.index, *resources_.codebook, options_.state_actors, &events);
      ClaimEvents(s, sentence.index, *resources_.codebook, &events);
      InquiryActEvents(s, sentence.index, *resources_.codebook, &events);
      // "Saudi Arabia and Iran agreed to restore relations in a deal brokered
      // by China", "agreed to a ceasefire after talks mediated by China in
      // Kunming": the party named after "brokered by" or "mediated by"
      // mediates (045) between the parties of the sentence's agreement or
      // talks.
      MediatorEvents(s, sentence.index, *resources_.codebook, options_.state_actors,
                     resources_.gazetteer.get(), &events);
      // "The Sudanese army agreed to a week-long truce under a deal mediated
      // by Saudi Arabia": the mediator mediates (045); it is not the
      // party the agreement is made with. The act the mediation was read
      // from names no other party.
      std::erase_if(events, [&](const Event& e) {
        if (e.sentence_index != sentence.index || e.cameo_code.starts_with("045")) return false;
        for (size_t x = 0; x < s.mentions.size(); ++x)
          if (s.mentions[x].span == e.target.tokens &&
              MediatorAgent(s.tokens, s.mentions, static_cast<int>(x))) {
            s.Note(fmt::format("{} {} {}: the target is the mediator, not a party; dropped",
                               e.source.code, e.cameo_code, e.target.code));
            return true;
          }
        return false;
      });
    }
  }
  DocumentPostPasses({options_, resources_, doc, trace, events});
  return events;
}

}  // namespace khaldun
