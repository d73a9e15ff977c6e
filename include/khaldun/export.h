// Event records in the formats users exchange:
//   - a mention (khaldun::Event) as JSON (the full record with its evidence)
//     or a flat CSV row;
//   - a deduplicated event (StoredEvent) as JSON or CSV;
//   - GDELT 2.0: the 61-column event TSV and the 16-column mentions TSV, in
//     GDELT's column order, fields khaldun does not produce left empty;
//   - PLOVER JSON records.
//
// All functions are pure and thread-safe.
#ifndef KHALDUN_EXPORT_H_
#define KHALDUN_EXPORT_H_

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "khaldun/event.h"
#include "khaldun/store.h"

namespace khaldun {

class Gazetteer;

// The full record: ids, date, source and target ({code, name, text, span,
// how}), CAMEO code, root, QuadClass, Goldstein, PLOVER type and mode,
// location and evidence.
nlohmann::json EventToJson(const Event& event);

// CSV with a header row; fields quoted as RFC 4180 requires.
std::string EventCsvHeader();
std::string EventToCsvRow(const Event& event);

std::string_view QuadClassName(QuadClass q);  // "material conflict"

// A deduplicated event: id, date, source/target {code, name}, codes,
// QuadClass, Goldstein, PLOVER, location, negated, num_mentions,
// num_sources, num_articles, is_root, source_url, added.
nlohmann::json StoredEventToJson(const StoredEvent& event);
std::string StoredEventCsvHeader();
std::string StoredEventToCsvRow(const StoredEvent& event);

// ---- GDELT 2.0 ----------------------------------------------------------

// GDELT 2.0's event table columns, in order (61): GlobalEventID, Day,
// MonthYear, Year, FractionDate, Actor1Code ... SOURCEURL.
const std::vector<std::string>& GdeltEventColumns();
// GDELT 2.0's mentions table columns, in order (16).
const std::vector<std::string>& GdeltMentionColumns();

struct GdeltOptions {
  // Tells countries from cities for ActionGeo_Type (1 country, 3 US city,
  // 4 world city). Without it, a location is a country when its name is
  // empty or it has no coordinates, else a world (or US) city. Not owned.
  const Gazetteer* gazetteer = nullptr;
};

// The parts of a CAMEO actor code as GDELT splits them: "USAMIL" ->
// country USA, type1 MIL; "IGOUNO" -> type1 IGO, known group UNO.
struct ActorCodeParts {
  std::string country, known_group;
  std::array<std::string, 3> types;
};
ActorCodeParts SplitActorCode(std::string_view code);

// GDELT's FractionDate, YYYY.FFFF with FFFF = ((month - 1) * 30 + day) / 365.
std::string GdeltFractionDate(const Date& date);

// One event as GDELT 2.0 event TSV fields (61, no tabs or newlines inside),
// and as a line (fields joined by tabs, no trailing newline). Fields khaldun
// does not produce (religion, ethnicity, ADM codes, feature ids, AvgTone,
// actor geography, FIPS country codes) are empty.
std::vector<std::string> GdeltEventFields(const StoredEvent& event, const GdeltOptions& options = {});
std::string GdeltEventRow(const StoredEvent& event, const GdeltOptions& options = {});

// One mention as GDELT 2.0 mentions TSV fields (16): GlobalEventID,
// EventTimeDate, MentionTimeDate, MentionType (1, web), MentionSourceName,
// MentionIdentifier (url, else document id), SentenceID (1-based),
// Actor1CharOffset, Actor2CharOffset, ActionCharOffset (bytes into the
// document; -1 when absent), InRawText (1), Confidence (empty), MentionDocLen,
// MentionDocTone (empty), MentionDocTranslationInfo (empty), Extras (empty).
std::vector<std::string> GdeltMentionFields(const StoredMention& mention);
std::string GdeltMentionRow(const StoredMention& mention);

// ---- PLOVER ---------------------------------------------------------------

// A PLOVER record: id, date, event (PLOVER type), mode, context ([]),
// actor/recipient ({code, name, country}), location, cameo, quad_class,
// goldstein, num_mentions, num_sources, num_articles, source_url. An event
// whose CAMEO code has no PLOVER type ("dropped" 01/02) has event "".
nlohmann::json StoredEventToPlover(const StoredEvent& event);

}  // namespace khaldun

#endif  // KHALDUN_EXPORT_H_
