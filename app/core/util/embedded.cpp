#include "util/embedded.h"

namespace zp::embedded {
std::optional<std::string_view> data_file(std::string_view name) {
  for (const auto& [n, bytes] : data_files())
    if (n == name) return bytes;
  return std::nullopt;
}

std::optional<std::string_view> name_of(std::string_view bytes) {
  // Identity, not equality: a copy (or a user's file with the same text) is not covered by
  // the build's validation of the embedded bytes.
  for (const auto* list : {&standard_files(), &data_files()})
    for (const auto& [n, b] : *list)
      if (b.data() == bytes.data() && b.size() == bytes.size()) return n;
  return std::nullopt;
}

bool validated_at_build(std::string_view file, std::string_view schema) {
  for (const auto& [f, s] : build_validated())
    if (f == file && s == schema) return true;
  return false;
}
}  // namespace zp::embedded
