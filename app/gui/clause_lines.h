#pragma once
/// The clause editor shows a section as lines: a paragraph or a list item per line, and a
/// line standing for each table, indicator table or figure (edited in the block pane). This
/// file turns a section into lines and lines back into a section, keeping what plain text
/// cannot show in a line (explicit list labels) for lines whose text did not change. Bold
/// and italic travel with each line as per-byte format bits, which the editor keeps in its
/// style bytes. No wx here.
#include <map>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "model/report.h"

namespace zp::gui {

enum class LineKind { Paragraph, Bullet, Numbered, Block };

/// Character formatting of one byte of a line's text: the bits of a model::Run.
enum FormatBits : uint8_t { kFormatBold = 1, kFormatItalic = 2, kFormatMask = 3 };

struct ClauseLine {
  LineKind kind = LineKind::Paragraph;
  std::string text;  ///< the text of a paragraph or item; for a block, its display label
  int level = 0;     ///< list nesting
  int block_key = -1;  ///< for LineKind::Block: the key of the block in the block store
  std::vector<uint8_t> format;  ///< FormatBits per byte of text; empty = all plain
};

/// The per-byte FormatBits of a paragraph's text.
std::vector<uint8_t> format_of(const model::Paragraph& p);

/// A paragraph of text with per-byte FormatBits: bytes of one formatting form a run (a run
/// never ends inside a UTF-8 character: a character takes its first byte's formatting).
/// Empty format gives one plain run.
model::Paragraph paragraph_of(const std::string& text, const std::vector<uint8_t>& format);

/// Where the editor wraps a line of text: the byte offsets at which its second, third, …
/// visual lines start, for lines width wide, by the Chinese line-breaking rules and the greedy
/// filling of the PDF (io::pdf::break_lines): never inside 1,200 or 12.5%, never before 。 or
/// after （. advance gives a character's width in a formatting (same unit as width).
std::vector<size_t> wrap_points(const std::string& text, const std::vector<uint8_t>& format,
                                const std::function<double(char32_t, uint8_t)>& advance, double width);

/// The editor's style bytes for a line of text: the format bits, plus a bit (kWrapAlternate)
/// that flips at each wrap point. Scintilla's word wrap breaks a line only where the style
/// changes or after a space; with the flips placed at the points computed for a slightly
/// narrower line, it breaks exactly there. (Flipping at every allowed break instead would
/// cut Chinese text into one-character runs, each drawn on its own: a page repaint would
/// cost two to three times as much.)
constexpr uint8_t kWrapAlternate = 4;
std::vector<uint8_t> wrap_styles(const std::string& text, const std::vector<uint8_t>& format,
                                 const std::vector<size_t>& points);

/// Non-text blocks by a key that stays stable while lines move around.
using BlockStore = std::map<int, model::Block>;

/// Whether a block is edited as text lines (paragraphs, lists).
bool is_text_block(const model::Block& b);

/// Lines for a section; non-text blocks are moved into store under fresh keys from next_key.
std::vector<ClauseLine> lines_from_section(const model::Section& s, BlockStore& store, int& next_key);

/// The blocks for lines. Empty paragraph lines are dropped; consecutive list lines of one
/// kind form one list; each line's format gives its runs. old supplies the explicit labels of
/// list items whose text is unchanged. line_block gets, for
/// each line, the index of the block it went into (-1 for dropped lines).
std::vector<model::Block> blocks_from_lines(const std::vector<ClauseLine>& lines, const BlockStore& store,
                                            const model::Section& old, std::vector<int>* line_block = nullptr);

/// The one-line label a block shows in the text: "表 主要质量指标", "图 组织结构".
std::string block_label(const model::Block& b);

/// A short preview of a block's content for under its line (rows of a table, indicators
/// with their latest values, the image's size).
std::string block_preview(const model::Block& b, const model::Report& report);

}  // namespace zp::gui
