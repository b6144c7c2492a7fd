#pragma once
/// The clause editor shows a section as lines: a paragraph or a list item per line, and a
/// line standing for each table, indicator table or figure (edited in the block pane). This
/// file turns a section into lines and lines back into a section, keeping what plain text
/// cannot show (bold and italic runs, explicit list labels) for lines whose text did not
/// change. No wx here.
#include <map>
#include <string>
#include <vector>

#include "model/report.h"

namespace zp::gui {

enum class LineKind { Paragraph, Bullet, Numbered, Block };

struct ClauseLine {
  LineKind kind = LineKind::Paragraph;
  std::string text;  ///< the text of a paragraph or item; for a block, its display label
  int level = 0;     ///< list nesting
  int block_key = -1;  ///< for LineKind::Block: the key of the block in the block store
};

/// Non-text blocks by a key that stays stable while lines move around.
using BlockStore = std::map<int, model::Block>;

/// Whether a block is edited as text lines (paragraphs, lists).
bool is_text_block(const model::Block& b);

/// Lines for a section; non-text blocks are moved into store under fresh keys from next_key.
std::vector<ClauseLine> lines_from_section(const model::Section& s, BlockStore& store, int& next_key);

/// The blocks for lines. Empty paragraph lines are dropped; consecutive list lines of one
/// kind form one list. old supplies runs and labels of unchanged texts. line_block gets, for
/// each line, the index of the block it went into (-1 for dropped lines).
std::vector<model::Block> blocks_from_lines(const std::vector<ClauseLine>& lines, const BlockStore& store,
                                            const model::Section& old, std::vector<int>* line_block = nullptr);

/// The one-line label a block shows in the text: "表 主要质量指标", "图 组织结构".
std::string block_label(const model::Block& b);

/// A short preview of a block's content for under its line (rows of a table, indicators
/// with their latest values, the image's size).
std::string block_preview(const model::Block& b, const model::Report& report);

}  // namespace zp::gui
