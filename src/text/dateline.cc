// Dateline recognition: "TEHRAN (Tasnim) – Iranian President Hassan Rouhani ...".
//
// A dateline is only accepted at the very start of the body and only in the
// shape wire services use, so that a real first sentence is never eaten:
//
//   PLACE [, Qualifier ...] [(Agency)] SEPARATOR body
//
//   PLACE      one to six ALL-CAPS words ("TEHRAN", "NEW YORK", "SÃO PAULO",
//              "ST. LOUIS", "ISLAMABAD/KABUL"), at least two capital letters;
//   Qualifier  after a comma, capitalised words, numbers and commas
//              ("Afghanistan", "Jan 3", "Jan. 3", "Syria, Jan. 5");
//   (Agency)   a parenthesis of at most 60 bytes on the same line;
//   SEPARATOR  a dash (-, --, en or em dash, raw or normalised) followed by a
//              space, or a colon directly after PLACE ("LONDON: ...");
//   body       starts with a capital, a digit or a quotation mark.
//
// "US forces - mainly marines - ..." fails at "forces" (a lower-case word after
// the caps), "Rouhani said - ..." fails at once (not ALL CAPS). A one-word
// all-caps subject followed by a dash ("NATO - the alliance said") would be
// taken for a dateline; wire copy does not write sentences that way.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "khaldun/text.h"

namespace khaldun {
namespace {

constexpr int kMaxPlaceWords = 6;
constexpr int kMaxQualifierWords = 6;
constexpr size_t kMaxParenthesis = 60;

class Scanner {
 public:
  explicit Scanner(std::string_view text) : s_(text) {}

  size_t pos() const { return pos_; }
  void set_pos(size_t p) { pos_ = p; }
  bool done() const { return pos_ >= s_.size(); }
  char peek(size_t ahead = 0) const { return pos_ + ahead < s_.size() ? s_[pos_ + ahead] : '\0'; }

  void SkipSpaces() {  // spaces and tabs, never a newline
    while (!done() && (peek() == ' ' || peek() == '\t')) ++pos_;
  }

  // The code point at pos without consuming it; *length gets its byte count.
  UChar32 Peek(int32_t* length) const {
    int32_t i = static_cast<int32_t>(pos_);
    UChar32 c;
    U8_NEXT(s_.data(), i, static_cast<int32_t>(s_.size()), c);
    *length = i - static_cast<int32_t>(pos_);
    return c;
  }

  // A word of letters with inner '.', '\'' or '-' ("ST.", "AL-QAIM"). Returns
  // the number of upper-case letters, or -1 if a letter is lower case (or
  // there is no letter); on -1 the position is unspecified.
  int CapsWord() {
    int upper = 0;
    while (!done()) {
      int32_t len;
      const UChar32 c = Peek(&len);
      if (c >= 0 && u_isUUppercase(c)) {
        ++upper;
      } else if (c >= 0 && u_isalpha(c)) {
        return -1;
      } else if ((c == '.' || c == '\'' || c == '-' || c == '/') && upper > 0) {
        // "ST.", "AL-QAIM", "ISLAMABAD/KABUL", but not the separator " - ".
        if ((c == '-' || c == '/') && (pos_ + 1 >= s_.size() || s_[pos_ + 1] == ' ')) break;
      } else {
        break;
      }
      pos_ += len;
    }
    return upper > 0 ? upper : -1;
  }

  // A separator dash: '-'+, "–", "—" or "―", then a space. Consumes it.
  bool Dash() {
    const size_t start = pos_;
    if (peek() == '-') {
      while (peek() == '-') ++pos_;
    } else if (peek() == '\xE2' && peek(1) == '\x80' &&
               (peek(2) == '\x93' || peek(2) == '\x94' || peek(2) == '\x95')) {
      pos_ += 3;
    } else {
      return false;
    }
    if (peek() == ' ' || peek() == '\t' || peek() == '\n') return true;
    pos_ = start;
    return false;
  }

 private:
  std::string_view s_;
  size_t pos_ = 0;
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Capitalised labels that open copy like a dateline but name no place:
// "NOTE: Per shr calculated after payment of preferred dividends." (Reuters),
// "UPDATE - Iran says ...", "EDITOR'S NOTE: ...".
bool IsLabel(std::string_view place) {
  static constexpr std::string_view kLabels[] = {
      "NOTE",       "NOTES",     "UPDATE",   "UPDATED",   "BREAKING",   "WARNING",  "EDITOR'S NOTE",
      "CORRECTION", "CORRECTED", "ADVISORY", "EXCLUSIVE", "ANALYSIS",   "FACTBOX",  "INTERVIEW",
      "REFILE",     "RPT",       "WRAPUP",   "URGENT",    "FLASH",      "BULLETIN", "PHOTO",
      "VIDEO",      "WATCH",     "SOURCE",   "SOURCES",   "REUTER",     "COMMENT",  "OPINION",
      "Q",          "A",         "TEXT",     "FULL TEXT", "TRANSCRIPT", "SUMMARY",  "BACKGROUND",
  };
  for (std::string_view label : kLabels)
    if (place == label) return true;
  return false;
}

}  // namespace

std::optional<DatelineMatch> FindDateline(std::string_view text) {
  Scanner sc(text);
  while (!sc.done() && IsSpace(sc.peek())) sc.set_pos(sc.pos() + 1);
  if (text.substr(sc.pos(), 3) == "\xEF\xBB\xBF") sc.set_pos(sc.pos() + 3);  // a raw BOM
  DatelineMatch m;
  m.begin = static_cast<uint32_t>(sc.pos());

  int upper = 0;
  size_t end = sc.pos();
  for (int words = 1;; ++words) {
    const int n = sc.CapsWord();
    if (n < 0) return std::nullopt;  // "US forces - ...": an ordinary word after the caps
    upper += n;
    end = sc.pos();
    sc.SkipSpaces();
    if (sc.pos() == end || sc.done() || words == kMaxPlaceWords) break;
    int32_t len;
    const UChar32 c = sc.Peek(&len);
    if (c < 0 || !u_isalpha(c)) break;  // "TEHRAN (", "NEW YORK -"
  }
  if (upper < 2 || IsLabel(text.substr(m.begin, end - m.begin))) return std::nullopt;
  sc.set_pos(end);
  sc.SkipSpaces();

  // "LONDON: ..." ends right here.
  if (sc.peek() == ':' && IsSpace(sc.peek(1))) {
    m.end = static_cast<uint32_t>(end);
    sc.set_pos(sc.pos() + 1);
    while (!sc.done() && IsSpace(sc.peek())) sc.set_pos(sc.pos() + 1);
    m.body_begin = static_cast<uint32_t>(sc.pos());
    return m;
  }

  // ", Afghanistan" / ", Jan. 3" / ", Syria, Jan. 5"
  if (sc.peek() == ',') {
    sc.set_pos(sc.pos() + 1);
    int words = 0;
    while (true) {
      sc.SkipSpaces();
      int32_t len;
      const UChar32 c = sc.Peek(&len);
      if (c >= 0 && u_isUUppercase(c)) {
        while (!sc.done()) {  // the rest of a capitalised word, maybe "Jan."
          const UChar32 d = sc.Peek(&len);
          if (d < 0 || !(u_isalpha(d) || d == '.' || d == '-' || d == '\'')) break;
          sc.set_pos(sc.pos() + len);
        }
      } else if (c >= '0' && c <= '9') {
        while (sc.peek() >= '0' && sc.peek() <= '9') sc.set_pos(sc.pos() + 1);
      } else {
        break;
      }
      end = sc.pos();
      if (++words > kMaxQualifierWords) return std::nullopt;
      sc.SkipSpaces();
      if (sc.peek() == ',') sc.set_pos(sc.pos() + 1);
    }
    if (words == 0) return std::nullopt;
    sc.set_pos(end);
    sc.SkipSpaces();
  }

  // "(Tasnim)", "(Reuters)", "(AP)"
  if (sc.peek() == '(') {
    const size_t open = sc.pos();
    const size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > kMaxParenthesis ||
        text.substr(open, close - open).find('\n') != std::string_view::npos) {
      return std::nullopt;
    }
    end = close + 1;
    sc.set_pos(end);
    sc.SkipSpaces();
  }

  if (sc.peek() == ':' && IsSpace(sc.peek(1))) {
    sc.set_pos(sc.pos() + 1);  // "KABUL, Afghanistan (AP): ..."
  } else if (!sc.Dash()) {
    return std::nullopt;
  }
  m.end = static_cast<uint32_t>(end);
  while (!sc.done() && IsSpace(sc.peek())) sc.set_pos(sc.pos() + 1);
  m.body_begin = static_cast<uint32_t>(sc.pos());
  // The story itself opens like a sentence; "ADSL - the UK's most widely used
  // way" is an acronym in a sentence, not a dateline.
  int32_t len;
  const UChar32 first = sc.Peek(&len);
  if (sc.done() || first < 0 ||
      !(u_isUUppercase(first) || u_isdigit(first) || first == '"' || first == '\'' ||
        first == 0x201C || first == 0x2018)) {
    return std::nullopt;
  }
  return m;
}

}  // namespace khaldun
