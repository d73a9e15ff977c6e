#include <fmt/format.h>

#include "ingest/sources.h"
#include "khaldun/text.h"

namespace khaldun {

std::string Rejection::ToString() const {
  return Status(StatusCode::kInvalidArgument, reason, context).ToString();
}

namespace internal {

InputReader::Kind Reject(Rejection* rejection, const std::string& file, uint64_t line,
                         std::string record, std::string reason) {
  rejection->context = ErrorContext{file, line, std::move(record)};
  rejection->reason = std::move(reason);
  return InputReader::Kind::kRejected;
}

std::string TooLongReason(uint64_t bytes, uint64_t limit) {
  return fmt::format("record is {} bytes, over the limit of {} (--max-record-bytes)", bytes, limit);
}

std::optional<std::string> Utf8Problem(std::string_view bytes) {
  const size_t bad = FindInvalidUtf8(bytes);
  if (bad == std::string_view::npos) return std::nullopt;
  return fmt::format("invalid UTF-8 at byte {}", bad);
}

bool IsBlank(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0x80) {
      // "\u00A0\u200B" is blank too: let the normaliser fold spaces and drop
      // invisibles, then look again.
      std::string normalized;
      std::vector<uint32_t> map;
      NormalizeText(text, &normalized, &map);
      return normalized.find_first_not_of(" \t\r\n\f\v") == std::string::npos;
    }
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v') return false;
  }
  return true;
}

}  // namespace internal
}  // namespace khaldun
