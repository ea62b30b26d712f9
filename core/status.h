// SPDX-License-Identifier: Apache-2.0
// Status and Result<T>: errors as values (STYLE.md section 7).
#ifndef EVENTGRAPH_CORE_STATUS_H_
#define EVENTGRAPH_CORE_STATUS_H_

#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "core/check.h"

namespace eventgraph {

/// What went wrong. Stable: the names appear in diagnostics; do not rename.
enum class StatusCode {
  kOk = 0,
  kInvalidArgument,
  kNotFound,
  kIoError,
  kParseError,
  kUnsupported,
  kInternal,
};

/// Returns "ok", "invalid argument", "not found", "I/O error", "parse error", "unsupported" or
/// "internal".
std::string_view StatusCodeName(StatusCode code);

/// A code plus a message. Value type; cheap to move. The message is the full, user-facing text,
/// conventionally `<source>:<line>:<col>: <what>`.
class [[nodiscard]] Status {
 public:
  /// An OK status.
  Status() = default;

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string message) {
    return Status(StatusCode::kInvalidArgument, std::move(message));
  }
  static Status NotFound(std::string message) {
    return Status(StatusCode::kNotFound, std::move(message));
  }
  static Status IoError(std::string message) {
    return Status(StatusCode::kIoError, std::move(message));
  }
  static Status ParseError(std::string message) {
    return Status(StatusCode::kParseError, std::move(message));
  }
  static Status Unsupported(std::string message) {
    return Status(StatusCode::kUnsupported, std::move(message));
  }
  static Status Internal(std::string message) {
    return Status(StatusCode::kInternal, std::move(message));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  /// "ok", or the message alone (it already names its source).
  std::string ToString() const;

  friend bool operator==(const Status&, const Status&) = default;

 private:
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

/// Holds either a T or a non-OK Status. Accessing value() of an error aborts (programmer error).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}        // NOLINT(google-explicit-constructor)
  Result(Status status) : data_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    EVENTGRAPH_CHECK(!std::get<Status>(data_).ok());
  }

  bool ok() const { return std::holds_alternative<T>(data_); }
  /// OK when a value is held.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(data_); }

  const T& value() const& {
    EVENTGRAPH_CHECK(ok());
    return std::get<T>(data_);
  }
  T& value() & {
    EVENTGRAPH_CHECK(ok());
    return std::get<T>(data_);
  }
  T&& value() && {
    EVENTGRAPH_CHECK(ok());
    return std::get<T>(std::move(data_));
  }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_STATUS_H_
