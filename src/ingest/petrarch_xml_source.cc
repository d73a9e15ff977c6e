// PETRARCH XML records (see petrarch_xml.h): cut by a small scanner, parsed
// by pugixml record by record.
#include <pugixml.hpp>

#include <nlohmann/json.hpp>

#include "ingest/petrarch_xml.h"

namespace khaldun::internal {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

// The position of the next "<Sentence" start tag (not "<Sentences") in
// `line` at or after `from`, or npos.
size_t FindSentenceStart(std::string_view line, size_t from) {
  for (size_t at = line.find("<Sentence", from); at != std::string_view::npos;
       at = line.find("<Sentence", at + 1)) {
    const size_t next = at + 9;
    if (next == line.size() || IsSpace(line[next]) || line[next] == '>' || line[next] == '/') return at;
  }
  return std::string_view::npos;
}

// Folds each line break, with the spaces around it, into one space; trims.
std::string FoldLines(std::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    if (IsSpace(text[i])) {
      size_t j = i;
      bool newline = false;
      while (j < text.size() && IsSpace(text[j])) newline |= text[j++] == '\n';
      if (!out.empty() && j < text.size()) {
        if (newline) out.push_back(' ');
        else out.append(text.substr(i, j - i));
      }
      i = j;
    } else {
      out.push_back(text[i++]);
    }
  }
  return out;
}

class PetrarchXmlSource : public RecordSource {
 public:
  PetrarchXmlSource(std::unique_ptr<ByteReader> in, std::string file, const IngestOptions& options)
      : in_(std::move(in)), file_(std::move(file)), options_(options) {}

  InputReader::Kind Next(Document* doc, Rejection* rejection) override {
    if (done_) return InputReader::Kind::kEnd;
    if (!CutRecord()) {
      done_ = true;
      if (!error_.empty()) return Reject(rejection, file_, line_number_, "", "cannot read: " + error_);
      if (records_ == 0) return Reject(rejection, file_, 0, "", "empty file");
      return InputReader::Kind::kEnd;
    }
    ++records_;
    return ParseRecord(doc, rejection);
  }

 private:
  // Reads the next line into line_ (pending_ first); false at the end.
  bool ReadLine() {
    if (has_pending_) {
      has_pending_ = false;
      line_.swap(pending_);
      return true;
    }
    uint64_t length = 0;
    const ByteReader::Outcome outcome = in_->ReadLine(options_.max_record_bytes, &line_, &length);
    if (outcome == ByteReader::Outcome::kEnd) return false;
    if (outcome == ByteReader::Outcome::kError) {
      error_ = in_->error();
      return false;
    }
    line_number_ = in_->line_number();
    // An over-long line counts towards its record's size; its bytes are gone.
    skipped_bytes_ = outcome == ByteReader::Outcome::kTooLong ? length : 0;
    return true;
  }

  void Append(std::string_view text) {
    record_size_ += text.size() + 1;
    if (record_size_ <= options_.max_record_bytes) {
      record_.append(text);
      record_.push_back('\n');
    }
  }

  // Collects the next record's bytes into record_; false when there is none.
  bool CutRecord() {
    record_.clear();
    record_size_ = 0;
    // Outside a record: skip to the next <Sentence, outside comments.
    size_t start = std::string::npos;
    while (start == std::string::npos) {
      if (!ReadLine()) return false;
      if (skipped_bytes_ > 0) {
        // A line longer than a whole record may be allowed: whatever it
        // holds is one over-long record.
        record_line_ = line_number_;
        record_size_ = skipped_bytes_ + 1;
        return true;
      }
      size_t from = 0;
      for (;;) {
        if (in_comment_) {
          const size_t close = line_.find("-->", from);
          if (close == std::string::npos) break;
          in_comment_ = false;
          from = close + 3;
        }
        const size_t open = line_.find("<!--", from);
        const size_t sentence = FindSentenceStart(line_, from);
        if (sentence != std::string::npos && (open == std::string::npos || sentence < open)) {
          start = sentence;
          break;
        }
        if (open == std::string::npos) break;
        in_comment_ = true;
        from = open + 4;
      }
    }
    record_line_ = line_number_;
    std::string_view rest = std::string_view(line_).substr(start);
    record_size_ += skipped_bytes_;
    // Inside: up to </Sentence>, the next <Sentence, </Sentences> or the end.
    bool first_line = true;
    for (;;) {
      constexpr size_t npos = std::string_view::npos;
      const size_t close = rest.find("</Sentence>");
      const size_t next = FindSentenceStart(rest, first_line ? 1 : 0);
      const size_t outer = rest.find("</Sentences>");
      size_t end = close == npos ? npos : close + 11;
      if (next != npos && (end == npos || next < end)) end = next;
      if (outer != npos && (end == npos || outer < end)) end = outer;
      if (end != npos) {
        Append(rest.substr(0, end));
        // Whatever follows on the line may start the next record.
        if (end < rest.size()) {
          pending_ = std::string(rest.substr(end));
          has_pending_ = true;
        }
        return true;
      }
      Append(rest);
      if (!ReadLine()) return true;  // unterminated: the parser says so
      record_size_ += skipped_bytes_;
      rest = line_;
      first_line = false;
    }
  }

  InputReader::Kind ParseRecord(Document* doc, Rejection* rejection) {
    if (record_size_ > options_.max_record_bytes) {
      return Reject(rejection, file_, record_line_, "", TooLongReason(record_size_ - 1, options_.max_record_bytes));
    }
    if (std::optional<std::string> bad = Utf8Problem(record_)) {
      return Reject(rejection, file_, record_line_, "", *bad);
    }
    pugi::xml_document xml;
    const pugi::xml_parse_result parsed =
        xml.load_buffer(record_.data(), record_.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed) {
      uint64_t line = record_line_;
      for (ptrdiff_t i = 0; i < parsed.offset && i < static_cast<ptrdiff_t>(record_.size()); ++i) {
        line += record_[i] == '\n';
      }
      return Reject(rejection, file_, record_line_, "",
                    std::string("malformed XML: ") + parsed.description() + " at line " +
                        std::to_string(line));
    }
    const pugi::xml_node sentence = xml.child("Sentence");
    const std::string id = sentence.attribute("id").as_string();
    if (id.empty()) return Reject(rejection, file_, record_line_, "", "<Sentence> without an id attribute");
    const pugi::xml_node text = sentence.child("Text");
    if (!text) return Reject(rejection, file_, record_line_, id, "<Sentence> without a <Text> element");
    std::string body = FoldLines(text.text().as_string());
    if (IsBlank(body)) return Reject(rejection, file_, record_line_, id, "empty document");
    std::optional<Date> date;
    const pugi::xml_attribute date_attribute = sentence.attribute("date");
    if (date_attribute) {
      date = Date::Parse(date_attribute.as_string());
      if (!date) {
        return Reject(rejection, file_, record_line_, id,
                      std::string("invalid date '") + date_attribute.as_string() + "'");
      }
    } else {
      date = options_.default_date;
      if (!date) return Reject(rejection, file_, record_line_, id, "missing date");
    }
    *doc = Document();
    doc->id = id;
    doc->date = *date;
    doc->source = sentence.attribute("source").as_string();
    doc->text = std::move(body);
    if (const pugi::xml_attribute category = sentence.attribute("category")) {
      doc->extra.emplace_back("category", nlohmann::json(category.as_string()).dump());
    }
    if (const pugi::xml_node parse = sentence.child("Parse")) {
      doc->extra.emplace_back("parse", nlohmann::json(std::string(parse.text().as_string())).dump());
    }
    nlohmann::json gold = nlohmann::json::array();
    for (const pugi::xml_node coding : sentence.children("EventCoding")) {
      nlohmann::json one = nlohmann::json::object();
      for (const pugi::xml_attribute a : coding.attributes()) one[a.name()] = a.as_string();
      gold.push_back(std::move(one));
    }
    if (!gold.empty()) doc->extra.emplace_back("gold", gold.dump());
    doc->origin_file = file_;
    doc->origin_line = record_line_;
    return InputReader::Kind::kDocument;
  }

  std::unique_ptr<ByteReader> in_;
  std::string file_;
  const IngestOptions& options_;
  std::string line_, pending_, record_;
  bool has_pending_ = false;
  bool in_comment_ = false;
  bool done_ = false;
  uint64_t line_number_ = 0;
  uint64_t record_line_ = 0;
  uint64_t record_size_ = 0;
  uint64_t skipped_bytes_ = 0;
  uint64_t records_ = 0;
  std::string error_;
};

}  // namespace

bool LooksLikePetrarchXml(std::string_view head) {
  return head.find("<Sentences>") != std::string_view::npos ||
         FindSentenceStart(head, 0) != std::string_view::npos;
}

std::unique_ptr<RecordSource> NewPetrarchXmlSource(std::unique_ptr<ByteReader> in, std::string file,
                                                   const IngestOptions& options) {
  return std::make_unique<PetrarchXmlSource>(std::move(in), std::move(file), options);
}

}  // namespace khaldun::internal
