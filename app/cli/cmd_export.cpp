// zhuoping export -o OUT.pdf [--draft] [--deterministic] [--date YYYY-MM-DD] [--standard ID] FILE
#include <iostream>

#include "checks/engine.h"
#include "cli/cli.h"
#include "io/pdf/pdf_export.h"
#include "io/readers.h"
#include "standards/library.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::cli {

void register_export(CLI::App& app, Action& action) {
  auto* cmd = app.add_subcommand("export", ZP_("Export a report as a PDF ready to submit (or a watermarked draft)"));
  static std::string file, out, standard_id, date;
  static bool draft = false, deterministic = false;
  cmd->add_option("FILE", file, ZP_("A report (.zpr) or a Word file (.docx)"))->required();
  cmd->add_option("-o,--output", out, ZP_("The PDF to write"))->required();
  cmd->add_flag("--draft", draft,
                ZP_("Export even over the length limit, with a 草稿 watermark and the check findings appended"));
  cmd->add_flag("--deterministic", deterministic, ZP_("Fixed dates and document id (for tests)"));
  cmd->add_option("--date", date, ZP_("The date on the cover, YYYY-MM-DD (default: today)"));
  cmd->add_option("--standard", standard_id, ZP_("Standard for a .docx (default: detected)"));
  cmd->callback([&action] {
    action = [] {
      io::ReadOptions ro;
      ro.standard_id = standard_id;
      io::ReadResult rr = io::read_report(file, ro);
      for (const Diagnostic& d : rr.warnings) std::cerr << "zhuoping: " << d.to_string() << "\n";
      const auto& st = standards::Library::instance().get(rr.report.standard_id);
      io::pdf::ExportOptions opts;
      opts.draft = draft;
      opts.deterministic = deterministic;
      opts.date = date;
      if (!draft) {
        if (auto refusal = io::pdf::submission_refusal(rr.report, st)) {
          report_error(format(ZP_("{0}: not exported: {1}"), file, refusal->message));
          return kExitFailed;
        }
      } else {
        opts.findings = checks::run_checks(rr.report, st);
      }
      io::pdf::ExportResult res;
      try {
        res = io::pdf::export_pdf(rr.report, st, out, opts);
      } catch (const Error& e) {
        if (e.code() != ErrorCode::Invalid) throw;
        report_error(format(ZP_("{0}: not exported: {1}"), file, e.message()));  // e.g. characters it cannot draw
        return kExitFailed;
      }
      for (const std::string& w : res.warnings) std::cerr << "zhuoping: " << file << ": " << w << "\n";
      std::cout << format(ZP_("wrote {0} ({1} pages{2})"), out, res.pages, draft ? ZP_(", draft") : "") << "\n";
      return kExitOk;
    };
  });
}

}  // namespace zp::cli
