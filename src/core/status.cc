#include "khaldun/status.h"

#include <fmt/format.h>

namespace khaldun {

std::string_view StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid argument";
    case StatusCode::kNotFound: return "not found";
    case StatusCode::kIoError: return "I/O error";
    case StatusCode::kLimitExceeded: return "limit exceeded";
    case StatusCode::kCorruption: return "corruption";
    case StatusCode::kInternal: return "internal error";
  }
  return "unknown";
}

Status Status::WithContext(const ErrorContext& outer) const {
  Status s = *this;
  if (s.context_.file.empty()) s.context_.file = outer.file;
  if (s.context_.line == 0) s.context_.line = outer.line;
  if (s.context_.record.empty()) s.context_.record = outer.record;
  return s;
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  std::string out;
  if (!context_.file.empty()) {
    out += context_.file;
    if (context_.line > 0) out += fmt::format(":{}", context_.line);
    out += ": ";
  }
  if (!context_.record.empty()) out += fmt::format("record {}: ", context_.record);
  out += message_;
  return out;
}

}  // namespace khaldun
