#include "khaldun/document.h"

#include <charconv>

#include <fmt/format.h>

namespace khaldun {
namespace {

bool ParseDigits(std::string_view s, int* out) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

std::optional<Date> Make(int y, int m, int d) {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return std::nullopt;
  return Date{static_cast<int16_t>(y), static_cast<uint8_t>(m), static_cast<uint8_t>(d)};
}

}  // namespace

std::string Date::ToString() const {
  if (!known()) return "";
  return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
}

std::optional<Date> Date::Parse(std::string_view text) {
  int y, m, d;
  if (text.size() == 8 && ParseDigits(text.substr(0, 4), &y) && ParseDigits(text.substr(4, 2), &m) &&
      ParseDigits(text.substr(6, 2), &d)) {
    return Make(y, m, d);
  }
  if (text.size() < 10) return std::nullopt;
  char sep = text[4];
  if ((sep != '-' && sep != '/') || text[7] != sep) return std::nullopt;
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
  if (!ParseDigits(text.substr(0, 4), &y) || !ParseDigits(text.substr(5, 2), &m) ||
      !ParseDigits(text.substr(8, 2), &d)) {
    return std::nullopt;
  }
  return Make(y, m, d);
}

std::optional<Date> Date::ParseYymmdd(std::string_view text) {
  int yy, m, d;
  if (text.size() != 6 || !ParseDigits(text.substr(0, 2), &yy) ||
      !ParseDigits(text.substr(2, 2), &m) || !ParseDigits(text.substr(4, 2), &d)) {
    return std::nullopt;
  }
  return Make(yy < 30 ? 2000 + yy : 1900 + yy, m, d);
}

int64_t Date::DaysSinceEpoch() const {
  // Howard Hinnant's days_from_civil.
  int64_t y = year - (month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string_view AnalyzedDocument::OriginalText(const Sentence& s) const {
  return OriginalText(s.bytes);
}

std::string_view AnalyzedDocument::OriginalText(ByteSpan span) const {
  const std::string& text = document->text;
  if (span.begin > text.size() || span.end > text.size() || span.end < span.begin) return {};
  return std::string_view(text).substr(span.begin, span.size());
}

}  // namespace khaldun
