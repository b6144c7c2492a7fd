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
  /// Build a library from the built-in standards and the given extra directories. The
  /// built-in standards, validated at build time, are parsed on first use (find, get, all);
  /// the user's files are read, validated and checked here.
  static Library load(const std::vector<std::filesystem::path>& extra_dirs, Diagnostics* warnings);

  Library();
  Library(Library&&) noexcept;
  Library& operator=(Library&&) noexcept;
  ~Library();

  const Standard* find(const std::string& id) const;
  /// Like find, but throws zp::Error (NotFound) listing the valid ids.
  const Standard& get(const std::string& id) const;
  /// Every standard, in full (parses any built-in one not parsed yet).
  std::vector<const Standard*> all() const;
  /// Every standard's clause tree only (ids, kinds, titles, points, aliases, parents and
  /// children; no guides, requirements or points lists), in the order of all(): enough to
  /// match a draft's headings. Built-in standards come from outlines extracted at build time,
  /// which is much cheaper than parsing them in full; a user's standards are given in full.
  std::vector<const Standard*> outlines() const;
  /// The ids, in the order of all().
  std::vector<std::string> ids() const;
  /// "a, b, c": the ids, for messages.
  std::string id_list() const;
  const Diagnostics& warnings() const { return warnings_; }

 private:
  struct Entry;
  void add(std::unique_ptr<Entry> e, Diagnostics* warnings);
  const Standard* full(const Entry& e) const;
  std::vector<std::unique_ptr<Entry>> entries_;
  Diagnostics warnings_;
};

/// Parse a clause outline (see Library::outlines): a standard's XML reduced to its clause
/// tree. Not validated: only the build's own outlines are read this way.
Standard parse_outline(std::string_view xml, const std::string& name);

}  // namespace zp::standards
