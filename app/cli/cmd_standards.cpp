// zhuoping standards [--json]; zhuoping standard show ID [--json]
#include <nlohmann/json.hpp>

#include <iostream>

#include "cli/cli.h"
#include "standards/library.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::cli {
namespace {

using nlohmann::json;
using standards::Library;
using standards::Standard;

json points_json(const std::optional<double>& p) {
  if (!p) return nullptr;
  if (*p == static_cast<long long>(*p)) return static_cast<long long>(*p);
  return *p;
}

std::string points_text(double p) {
  std::ostringstream os;
  os << p;
  return os.str();
}

void print_warnings(const Library& lib) {
  for (const Diagnostic& d : lib.warnings()) std::cerr << "zhuoping: " << d.to_string() << "\n";
}

}  // namespace

void register_standards(CLI::App& app, Action& action) {
  auto* cmd = app.add_subcommand("standards", ZP_("List the standards (built-in and your own)"));
  static bool as_json = false;
  cmd->add_flag("--json", as_json, ZP_("Print JSON"));
  cmd->callback([&action] {
    action = [] {
      const Library& lib = Library::instance();
      print_warnings(lib);
      if (as_json) {
        json arr = json::array();
        for (const Standard* s : lib.all()) {
          json limits = json::array();
          for (const auto& l : s->limits) limits.push_back({{"scope", l.scope}, {"max", l.max}, {"unit", "字"}});
          arr.push_back({{"id", s->id},
                         {"name", s->name},
                         {"total_points", points_json(s->total_points)},
                         {"limits", limits},
                         {"clauses", s->clauses.size()},
                         {"source", s->origin}});
        }
        std::cout << arr.dump(2) << "\n";
        return kExitOk;
      }
      for (const Standard* s : lib.all()) {
        std::string limits;
        for (const auto& l : s->limits)
          limits += (limits.empty() ? "" : ", ") +
                    (l.scope == "report" ? std::string(ZP_("report")) : format(ZP_("clause {0}"), l.scope)) + " ≤ " +
                    group_digits(l.max) + " 字";
        if (limits.empty()) limits = ZP_("no length limit stated");
        std::cout << s->id << "\n  " << s->name << "\n  "
                  << format(ZP_("{0} points, {1} clauses; {2}"), points_text(s->total_points), s->clauses.size(), limits)
                  << "\n  " << format(ZP_("source: {0}"), s->origin) << "\n";
      }
      return kExitOk;
    };
  });
}

void register_standard_show(CLI::App& app, Action& action) {
  auto* std_cmd = app.add_subcommand("standard", ZP_("Show one standard"));
  std_cmd->require_subcommand(1);
  auto* show = std_cmd->add_subcommand("show", ZP_("Print a standard's clause tree"));
  static std::string id;
  static bool as_json = false;
  show->add_option("ID", id, ZP_("Standard id (see 'zhuoping standards')"))->required();
  show->add_flag("--json", as_json, ZP_("Print JSON"));
  show->callback([&action] {
    action = [] {
      const Library& lib = Library::instance();
      print_warnings(lib);
      const Standard& s = lib.get(id);
      if (as_json) {
        json arr = json::array();
        for (const auto& c : s.clauses)
          arr.push_back({{"id", c.id},
                         {"title", c.title},
                         {"parent", c.parent.empty() ? json(nullptr) : json(c.parent)},
                         {"kind", to_string(c.kind)},
                         {"points", points_json(c.points)},
                         {"writable", c.writable}});
        std::cout << arr.dump(2) << "\n";
        return kExitOk;
      }
      std::cout << s.name << " (" << s.id << ")\n";
      for (const auto& c : s.clauses) {
        std::cout << std::string(static_cast<size_t>(c.depth) * 2, ' ') << c.id << " " << c.title;
        if (c.points) std::cout << " (" << points_text(*c.points) << "分)";
        std::cout << "  [" << to_string(c.kind) << (c.writable ? ", " + std::string(ZP_("written")) : "") << "]\n";
      }
      return kExitOk;
    };
  });
}

}  // namespace zp::cli
