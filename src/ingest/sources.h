// Internal: one RecordSource per input file, by format, and the checks every
// record goes through.
#ifndef KHALDUN_INGEST_SOURCES_H_
#define KHALDUN_INGEST_SOURCES_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "ingest/byte_reader.h"
#include "khaldun/ingest.h"

namespace khaldun::internal {

// The records of one input, in order. Next() has InputReader::Next's contract
// for a single file.
class RecordSource {
 public:
  virtual ~RecordSource() = default;
  virtual InputReader::Kind Next(Document* doc, Rejection* rejection) = 0;
};

// `file` is the name used in Document::origin_file and in rejections.
std::unique_ptr<RecordSource> NewTextSource(std::unique_ptr<ByteReader> in, std::string file,
                                            const IngestOptions& options);
std::unique_ptr<RecordSource> NewJsonlSource(std::unique_ptr<ByteReader> in, std::string file,
                                             const IngestOptions& options);
std::unique_ptr<RecordSource> NewTabariSource(std::unique_ptr<ByteReader> in, std::string file,
                                              const IngestOptions& options);

// Fills *rejection and returns kRejected.
InputReader::Kind Reject(Rejection* rejection, const std::string& file, uint64_t line,
                         std::string record, std::string reason);

// "record is N bytes, over the limit of M (--max-record-bytes)"
std::string TooLongReason(uint64_t bytes, uint64_t limit);

// "invalid UTF-8 at byte N", or nullopt for valid UTF-8.
std::optional<std::string> Utf8Problem(std::string_view bytes);

// True when `text` has nothing but (Unicode) spaces and invisible characters.
bool IsBlank(std::string_view text);

// The headline of a text file, if its first line is one: non-empty, at most
// `max_bytes`, no final . ! ? : ; , (before closing quotes), not itself a
// dateline, and followed by a blank line or a line that opens with a dateline.
struct TitleSplit {
  std::string title;      // trimmed, without a BOM; empty if there is none
  size_t body_begin = 0;  // where Document::text starts in the file
};
TitleSplit SplitTitle(std::string_view file, uint32_t max_bytes);

// The date in a file name: "2020-01-14-tasnim.txt" or "20200114_x.txt".
// nullopt: no date-like prefix. An impossible date gives *invalid = the prefix.
std::optional<Date> DateFromFileName(std::string_view name, std::string* invalid);

// "870226 REU00001-001": six or eight digits, spaces, an id, nothing else.
bool IsTabariHeader(std::string_view line);

}  // namespace khaldun::internal

#endif  // KHALDUN_INGEST_SOURCES_H_
