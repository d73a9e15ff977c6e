// Coder::Code's document-level passes over the events of a document
// (coder/coder_internal.h).

#include "coder/coder_internal.h"
#include "coder/sports.h"

namespace khaldun::coder_internal {

// The document-level passes over a document's events, after its sentences.
void DocumentPostPasses(const DocumentState& state) {
  const CoderOptions& options = state.options;
  const CoderResources& resources = state.resources;
  const AnalyzedDocument& doc = state.doc;
  ExplainTrace* const trace = state.trace;
  std::vector<Event>& events = state.events;
  if (options.require_dyad) {
    HostNamesTheVisit(&events);
    AWelcomeReportsTheVisit(*resources.codebook, &events);
  }
  ASentenceFollowsItsVerdict(&events);
  AResignationAnswersItsCall(&events);
  AConcessionIsCodedOnce(&events);
  // "Wales coach Mike Ruddock has made two changes from the team that beat
  // Italy 38-8 for Saturday's trip to France": in a sports report countries
  // are teams (coder/sports.h); nothing in it is coded. Looked at only when
  // there is something to drop.
  if (!events.empty() && internal::IsSportsReport(doc)) {
    events.clear();
    if (trace)
      trace->sentences.push_back(
          {0, "", "", {"a sports report (words of sport and match scores): countries are teams; "
                       "no events"}});
  }
}

}  // namespace khaldun::coder_internal
