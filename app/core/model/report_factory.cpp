#include "model/report_factory.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>

namespace zp::model {

std::string now_iso8601() {
  if (const char* fixed = std::getenv("ZHUOPING_FIXED_TIME"); fixed && *fixed) return fixed;
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

Report new_report(const standards::Standard& st, const std::string& organisation, const std::string& title) {
  Report r;
  r.standard_id = st.id;
  r.organisation = organisation;
  r.title = title.empty() ? std::string("自评报告") : title;
  r.meta.created = r.meta.modified = now_iso8601();
  r.meta.generator = std::string("Zhuoping ") + ZP_VERSION;
  for (const standards::Clause* c : st.writable_clauses()) r.sections.push_back(Section{c->id, {}});
  return r;
}

void sort_sections(Report& r, const standards::Standard& st) {
  std::stable_sort(r.sections.begin(), r.sections.end(), [&](const Section& a, const Section& b) {
    int oa = st.order_of(a.clause_id), ob = st.order_of(b.clause_id);
    if (oa < 0) oa = 1 << 30;
    if (ob < 0) ob = 1 << 30;
    return oa < ob;
  });
}

}  // namespace zp::model
