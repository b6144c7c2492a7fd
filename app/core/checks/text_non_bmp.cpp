#include "checks/text_non_bmp.h"

#include "model/report_text.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::checks {

std::string TextNonBmp::title() const { return ZP_("Characters the PDF cannot show"); }

void TextNonBmp::run(const CheckContext& ctx, std::vector<Finding>& out) const {
  // The cover shows the organisation and the title: a report-wide finding without a range.
  for (const std::string* cover : {&ctx.report.organisation, &ctx.report.title}) {
    std::string chars;
    for (size_t i = 0; i < cover->size();) {
      const auto lead = static_cast<unsigned char>((*cover)[i]);
      size_t len = 1;
      while (i + len < cover->size() && (static_cast<unsigned char>((*cover)[i + len]) & 0xC0) == 0x80) ++len;
      if (lead >= 0xF0 && lead <= 0xF4) chars += cover->substr(i, len);
      i += len;
    }
    if (!chars.empty())
      out.push_back(finding({}, format(ZP_("The cover text “{0}” holds “{1}”, beyond the Basic Multilingual Plane: "
                                           "the PDF cannot show it. Replace it with a common character."),
                                       *cover, chars)));
  }
  for (const standards::Clause& c : ctx.standard.clauses) {
    if (!model::shown_in_export(c)) continue;
    const SectionText* text = ctx.text(c.id);
    if (!text) continue;
    for (const BlockText& b : text->blocks) {
      const std::string& s = b.text;
      // Most blocks have none: a branch-free pass (vectorized by the compiler) tells.
      unsigned char any = 0;
      for (char ch : s) any |= static_cast<unsigned char>((static_cast<unsigned char>(ch) & 0xF8) == 0xF0);
      if (!any) continue;
      // A 4-byte UTF-8 sequence (lead byte F0–F4) is a character beyond U+FFFF.
      size_t i = 0;
      int cp = 0;
      while (i < s.size()) {
        const auto lead = static_cast<unsigned char>(s[i]);
        if (lead < 0xF0 || lead > 0xF4) {
          if ((lead & 0xC0) != 0x80) ++cp;
          ++i;
          continue;
        }
        const size_t run_begin = i;
        const int cp_begin = cp;
        while (i < s.size() && static_cast<unsigned char>(s[i]) >= 0xF0 && static_cast<unsigned char>(s[i]) <= 0xF4) {
          ++i;
          while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
          ++cp;
        }
        Finding f = finding(c.id, format(ZP_("“{0}” lies beyond the Basic Multilingual Plane (an emoji or a rare "
                                             "character) and cannot be shown in the PDF. Replace it with a common "
                                             "character or describe it in words."),
                                         s.substr(run_begin, i - run_begin)));
        f.range = TextRange{b.block, cp_begin, cp};
        out.push_back(std::move(f));
      }
    }
  }
}

}  // namespace zp::checks
