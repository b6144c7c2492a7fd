// zhuoping new --standard ID [--template NAME] [--org NAME] -o FILE.zpr
#include <filesystem>
#include <iostream>

#include "cli/cli.h"
#include "model/report_factory.h"
#include "model/report_file.h"
#include "model/report_template.h"
#include "standards/library.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::cli {

void register_new(CLI::App& app, Action& action) {
  auto* cmd = app.add_subcommand("new", ZP_("Create a new report with every clause to write, empty"));
  static std::string standard_id, org, title, out, template_name;
  static bool force = false;
  cmd->add_option("--standard", standard_id, ZP_("Standard id (see 'zhuoping standards')"))->required();
  cmd->add_option("--org", org, ZP_("Organisation name"));
  cmd->add_option("--title", title, ZP_("Report title"));
  cmd->add_option("--template", template_name,
                  ZP_("Start from a template: \"default\" (the standard's built-in one), its name, or a template file"));
  cmd->add_option("-o,--output", out, ZP_("The report file to write (.zpr)"))->required();
  cmd->add_flag("--force", force, ZP_("Overwrite an existing file"));
  cmd->callback([&action] {
    action = [] {
      const auto& st = standards::Library::instance().get(standard_id);
      std::error_code ec;
      if (!force && std::filesystem::exists(out, ec)) {
        report_error(Error(ErrorCode::Invalid, out, ZP_("already exists; use --force to overwrite it")));
        return kExitUnusable;
      }
      model::Report r = template_name.empty()
                            ? model::new_report(st, org, title)
                            : model::new_report_from_template(st, model::find_template(st, template_name), org, title);
      model::save_report(r, out, false);
      std::cout << format(ZP_("Created {0}: {1}, {2} clauses to write."), out, st.name, r.sections.size()) << "\n";
      return kExitOk;
    };
  });
}

}  // namespace zp::cli
