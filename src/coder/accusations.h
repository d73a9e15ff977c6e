// Accusations made by reporting an atrocity: "UN experts said that the
// junta was carrying out genocide against the Rohingya", "..., Amnesty
// International said in a report, describing the massacre as a crime against
// humanity", "calling the Israeli government genocidal". Whoever says that a
// party's deed is genocide, ethnic cleansing, a war crime or a crime against
// humanity accuses that party of war crimes (CAMEO 1124), whether or not the
// sentence uses "accuse". These helpers read the words; the coder decides
// the parties (coder.cc).
#ifndef KHALDUN_SRC_CODER_ACCUSATIONS_H_
#define KHALDUN_SRC_CODER_ACCUSATIONS_H_

#include <span>
#include <string_view>

#include "coder/clause.h"
#include "coder/mentions.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

// What a verb of saying or naming reports about an atrocity.
struct AtrocityReport {
  int term = -1;         // first token of the atrocity's name, or -1 when none is reported
  int perpetrator = -1;  // the mention the report names as its doer, or -1
  // With no doer named after the verb ("..., UN investigators said,
  // calling the campaign genocide", "in what the UN rights chief called
  // ethnic cleansing", "said that it looked like ethnic cleansing"): the
  // report is about the act told before the verb, whose doer is accused.
  bool refers_back = false;
};

// For the verb at `verb` with lemma `lemma`:
//  - only verbs of saying and naming report (SAY, STATE, ADD, FIND,
//    CONCLUDE, CALL, DESCRIBE, TERM, BRAND, LABEL, WARN);
//  - the atrocity's name ("genocide", "genocidal", "ethnic cleansing", "war
//    crime(s)", "crime(s) against humanity") must follow the verb in its
//    sentence within 45 tokens, or, for a verb of naming whose subject is
//    set off after the report (", as the envoy called it"), come before it;
//    a plain attribution after the report (", Amnesty said") accuses no one;
//  - a name negated or referred to rather than asserted ("was not genocide",
//    "no evidence of genocide", "accusations of genocide", "the Genocide
//    Convention") reports nothing;
//  - the doer is the first actor mention between the verb and the name that
//    is not a place ("said that Iran's crackdown ... amounted to crimes
//    against humanity": Iran; "calling the Israeli government genocidal").
AtrocityReport AtrocityInReport(std::string_view lemma, std::span<const Token> tokens,
                                std::span<const Mention> mentions, TokenSpan verb);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_ACCUSATIONS_H_
