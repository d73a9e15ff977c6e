// The fixed 32-byte header that the tagger's and the parser's model files share:
//
//   offset  size  field
//   0       8     magic (one per model kind)
//   8       4     format version
//   12      4     POS tag set hash (ids of syntax.h's tables)
//   16      8     source hash (training files + options)
//   24      8     FNV-1a 64 checksum of the payload
//   32      ...   payload, read by the model's own loader
//
// All integers little-endian. Any mismatch is reported as kCorruption naming the
// model kind and, where retraining fixes it, the command that retrains it.
#ifndef KHALDUN_SYNTAX_MODEL_HEADER_H_
#define KHALDUN_SYNTAX_MODEL_HEADER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "khaldun/status.h"

namespace khaldun::internal {

// What distinguishes one model kind's header; all strings are used in messages.
struct ModelHeaderSpec {
  const char* magic;            // exactly 8 bytes, not NUL-terminated
  uint32_t format_version;      // the only version this build reads
  std::string_view kind;        // "syntax model": the subject of every message
  std::string_view tag_ids;     // "tag set": "trained with another <tag_ids> numbering"
  std::string_view retrain;     // "khaldun train-syntax"
};

struct ModelHeader {
  uint32_t format_version = 0;
  uint64_t source_hash = 0;
  std::string_view payload;  // points into the bytes given to ReadModelHeader
};

// Returns the header for `payload` followed by the payload itself.
std::string WriteModelHeader(const ModelHeaderSpec& spec, uint64_t source_hash,
                             std::string_view payload);

// Checks magic, format version, tag set hash and payload checksum of `bytes`.
// On success the payload view borrows from `bytes`; on failure returns kCorruption.
Result<ModelHeader> ReadModelHeader(std::string_view bytes, const ModelHeaderSpec& spec);

}  // namespace khaldun::internal

#endif  // KHALDUN_SYNTAX_MODEL_HEADER_H_
