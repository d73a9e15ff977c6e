// A plain-text file is one document: an optional headline, then the body.
//
//   Iran Urges Regional Push for Expulsion of US Forces        <- title
//                                                              <- blank line
//   TEHRAN (Tasnim) – Iranian President Hassan Rouhani ...     <- Document::text
#include <filesystem>

#include "ingest/sources.h"
#include "khaldun/text.h"

namespace khaldun::internal {
namespace {

std::string_view Trim(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t\r\f\v");
  if (b == std::string_view::npos) return {};
  const size_t e = s.find_last_not_of(" \t\r\f\v");
  return s.substr(b, e - b + 1);
}

bool EndsWithSentencePunctuation(std::string_view line) {
  // Look through closing quotes: `He said "no."` ends with a full stop.
  static constexpr std::string_view kClosers[] = {"\"",           "'",       ")", "\xE2\x80\x9D",
                                                  "\xE2\x80\x99", "\xC2\xBB"};
  bool stripped = true;
  while (stripped && !line.empty()) {
    stripped = false;
    for (std::string_view c : kClosers) {
      if (line.size() >= c.size() && line.substr(line.size() - c.size()) == c) {
        line.remove_suffix(c.size());
        stripped = true;
      }
    }
  }
  if (line.empty()) return false;
  if (line.size() >= 3 && line.substr(line.size() - 3) == "\xE2\x80\xA6") return true;  // …
  return std::string_view(".!?:;,").find(line.back()) != std::string_view::npos;
}

bool IsDigits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

class TextSource : public RecordSource {
 public:
  TextSource(std::unique_ptr<ByteReader> in, std::string file, const IngestOptions& options)
      : in_(std::move(in)), file_(std::move(file)), options_(options) {}

  InputReader::Kind Next(Document* doc, Rejection* rejection) override {
    if (done_) return InputReader::Kind::kEnd;
    done_ = true;
    const std::filesystem::path path(file_);
    const std::string id = file_ == "<stdin>" ? "stdin" : path.stem().string();
    // A regular file over the limit is rejected by its size, unread.
    const std::optional<uint64_t> file_size = in_->RegularFileSize();
    if (file_size && *file_size > options_.max_record_bytes) {
      return Reject(rejection, file_, 0, id, TooLongReason(*file_size, options_.max_record_bytes));
    }
    std::string bytes;
    uint64_t length = 0;
    switch (in_->ReadAll(options_.max_record_bytes, &bytes, &length)) {
      case ByteReader::Outcome::kTooLong:
        return Reject(rejection, file_, 0, id, TooLongReason(length, options_.max_record_bytes));
      case ByteReader::Outcome::kError:
        return Reject(rejection, file_, 0, id, "cannot read: " + in_->error());
      default:
        break;
    }
    if (std::optional<std::string> bad = Utf8Problem(bytes))
      return Reject(rejection, file_, 0, id, *bad);
    if (IsBlank(bytes)) return Reject(rejection, file_, 0, id, "empty document");

    TitleSplit split = SplitTitle(bytes, options_.max_title_bytes);
    const std::string_view body = std::string_view(bytes).substr(split.body_begin);
    if (IsBlank(body)) return Reject(rejection, file_, 0, id, "empty document");

    std::string invalid;
    std::optional<Date> date = DateFromFileName(path.filename().string(), &invalid);
    if (!invalid.empty()) {
      return Reject(rejection, file_, 0, id, "invalid date '" + invalid + "' in the file name");
    }
    if (!date) date = options_.default_date;
    if (!date) {
      return Reject(rejection, file_, 0, id,
                    "missing date: name the file YYYY-MM-DD-... or pass --date");
    }
    *doc = Document();
    doc->id = id;
    doc->date = *date;
    doc->title = std::move(split.title);
    doc->text = std::string(body);
    doc->origin_file = file_;
    doc->origin_line = 1;
    return InputReader::Kind::kDocument;
  }

 private:
  std::unique_ptr<ByteReader> in_;
  std::string file_;
  const IngestOptions& options_;
  bool done_ = false;
};

}  // namespace

TitleSplit SplitTitle(std::string_view file, uint32_t max_bytes) {
  TitleSplit none;
  size_t start = 0;
  if (file.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  const size_t eol = file.find('\n', start);
  if (eol == std::string_view::npos) return none;
  const std::string_view first = Trim(file.substr(start, eol - start));
  if (first.empty() || first.size() > max_bytes || EndsWithSentencePunctuation(first) ||
      FindDateline(first)) {
    return none;
  }
  // The next line must be blank or open with a dateline.
  const size_t next_end = std::min(file.find('\n', eol + 1), file.size());
  const std::string_view next = file.substr(eol + 1, next_end - eol - 1);
  if (!Trim(next).empty() && !FindDateline(next)) return none;
  // The body starts at the first non-blank line after the title.
  size_t body = eol + 1;
  while (body < file.size()) {
    const size_t end = std::min(file.find('\n', body), file.size());
    if (!Trim(file.substr(body, end - body)).empty()) break;
    body = end + 1;
  }
  // A lone first line is the body, not a title over nothing.
  if (body >= file.size()) return none;
  return TitleSplit{std::string(first), body};
}

std::optional<Date> DateFromFileName(std::string_view name, std::string* invalid) {
  invalid->clear();
  std::string_view prefix;
  if (name.size() >= 10 && IsDigits(name.substr(0, 4)) && name[4] == '-' &&
      IsDigits(name.substr(5, 2)) && name[7] == '-' && IsDigits(name.substr(8, 2)) &&
      (name.size() == 10 || !IsDigits(name.substr(10, 1)))) {
    prefix = name.substr(0, 10);
  } else if (name.size() >= 8 && IsDigits(name.substr(0, 8)) &&
             (name.size() == 8 || !IsDigits(name.substr(8, 1)))) {
    prefix = name.substr(0, 8);
  } else {
    return std::nullopt;
  }
  std::optional<Date> date = Date::Parse(prefix);
  if (!date) *invalid = std::string(prefix);
  return date;
}

std::unique_ptr<RecordSource> NewTextSource(std::unique_ptr<ByteReader> in, std::string file,
                                            const IngestOptions& options) {
  return std::make_unique<TextSource>(std::move(in), std::move(file), options);
}

}  // namespace khaldun::internal
