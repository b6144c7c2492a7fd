#include "checks/context.h"

#include "model/report_text.h"
#include "text/word_count.h"

namespace zp::checks {

CheckContext::CheckContext(const model::Report& r, const standards::Standard& st, const CheckOptions& o,
                           const CheckConfig& c, const text::Spelling* sp)
    : report(r), standard(st), options(o), config(c), spelling(sp), counts_(text::count_report(r, st)) {
  for (const standards::Clause& cl : st.clauses) {
    if (model::shown_in_export(cl)) heading_words_[cl.id] = text::count(model::clause_heading(cl)).words;
    if (const model::Section* s = r.section(cl.id)) texts_.emplace(cl.id, section_text(*s));
  }
}

long CheckContext::content_words(const std::string& id) const {
  auto it = counts_.clauses.find(id);
  if (it == counts_.clauses.end()) return 0;
  auto h = heading_words_.find(id);
  return static_cast<long>(it->second.words) - (h == heading_words_.end() ? 0 : h->second);
}

long CheckContext::subtree_words(const std::string& id) const { return static_cast<long>(counts_.subtree(id).words); }

const SectionText* CheckContext::text(const std::string& id) const {
  auto it = texts_.find(id);
  return it == texts_.end() ? nullptr : &it->second;
}

bool CheckContext::written(const std::string& id) const {
  const model::Section* s = report.section(id);
  return s && !s->empty();
}

}  // namespace zp::checks
