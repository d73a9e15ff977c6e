// Scoring khaldun against hand-coded events: the project's gold standard
// (tests/gold/gold.jsonl) and the PLOVER gold records made from the CAMEO
// manual's examples (../shared/peers/plover/PLOVER_GSR_CAMEO.txt).
//
//   auto gold = ReadGoldFile("tests/gold/gold.jsonl");
//   std::vector<EvalCase> cases = CodeGoldItems(*gold, "dev", pipeline);
//   EvalReport report = ScoreCases(cases, EvalKind::kCameo);
//   std::cout << FormatReport(report);
//
// Matching rule. Within one item, a produced event matches a gold event when
// the source codes are equal, the target codes are equal and the event codes
// are equal, each at the level being scored:
//   actors: "exact" (the whole code: RUSGOV == RUSGOV) or "country" (the first
//           three letters: RUSGOV == RUSMIL == RUS, IGOUNO == IGOWSTNAT);
//   codes:  "root" (the first two digits: 0841 == 084 == 08) or "full".
// Each gold event and each produced event is matched at most once, so a
// second produced event that fits an already matched gold event (111 and 112
// against one gold 11, at root level) is a false positive. Identical produced
// events of one item (same source, code and target) count once.
// A gold target "*" matches any target (PLOVER records without a target).
//
// Precision = tp / (tp + fp), recall = tp / (tp + fn), F1 their harmonic
// mean; each is 0 when its denominator is 0. Per-class figures group the
// events by the class of their code (the root for CAMEO, the event type for
// PLOVER): a match counts for its class, an unmatched produced event is a
// false positive of its class, an unmatched gold event a false negative of its.
//
// Thread-safety: the functions are pure, apart from CodeGoldItems and
// CodePloverItems, which only call Pipeline::Process (itself thread-safe).
#ifndef KHALDUN_EVAL_H_
#define KHALDUN_EVAL_H_

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "khaldun/event.h"
#include "khaldun/status.h"

namespace khaldun {

class Pipeline;

// One event as scored: actor codes and an event code (a CAMEO code, or a
// PLOVER event type for the PLOVER check).
struct EventTriple {
  std::string source;
  std::string code;
  std::string target;  // "*" in gold matches any target
  friend bool operator==(const EventTriple&, const EventTriple&) = default;
  friend auto operator<=>(const EventTriple&, const EventTriple&) = default;
};

// "RUSGOV 042 CHNGOV".
std::string ToString(const EventTriple& e);

// An item of tests/gold/*.jsonl (see tests/gold/README.md for the format).
struct GoldItem {
  std::string id;
  std::string date;  // YYYY-MM-DD
  std::string text;
  std::vector<EventTriple> events;
  std::string split;  // "dev" or "heldout"
  std::vector<std::string> tags;
};

// Reads a gold JSONL file. Blank lines are skipped. A malformed line, a
// missing field, an event code that is not 2-4 digits or an empty actor is an
// error naming file:line; duplicate ids are an error too.
Result<std::vector<GoldItem>> ReadGoldFile(const std::string& path);
// The same over text already in memory; `origin` names it in errors.
Result<std::vector<GoldItem>> ParseGold(const std::string& jsonl, const std::string& origin);

// A record of the PLOVER gold file, reduced to what is scored: the countries
// (first three letters of each actor code; the file's "JAP" read as JPN) and
// the event type.
//
// The file was coded in 2016 with PLOVER 0.5b1, whose types DEMAND,
// DISAPPROVE, INVESTIGATE and FIGHT became REQUEST, ACCUSE, ACCUSE and
// ASSAULT in the 2021 PLOVER manual (chapter 7, "CAMEO vs. PLOVER"), the
// version of khaldun's CAMEO -> PLOVER table (data/cameo/cameo_plover.tsv).
// `event` holds the 2021 type, `original_event` the file's.
struct PloverItem {
  std::string id;
  std::string date;
  std::string text;
  std::string event;                 // 2021 type: "AGREE", "ASSAULT", ...
  std::string original_event;        // as in the file: "FIGHT", ...
  std::vector<std::string> sources;  // countries, in file order, without repeats
  std::vector<std::string> targets;  // empty when the record has no target
};

// Reads PLOVER_GSR_CAMEO.txt (one JSON array). Records without text (the
// DOCUMENT header) are skipped.
Result<std::vector<PloverItem>> ReadPloverFile(const std::string& path);
Result<std::vector<PloverItem>> ParsePlover(const std::string& json, const std::string& origin);

// The gold events of a PLOVER record at country level: every source with
// every target; with no target, a compound source ("Hungarian and Romanian
// officials agreed") gives every ordered pair of distinct sources (CAMEO's
// reciprocal SRC/TAR) and a single source gets the target "*".
std::vector<EventTriple> PloverGoldEvents(const PloverItem& item);

// One scored item: what the gold says and what khaldun produced.
struct EvalCase {
  std::string id;
  std::string text;
  std::vector<std::string> tags;
  std::vector<EventTriple> gold;
  std::vector<EventTriple> produced;
  // Produced events left out of `produced` (PLOVER: events whose CAMEO code
  // has no PLOVER type). Reported, not scored.
  uint64_t unscored = 0;
};

// Codes each item of `items` in `split` ("dev", "heldout" or "all") with
// `pipeline` on `threads` threads and returns the cases, in file order. Each
// item is one document dated by its "date".
std::vector<EvalCase> CodeGoldItems(const std::vector<GoldItem>& items, const std::string& split,
                                    const Pipeline& pipeline, int threads = 1);
// Codes each PLOVER record; produced events become (source country, PLOVER
// type, target country); events with an empty Event::plover_type are counted
// in EvalCase::unscored.
std::vector<EvalCase> CodePloverItems(const std::vector<PloverItem>& items,
                                      const Pipeline& pipeline, int threads = 1);

// Produced CAMEO events of one item as triples, identical ones merged.
std::vector<EventTriple> ProducedTriples(const std::vector<Event>& events);

enum class ActorLevel { kExact, kCountry };
enum class CodeLevel { kRoot, kFull };

struct Prf {
  uint64_t tp = 0;
  uint64_t fp = 0;
  uint64_t fn = 0;
  double Precision() const { return tp + fp == 0 ? 0.0 : double(tp) / double(tp + fp); }
  double Recall() const { return tp + fn == 0 ? 0.0 : double(tp) / double(tp + fn); }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
  void Add(const Prf& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
  }
  friend bool operator==(const Prf&, const Prf&) = default;
};

// The outcome of matching one item.
struct ItemMatch {
  Prf overall;
  std::map<std::string, Prf> per_class;
  std::vector<bool> gold_matched;      // parallel to the gold events
  std::vector<bool> produced_matched;  // parallel to the produced events
};

// Matches `produced` against `gold` under the rule at the top of this file.
// `class_by_root`: per-class keys are CAMEO roots ("04") when true, the whole
// code (a PLOVER type) when false. With CodeLevel::kRoot codes are compared
// by their first two characters, so use kFull for PLOVER types.
ItemMatch MatchEvents(const std::vector<EventTriple>& gold,
                      const std::vector<EventTriple>& produced, ActorLevel actors, CodeLevel codes,
                      bool class_by_root = true);

// Confusion counts: (gold class, produced class) -> count, "-" standing for
// "no event". Gold and produced events of one item are paired when their
// dyads agree at `actors` level: first the pairs whose classes agree, then
// the rest in order; unpaired gold events go to (class, "-"), unpaired
// produced events to ("-", class).
using Confusion = std::map<std::pair<std::string, std::string>, uint64_t>;
void AddConfusion(const std::vector<EventTriple>& gold, const std::vector<EventTriple>& produced,
                  ActorLevel actors, bool class_by_root, Confusion* confusion);

enum class EvalKind { kCameo, kPlover };

// One way of scoring: e.g. "(source, target, root)" with exact actors.
struct ScoreTable {
  std::string name;  // "root/exact", "root/country", "full/exact", "full/country", "plover/country"
  std::string title;  // a readable description
  Prf overall;
  std::map<std::string, Prf> per_class;
};

struct EvalReport {
  EvalKind kind = EvalKind::kCameo;
  std::string source;  // the gold file
  std::string split;   // "dev", "heldout", "all"; "" for PLOVER
  uint64_t items = 0;
  uint64_t items_without_gold = 0;  // no-event items
  uint64_t items_with_output = 0;   // items where khaldun produced at least one scored event
  uint64_t false_alarm_items = 0;   // no-event items where khaldun produced an event
  uint64_t gold_events = 0;
  uint64_t produced_events = 0;
  uint64_t unscored_events = 0;
  uint64_t exact_items = 0;  // items whose produced events equal the gold (first table's levels)
  std::vector<ScoreTable> tables;  // CAMEO: root/exact, root/country, full/exact, full/country
  // Items grouped by their gold tags ("passive", "metonymy", ...): one Prf
  // per table, in the order of `tables`. Empty for PLOVER (no tags).
  std::map<std::string, std::vector<Prf>> per_tag;
  std::map<std::string, uint64_t> tag_items;  // items carrying each tag
  Confusion confusion;             // CAMEO: roots with country-level dyads; PLOVER: types
  std::vector<EvalCase> cases;     // kept for --errors listings
  std::vector<ItemMatch> matches;  // of cases, under the first table's levels
  double seconds = 0;              // coding time, filled in by the caller
};

// Scores coded cases. Pure; does not look at EvalReport::seconds or source.
EvalReport ScoreCases(std::vector<EvalCase> cases, EvalKind kind);

// A readable report: counts, the overall table, per-class tables and the
// confusion table. With `errors`, also every item that was not coded exactly,
// with its missed and spurious events.
std::string FormatReport(const EvalReport& report, bool errors = false);

// The same as JSON: {"kind", "source", "split", "counts": {...}, "tables":
// [{"name", "title", "overall": {"tp","fp","fn","precision","recall","f1"},
// "per_class": {...}}], "confusion": [{"gold","produced","count"}], "seconds"}.
nlohmann::json ReportToJson(const EvalReport& report, bool errors = false);

}  // namespace khaldun

#endif  // KHALDUN_EVAL_H_
