// libFuzzer target for what a client controls in a request: the query
// string of the read endpoints (split on '&' and '=' as a server would,
// after URL decoding) and the JSON body of POST /api/code. Input: the query
// string, a NUL byte, the body. Neither parser may crash, hang or accept a
// filter that breaks the store's expectations (codes upper-case letters and
// digits).
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "serve/params.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t nul = input.find('\0');
  std::string_view query = input.substr(0, nul);
  khaldun::internal::QueryParams params;
  while (!query.empty()) {
    const size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    const size_t eq = pair.find('=');
    params.emplace(std::string(pair.substr(0, eq)),
                   eq == std::string_view::npos ? std::string() : std::string(pair.substr(eq + 1)));
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  (void)khaldun::internal::CheckParams(params, khaldun::internal::kFilterParams,
                                       {"limit", "offset", "bucket"});
  khaldun::EventFilter filter;
  if (khaldun::internal::ParseEventFilter(params, &filter).ok()) {
    for (const std::string* code : {&filter.actor, &filter.source, &filter.target}) {
      for (char c : *code) {
        if (!std::isupper(static_cast<unsigned char>(c)) &&
            !std::isdigit(static_cast<unsigned char>(c))) {
          std::abort();
        }
      }
    }
    (void)khaldun::internal::DescribeFilter(filter).dump();
  }
  (void)khaldun::internal::IntParam(params, "limit", 50, 1, 500);
  if (nul != std::string_view::npos) {
    bool store = false;
    auto doc = khaldun::internal::ParseCodeRequest(std::string(input.substr(nul + 1)), &store);
    if (doc.ok() && (doc->text.empty() || !doc->date.known() || doc->id.empty())) std::abort();
  }
  return 0;
}
