// Buffered reading of a file or stdin with a cap on what is kept in memory:
// a line or a whole file longer than the cap is skipped in chunks and only
// its length is reported.
#ifndef KHALDUN_INGEST_BYTE_READER_H_
#define KHALDUN_INGEST_BYTE_READER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "khaldun/status.h"

namespace khaldun::internal {

class ByteReader {
 public:
  // Opens `path` for reading; "-" is stdin (not closed by the reader).
  // Errors: kNotFound or kIoError naming the path.
  static Result<std::unique_ptr<ByteReader>> Open(const std::string& path);
  ~ByteReader();
  ByteReader(const ByteReader&) = delete;
  ByteReader& operator=(const ByteReader&) = delete;

  enum class Outcome { kOk, kTooLong, kEnd, kError };

  // Reads the next line (without its '\n') into *line. kTooLong: the line is
  // longer than `cap` bytes; *line is empty and *length is its full length.
  // kEnd: no more bytes. kError: see error(). `*length` is always the number
  // of bytes of the line without '\n'.
  Outcome ReadLine(uint64_t cap, std::string* line, uint64_t* length);

  // Reads everything that is left; kTooLong as for ReadLine.
  Outcome ReadAll(uint64_t cap, std::string* out, uint64_t* length);

  // Buffers up to `want` bytes (fewer at the end of input) without consuming
  // them, and returns what is buffered; for sniffing the format of stdin.
  std::string_view Peek(size_t want);

  // The size of the whole input if it is a regular file, so that an
  // over-long file can be rejected unread; nullopt for pipes and terminals.
  std::optional<uint64_t> RegularFileSize() const;

  // Lines consumed so far by ReadLine (the 1-based number of the last one).
  uint64_t line_number() const { return line_number_; }
  const std::string& error() const { return error_; }

 private:
  explicit ByteReader(int fd, bool owned) : fd_(fd), owned_(owned) {}
  // Reads more bytes into the buffer; false at end of input or on error.
  bool Fill();

  int fd_;
  bool owned_;
  std::unique_ptr<char[]> buffer_;
  size_t begin_ = 0;  // unread bytes are buffer_[begin_, end_)
  size_t end_ = 0;
  bool eof_ = false;
  uint64_t line_number_ = 0;
  std::string error_;
};

}  // namespace khaldun::internal

#endif  // KHALDUN_INGEST_BYTE_READER_H_
