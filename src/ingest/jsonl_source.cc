// JSONL: one JSON object per line.
//   {"id": "t1", "date": "2020-01-14", "source": "Tasnim", "title": "...", "text": "...", "lang":
//   "en"}
// Unknown fields ("lang") are kept in Document::extra, in their order, as JSON.
#include <nlohmann/json.hpp>

#include "ingest/sources.h"

namespace khaldun::internal {
namespace {

using Json = nlohmann::ordered_json;

class JsonlSource : public RecordSource {
 public:
  JsonlSource(std::unique_ptr<ByteReader> in, std::string file, const IngestOptions& options)
      : in_(std::move(in)), file_(std::move(file)), options_(options) {}

  InputReader::Kind Next(Document* doc, Rejection* rejection) override {
    if (done_) return InputReader::Kind::kEnd;
    for (;;) {
      uint64_t length = 0;
      const ByteReader::Outcome outcome = in_->ReadLine(options_.max_record_bytes, &line_, &length);
      const uint64_t line_number = in_->line_number();
      switch (outcome) {
        case ByteReader::Outcome::kEnd:
          done_ = true;
          // A file without a single record is reported, not skipped unnoticed.
          if (records_ == 0) return Reject(rejection, file_, 0, "", "empty file");
          return InputReader::Kind::kEnd;
        case ByteReader::Outcome::kError:
          done_ = true;  // reported once; the file is then finished
          return Reject(rejection, file_, line_number + 1, "", "cannot read: " + in_->error());
        case ByteReader::Outcome::kTooLong:
        case ByteReader::Outcome::kOk:
          break;
      }
      if (outcome == ByteReader::Outcome::kOk &&
          line_.find_first_not_of(" \t\r\f\v") == std::string::npos) {
        continue;  // a blank line is not a record
      }
      // Pretty-printed JSON ("{" alone on the first line) would give one
      // rejection per line; one for the whole file says what is wrong.
      if (records_ == 0 && outcome == ByteReader::Outcome::kOk) {
        const size_t b = line_.find_first_not_of(" \t\r");
        const size_t e = line_.find_last_not_of(" \t\r");
        if (e == b && (line_[b] == '{' || line_[b] == '[')) {
          done_ = true;
          return Reject(
              rejection, file_, line_number, "",
              "not JSONL: the file holds multi-line JSON, and JSONL needs one object per line");
        }
      }
      ++records_;
      if (outcome == ByteReader::Outcome::kTooLong) {
        return Reject(rejection, file_, line_number, "",
                      TooLongReason(length, options_.max_record_bytes));
      }
      return Parse(line_number, doc, rejection);
    }
  }

 private:
  InputReader::Kind Parse(uint64_t line_number, Document* doc, Rejection* rejection) {
    if (std::optional<std::string> bad = Utf8Problem(line_)) {
      return Reject(rejection, file_, line_number, "", *bad);
    }
    Json json;
    try {
      json = Json::parse(line_);
    } catch (const Json::exception& e) {  // parse_error, and out_of_range for "2e111111"
      return Reject(rejection, file_, line_number, "", std::string("malformed JSON: ") + e.what());
    }
    if (!json.is_object()) return Reject(rejection, file_, line_number, "", "not a JSON object");

    Document d;
    d.origin_file = file_;
    d.origin_line = line_number;
    d.id = file_ + ":" + std::to_string(line_number);
    std::string date_text;
    bool has_date = false;
    bool has_text = false;
    for (auto& [key, value] : json.items()) {
      std::string* slot = nullptr;
      if (key == "id") {
        if (value.is_string()) {
          d.id = value.get<std::string>();
        } else if (value.is_number()) {
          d.id = value.dump();
        } else if (!value.is_null()) {
          return Reject(rejection, file_, line_number, "", "field 'id' is not a string");
        }
        continue;
      }
      if (key == "date") {
        has_date = !value.is_null();
        date_text = value.is_string() ? value.get<std::string>() : value.dump();
        continue;
      }
      if (key == "source") slot = &d.source;
      if (key == "url") slot = &d.url;
      if (key == "title") slot = &d.title;
      if (key == "text") {
        slot = &d.text;
        has_text = !value.is_null();
      }
      if (slot == nullptr) {
        d.extra.emplace_back(key, value.dump());
        continue;
      }
      if (value.is_null()) continue;
      if (!value.is_string()) {
        return Reject(rejection, file_, line_number, d.id, "field '" + key + "' is not a string");
      }
      *slot = value.get<std::string>();
    }
    if (!has_text) return Reject(rejection, file_, line_number, d.id, "missing field 'text'");
    if (IsBlank(d.text)) return Reject(rejection, file_, line_number, d.id, "empty document");
    std::optional<Date> date = has_date ? Date::Parse(date_text) : std::nullopt;
    if (!date) date = options_.default_date;
    if (!date) {
      return Reject(rejection, file_, line_number, d.id,
                    has_date ? "invalid date '" + date_text + "'" : std::string("missing date"));
    }
    d.date = *date;
    *doc = std::move(d);
    return InputReader::Kind::kDocument;
  }

  std::unique_ptr<ByteReader> in_;
  std::string file_;
  const IngestOptions& options_;
  std::string line_;
  uint64_t records_ = 0;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<RecordSource> NewJsonlSource(std::unique_ptr<ByteReader> in, std::string file,
                                             const IngestOptions& options) {
  return std::make_unique<JsonlSource>(std::move(in), std::move(file), options);
}

}  // namespace khaldun::internal
