#pragma once
/// The centre of the editor: the selected clause's heading and its content in document
/// order in one wxStyledTextCtrl (a paragraph or list item per line; a line for each table,
/// indicator table and figure, with a preview under it), and under the text the block pane
/// that edits the table or figure the caret is on. Text edits go into the report on the
/// next event-loop turn; the panel reports them through on_changed and never knows the
/// frame. Positions in the control are UTF-8 byte offsets; code point offsets (findings)
/// are converted with PositionRelative and CountCharacters.
#include <wx/panel.h>
#include <wx/timer.h>

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <string>
#include <vector>

#include "checks/finding.h"
#include "gui/clause_lines.h"

class wxStyledTextCtrl;
class wxStyledTextEvent;
class wxSplitterWindow;
class wxStaticText;

namespace zp::gui {

class BlockPane;
class Document;

/// A Latin-script word the spelling check does not know, as a byte range in the text.
struct Misspelling {
  int from = 0;
  int to = 0;
  std::string word;
};

class ClauseEditorPanel : public wxPanel {
 public:
  explicit ClauseEditorPanel(wxWindow* parent);
  /// The document to edit (not owned); nullptr shows nothing.
  void set_document(Document* doc);
  /// Show a clause (flushes pending edits of the previous one first).
  void show_clause(const std::string& id);
  const std::string& clause_id() const { return clause_; }
  /// Whether the shown clause is one the applicant writes (headings and guidance are not).
  bool writable() const { return writable_; }
  wxStyledTextCtrl* text() const { return stc_; }
  BlockPane* block_pane() const { return pane_; }

  /// Put pending text edits into the report now.
  void sync();
  /// Insert a block after the caret's line and open it in the block pane.
  void insert_table();
  void insert_indicator_table();
  /// Insert an image file as a figure; false (with message) when it cannot be read.
  bool insert_figure(const std::string& path, std::string* error);
  /// Whether a line of the text stands for a table, indicator table or figure.
  bool is_block_line(int line) const { return block_key_at(line) >= 0; }
  /// Delete the table or figure on the caret's line (undo brings it back).
  void delete_current_block();
  /// Put the caret on the clause's n-th table, indicator table or figure (from 0) and open it
  /// in the block pane; false when the clause has fewer.
  bool open_block(int n);
  /// Make the caret's lines a bulleted or numbered list, or paragraphs again.
  void toggle_list(LineKind kind);
  /// Bold (kFormatBold) or italic (kFormatItalic) on or off for the selection (undoable); with
  /// nothing selected, for what is typed next at the caret.
  void toggle_format(uint8_t bit);
  /// The FormatBits the selection has throughout, or that typing at the caret gets.
  /// A table cell being typed into goes into its block (BlockPane::commit_cell).
  void commit_cell(bool keep_open);
  uint8_t caret_format() const;
  /// Select a finding's range (block and code points) in the shown clause.
  bool select_range(const checks::TextRange& r);
  /// The selection as a range (block and code points; the whole block where the selection is
  /// not inside one paragraph), or nullopt when nothing is selected.
  std::optional<checks::TextRange> selected_range();
  /// Mark the findings of the shown clause that have ranges.
  void set_findings(const std::vector<checks::Finding>& findings);
  /// Mark misspelled words (byte ranges of the current text).
  void set_misspellings(std::vector<Misspelling> words);
  const std::vector<Misspelling>& misspellings() const { return misspellings_; }
  void set_font_size(int points);
  /// The shown clause's text lines as one string (for the spelling worker).
  std::string plain_text() const;
  /// The byte offset in the text of a code point offset in a line.
  int byte_position(int line, int code_points) const;

  /// Called after the clause's content changed in the report.
  std::function<void(const std::string& clause)> on_changed;
  /// Called when the context menu asks for spelling suggestions etc. (word range).
  std::function<void(const Misspelling&, const wxPoint&)> on_spelling_menu;

 private:
  void load();
  void schedule_sync();
  std::vector<ClauseLine> read_lines() const;
  void render_block_line(int line, const model::Block& b);
  void restore_undone_blocks();
  void set_annotation(int line, const wxString& text, int style);
  void rewrap_annotations();
  void refresh_margin(const std::vector<ClauseLine>& lines);
  void refresh_placeholder(const std::vector<ClauseLine>& lines);
  int insert_block(model::Block b);
  int block_key_at(int line) const;
  void update_header();
  void on_modified(wxStyledTextEvent& e);
  uint8_t format_at(int pos) const;
  /// The format typed text takes between `before` and `after` (the text it joins).
  uint8_t inherited_format(int before, int after) const;
  /// The bold/italic bits of len bytes from pos; *formattable (when given) says which of
  /// them can carry any (text, not line ends nor table and figure lines).
  std::vector<uint8_t> formats(int pos, int len, std::vector<bool>* formattable = nullptr) const;
  void set_formats(int pos, const std::vector<uint8_t>& f);
  void style_line(int line);
  /// A character's width in pixels in a style (cached), and the width lines wrap at.
  int char_width(int style, char32_t c);
  int wrap_width() const;
  void on_char_added(wxStyledTextEvent& e);
  void on_update_ui(wxStyledTextEvent& e);
  void update_block_pane();
  void on_block_changed();

  Document* doc_ = nullptr;
  std::string clause_;
  bool writable_ = false;
  BlockStore store_;
  int next_key_ = 1;
  std::map<int, int> handle_key_;  // marker handle -> block key
  std::set<int> deleted_;          // keys of blocks whose line was deleted (for undo)
  std::vector<std::string> margin_labels_;
  std::unordered_map<uint64_t, int> char_widths_;  // (style, character) -> pixels
  int wrapped_width_ = -1;
  std::string note_;     // the read-only note of a heading
  int prompt_line_ = -1;  // the line the writing prompt stands under
  std::vector<Misspelling> misspellings_;
  // Bold and italic: commands as Scintilla undo actions (token -> change), the formatting of
  // deleted text (Scintilla restores text, not styles), and the caret's formatting for typing.
  struct FormatChange {
    int pos = 0;
    std::vector<uint8_t> before, after;
  };
  struct DeletedFormat {
    int pos = 0;
    std::vector<uint8_t> format;
  };
  std::map<int, FormatChange> format_changes_;
  int next_format_token_ = 1;
  std::vector<DeletedFormat> undo_formats_;  // deleted text that undo may bring back
  std::vector<DeletedFormat> redo_formats_;  // text undo deleted that redo may bring back
  std::optional<uint8_t> typing_format_;
  int typing_pos_ = -1;
  std::string copied_text_;             // the editor's last cut or copy, with its formatting
  std::vector<uint8_t> copied_format_;
  bool pasting_copied_ = false;
  bool loading_ = false;
  bool pending_ = false;
  int shown_key_ = -1;

  wxTimer header_timer_;
  wxStaticText* heading_ = nullptr;
  wxStaticText* subheading_ = nullptr;
  wxSplitterWindow* split_ = nullptr;
  wxStyledTextCtrl* stc_ = nullptr;
  BlockPane* pane_ = nullptr;
};

}  // namespace zp::gui
