// TABARI text records (Validate.text, news50k.text):
//
//   870226 REU00001-001                      <- date (YYMMDD or YYYYMMDD) and id
//   Showers continued throughout the week    <- the sentence, hard-wrapped
//   in the Bahia cocoa zone, ...
//   /* comments, possibly over several lines, are not text */   (a blank line
//                                            also ends an unclosed comment)
//                                            <- a blank line ends the record
//
// '#' lines between records are comments. Non-blank lines outside a record are
// rejected as one block ("text outside a TABARI record"), never skipped.
#include "ingest/sources.h"

namespace khaldun::internal {
namespace {

bool Blank(std::string_view s) {
  return s.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

class TabariSource : public RecordSource {
 public:
  TabariSource(std::unique_ptr<ByteReader> in, std::string file, const IngestOptions& options)
      : in_(std::move(in)), file_(std::move(file)), options_(options) {}

  InputReader::Kind Next(Document* doc, Rejection* rejection) override {
    if (done_) return InputReader::Kind::kEnd;
    for (;;) {
      if (!ReadCleanLine()) {
        done_ = true;
        if (!error_.empty())
          return Reject(rejection, file_, line_number_, "", "cannot read: " + error_);
        if (records_ == 0) return Reject(rejection, file_, 0, "", "empty file");
        return InputReader::Kind::kEnd;
      }
      if (too_long_ == 0 && (Blank(line_) || line_[0] == '#')) continue;
      ++records_;
      if (too_long_ == 0 && IsTabariHeader(line_)) return ReadRecord(doc, rejection);
      // Stray text: reject the block up to the next blank line.
      const uint64_t first = line_number_;
      while (ReadCleanLine() && !EndsRecord()) {
      }
      return Reject(rejection, file_, first, "",
                    "text outside a TABARI record (no 'YYMMDD ID' line before it)");
    }
  }

 private:
  // Reads the next line into line_ with /* ... */ comments removed; false at
  // the end of input. too_long_ is the length of an over-long line, else 0.
  bool ReadCleanLine() {
    uint64_t length = 0;
    const ByteReader::Outcome outcome = in_->ReadLine(options_.max_record_bytes, &raw_, &length);
    if (outcome == ByteReader::Outcome::kEnd) return false;
    if (outcome == ByteReader::Outcome::kError) {
      error_ = in_->error();
      return false;
    }
    line_number_ = in_->line_number();
    too_long_ = outcome == ByteReader::Outcome::kTooLong ? length : 0;
    line_.clear();
    // A blank line ends a comment too: Validate.text has comments closed with
    // "/*" by mistake, or not at all, and TABARI records are never blank inside.
    if (in_comment_ && Blank(raw_)) in_comment_ = false;
    std::string_view rest = raw_;
    while (!rest.empty()) {
      if (in_comment_) {
        const size_t close = rest.find("*/");
        if (close == std::string_view::npos) break;
        in_comment_ = false;
        rest.remove_prefix(close + 2);
      } else {
        const size_t open = rest.find("/*");
        line_.append(rest.substr(0, open));
        if (open == std::string_view::npos) break;
        in_comment_ = true;
        rest.remove_prefix(open + 2);
      }
    }
    if (!line_.empty() && line_.back() == '\r') line_.pop_back();
    // A line that was only a comment is not a blank line ending the record.
    comment_only_ = Blank(line_) && !Blank(raw_);
    return true;
  }

  bool EndsRecord() const { return too_long_ == 0 && !comment_only_ && Blank(line_); }

  InputReader::Kind ReadRecord(Document* doc, Rejection* rejection) {
    const uint64_t header_line = line_number_;
    const size_t space = line_.find_first_of(" \t");
    const std::string date_text = line_.substr(0, space);
    const size_t id_begin = line_.find_first_not_of(" \t", space);
    const size_t id_end = line_.find_first_of(" \t", id_begin);
    const std::string id = line_.substr(id_begin, id_end - id_begin);
    std::string text;
    uint64_t size = 0;
    while (ReadCleanLine() && !EndsRecord()) {
      if (comment_only_) continue;
      size += (too_long_ != 0 ? too_long_ : line_.size()) + 1;
      if (size <= options_.max_record_bytes) {
        if (!text.empty()) text.push_back('\n');
        text.append(line_);
      } else {
        text.clear();
        text.shrink_to_fit();
      }
    }
    if (size > options_.max_record_bytes) {
      return Reject(rejection, file_, header_line, id,
                    TooLongReason(size - 1, options_.max_record_bytes));
    }
    if (std::optional<std::string> bad = Utf8Problem(text)) {
      return Reject(rejection, file_, header_line, id, *bad);
    }
    if (IsBlank(text)) return Reject(rejection, file_, header_line, id, "empty document");
    std::optional<Date> date = date_text.size() == 6   ? Date::ParseYymmdd(date_text)
                               : date_text.size() == 8 ? Date::Parse(date_text)
                                                       : std::nullopt;
    if (!date) date = options_.default_date;
    if (!date) return Reject(rejection, file_, header_line, id, "invalid date '" + date_text + "'");
    *doc = Document();
    doc->id = id;
    doc->date = *date;
    doc->text = std::move(text);
    doc->origin_file = file_;
    doc->origin_line = header_line;
    return InputReader::Kind::kDocument;
  }

  std::unique_ptr<ByteReader> in_;
  std::string file_;
  const IngestOptions& options_;
  std::string raw_;
  std::string line_;
  uint64_t line_number_ = 0;
  uint64_t too_long_ = 0;
  uint64_t records_ = 0;
  bool in_comment_ = false;
  bool comment_only_ = false;
  bool done_ = false;
  std::string error_;
};

}  // namespace

// "870226 REU00001-001", "950104  FBIS-001-001  CEP20020711000012a",
// "950101  TIME-Modify": a date, an id and at most two more fields. Headers
// are only looked for between records, so a wrapped sentence line such as
// "150000 troops" inside a record is never taken for one.
bool IsTabariHeader(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
  if (i < 6 || i >= line.size() || (line[i] != ' ' && line[i] != '\t')) return false;
  int fields = 0;
  for (;;) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    if (i == line.size()) break;
    if (++fields > 3) return false;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
      ++i;
    }
  }
  return fields >= 1;
}

std::unique_ptr<RecordSource> NewTabariSource(std::unique_ptr<ByteReader> in, std::string file,
                                              const IngestOptions& options) {
  return std::make_unique<TabariSource>(std::move(in), std::move(file), options);
}

}  // namespace khaldun::internal
