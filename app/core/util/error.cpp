#include "util/error.h"

namespace zp {
namespace {
std::string compose(const std::string& file, long line, const std::string& message) {
  std::string s;
  if (!file.empty()) {
    s += file;
    if (line > 0) s += ":" + std::to_string(line);
    s += ": ";
  }
  return s + message;
}
}  // namespace

Error::Error(ErrorCode code, std::string file, std::string message, long line)
    : std::runtime_error(compose(file, line, message)),
      code_(code),
      file_(std::move(file)),
      message_(std::move(message)),
      line_(line) {}

std::string Diagnostic::to_string() const { return compose(file, line, message); }

}  // namespace zp
