// The ingest stage: reading input records into Documents.
//
// Inputs are files, directories and stdin ("-"), in one of these formats:
//   text    a whole file is one document. A short first line without final
//           punctuation, followed by a blank line or a dateline, is the title.
//           id = the file name without extension; date = a YYYY-MM-DD prefix
//           of the file name ("2020-01-14-tasnim-rouhani.txt"), else
//           IngestOptions::default_date.
//   jsonl   one JSON object per line: id, date, source, url, title, text;
//           other fields are kept in Document::extra as raw JSON. Blank lines
//           are skipped and are not records.
//   tabari  TABARI records: "YYMMDD ID" line, the (possibly hard-wrapped)
//           sentence, a blank line; /* ... */ comment blocks are skipped.
//   petrarch PETRARCH XML: <Sentence date= id= source=><Text>...</Text>, an
//           optional <Parse>; each record parsed on its own, so a malformed
//           one is one rejection (src/ingest/petrarch_xml.h lists the rest).
//
// Every input record yields exactly one outcome, a Document or a Rejection:
// nothing is dropped silently. Rejection reasons (exact texts):
//   "invalid UTF-8 at byte N"        N is the 0-based offset within the record
//                                    (the file for text, the line for JSONL)
//   "empty document"                 no text, or whitespace only
//   "record is N bytes, over the limit of M (--max-record-bytes)"
//   "line L is N bytes, over the limit of M (--max-line-bytes)"   (any format)
//   "missing date: name the file YYYY-MM-DD-... or pass --date"   (text)
//   "missing date" / "invalid date 'xyz'"                        (JSONL, TABARI)
//   "malformed JSON: <nlohmann's message>"                      (JSONL)
//   "not JSONL: the file holds multi-line JSON, ..."  (once, for a whole
//                                    pretty-printed file whose first line is "{")
//   "not a JSON object", "field 'F' is not a string", "missing field 'text'"
//   "empty file"                     a JSONL or TABARI file without any record
//   "text outside a TABARI record (no 'YYMMDD ID' line before it)"
//   "cannot read '<path>': <reason>" a file inside a directory failed to open
//   "cannot read: <reason>"          a read failed in the middle of a file
// A record over the size limit is never held in memory beyond the limit: the
// rest of it is read in chunks and skipped.
//
// Example:
//   IngestOptions options;
//   options.default_date = Date::Parse("2020-01-14");
//   Result<std::unique_ptr<InputReader>> reader = OpenInputs({"news/"}, options);
//   if (!reader.ok()) return reader.status();
//   Document doc;
//   Rejection rejection;
//   for (;;) {
//     switch ((*reader)->Next(&doc, &rejection)) {
//       case InputReader::Kind::kDocument: Use(doc); continue;
//       case InputReader::Kind::kRejected: Log(rejection.ToString()); continue;
//       case InputReader::Kind::kEnd: break;
//     }
//     break;
//   }
#ifndef KHALDUN_INGEST_H_
#define KHALDUN_INGEST_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/document.h"
#include "khaldun/status.h"

namespace khaldun {

enum class InputFormat : uint8_t {
  kAuto,  // by file: *.jsonl is JSONL; a file whose first line is "YYMMDD ID"
          // is TABARI; anything else is text. stdin: '{' as the first
          // non-blank byte means JSONL, else TABARI/text as for a file.
          // *.xml, or <Sentences>/<Sentence in the first 4 KiB, is PETRARCH XML.
  kText,
  kJsonl,
  kTabari,
  kPetrarchXml,
};

// Parses "auto", "text", "jsonl", "tabari", "petrarch"; nullopt otherwise.
std::optional<InputFormat> ParseInputFormat(std::string_view name);

struct IngestOptions {
  // Format of every input; kAuto decides per file (see InputFormat). Default: kAuto.
  InputFormat format = InputFormat::kAuto;
  // Date for records that carry none (text files not named YYYY-MM-DD-...,
  // JSONL lines without a valid "date"). Default: none, such records are rejected.
  std::optional<Date> default_date;
  // Largest accepted record in bytes (a text file, a JSONL line, a TABARI
  // record). Default: 16 MiB.
  uint64_t max_record_bytes = uint64_t{16} << 20;
  // Longest line (split at \n) of a document's text, in bytes; a document with
  // a longer line is rejected: "line L is N bytes, over the limit of M
  // (--max-line-bytes)" (L counts from the start of the text). 0: no limit.
  // Default: 1 MiB.
  uint64_t max_line_bytes = uint64_t{1} << 20;
  // Longest first line that may be taken for a title (text format). Default: 200.
  uint32_t max_title_bytes = 200;
};

// Why a record was not turned into a Document.
struct Rejection {
  ErrorContext context;  // file, line (JSONL/TABARI: the record's first line), record id if known
  std::string reason;    // one of the reasons listed at the top of this file
  // "file:line: record R: reason" with the empty parts left out.
  std::string ToString() const;
};

// Outcome counts so far, for a summary line.
struct IngestCounts {
  uint64_t documents = 0;
  uint64_t rejected = 0;
};

// A pull-style reader over a list of inputs, in order. Not thread-safe: use
// one reader per thread (distinct readers share nothing). Files are opened
// lazily, one at a time, and closed when exhausted.
class InputReader {
 public:
  enum class Kind { kDocument, kRejected, kEnd };

  virtual ~InputReader() = default;

  // Reads the next record. On kDocument, *doc is overwritten with it (its
  // origin_file/origin_line set); on kRejected, *rejection is overwritten;
  // on kEnd, all inputs are exhausted and every later call returns kEnd.
  // Never fails otherwise: a read error is a rejection of the record (or
  // file) being read.
  virtual Kind Next(Document* doc, Rejection* rejection) = 0;

  virtual const IngestCounts& counts() const = 0;
};

// Opens `paths` ("-" is stdin; directories are walked recursively, files in
// name order, hidden files and directories skipped). Each named path must
// exist and be readable: otherwise the result is an error Status (kNotFound
// or kIoError) naming the path, and nothing is read. An empty `paths` list is
// kInvalidArgument. The caller owns the returned reader; stdin is not closed.
Result<std::unique_ptr<InputReader>> OpenInputs(const std::vector<std::string>& paths,
                                                const IngestOptions& options = {});

// Returns the 0-based offset of the first byte that is not part of a valid
// UTF-8 sequence (overlong forms, surrogates and code points over U+10FFFF
// are invalid), or std::string_view::npos if `text` is valid. ASCII runs are
// checked 8 bytes at a time.
size_t FindInvalidUtf8(std::string_view text);

}  // namespace khaldun

#endif  // KHALDUN_INGEST_H_
