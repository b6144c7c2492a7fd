// zhuoping score set|agree|show|merge|report: internal pre-scoring of a report (.zpr).
//   score set FILE --reviewer NAME [--role ROLE] --clause ID --percent P [--strength TEXT]... [--ofi TEXT]...
//   score agree FILE --clause ID --percent P
//   score show [--json] FILE
//   score merge -o OUT.zpr BASE.zpr REVIEWED.zpr... [--keep-base-text]
//   score report -o OUT.pdf FILE
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <sstream>

#include "checks/engine.h"
#include "cli/cli.h"
#include "model/report_factory.h"
#include "model/report_file.h"
#include "scoring/evidence_caps.h"
#include "scoring/feedback_pdf.h"
#include "scoring/merge.h"
#include "scoring/reviews.h"
#include "scoring/scale.h"
#include "scoring/totals.h"
#include "standards/library.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::cli {
namespace {

using nlohmann::json;
using scoring::percent_text;
using scoring::tidy;

json number_json(double v) {
  v = tidy(v);
  if (v == static_cast<long long>(v)) return static_cast<long long>(v);
  return v;
}

/// Columns in a terminal: East Asian wide and full-width characters take two.
size_t display_width(const std::string& s) {
  size_t w = 0;
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    if (c < 0) {
      ++w;
      continue;
    }
    int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    w += (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return w;
}

std::string pad(const std::string& s, size_t width, bool right = false) {
  size_t w = display_width(s);
  std::string fill(w < width ? width - w : 0, ' ');
  return right ? fill + s : s + fill;
}

/// Findings the evidence caps of this standard use (none when no rule applies: no checks run).
std::vector<scoring::CapAdvice> cap_advice(const model::Report& report, const standards::Standard& st) {
  checks::CheckOptions opts;
  opts.spelling = false;
  for (const scoring::CapRule& r : scoring::cap_rules())
    if (r.standard == st.id && std::find(opts.only.begin(), opts.only.end(), r.finding) == opts.only.end())
      opts.only.push_back(r.finding);
  if (opts.only.empty()) return {};
  return scoring::evidence_caps(st, checks::run_checks(report, st, opts));
}

const standards::Standard& standard_of(const model::Report& r) { return standards::Library::instance().get(r.standard_id); }

void save(model::Report& r, const std::string& file) {
  r.meta.modified = model::now_iso8601();
  model::save_report(r, file);
}

void print_summary_text(const std::string& file, const scoring::ScoreSummary& s) {
  std::cout << file << " — " << s.standard_name << "\n\n";
  std::vector<std::string> names;
  for (const model::Reviewer& r : s.reviewers) names.push_back(r.name);
  size_t title_w = display_width(ZP_("Title"));
  for (const scoring::UnitRow& u : s.units) title_w = std::max(title_w, display_width(u.title));
  title_w = std::min<size_t>(title_w, 24);
  std::vector<size_t> name_w;
  for (const std::string& n : names) name_w.push_back(std::max<size_t>(display_width(n), 4));

  std::cout << pad(ZP_("Clause"), 7) << " " << pad(ZP_("Title"), title_w) << " " << pad(ZP_("Points"), 6, true);
  for (size_t i = 0; i < names.size(); ++i) std::cout << "  " << pad(names[i], name_w[i], true);
  std::cout << "  " << pad(ZP_("Consensus"), 9, true) << "  " << pad(ZP_("Score"), 7, true) << "\n";
  for (const scoring::UnitRow& u : s.units) {
    std::string title = u.title;
    if (display_width(title) > title_w) {
      // Cut by code points until it fits (titles are short; a simple loop is enough).
      while (display_width(title) > title_w - 1) {
        int32_t i = static_cast<int32_t>(title.size());
        U8_BACK_1(reinterpret_cast<const uint8_t*>(title.data()), 0, i);
        title.resize(static_cast<size_t>(i));
      }
      title += "…";
    }
    std::cout << pad(u.id, 7) << " " << pad(title, title_w) << " " << pad(percent_text(u.points), 6, true);
    for (size_t i = 0; i < names.size(); ++i) {
      auto it = u.consensus.by_reviewer.find(names[i]);
      std::cout << "  " << pad(it == u.consensus.by_reviewer.end() ? "—" : percent_text(it->second) + "%", name_w[i], true);
    }
    std::string cons = u.consensus.percent ? percent_text(*u.consensus.percent) + "%" : "—";
    std::cout << "  " << pad(cons, 9, true) << "  " << pad(u.consensus.percent ? percent_text(tidy(u.score)) : "—", 7, true);
    std::vector<std::string> flags;
    if (u.consensus.agreed) flags.push_back(ZP_("agreed"));
    if (u.consensus.spread) flags.push_back(format(ZP_("spread {0} points: discuss"), percent_text(u.consensus.range)));
    if (u.cap) flags.push_back(format(u.above_cap ? ZP_("above the evidence cap {0}%") : ZP_("evidence cap {0}%"),
                                      percent_text(*u.cap)));
    for (size_t i = 0; i < flags.size(); ++i) std::cout << (i ? ", " : "  ") << flags[i];
    std::cout << "\n";
  }
  std::cout << "\n"
            << format(ZP_("Total: {0} of {1} points ({2}%), {3} of {4} units scored"), percent_text(tidy(s.score)),
                      percent_text(s.total_points), percent_text(tidy(s.percent)), s.scored_units, s.units.size())
            << "\n";
  std::cout << ZP_("Per category:") << "\n";
  for (const scoring::CategoryTotal& c : s.categories)
    std::cout << "  " << pad(c.id, 5) << " " << pad(c.title, 20) << " "
              << format(ZP_("{0} of {1}"), percent_text(tidy(c.score)), percent_text(c.points)) << "\n";
  if (s.level)
    std::cout << format(ZP_("Award level reached: {0} (at least {1}% of the total)"), s.level->name,
                        percent_text(s.level->min_percent))
              << "\n";
  else
    std::cout << ZP_("Award level reached: none") << "\n";
  if (s.hearing_line)
    std::cout << format(*s.hearing ? ZP_("Hearing line ({0}, over {1}%): cleared")
                                   : ZP_("Hearing line ({0}, over {1}%): not cleared"),
                        s.hearing_line->name, percent_text(s.hearing_line->min_percent))
              << "\n";
  if (s.spread_units)
    std::cout << format(ZP_("{0} unit(s) with reviewers {1} points or more apart: discuss them before agreeing."),
                        s.spread_units, percent_text(scoring::kSpreadThreshold))
              << "\n";
  bool any_cap = false;
  for (const scoring::UnitRow& u : s.units)
    for (const scoring::CapAdvice& a : u.caps) {
      if (!any_cap) std::cout << "\n" << ZP_("Evidence caps (advice, the scores are unchanged):") << "\n";
      any_cap = true;
      std::cout << "  " << u.id << " " << u.title << ": " << a.advice() << "\n";
    }
}

json summary_json(const scoring::ScoreSummary& s) {
  json units = json::array();
  for (const scoring::UnitRow& u : s.units) {
    json reviewers = json::object();
    for (const auto& [name, pct] : u.consensus.by_reviewer) reviewers[name] = number_json(pct);
    units.push_back({{"clause", u.id},
                     {"points", number_json(u.points)},
                     {"consensus_percent", u.consensus.percent ? number_json(*u.consensus.percent) : json(nullptr)},
                     {"score", number_json(u.score)},
                     {"spread", u.consensus.spread},
                     {"reviewers", reviewers}});
  }
  return {{"standard", s.standard_id},
          {"total_points", number_json(s.total_points)},
          {"score", number_json(s.score)},
          {"percent", number_json(s.percent)},
          {"level", s.level ? json(s.level->id) : json(nullptr)},
          {"hearing", s.hearing ? json(*s.hearing) : json(nullptr)},
          {"units", units}};
}

}  // namespace

void register_score(CLI::App& app, Action& action) {
  auto* score = app.add_subcommand("score", ZP_("Pre-score a report as the examiners will: scores, consensus, totals"));
  score->require_subcommand(1);

  // ---- score set
  {
    auto* cmd = score->add_subcommand("set", ZP_("Record one reviewer's percentage for a scoring unit"));
    static std::string file, reviewer, role, clause;
    static double percent = 0;
    static std::vector<std::string> strengths, ofis, notes;
    cmd->add_option("FILE", file, ZP_("The report (.zpr); saved in place"))->required();
    cmd->add_option("--reviewer", reviewer, ZP_("Reviewer's name"))->required();
    cmd->add_option("--role", role, ZP_("writer, internal-reviewer, consultant or lead (default internal-reviewer)"))
        ->check(CLI::IsMember({"writer", "internal-reviewer", "consultant", "lead"}));
    cmd->add_option("--clause", clause, ZP_("Scoring unit (clause id)"))->required();
    cmd->add_option("--percent", percent, ZP_("Percentage on the unit's scoring guide"))->required();
    cmd->add_option("--strength", strengths, ZP_("A strength (repeatable)"));
    cmd->add_option("--ofi", ofis, ZP_("An opportunity for improvement (repeatable)"));
    cmd->add_option("--note", notes, ZP_("A note on one factor of the guide, FACTOR=TEXT (e.g. A=…; repeatable)"));
    cmd->callback([&action] {
      action = [] {
        model::Report r = model::load_report(file);
        const standards::Standard& st = standard_of(r);
        scoring::ScoreEntry e;
        e.reviewer = reviewer;
        if (!role.empty()) e.role = model::reviewer_role_from_string(role);
        e.clause = clause;
        e.percent = percent;
        for (const std::string& n : notes) {
          size_t eq = n.find('=');
          if (eq == std::string::npos || eq == 0)
            throw Error(ErrorCode::Invalid, file, format(ZP_("--note '{0}': give FACTOR=TEXT, e.g. A=方法系统"), n));
          e.factor_notes[n.substr(0, eq)] = n.substr(eq + 1);
        }
        e.strengths = strengths;
        e.opportunities = ofis;
        scoring::set_score(r, st, e, file);
        const standards::Clause& unit = *st.clause(clause);
        save(r, file);
        scoring::Consensus c = scoring::consensus_for(r.reviews, clause);
        std::cout << format(ZP_("{0} {1}: {2} scored {3}%; consensus {4}%{5}"), unit.id, unit.title, reviewer,
                            percent_text(percent), percent_text(*c.percent),
                            c.spread ? format(ZP_(" (reviewers {0} points or more apart: discuss)"),
                                              percent_text(scoring::kSpreadThreshold))
                                     : std::string())
                  << "\n";
        return kExitOk;
      };
    });
  }

  // ---- score agree
  {
    auto* cmd = score->add_subcommand("agree", ZP_("Record the lead's consensus percentage for a scoring unit"));
    static std::string file, clause;
    static double percent = 0;
    static bool withdraw = false;
    cmd->add_option("FILE", file, ZP_("The report (.zpr); saved in place"))->required();
    cmd->add_option("--clause", clause, ZP_("Scoring unit (clause id)"))->required();
    static CLI::Option* pct = nullptr;
    pct = cmd->add_option("--percent", percent, ZP_("The agreed percentage on the unit's scoring guide"));
    auto* wd = cmd->add_flag("--withdraw", withdraw, ZP_("Withdraw the agreed value: the reviewers' median applies again"));
    pct->excludes(wd);
    cmd->callback([&action] {
      action = [] {
        model::Report r = model::load_report(file);
        const standards::Standard& st = standard_of(r);
        const standards::Clause& unit = scoring::scoring_unit(st, clause, file);
        if (withdraw) {
          if (!scoring::withdraw_agreement(r, clause)) {
            std::cout << format(ZP_("{0} {1}: no agreed value to withdraw"), unit.id, unit.title) << "\n";
            return kExitOk;
          }
          save(r, file);
          std::cout << format(ZP_("{0} {1}: agreed value withdrawn"), unit.id, unit.title) << "\n";
          return kExitOk;
        }
        if (pct->count() == 0) {
          report_error(ZP_("score agree: give --percent P (or --withdraw)"));
          return kExitUnusable;
        }
        scoring::agree(r, st, clause, percent, file);
        save(r, file);
        std::cout << format(ZP_("{0} {1}: consensus agreed at {2}%"), unit.id, unit.title, percent_text(percent)) << "\n";
        return kExitOk;
      };
    });
  }

  // ---- score show
  {
    auto* cmd = score->add_subcommand("show", ZP_("Show the scores, consensus, totals and award level"));
    static std::string file;
    static bool as_json = false;
    cmd->add_flag("--json", as_json, ZP_("Print JSON"));
    cmd->add_option("FILE", file, ZP_("The report (.zpr)"))->required();
    cmd->callback([&action] {
      action = [] {
        model::Report r = model::load_report(file);
        const standards::Standard& st = standard_of(r);
        scoring::ScoreSummary s = scoring::summarize(r, st);
        if (as_json) {
          std::cout << summary_json(s).dump(2) << "\n";
          return kExitOk;
        }
        scoring::apply_caps(s, cap_advice(r, st));
        print_summary_text(file, s);
        return kExitOk;
      };
    });
  }

  // ---- score merge
  {
    auto* cmd = score->add_subcommand("merge", ZP_("Combine reviews made on copies of the same report"));
    static std::string out;
    static std::vector<std::string> files;
    static bool keep_base_text = false;
    cmd->add_option("-o,--output", out, ZP_("The merged report to write (.zpr)"))->required();
    cmd->add_option("FILES", files, ZP_("BASE.zpr, then the reviewed copies"))->required()->expected(2, -1);
    cmd->add_flag("--keep-base-text", keep_base_text,
                  ZP_("Take only the reviews from copies whose text differs, keeping BASE's text"));
    cmd->callback([&action] {
      action = [] {
        model::Report base = model::load_report(files.front());
        std::vector<scoring::ReviewedCopy> copies;
        for (size_t i = 1; i < files.size(); ++i) copies.push_back({files[i], model::load_report(files[i])});
        scoring::MergeResult m = scoring::merge_reviews(base, files.front(), copies, {keep_base_text});
        for (const Diagnostic& d : m.warnings) std::cerr << "zhuoping: " << d.to_string() << "\n";
        save(m.report, out);
        std::cout << format(ZP_("Merged {0} reviewed copies into {1}: {2} reviewers, {3} scores ({4} new or changed)."),
                            copies.size(), out, m.report.reviews.reviewers.size(), m.report.reviews.scores.size(),
                            m.scores_taken)
                  << "\n";
        return kExitOk;
      };
    });
  }

  // ---- score report
  {
    auto* cmd = score->add_subcommand("report", ZP_("Write the feedback report (PDF): totals, chart, then each unit"));
    static std::string file, out;
    cmd->add_option("-o,--output", out, ZP_("The PDF to write"))->required();
    cmd->add_option("FILE", file, ZP_("The report (.zpr)"))->required();
    cmd->callback([&action] {
      action = [] {
        model::Report r = model::load_report(file);
        const standards::Standard& st = standard_of(r);
        scoring::ScoreSummary s = scoring::summarize(r, st);
        scoring::apply_caps(s, cap_advice(r, st));
        scoring::FeedbackOptions opts;
        opts.deterministic = std::getenv("ZHUOPING_FIXED_TIME") != nullptr;
        scoring::FeedbackResult res = scoring::export_feedback_pdf(r, st, s, out, opts);
        for (const std::string& w : res.warnings) std::cerr << "zhuoping: " << out << ": " << w << "\n";
        std::cout << format(ZP_("Wrote {0}: feedback report, {1} pages."), out, res.pages) << "\n";
        return kExitOk;
      };
    });
  }
}

}  // namespace zp::cli
