#pragma once
/// The feedback report of a pre-scoring, as a PDF typeset like the submission: the cover,
/// contents, running header and footer, headings, tables and lists of io/pdf's typesetter.
/// It opens with a summary (total, award level, hearing line, a table of every unit and a
/// chart of the points available against the points scored per category), then gives per
/// unit the consensus score, the band descriptors of the guide, evidence-cap advice, factor
/// notes, strengths and opportunities for improvement.
#include <filesystem>
#include <string>
#include <vector>

#include "io/pdf/font.h"
#include "io/pdf/layout.h"
#include "model/report.h"
#include "scoring/totals.h"
#include "standards/standard.h"

namespace zp::scoring {

struct FeedbackOptions {
  /// The date on the cover (YYYY-MM-DD); empty = today, or a fixed date when deterministic.
  std::string date;
  /// Fixed dates and document id (tests).
  bool deterministic = false;
};

struct FeedbackResult {
  int pages = 0;
  std::vector<std::string> warnings;  ///< e.g. characters the font lacks
};

/// The feedback document as a report on a standard of its own, ready for io::pdf::typeset:
/// section "0" (评分汇总) holds the summary; then the standard's categories and scoring
/// units, each unit's section holding its feedback. The summary's figure kFeedbackChartId
/// has no media: it is the category chart, drawn as vectors by category_chart() through
/// io::pdf::LayoutOptions::vector_figures. Exposed for tests and for other exporters.
struct FeedbackDocument {
  model::Report report;
  standards::Standard standard;
};
FeedbackDocument feedback_document(const model::Report& report, const standards::Standard& st,
                                   const ScoreSummary& summary);

/// The media id of the summary's category chart figure (a vector figure, no media).
inline constexpr const char* kFeedbackChartId = "zp-feedback-chart";

/// The chart of the points available against the points scored per category (bars per
/// category, a value axis with ticks, the categories' numbers and names, a legend), as a
/// vector figure for LayoutOptions::vector_figures[kFeedbackChartId]. It keeps a copy of
/// the summary's categories and a reference to font, which must outlive it.
io::pdf::VectorFigure category_chart(const ScoreSummary& summary, const io::pdf::Font& font);

/// Write the feedback PDF atomically. Throws zp::Error (Io) when the file or the font
/// cannot be used.
FeedbackResult export_feedback_pdf(const model::Report& report, const standards::Standard& st,
                                   const ScoreSummary& summary, const std::filesystem::path& out,
                                   const FeedbackOptions& options = {});

}  // namespace zp::scoring
