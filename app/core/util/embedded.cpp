#include "util/embedded.h"

namespace zp::embedded {
std::optional<std::string_view> data_file(std::string_view name) {
  for (const auto& [n, bytes] : data_files())
    if (n == name) return bytes;
  return std::nullopt;
}
}  // namespace zp::embedded
