// Internal, for the ingest fuzz targets (src/ingest/*_fuzz.cc): reads fuzzer
// bytes as one input file of a given format and checks the reader's
// contract on every outcome.
#ifndef KHALDUN_INGEST_FUZZ_INPUT_H_
#define KHALDUN_INGEST_FUZZ_INPUT_H_

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "khaldun/ingest.h"

namespace khaldun::internal {

// Reads `data` as a file in `format` (through an in-memory file: memfd, so no
// disk I/O per execution) and aborts when the contract breaks: a document
// with invalid UTF-8 or blank text, a rejection without a reason, or counts
// that do not add up to the outcomes seen.
inline void FuzzReadAs(InputFormat format, const uint8_t* data, size_t size, uint64_t max_record_bytes = 4096) {
  static const int fd = ::memfd_create("khaldun-fuzz-input", 0);
  static const std::string path = "/proc/self/fd/" + std::to_string(fd);
  if (fd < 0 || ::ftruncate(fd, 0) != 0) std::abort();
  if (size > 0 && ::pwrite(fd, data, size, 0) != static_cast<ssize_t>(size)) std::abort();
  IngestOptions options;
  options.format = format;
  options.max_record_bytes = max_record_bytes;
  options.max_line_bytes = 1024;
  options.default_date = Date::Parse("2020-01-14");
  auto reader = OpenInputs({path}, options);
  if (!reader.ok()) std::abort();
  Document doc;
  Rejection rejection;
  uint64_t documents = 0, rejected = 0;
  for (;;) {
    const InputReader::Kind kind = (*reader)->Next(&doc, &rejection);
    if (kind == InputReader::Kind::kEnd) break;
    if (kind == InputReader::Kind::kDocument) {
      ++documents;
      if (doc.text.empty() || FindInvalidUtf8(doc.text) != std::string::npos ||
          FindInvalidUtf8(doc.title) != std::string::npos) {
        std::abort();
      }
    } else {
      ++rejected;
      if (rejection.reason.empty()) std::abort();
    }
    if (documents + rejected > size + 1) std::abort();  // more records than bytes: a loop
  }
  if ((*reader)->counts().documents != documents || (*reader)->counts().rejected != rejected) std::abort();
}

}  // namespace khaldun::internal

#endif  // KHALDUN_INGEST_FUZZ_INPUT_H_
