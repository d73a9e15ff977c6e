#include "ingest/byte_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace khaldun::internal {
namespace {

constexpr size_t kBufferSize = 1 << 16;

}  // namespace

Result<std::unique_ptr<ByteReader>> ByteReader::Open(const std::string& path) {
  if (path == "-") return std::unique_ptr<ByteReader>(new ByteReader(STDIN_FILENO, false));
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int err = errno;
    std::string message = "cannot read '" + path + "': " + std::strerror(err);
    ErrorContext context{path, 0, ""};
    if (err == ENOENT) return Status::NotFound(std::move(message), std::move(context));
    return Status::IoError(std::move(message), std::move(context));
  }
  return std::unique_ptr<ByteReader>(new ByteReader(fd, true));
}

ByteReader::~ByteReader() {
  if (owned_) ::close(fd_);
}

bool ByteReader::Fill() {
  if (eof_) return false;
  if (!buffer_) buffer_ = std::make_unique<char[]>(kBufferSize);
  if (begin_ > 0) {  // keep the unread bytes at the front
    std::memmove(buffer_.get(), buffer_.get() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == kBufferSize) return true;
  for (;;) {
    const ssize_t n = ::read(fd_, buffer_.get() + end_, kBufferSize - end_);
    if (n > 0) {
      end_ += static_cast<size_t>(n);
      return true;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) error_ = std::strerror(errno);
    eof_ = true;
    return false;
  }
}

ByteReader::Outcome ByteReader::ReadLine(uint64_t cap, std::string* line, uint64_t* length) {
  line->clear();
  *length = 0;
  bool any = false;
  bool too_long = false;
  for (;;) {
    if (begin_ == end_ && !Fill()) break;
    any = true;
    const char* start = buffer_.get() + begin_;
    const size_t available = end_ - begin_;
    const void* newline = std::memchr(start, '\n', available);
    const size_t chunk = newline ? static_cast<const char*>(newline) - start : available;
    *length += chunk;
    if (!too_long && *length > cap) {
      too_long = true;
      line->clear();
      line->shrink_to_fit();
    }
    if (!too_long) line->append(start, chunk);
    begin_ += chunk;
    if (newline) {
      ++begin_;
      ++line_number_;
      return too_long ? Outcome::kTooLong : Outcome::kOk;
    }
  }
  if (!error_.empty()) return Outcome::kError;
  if (!any) return Outcome::kEnd;
  ++line_number_;  // a last line without '\n'
  return too_long ? Outcome::kTooLong : Outcome::kOk;
}

ByteReader::Outcome ByteReader::ReadAll(uint64_t cap, std::string* out, uint64_t* length) {
  out->clear();
  *length = 0;
  bool too_long = false;
  for (;;) {
    if (begin_ == end_ && !Fill()) break;
    const size_t chunk = end_ - begin_;
    *length += chunk;
    if (!too_long && *length > cap) {
      too_long = true;
      out->clear();
      out->shrink_to_fit();
    }
    if (!too_long) out->append(buffer_.get() + begin_, chunk);
    begin_ = end_;
  }
  if (!error_.empty()) return Outcome::kError;
  return too_long ? Outcome::kTooLong : Outcome::kOk;
}

std::optional<uint64_t> ByteReader::RegularFileSize() const {
  struct stat st;
  if (::fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return static_cast<uint64_t>(st.st_size);
}

std::string_view ByteReader::Peek(size_t want) {
  if (want > kBufferSize) want = kBufferSize;
  while (end_ - begin_ < want && Fill()) {
  }
  if (!buffer_) return {};
  return std::string_view(buffer_.get() + begin_, end_ - begin_);
}

}  // namespace khaldun::internal
