#pragma once
/// Errors and warnings of the core. Fatal problems throw zp::Error (with the file and,
/// where known, the line); problems a reader can go on after are collected as Diagnostic.
#include <stdexcept>
#include <string>
#include <vector>

namespace zp {

/// What kind of failure an Error is; the CLI maps these onto exit statuses.
enum class ErrorCode {
  Io,           ///< a file could not be read or written (missing, permissions, full disk)
  Format,       ///< the input is malformed (broken XML, not a zip, schema violation)
  Version,      ///< the file was written by a newer Zhuoping
  Unsupported,  ///< encrypted or otherwise unusable input
  NotFound,     ///< an unknown id (standard, clause, reviewer)
  Invalid,      ///< a value out of range or a refused operation
};

/// A fatal error with the file it concerns and a message meant for the user.
class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, std::string file, std::string message, long line = 0);
  ErrorCode code() const { return code_; }
  const std::string& file() const { return file_; }
  long line() const { return line_; }
  /// The message alone, without the file prefix.
  const std::string& message() const { return message_; }

 private:
  ErrorCode code_;
  std::string file_;
  std::string message_;
  long line_;
};

/// A non-fatal problem a reader noticed and went past.
struct Diagnostic {
  std::string file;
  long line = 0;
  std::string message;
  /// "file:line: message", or "file: message" when the line is unknown.
  std::string to_string() const;
};

using Diagnostics = std::vector<Diagnostic>;

}  // namespace zp
