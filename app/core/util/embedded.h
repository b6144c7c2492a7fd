#pragma once
/// Data files built into the binaries (standards, schemas, word lists): see cmake/embed.cmake.
/// Every embedded XML file with a schema is validated at build time (cmake/builtin_data.cmake),
/// and build_validated() lists what was checked.
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace zp::embedded {
/// The built-in standards (standards/*.xml) as {file name, bytes}.
const std::vector<std::pair<std::string_view, std::string_view>>& standard_files();
/// The built-in standards reduced to their clause trees (same file names), extracted at build
/// time: for matching a draft's headings against every standard without parsing them in full.
const std::vector<std::pair<std::string_view, std::string_view>>& standard_outlines();
/// All other embedded files (schemas, word lists, templates) as {file name, bytes}.
const std::vector<std::pair<std::string_view, std::string_view>>& data_files();
/// The {embedded file name, schema name} pairs validated with xmllint when the program was built.
const std::vector<std::pair<std::string_view, std::string_view>>& build_validated();

/// One embedded file by name.
std::optional<std::string_view> data_file(std::string_view name);
/// The name of the embedded file these exact bytes are (same address and length, not merely
/// equal content), or nullopt for any other bytes. The name is a NUL-terminated literal.
std::optional<std::string_view> name_of(std::string_view bytes);
/// Whether the build validated the embedded file `file` against the embedded schema `schema`.
bool validated_at_build(std::string_view file, std::string_view schema);
}  // namespace zp::embedded
