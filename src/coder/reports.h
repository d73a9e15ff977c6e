// Reports of what a party did: "Ukrainian officials said Russian troops had
// shelled the school", "..., a rights group said", "according to the
// council". A denial that names no party answers whoever reported the
// act it denies (see the denial rules of coder_candidates_targets.cc).
#ifndef KHALDUN_SRC_CODER_REPORTS_H_
#define KHALDUN_SRC_CODER_REPORTS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "coder/mentions.h"

namespace khaldun::coder_internal {

// One report: who reports (a party's code, with a country or an
// international organisation) and the parties named in what it reports.
struct Report {
  uint32_t sentence_index = 0;
  uint32_t verb = 0;          // the reporting word's token
  std::string reporter;       // its code
  // The three-letter country (or IGO, NGO) part of each party named in what
  // is reported, with the token the party's mention starts at.
  std::vector<std::pair<std::string, uint32_t>> reported;
};

// Appends to `out` the reports of one sentence: a reporting verb (said,
// concluded, reported, alleged, claimed, found) with its reporter right
// before it, reporting what follows ("a Dutch panel of auditors concluded that
// ...") or, after a comma, what precedes (", an Eritrean rights group
// said"); and "according to" a party, reporting what precedes. A
// reporter with no country reports nothing.
void FindReports(std::span<const Token> tokens, std::span<const internal::Mention> mentions,
                 uint32_t sentence_index, std::vector<Report>* out);

// Whoever last reported something of `denier`'s country, another party's
// report, in the sentence before `sentence_index` or in that sentence
// before token `before`; its code, or "".
std::string ReporterOf(std::span<const Report> reports, uint32_t sentence_index,
                       uint32_t before, std::string_view denier);

}  // namespace khaldun::coder_internal

#endif  // KHALDUN_SRC_CODER_REPORTS_H_
