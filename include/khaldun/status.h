// Errors as values.
//
// A Status is either OK or carries a code, a message and the context in which
// the problem arose (a file and line, or a record id). Result<T> holds either a
// T or a non-OK Status. Nothing in khaldun's library throws across its public
// API; readers of untrusted input return a Status instead.
//
// Thread-safety: both types are plain values.
#ifndef KHALDUN_STATUS_H_
#define KHALDUN_STATUS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace khaldun {

enum class StatusCode : uint8_t {
  kOk = 0,
  kInvalidArgument,  // the caller's input is malformed (bad record, bad option)
  kNotFound,         // a file, record or entry does not exist
  kIoError,          // the operating system refused a read or write
  kLimitExceeded,    // input is over a configured size or count limit
  kCorruption,       // stored data (cache, database, model) is damaged or of another version
  kInternal,         // a bug in khaldun
};

std::string_view StatusCodeName(StatusCode code);

// Where a problem was found. Any field may be empty/zero when unknown.
struct ErrorContext {
  std::string file;    // path of the input file, or "<stdin>"
  uint64_t line = 0;   // 1-based line number within file, 0 if not applicable
  std::string record;  // record or document id, if known
};

class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message, ErrorContext context = {})
      : code_(code), message_(std::move(message)), context_(std::move(context)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg, ErrorContext ctx = {}) {
    return Status(StatusCode::kInvalidArgument, std::move(msg), std::move(ctx));
  }
  static Status NotFound(std::string msg, ErrorContext ctx = {}) {
    return Status(StatusCode::kNotFound, std::move(msg), std::move(ctx));
  }
  static Status IoError(std::string msg, ErrorContext ctx = {}) {
    return Status(StatusCode::kIoError, std::move(msg), std::move(ctx));
  }
  static Status LimitExceeded(std::string msg, ErrorContext ctx = {}) {
    return Status(StatusCode::kLimitExceeded, std::move(msg), std::move(ctx));
  }
  static Status Corruption(std::string msg, ErrorContext ctx = {}) {
    return Status(StatusCode::kCorruption, std::move(msg), std::move(ctx));
  }
  static Status Internal(std::string msg, ErrorContext ctx = {}) {
    return Status(StatusCode::kInternal, std::move(msg), std::move(ctx));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const ErrorContext& context() const { return context_; }

  // Returns a copy with the context filled in where it is still empty.
  Status WithContext(const ErrorContext& outer) const;

  // "file:line: record R: message" with the empty parts left out; "OK" when ok.
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  ErrorContext context_;
};

// Holds a value or an error. Accessing value() of an error Result is a bug
// (it aborts in debug builds); check ok() first.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}                   // NOLINT: implicit by design
  Result(Status status) : data_(std::move(status)) {}            // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(data_);
  }
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace khaldun

#endif  // KHALDUN_STATUS_H_
