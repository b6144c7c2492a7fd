// zhuoping check [--standard ID] [--json] [--min-severity LEVEL] FILE
#include <nlohmann/json.hpp>

#include <iostream>
#include <map>

#include "checks/engine.h"
#include "cli/cli.h"
#include "io/readers.h"
#include "model/report_text.h"
#include "standards/library.h"
#include "text/report_count.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::cli {
namespace {

using checks::Finding;
using checks::Severity;
// ordered_json: the keys come out in the documented order.
using json = nlohmann::ordered_json;

void print_json(const standards::Standard& st, const text::ReportCounts& rc, const std::vector<Finding>& findings) {
  json list = json::array();
  for (const Finding& f : findings) {
    list.push_back({{"code", f.code},
                    {"severity", checks::to_string(f.severity)},
                    {"clause", f.clause},
                    {"indicator", f.indicator.empty() ? json(nullptr) : json(f.indicator)},
                    {"message", f.message}});
  }
  std::cout << json{{"standard", st.id},
                    {"total", rc.total.words},
                    {"limit", rc.limit ? json(*rc.limit) : json(nullptr)},
                    {"findings", list}}
                   .dump(2)
            << "\n";
}

std::string severity_counts(const std::vector<const Finding*>& fs) {
  int n[3] = {0, 0, 0};
  for (const Finding* f : fs) ++n[static_cast<int>(f->severity)];
  return format(ZP_("{0} error(s), {1} warning(s), {2} info"), n[2], n[1], n[0]);
}

const char* severity_label(Severity s) {
  switch (s) {
    case Severity::Error:
      return ZP_("error");
    case Severity::Warning:
      return ZP_("warning");
    default:
      return ZP_("info");
  }
}

void print_text(const std::string& file, const standards::Standard& st, const text::ReportCounts& rc,
                const std::vector<Finding>& findings) {
  std::cout << file << " — " << st.name << "\n";
  std::cout << format(ZP_("字数: {0}"), group_digits(rc.total.words));
  if (rc.limit)
    std::cout << format(ZP_(" of {0} allowed ({1}%)"), group_digits(*rc.limit), rc.total.words * 100 / *rc.limit);
  else
    std::cout << ZP_(" (the standard states no length limit)");
  std::cout << "\n";
  std::vector<const Finding*> all;
  for (const Finding& f : findings) all.push_back(&f);
  std::cout << format(ZP_("Findings: {0}"), severity_counts(all)) << "\n";
  // Group by clause; the engine already returns them in the standard's order.
  std::vector<std::pair<std::string, std::vector<const Finding*>>> groups;
  for (const Finding& f : findings) {
    if (groups.empty() || groups.back().first != f.clause) groups.emplace_back(f.clause, std::vector<const Finding*>{});
    groups.back().second.push_back(&f);
  }
  for (const auto& [clause, fs] : groups) {
    std::cout << "\n";
    if (clause.empty()) {
      std::cout << ZP_("Whole report");
    } else if (const standards::Clause* c = st.clause(clause)) {
      std::cout << model::clause_heading(*c);
    } else {
      std::cout << clause;
    }
    std::cout << "  (" << severity_counts(fs) << ")\n";
    for (const Finding* f : fs) {
      std::cout << "  " << severity_label(f->severity) << " [" << f->code << "]";
      if (!f->indicator.empty()) std::cout << " " << f->indicator;
      std::cout << ": " << f->message << "\n";
    }
  }
}

}  // namespace

void register_check(CLI::App& app, Action& action) {
  auto* cmd = app.add_subcommand("check", ZP_("Find what stands between a draft and a strong submission"));
  static std::string file, standard_id, min_severity = "info";
  static bool as_json = false;
  cmd->add_option("FILE", file, ZP_("A report (.zpr) or a Word file (.docx)"))->required();
  cmd->add_option("--standard", standard_id, ZP_("Check against this standard (default: the report's)"));
  cmd->add_flag("--json", as_json, ZP_("Print JSON"));
  cmd->add_option("--min-severity", min_severity, ZP_("Show only findings at or above: info, warning or error"))
      ->check(CLI::IsMember({"info", "warning", "error"}));
  cmd->callback([&action] {
    action = [] {
      io::ReadOptions opts;
      opts.standard_id = standard_id;
      io::ReadResult rr = io::read_report(file, opts);
      for (const Diagnostic& d : rr.warnings) std::cerr << "zhuoping: " << d.to_string() << "\n";
      const std::string& id = standard_id.empty() ? rr.report.standard_id : standard_id;
      const auto& st = standards::Library::instance().get(id);
      std::vector<Finding> findings = checks::run_checks(rr.report, st);
      const Severity min = checks::severity_from_string(min_severity).value_or(Severity::Info);
      bool has_error = false;
      std::vector<Finding> shown;
      for (Finding& f : findings) {
        if (f.severity == Severity::Error) has_error = true;
        if (f.severity >= min) shown.push_back(std::move(f));
      }
      text::ReportCounts rc = text::count_report(rr.report, st);
      if (as_json)
        print_json(st, rc, shown);
      else
        print_text(file, st, rc, shown);
      return has_error ? kExitFailed : kExitOk;
    };
  });
}

}  // namespace zp::cli
