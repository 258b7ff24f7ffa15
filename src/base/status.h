// Status and Result<T>: errors are values.
//
// Every fallible function in Dossier returns a Status (no value) or a Result<T>
// (a value or a Status). Exceptions never cross a module boundary: code that calls
// a throwing third-party library catches at the wrapper and converts to a Status.
//
// Example:
//   Result<std::string> ReadFile(const std::string& path);
//   DOSSIER_ASSIGN_OR_RETURN(std::string bytes, ReadFile(path));
//   if (bytes.empty()) return Status::InvalidArgument(path + ": empty file");
//
// Messages are for humans and name the file and line (or byte offset) when one is
// known, in the form "FILE:LINE: message".
//
// Thread-safety: Status and Result are values; distinct objects may be used from
// distinct threads freely.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace dossier::base {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // bad input from the user: flags, files, records
  kNotFound,         // a named thing does not exist
  kIoError,          // the operating system refused a read or write
  kCorruption,       // stored data or a model file failed its checks
  kUnimplemented,
  kInternal,         // a bug: an invariant did not hold
};

// Returns "ok", "invalid argument", ... for messages.
const char* StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // ok
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status Corruption(std::string m) { return {StatusCode::kCorruption, std::move(m)}; }
  static Status Unimplemented(std::string m) { return {StatusCode::kUnimplemented, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "invalid argument: FILE:3: bad JSON" (or "ok").
  std::string ToString() const;

  // Returns a copy whose message is "prefix: message" (no-op when ok).
  Status WithPrefix(const std::string& prefix) const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value of type T, or the Status saying why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : data_(std::move(status)) {  // NOLINT
    assert(!std::get<Status>(data_).ok() && "Result built from an ok Status");
  }

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(data_);
  }

  // Preconditions: ok().
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace dossier::base

#define DOSSIER_CONCAT_INNER_(a, b) a##b
#define DOSSIER_CONCAT_(a, b) DOSSIER_CONCAT_INNER_(a, b)

// Returns the Status of `expr` from the enclosing function when it is not ok.
#define DOSSIER_RETURN_IF_ERROR(expr)                    \
  do {                                                   \
    ::dossier::base::Status dossier_status_ = (expr);    \
    if (!dossier_status_.ok()) return dossier_status_;   \
  } while (0)

// Declares `lhs` from a Result-returning `expr`, or returns its Status.
#define DOSSIER_ASSIGN_OR_RETURN(lhs, expr) \
  DOSSIER_ASSIGN_OR_RETURN_IMPL_(DOSSIER_CONCAT_(dossier_result_, __LINE__), lhs, expr)
#define DOSSIER_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                   \
  if (!tmp.ok()) return tmp.status();                  \
  lhs = std::move(tmp).value()
