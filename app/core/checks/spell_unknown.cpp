#include "checks/spell_unknown.h"

#include <unordered_map>

#include "model/report_text.h"
#include "text/spelling.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::checks {

namespace {

bool is_acronym(std::string_view w) {
  int letters = 0;
  for (char ch : w) {
    if (ch >= 'a' && ch <= 'z') return false;
    if (ch >= 'A' && ch <= 'Z') ++letters;
  }
  return letters >= 2;
}

}  // namespace

bool spell_checked(const text::LatinWord& word, const CheckConfig& config) {
  if (word.end - word.begin < config.spelling_min_length) return false;
  return !(config.spelling_ignore_acronyms && is_acronym(word.text));
}

std::string SpellUnknown::title() const { return ZP_("Unknown word"); }

void SpellUnknown::run(const CheckContext& ctx, std::vector<Finding>& out) const {
  if (!ctx.spelling || !ctx.spelling->available()) return;
  // Each distinct word is looked up once per run.
  std::unordered_map<std::string_view, bool> known;
  for (const standards::Clause& c : ctx.standard.clauses) {
    if (!model::shown_in_export(c)) continue;
    const SectionText* text = ctx.text(c.id);
    if (!text) continue;
    const model::Section& section = *ctx.report.section(c.id);
    for (const BlockText& b : text->blocks) {
      // Units of an indicator table (kWh, ppm, tCO2e) are symbols, not words.
      std::vector<std::string_view> units;
      if (const auto* t = std::get_if<model::IndicatorTable>(&section.blocks[static_cast<size_t>(b.block)]))
        for (const model::Indicator& ind : t->indicators) units.push_back(ind.unit);
      for (const text::LatinWord& w : text::latin_words(b.text)) {
        if (!spell_checked(w, ctx.config)) continue;
        bool unit = false;
        for (std::string_view u : units) unit = unit || u.find(w.text) != std::string_view::npos;
        if (unit) continue;
        auto it = known.find(w.text);
        if (it == known.end()) it = known.emplace(w.text, ctx.spelling->known(w.text)).first;
        if (it->second) continue;
        Finding f = finding(c.id, format(ZP_("“{0}” is in neither the English dictionary nor the report's own "
                                             "dictionary. Correct it, or add it to the report's dictionary if it is "
                                             "right."),
                                         w.text));
        f.range = TextRange{b.block, w.begin, w.end};
        if (ctx.options.spelling_suggestions) {
          f.suggestions = ctx.spelling->suggest(w.text);
          if (!f.suggestions.empty()) {
            std::string list;
            for (size_t i = 0; i < f.suggestions.size() && i < 5; ++i) list += (i ? ", " : "") + f.suggestions[i];
            f.message += " " + format(ZP_("Suggestions: {0}."), list);
          }
        }
        out.push_back(std::move(f));
      }
    }
  }
}

}  // namespace zp::checks
