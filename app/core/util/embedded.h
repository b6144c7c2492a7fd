#pragma once
/// Data files built into the binaries (standards, schemas, word lists): see cmake/embed.cmake.
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace zp::embedded {
/// The built-in standards (standards/*.xml) as {file name, bytes}.
const std::vector<std::pair<std::string_view, std::string_view>>& standard_files();
/// All other embedded files (schemas, word lists, templates) as {file name, bytes}.
const std::vector<std::pair<std::string_view, std::string_view>>& data_files();
/// One embedded file by name.
std::optional<std::string_view> data_file(std::string_view name);
}  // namespace zp::embedded
