// Internal: turning a request's query string into store filters, with a
// clear error for every bad parameter. Nothing here builds SQL; the values
// end in an EventFilter, which the store binds.
#ifndef KHALDUN_SRC_SERVE_PARAMS_H_
#define KHALDUN_SRC_SERVE_PARAMS_H_

#include <cstdint>
#include <initializer_list>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "khaldun/status.h"
#include "khaldun/store.h"

namespace khaldun::internal {

// The query parameters of one request (httplib::Params is a multimap).
using QueryParams = std::multimap<std::string, std::string>;

// The filter parameters every read endpoint accepts:
// from, to, actor, source, target, code, root, quad, location, negated.
extern const std::initializer_list<std::string_view> kFilterParams;

// kInvalidArgument naming the first parameter that is not in `allowed` or
// in `also`, or that is given twice.
Status CheckParams(const QueryParams& params, std::initializer_list<std::string_view> allowed,
                   std::initializer_list<std::string_view> also = {});

// The value of `name`, or "" when absent.
std::string Param(const QueryParams& params, std::string_view name);

// `name` as an integer in [min, max]; `fallback` when absent.
Result<int64_t> IntParam(const QueryParams& params, std::string_view name, int64_t fallback,
                         int64_t min, int64_t max);

// Fills `filter` from the filter parameters:
//   from, to    YYYY-MM-DD, inclusive; from <= to
//   actor, source, target   actor code prefixes, letters and digits ("USA", "irngov")
//   code        CAMEO code prefix, 2-4 digits; root: exactly 2 digits
//   quad        1-4; location: a place name or ISO alpha-3 code (UTF-8, <= 100 bytes)
//   negated     0 (default) or 1: include negated events
Status ParseEventFilter(const QueryParams& params, EventFilter* filter);

// The body of POST /api/code: a JSON object with "text" and "date"
// (required), "id", "title", "source", "url" (strings) and "store" (bool,
// into *store). kInvalidArgument names the bad or unknown field. A document
// without an id gets "api-" and 16 hex digits of its content hash.
Result<Document> ParseCodeRequest(const std::string& body, bool* store);

// The filter as JSON, echoing what was applied (for the answers).
nlohmann::json DescribeFilter(const EventFilter& filter);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_SERVE_PARAMS_H_
