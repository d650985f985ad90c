// Errors are values: every public call that can fail returns a Status or a
// Result<T>. Nothing in core/ throws across its API (the wasm build has no
// exception machinery).
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace resalta {

// One catalogue of error codes; the message says what happened in words a
// user can act on.
enum class ErrorCode {
  kOk = 0,
  kInvalidArgument,   // bad option value, bad usage
  kInvalidInput,      // text or CoNLL input that cannot be processed
  kTooLarge,          // input over a documented limit
  kBadModel,          // model bytes truncated, corrupt or wrong version
  kNoModel,           // an operation that needs a model was called without one
  kInternal,          // a broken invariant; always a bug
};

const char* ErrorCodeName(ErrorCode code);

class Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}
  static Status Ok() { return Status(); }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "bad-model: checksum mismatch" style text for logs and the CLI.
  std::string ToString() const;

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

// A value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}           // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}    // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace resalta
