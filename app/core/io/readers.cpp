#include "io/readers.h"

#include <algorithm>

#include "io/docx/docx_import.h"
#include "model/report_file.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::io {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::vector<Reader>& table() {
  static std::vector<Reader> t = [] {
    std::vector<Reader> v;
    v.push_back(Reader{"zpr", {".zpr"}, ZP_N_("Zhuoping report"),
                       [](const std::filesystem::path& p, const ReadOptions& o) {
                         ReadResult r;
                         r.report = model::load_report(p);
                         if (!o.standard_id.empty() && o.standard_id != r.report.standard_id)
                           r.warnings.push_back({p.string(), 0,
                                                 format(ZP_("the report is written against {0}; --standard {1} is ignored"),
                                                        r.report.standard_id, o.standard_id)});
                         return r;
                       }});
    v.push_back(Reader{"docx", {".docx"}, ZP_N_("Word document (draft mapped onto the standard's clauses)"),
                       [](const std::filesystem::path& p, const ReadOptions& o) { return docx::import_docx(p, o); }});
    return v;
  }();
  return t;
}

}  // namespace

void register_reader(Reader r) {
  for (Reader& existing : table()) {
    if (existing.format == r.format) {
      existing = std::move(r);
      return;
    }
  }
  table().push_back(std::move(r));
}

const std::vector<Reader>& readers() { return table(); }

const Reader* reader_for(const std::filesystem::path& path) {
  std::string ext = lower(path.extension().string());
  for (const Reader& r : table())
    for (const std::string& e : r.extensions)
      if (e == ext) return &r;
  return nullptr;
}

ReadResult read_report(const std::filesystem::path& path, const ReadOptions& options) {
  const Reader* r = reader_for(path);
  if (!r) {
    std::string exts;
    for (const Reader& rd : table())
      for (const std::string& e : rd.extensions) exts += (exts.empty() ? "" : ", ") + e;
    throw Error(ErrorCode::Unsupported, path.string(),
                format(ZP_("cannot read files of this type; supported: {0}"), exts));
  }
  return r->read(path, options);
}

}  // namespace zp::io
