// Internal: how an event's location is written in the JSON and CSV exports,
// shared by the mention, event, and PLOVER writers.
#ifndef KHALDUN_SRC_STORE_LOCATION_FIELDS_H_
#define KHALDUN_SRC_STORE_LOCATION_FIELDS_H_

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "khaldun/event.h"

namespace khaldun::internal {

// {"name", "country", "lat", "lon"} (+ "text" when `with_text`), or null.
nlohmann::json LocationToJson(const std::optional<Location>& location, bool with_text);
// "name,country,lat,lon" (name CSV-quoted), or ",,," when there is none.
std::string LocationCsvFields(const std::optional<Location>& location);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_STORE_LOCATION_FIELDS_H_
