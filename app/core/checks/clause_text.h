#pragma once
/// The text of a clause as the checks read it: one string per block, and the offsets that a
/// finding's TextRange uses (code points into block_text()).
#include <string>
#include <string_view>
#include <vector>

#include "model/report.h"

namespace zp::checks {

/// The text of one block, the string a TextRange of that block indexes:
/// paragraph: its text; list: the items' texts (without labels), one per line;
/// table: the caption, then the rows, cells separated by a tab, one row per line;
/// indicator table: the caption, then the rows as the export lays them out
/// (model::indicator_table_rows: header, each indicator's row with its note, comparison rows),
/// cells separated by a tab, one row per line;
/// figure: its caption.
std::string block_text(const model::Block& block);

/// Whether a block is prose (paragraph or list), where sentences are written.
bool is_prose(const model::Block& block);

struct BlockText {
  int block = -1;
  bool prose = false;
  std::string text;
};

/// Every block of a section with its text, plus all of them joined by new lines (for
/// "does the clause mention X" questions).
struct SectionText {
  std::vector<BlockText> blocks;
  std::string all;
  bool contains(std::string_view s) const { return all.find(s) != std::string::npos; }
};

SectionText section_text(const model::Section& section);

/// The number of code points in the first `byte` bytes of UTF-8 text.
int code_points_before(std::string_view utf8, size_t byte);
/// The byte offset reached after advancing `n` code points from `byte` (clamped to the end).
size_t advance_code_points(std::string_view utf8, size_t byte, int n);
/// The number of code points in UTF-8 text.
inline int code_point_count(std::string_view utf8) { return code_points_before(utf8, utf8.size()); }

}  // namespace zp::checks
