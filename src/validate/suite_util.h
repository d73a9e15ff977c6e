// String helpers shared by the suite readers and the report.
#ifndef KHALDUN_SRC_VALIDATE_SUITE_UTIL_H_
#define KHALDUN_SRC_VALIDATE_SUITE_UTIL_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/validate.h"

namespace khaldun::internal {

std::string Trim(std::string_view s);
std::string Upper(std::string_view s);
std::vector<std::string> Split(std::string_view s, char sep);
// Runs of whitespace become one space; leading and trailing whitespace go.
std::string CollapseSpace(std::string_view s);

// One TABARI .options line as a key and a value, both upper case:
//   "SET: TIME SHIFT = FALSE"         -> ("SET: TIME SHIFT", "FALSE")
//   "SET: CODE BY SENTENCE"           -> ("SET: CODE", "BY SENTENCE")
//   "DEFAULT: SOURCE [DEFSRC] AFTER"  -> ("DEFAULT", "SOURCE [DEFSRC] AFTER")
// A trailing '}' is dropped. nullopt for a line with no "COMMAND:".
std::optional<SuiteOption> ParseTabariOption(std::string_view line);
// Replaces the value of option.key in `options`, or appends it.
void SetOption(std::vector<SuiteOption>* options, const SuiteOption& option);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_VALIDATE_SUITE_UTIL_H_
