// Event records in the formats users exchange: JSON (one object per event,
// the full record with its evidence) and CSV (flat, one row per event).
//
// All functions are pure and thread-safe.
#ifndef KHALDUN_EXPORT_H_
#define KHALDUN_EXPORT_H_

#include <string>

#include <nlohmann/json.hpp>

#include "khaldun/event.h"

namespace khaldun {

// The full record: ids, date, source and target ({code, name, text, span,
// how}), CAMEO code, root, QuadClass, Goldstein, PLOVER type and mode,
// location and evidence.
nlohmann::json EventToJson(const Event& event);

// CSV with a header row; fields quoted as RFC 4180 requires.
std::string EventCsvHeader();
std::string EventToCsvRow(const Event& event);

std::string_view QuadClassName(QuadClass q);  // "material conflict"

}  // namespace khaldun

#endif  // KHALDUN_EXPORT_H_
