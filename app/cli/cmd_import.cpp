// zhuoping import [--standard ID] [--json] IN.docx -o OUT.zpr
#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>

#include "cli/cli.h"
#include "io/docx/docx_import.h"
#include "model/report_file.h"
#include "standards/library.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::cli {
namespace {

using nlohmann::json;

json counts_json(const text::Counts& c) {
  return json{{"words", c.words}, {"characters", c.characters}, {"characters_with_spaces", c.characters_with_spaces}};
}

}  // namespace

void register_import(CLI::App& app, Action& action) {
  auto* cmd = app.add_subcommand("import", ZP_("Read a Word draft (.docx) into a report, mapping its headings onto the standard's clauses"));
  static std::string in, out, standard_id;
  static bool force = false, as_json = false;
  cmd->add_option("IN", in, ZP_("The Word draft (.docx)"))->required();
  cmd->add_option("-o,--output", out, ZP_("The report file to write (.zpr)"))->required();
  cmd->add_option("--standard", standard_id, ZP_("Standard id (default: detected from the headings)"));
  cmd->add_flag("--force", force, ZP_("Overwrite an existing file"));
  cmd->add_flag("--json", as_json, ZP_("Print the mapping as JSON"));
  cmd->callback([&action] {
    action = [] {
      std::error_code ec;
      if (std::filesystem::exists(out, ec) && !force) {
        report_error(Error(ErrorCode::Invalid, out, ZP_("already exists; use --force to overwrite it")));
        return kExitUnusable;
      }
      io::ReadOptions opts;
      opts.standard_id = standard_id;
      io::docx::DocxImport imp = io::docx::import_docx_detailed(in, opts);
      model::save_report(imp.result.report, out, false);
      if (as_json) {
        json clauses = json::array();
        const auto& st = standards::Library::instance().get(imp.standard.id);
        for (const auto& c : st.clauses) {
          auto it = imp.clauses.find(c.id);
          if (it == imp.clauses.end()) continue;
          const auto& s = it->second;
          clauses.push_back(json{{"clause", c.id},
                                 {"title", c.title},
                                 {"words", s.counts.words},
                                 {"headings", s.headings},
                                 {"paragraphs", s.paragraphs},
                                 {"lists", s.lists},
                                 {"tables", s.tables},
                                 {"indicator_tables", s.indicator_tables},
                                 {"figures", s.figures}});
        }
        json tables = json::array();
        for (const auto& t : imp.indicator_tables)
          tables.push_back(json{{"clause", t.clause_id},
                                {"caption", t.caption},
                                {"indicators", t.indicators},
                                {"years", t.years},
                                {"higher", t.higher},
                                {"lower", t.lower},
                                {"unknown", t.unknown}});
        json warnings = json::array();
        for (const auto& w : imp.result.warnings) warnings.push_back(w.to_string());
        std::cout << json{{"standard",
                           {{"id", imp.standard.id},
                            {"detected", imp.standard.detected},
                            {"certainty", imp.standard.certainty},
                            {"headings", imp.standard.headings},
                            {"matched", imp.standard.matched},
                            {"runner_up", imp.standard.runner_up}}},
                          {"word", {{"body", counts_json(imp.counts.body)},
                                    {"text_boxes", counts_json(imp.counts.text_boxes)},
                                    {"footnotes", counts_json(imp.counts.footnotes)},
                                    {"endnotes", counts_json(imp.counts.endnotes)}}},
                          {"unassigned_words", imp.unassigned.words},
                          {"clauses", clauses},
                          {"indicator_tables", tables},
                          {"warnings", warnings},
                          {"output", out}}
                         .dump(2)
                  << "\n";
        return kExitOk;
      }
      std::cout << io::docx::mapping_report_text(imp);
      std::cout << format(ZP_("Wrote {0}"), out) << "\n";
      return kExitOk;
    };
  });
}

}  // namespace zp::cli
