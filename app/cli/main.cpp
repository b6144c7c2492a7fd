// zhuoping: the command-line tool over the core library.
#include <libintl.h>
#include <unistd.h>

#include <clocale>
#include <filesystem>
#include <iostream>

#include "cli/cli.h"
#include "util/i18n.h"

namespace {

std::filesystem::path locale_dir() {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto dir = exe.parent_path().parent_path() / "share" / "locale";
    if (std::filesystem::exists(dir, ec)) return dir;
  }
  return "/usr/share/locale";
}

}  // namespace

int main(int argc, char** argv) {
  std::setlocale(LC_ALL, "");
  bindtextdomain("zhuoping", locale_dir().c_str());
  bind_textdomain_codeset("zhuoping", "UTF-8");
  textdomain("zhuoping");
  zp::set_translator([](const char* id) -> const char* { return dgettext("zhuoping", id); });

  CLI::App app{ZP_("Zhuoping (卓评): write and check quality-award self-assessment reports")};
  app.name("zhuoping");
  app.set_version_flag("--version", std::string("zhuoping ") + ZP_VERSION);
  app.require_subcommand(1);
  app.fallthrough(false);

  zp::cli::Action action;
  zp::cli::register_standards(app, action);
  zp::cli::register_standard_show(app, action);
  zp::cli::register_new(app, action);
  zp::cli::register_count(app, action);
  zp::cli::register_score(app, action);
  zp::cli::register_import(app, action);
  zp::cli::register_export(app, action);
  zp::cli::register_check(app, action);

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return zp::cli::kExitUnusable;
  }
  try {
    return action ? action() : zp::cli::kExitUnusable;
  } catch (const zp::Error& e) {
    zp::cli::report_error(e);
    return zp::cli::kExitUnusable;
  } catch (const std::bad_alloc&) {
    zp::cli::report_error(ZP_("out of memory"));
    return zp::cli::kExitUnusable;
  } catch (const std::exception& e) {
    zp::cli::report_error(e.what());
    return zp::cli::kExitUnusable;
  }
}

namespace zp::cli {

void report_error(const Error& e) { std::cerr << "zhuoping: " << e.what() << "\n"; }
void report_error(const std::string& message) { std::cerr << "zhuoping: " << message << "\n"; }

}  // namespace zp::cli
