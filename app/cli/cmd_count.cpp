// zhuoping count [--json] FILE   (FILE: .zpr, .docx or UTF-8 .txt)
#include <nlohmann/json.hpp>

#include <iostream>

#include "cli/cli.h"
#include "io/docx/docx_import.h"
#include "io/readers.h"
#include "standards/library.h"
#include "text/report_count.h"
#include "util/atomic_file.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::cli {
namespace {

using nlohmann::json;

void print_counts_text(const text::Counts& c, std::optional<long> limit);

bool has_extension(const std::string& path, const char* want) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == want;
}

// A Word draft is counted as Word counts it (its 字数 dialog without text boxes, footnotes
// and endnotes), not as the imported report would be exported: the number applicants check
// against the limit is Word's. The per-clause counts come from the import's mapping.
int count_docx(const std::string& file, const std::string& standard_id, bool as_json) {
  io::ReadOptions opts;
  opts.standard_id = standard_id;
  io::docx::DocxImport imp = io::docx::import_docx_detailed(file, opts);
  for (const Diagnostic& d : imp.result.warnings) std::cerr << "zhuoping: " << d.to_string() << "\n";
  const auto& st = standards::Library::instance().get(imp.standard.id);
  std::optional<long> limit = st.report_limit();
  if (as_json) {
    json clauses = json::object();
    for (const auto& c : st.clauses)
      if (auto it = imp.clauses.find(c.id); it != imp.clauses.end()) clauses[c.id] = it->second.counts.words;
    std::cout << json{{"total", imp.counts.body.words},
                      {"characters", imp.counts.body.characters},
                      {"characters_with_spaces", imp.counts.body.characters_with_spaces},
                      {"limit", limit ? json(*limit) : json(nullptr)},
                      {"clauses", clauses},
                      {"unassigned", imp.unassigned.words},
                      {"standard", imp.standard.id},
                      {"text_boxes", imp.counts.text_boxes.words},
                      {"footnotes", imp.counts.footnotes.words},
                      {"endnotes", imp.counts.endnotes.words}}
                     .dump(2)
              << "\n";
    return kExitOk;
  }
  std::cout << file << " — " << st.name << ZP_(" (Word's count of the document)") << "\n";
  print_counts_text(imp.counts.body, limit);
  std::cout << format(ZP_("Not included, as in Word: text boxes {0}, footnotes {1}, endnotes {2}"),
                      group_digits(imp.counts.text_boxes.words), group_digits(imp.counts.footnotes.words),
                      group_digits(imp.counts.endnotes.words))
            << "\n\n";
  for (const auto& c : st.clauses) {
    auto it = imp.clauses.find(c.id);
    if (it == imp.clauses.end()) continue;
    std::cout << std::string(static_cast<size_t>(c.depth) * 2, ' ') << c.id << " " << c.title << "  "
              << group_digits(it->second.counts.words) << "\n";
  }
  if (imp.unassigned.words > 0) std::cout << ZP_("(under no clause)") << "  " << group_digits(imp.unassigned.words) << "\n";
  return kExitOk;
}

bool is_text_file(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".txt" || ext == ".text";
}

void print_counts_text(const text::Counts& c, std::optional<long> limit) {
  std::cout << format(ZP_("字数 (words): {0}"), group_digits(c.words));
  if (limit) {
    std::cout << format(ZP_(" of {0} allowed ({1}%)"), group_digits(*limit), c.words * 100 / *limit);
    if (c.words > *limit) std::cout << format(ZP_(", {0} over the limit"), group_digits(c.words - *limit));
  }
  std::cout << "\n"
            << format(ZP_("字符数(不计空格) (characters, no spaces): {0}"), group_digits(c.characters)) << "\n"
            << format(ZP_("字符数(计空格) (characters with spaces): {0}"), group_digits(c.characters_with_spaces)) << "\n";
}

}  // namespace

void register_count(CLI::App& app, Action& action) {
  auto* cmd = app.add_subcommand("count", ZP_("Count 字数 as Microsoft Word does"));
  static std::string file, standard_id;
  static bool as_json = false;
  cmd->add_option("FILE", file, ZP_("A report (.zpr), a Word file (.docx) or UTF-8 text (.txt)"))->required();
  cmd->add_option("--standard", standard_id, ZP_("Standard for a .docx (default: detected)"));
  cmd->add_flag("--json", as_json, ZP_("Print JSON"));
  cmd->callback([&action] {
    action = [] {
      if (is_text_file(file)) {
        std::string data = read_file(file);
        text::Counts c = text::count(data);
        if (as_json) {
          std::cout << json{{"total", c.words},
                            {"characters", c.characters},
                            {"characters_with_spaces", c.characters_with_spaces},
                            {"limit", nullptr}}
                           .dump(2)
                    << "\n";
        } else {
          print_counts_text(c, std::nullopt);
        }
        return kExitOk;
      }
      if (has_extension(file, ".docx")) return count_docx(file, standard_id, as_json);
      io::ReadOptions opts;
      opts.standard_id = standard_id;
      io::ReadResult rr = io::read_report(file, opts);
      for (const Diagnostic& d : rr.warnings) std::cerr << "zhuoping: " << d.to_string() << "\n";
      const auto& st = standards::Library::instance().get(rr.report.standard_id);
      text::ReportCounts rc = text::count_report(rr.report, st);
      if (as_json) {
        json clauses = json::object();
        for (const auto& c : st.clauses)
          if (auto it = rc.clauses.find(c.id); it != rc.clauses.end()) clauses[c.id] = it->second.words;
        std::cout << json{{"total", rc.total.words},
                          {"characters", rc.total.characters},
                          {"characters_with_spaces", rc.total.characters_with_spaces},
                          {"limit", rc.limit ? json(*rc.limit) : json(nullptr)},
                          {"clauses", clauses}}
                         .dump(2)
                  << "\n";
        return kExitOk;
      }
      std::cout << file << " — " << st.name << "\n";
      print_counts_text(rc.total, rc.limit);
      std::cout << "\n";
      for (const auto& c : st.clauses) {
        auto it = rc.clauses.find(c.id);
        if (it == rc.clauses.end()) continue;
        std::cout << std::string(static_cast<size_t>(c.depth) * 2, ' ') << c.id << " " << c.title << "  "
                  << group_digits(it->second.words) << "\n";
      }
      return kExitOk;
    };
  });
}

}  // namespace zp::cli
