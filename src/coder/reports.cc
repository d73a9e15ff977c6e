// Reports of what a party did (coder/reports.h).

#include "coder/reports.h"

#include <array>

namespace khaldun::coder_internal {

using internal::InWords;
using internal::IsWord;
using internal::Mention;

namespace {

// Verbs that report what a party did. ("says" and "said" alone would do for
// most news; "concluded" and "found" report an inquiry's findings.)
constexpr std::array<std::string_view, 8> kReportingVerbs = {
    "said", "says", "concluded", "reported", "alleged", "claimed", "found", "charged"};

// A mention that can report: a party with a country or an organisation,
// not a place.
bool CanReport(const Mention& x) {
  return !x.span.empty() && x.code.size() >= 3 && !x.locative && !x.possessive &&
         !x.code.starts_with(internal::kUnplacedCountry);
}

// Whether tokens [from, to) hold a clause break (a comma, a semicolon) or
// a quote.
bool BreakBetween(std::span<const Token> tokens, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to && k < tokens.size(); ++k)
    if (tokens[k].text == "," || tokens[k].text == ";" || tokens[k].Has(kTokenQuote))
      return true;
  return false;
}

void AddReported(std::span<const Mention> mentions, int reporter, uint32_t from, uint32_t to,
                 Report* r) {
  for (size_t x = 0; x < mentions.size(); ++x) {
    const Mention& m = mentions[x];
    if (static_cast<int>(x) == reporter || m.span.empty() || m.code.size() < 3 ||
        m.code.starts_with(internal::kUnplacedCountry) || m.span.begin < from ||
        m.span.begin >= to)
      continue;
    r->reported.emplace_back(m.code.substr(0, 3), m.span.begin);
  }
}

}  // namespace

void FindReports(std::span<const Token> tokens, std::span<const Mention> mentions,
                 uint32_t sentence_index, std::vector<Report>* out) {
  // (A report needs a reporter and a party reported.)
  if (mentions.size() < 2) return;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  for (uint32_t k = 1; k < n; ++k) {
    const bool according = IsWord(tokens[k - 1], "according") && IsWord(tokens[k], "to");
    if (!according && !InWords(kReportingVerbs, tokens[k])) continue;
    int reporter = -1;
    if (according) {
      // "..., according to Ukraine's emergency service": the party right
      // after "to" (past a determiner) reports what comes before.
      for (size_t x = 0; x < mentions.size(); ++x)
        if (CanReport(mentions[x]) && mentions[x].span.begin > k &&
            mentions[x].span.begin <= k + 2) {
          reporter = static_cast<int>(x);
          break;
        }
      if (reporter < 0) continue;
      Report r{sentence_index, k, mentions[reporter].code, {}};
      AddReported(mentions, reporter, 0, k - 1, &r);
      if (!r.reported.empty()) out->push_back(std::move(r));
      continue;
    }
    // The reporter: the last party ending within six words before the
    // verb, with no clause break between ("a Dutch panel of
    // auditors concluded").
    for (size_t x = 0; x < mentions.size(); ++x)
      if (CanReport(mentions[x]) && mentions[x].span.end <= k &&
          mentions[x].span.end + 6 >= k && !BreakBetween(tokens, mentions[x].span.end, k))
        reporter = static_cast<int>(x);
    if (reporter < 0) continue;
    const Mention& who = mentions[reporter];
    Report r{sentence_index, k, who.code, {}};
    // ", a rights group said": a reporter opened by a comma reports the
    // clause before it; else what follows the verb, to a semicolon.
    uint32_t open = who.span.begin;
    if (open > 0 && (IsWord(tokens[open - 1], "a") || IsWord(tokens[open - 1], "the"))) --open;
    if (open > 0 && tokens[open - 1].text == ",") {
      AddReported(mentions, reporter, 0, open - 1, &r);
    } else {
      uint32_t end = k + 1;
      while (end < n && tokens[end].text != ";") ++end;
      AddReported(mentions, reporter, k + 1, end, &r);
    }
    if (!r.reported.empty()) out->push_back(std::move(r));
  }
}

std::string ReporterOf(std::span<const Report> reports, uint32_t sentence_index,
                       uint32_t before, std::string_view denier) {
  if (denier.size() < 3) return "";
  const std::string_view country = denier.substr(0, 3);
  std::string found;
  for (const Report& r : reports) {
    const bool same = r.sentence_index == sentence_index;
    if (!(same || r.sentence_index + 1 == sentence_index) || (same && r.verb >= before) ||
        r.reporter.starts_with(country))
      continue;
    for (const auto& [party, at] : r.reported)
      if (party == country && (!same || at < before)) {
        found = r.reporter;
        break;
      }
  }
  // "South Korea said ...": a country named alone speaks as its government,
  // and a denial answers it so (tests/gold/README.md, sector conventions).
  if (found.size() == 3 && found != "NGO" && found != "IGO") found += "GOV";
  return found;
}

}  // namespace khaldun::coder_internal
