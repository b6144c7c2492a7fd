#pragma once
/// Loading standards: the built-in ones (embedded in the binary) and a user's own files in
/// ~/.local/share/zhuoping/standards/ ($XDG_DATA_HOME/zhuoping/standards). Every file is
/// validated against standards/standard.rng and checked for consistency.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "standards/standard.h"
#include "util/error.h"

namespace zp::standards {

/// Parse and validate one standard; throws zp::Error "name:line: problem".
Standard parse_standard(std::string_view xml, const std::string& name);
/// Load one standard file; throws zp::Error naming the file.
Standard load_standard_file(const std::filesystem::path& path);

/// The directory a user puts their own standards in.
std::filesystem::path user_standards_dir();

class Library {
 public:
  /// The built-in standards plus the user's directory; broken user files are skipped and
  /// reported in warnings (never fatal).
  static const Library& instance();
  /// Build a library from the built-in standards and the given extra directories.
  static Library load(const std::vector<std::filesystem::path>& extra_dirs, Diagnostics* warnings);

  const Standard* find(const std::string& id) const;
  /// Like find, but throws zp::Error (NotFound) listing the valid ids.
  const Standard& get(const std::string& id) const;
  std::vector<const Standard*> all() const;
  /// "a, b, c": the ids, for messages.
  std::string id_list() const;
  const Diagnostics& warnings() const { return warnings_; }

 private:
  void add(Standard s, Diagnostics* warnings);
  std::vector<std::unique_ptr<Standard>> standards_;
  Diagnostics warnings_;
};

}  // namespace zp::standards
