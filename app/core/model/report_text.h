#pragma once
/// The report body as the export shows it, as a flat sequence of text pieces: clause
/// headings, paragraphs, list items, table cells and captions. The counter counts exactly
/// this, and the PDF writer prints exactly this, so 字数 and the PDF agree.
#include <string>
#include <vector>

#include "model/report.h"
#include "standards/standard.h"

namespace zp::model {

enum class PieceKind { Heading, Paragraph, ListItem, TableCell, Caption };

struct TextPiece {
  PieceKind kind = PieceKind::Paragraph;
  std::string clause;  ///< the clause whose part of the body this is
  std::string text;
  int level = 0;       ///< heading depth (0 = category) or list level
  int block = -1;      ///< block index in the clause's section, -1 for headings
};

/// The heading a clause gets in the export: "1.1 文化引领" (the profile "0" shows its title only).
std::string clause_heading(const standards::Clause& c);

/// Whether the export shows this clause (with its heading): profile, categories, written
/// clauses and their ancestors; not guidance-only clauses.
bool shown_in_export(const standards::Clause& c);

/// Table and figure numbering across the report, in export order.
struct Numbering {
  int next_table = 1;
  int next_figure = 1;
};

/// The rows of an indicator table as the export lays it out: header row
/// 指标 | 单位 | years… | 目标值 | 说明, then per indicator a row of its own values and a row
/// per comparison series (a single comparison value stands in the latest year's column).
std::vector<std::vector<std::string>> indicator_table_rows(const IndicatorTable& t);

/// Trend charts that follow an indicator table: one per indicator with at least two years
/// holding numbers. Returns the indicators' indices.
std::vector<size_t> charted_indicators(const IndicatorTable& t);

/// Caption texts with their numbers: "表3 主要质量指标", "图2 顾客满意度趋势".
std::string table_caption(int number, const std::string& caption);
std::string figure_caption(int number, const std::string& caption);
/// The caption of an indicator's trend chart (without the number).
std::string chart_title(const Indicator& ind);

/// The body text of a section (without the heading), numbering tables and figures from n.
void section_pieces(const Section& s, Numbering& n, std::vector<TextPiece>& out);

/// The whole body in the standard's order.
std::vector<TextPiece> body_pieces(const Report& r, const standards::Standard& st);

}  // namespace zp::model
