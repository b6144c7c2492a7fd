#include "gui/clause_editor_panel.h"

#include <wx/file.h>
#include <wx/filename.h>

#include <ctime>
#include <wx/fontenum.h>
#include <wx/image.h>
#include <wx/mstream.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/stc/stc.h>

#include "gui/block_pane.h"
#include "gui/document.h"
#include "gui/indicator_grid.h"
#include "gui/wx_string.h"
#include "model/report_text.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::gui {

namespace {
// Markers keep each line's kind while lines move; the block marker also paints the line.
constexpr int kMarkBullet = 1, kMarkNumbered = 2, kMarkBlock = 3;
// Styles. 0–7 are text: FormatBits (bold 1, italic 2) plus kWrapAlternate (4), which flips at
// each place a line may break (see wrap_styles); the others follow.
constexpr int kTextStyles = 8;
constexpr int kStyleBlock = 8, kStylePreview = 9, kStylePrompt = 10, kStyleMargin = 11;
// Indicators (0–7 belong to lexers).
constexpr int kIndFinding = 8, kIndSpelling = 9;
constexpr int kIndentPerLevel = 4;

wxString editor_face() {
  static wxString face = [] {
    for (const char* f : {"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"})
      if (wxFontEnumerator::IsValidFacename(f)) return wxString(f);
    return wxString();
  }();
  return face;
}

std::string clause_kind_name(const standards::Clause& c) {
  switch (c.kind) {
    case standards::ClauseKind::Profile: return ZP_("Profile");
    case standards::ClauseKind::Category: return ZP_("Category");
    case standards::ClauseKind::Process: return ZP_("Process item");
    case standards::ClauseKind::Results: return ZP_("Results item");
    case standards::ClauseKind::Guidance: return ZP_("Guidance");
    default: return ZP_("Item");
  }
}
}  // namespace

ClauseEditorPanel::ClauseEditorPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
  SetBackgroundColour(*wxWHITE);
  auto* top = new wxBoxSizer(wxVERTICAL);
  heading_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  wxFont hf = GetFont();
  hf.SetPointSize(hf.GetPointSize() + 6);
  hf.SetWeight(wxFONTWEIGHT_BOLD);
  heading_->SetFont(hf);
  heading_->SetForegroundColour(wxColour(32, 40, 52));
  subheading_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  subheading_->SetForegroundColour(wxColour(105, 112, 122));
  top->Add(heading_, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(18));
  top->Add(subheading_, 0, wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(18));
  top->AddSpacer(FromDIP(2));

  split_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
  split_->SetMinimumPaneSize(FromDIP(80));
  split_->SetSashGravity(0.55);
  stc_ = new wxStyledTextCtrl(split_, wxID_ANY);
  pane_ = new BlockPane(split_);
  pane_->Hide();
  split_->Initialize(stc_);
  top->Add(split_, 1, wxEXPAND);
  SetSizer(top);

  // The text control: a writing surface, not a code editor.
  // The container styles the text (on_style_needed): bold and italic, and where lines wrap.
  stc_->SetLexer(wxSTC_LEX_CONTAINER);
  stc_->SetWrapMode(wxSTC_WRAP_WORD);
  // The wrap styles cut Chinese text into short runs (mostly one character): keep their
  // measured widths (one entry per character and style) and the laid-out lines of the page.
  stc_->SetPositionCacheSize(16384);
  stc_->SetLayoutCache(wxSTC_CACHE_PAGE);
  stc_->SetWrapIndentMode(wxSTC_WRAPINDENT_SAME);
  stc_->SetWrapVisualFlags(wxSTC_WRAPVISUALFLAG_NONE);
  stc_->SetUseHorizontalScrollBar(false);
  stc_->SetMarginLeft(FromDIP(10));
  stc_->SetMarginRight(FromDIP(24));
  stc_->SetExtraAscent(4);
  stc_->SetExtraDescent(4);
  stc_->SetCaretLineVisible(true);
  stc_->SetCaretLineBackground(wxColour(250, 249, 240));
  stc_->SetCaretWidth(2);
  stc_->SetUseTabs(false);
  stc_->SetIndent(kIndentPerLevel);
  stc_->SetEOLMode(wxSTC_EOL_LF);
  stc_->SetScrollWidthTracking(false);
  stc_->SetEndAtLastLine(false);
  stc_->SetModEventMask(wxSTC_MOD_INSERTTEXT | wxSTC_MOD_DELETETEXT | wxSTC_MOD_BEFOREDELETE | wxSTC_MOD_CONTAINER |
                        wxSTC_PERFORMED_USER | wxSTC_PERFORMED_UNDO | wxSTC_PERFORMED_REDO);
  stc_->UsePopUp(wxSTC_POPUP_NEVER);
  // Margin 0: list labels (1. • （一）); margin 1: none.
  stc_->SetMarginType(0, wxSTC_MARGIN_RTEXT);
  stc_->SetMarginWidth(0, FromDIP(54));
  stc_->SetMarginMask(0, 0);
  stc_->SetMarginWidth(1, 0);
  stc_->SetMarginWidth(2, 0);
  stc_->MarkerDefine(kMarkBullet, wxSTC_MARK_EMPTY);
  stc_->MarkerDefine(kMarkNumbered, wxSTC_MARK_EMPTY);
  stc_->MarkerDefine(kMarkBlock, wxSTC_MARK_BACKGROUND, wxNullColour, wxColour(236, 243, 252));
  stc_->AnnotationSetVisible(wxSTC_ANNOTATION_STANDARD);
  stc_->IndicatorSetStyle(kIndFinding, wxSTC_INDIC_DOTS);
  stc_->IndicatorSetForeground(kIndFinding, wxColour(214, 140, 20));
  stc_->IndicatorSetStyle(kIndSpelling, wxSTC_INDIC_SQUIGGLE);
  stc_->IndicatorSetForeground(kIndSpelling, wxColour(220, 40, 40));
  set_font_size(12);

  stc_->Bind(wxEVT_STC_MODIFIED, &ClauseEditorPanel::on_modified, this);
  stc_->Bind(wxEVT_STC_CHARADDED, &ClauseEditorPanel::on_char_added, this);
  // Cut or copied text keeps its bold and italic when pasted back into the editor.
  stc_->Bind(wxEVT_STC_CLIPBOARD_COPY, [this](wxStyledTextEvent& e) {
    e.Skip();
    const int from = stc_->GetSelectionStart(), to = stc_->GetSelectionEnd();
    copied_text_ = utf8(e.GetString());
    copied_format_ = formats(from, to - from);
    if (copied_format_.size() != copied_text_.size() || utf8(stc_->GetTextRange(from, to)) != copied_text_) {
      copied_text_.clear();  // a rectangular or multiple selection: pasted plain
      copied_format_.clear();
    }
  });
  stc_->Bind(wxEVT_STC_CLIPBOARD_PASTE, [this](wxStyledTextEvent& e) {
    e.Skip();
    pasting_copied_ = !copied_text_.empty() && utf8(e.GetString()) == copied_text_;
  });
  stc_->Bind(wxEVT_STC_STYLENEEDED, [this](wxStyledTextEvent& e) {
    const int first = stc_->LineFromPosition(stc_->GetEndStyled());
    const int last = stc_->LineFromPosition(e.GetPosition());
    for (int line = first; line <= last; ++line) style_line(line);
  });
  stc_->Bind(wxEVT_STC_UPDATEUI, &ClauseEditorPanel::on_update_ui, this);
  stc_->Bind(wxEVT_CONTEXT_MENU, [this](wxContextMenuEvent& e) {
    wxPoint p = stc_->ScreenToClient(e.GetPosition());
    int pos = e.GetPosition() == wxDefaultPosition ? stc_->GetCurrentPos() : stc_->PositionFromPoint(p);
    for (const Misspelling& m : misspellings_)
      if (pos >= m.from && pos <= m.to && on_spelling_menu) {
        on_spelling_menu(m, e.GetPosition() == wxDefaultPosition ? stc_->PointFromPosition(pos) : p);
        return;
      }
    e.Skip();
  });
  stc_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    if (e.GetSize().x != wrapped_width_) {
      wrapped_width_ = e.GetSize().x;
      CallAfter([this] {
        rewrap_annotations();
        stc_->StartStyling(0);  // the wrap points follow the width (on_style_needed)
        stc_->Refresh(false);
      });
    }
  });
  stc_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
    const int line = stc_->GetCurrentLine();
    if (e.GetKeyCode() == WXK_TAB && writable_ && !e.ControlDown() &&
        (stc_->MarkerGet(line) & (1 << kMarkBullet | 1 << kMarkNumbered))) {
      // Tab and Shift+Tab move a list item one level in or out.
      const int indent = stc_->GetLineIndentation(line) + (e.ShiftDown() ? -kIndentPerLevel : kIndentPerLevel);
      stc_->SetLineIndentation(line, std::clamp(indent, 0, 4 * kIndentPerLevel));
      schedule_sync();
      return;
    }
    e.Skip();
  });
  pane_->on_changed = [this] { on_block_changed(); };
  header_timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { update_header(); });
  pane_->on_delete = [this] { delete_current_block(); };
  update_header();
}

void ClauseEditorPanel::set_font_size(int points) {
  wxFont f(wxFontInfo(points).FaceName(editor_face()));
  stc_->StyleSetFont(wxSTC_STYLE_DEFAULT, f);
  stc_->StyleSetForeground(wxSTC_STYLE_DEFAULT, wxColour(28, 30, 34));
  stc_->StyleClearAll();
  for (int s = 0; s < kTextStyles; ++s) {
    stc_->StyleSetBold(s, (s & kFormatBold) != 0);
    stc_->StyleSetItalic(s, (s & kFormatItalic) != 0);
  }
  stc_->StyleSetBold(kStyleBlock, true);
  stc_->StyleSetForeground(kStyleBlock, wxColour(30, 80, 150));
  wxFont small(wxFontInfo(std::max(8, points - 2)).FaceName(editor_face()));
  stc_->StyleSetFont(kStylePreview, small);
  stc_->StyleSetForeground(kStylePreview, wxColour(90, 98, 110));
  stc_->StyleSetBackground(kStylePreview, wxColour(246, 248, 251));
  stc_->StyleSetFont(kStylePrompt, f);
  stc_->StyleSetItalic(kStylePrompt, true);
  stc_->StyleSetForeground(kStylePrompt, wxColour(150, 156, 165));
  stc_->StyleSetFont(kStyleMargin, f);
  stc_->StyleSetForeground(kStyleMargin, wxColour(70, 80, 95));
  stc_->StyleSetBackground(kStyleMargin, *wxWHITE);
  stc_->StyleSetBackground(wxSTC_STYLE_LINENUMBER, *wxWHITE);
  stc_->SetMarginWidth(0, FromDIP(12) + points * 3);
  char_widths_.clear();
  stc_->StartStyling(0);  // wrap points are measured in the new size
}

void ClauseEditorPanel::set_document(Document* doc) {
  doc_ = doc;
  clause_.clear();
  load();
}

void ClauseEditorPanel::commit_cell(bool keep_open) { pane_->commit_cell(keep_open); }

void ClauseEditorPanel::show_clause(const std::string& id) {
  commit_cell(false);
  sync();
  clause_ = id;
  load();
}

void ClauseEditorPanel::update_header() {
  const standards::Clause* c = doc_ && !clause_.empty() ? doc_->standard().clause(clause_) : nullptr;
  if (!c) {
    heading_->SetLabel(doc_ ? wx(ZP_("Choose a clause on the left")) : wx(ZP_("No report open")));
    subheading_->SetLabel(doc_ ? wxString() : wx(ZP_("Create a report with File ▸ New or open one with File ▸ Open.")));
    return;
  }
  heading_->SetLabel(wx(model::clause_heading(*c)));
  std::string sub = clause_kind_name(*c);
  if (c->points) sub += " · " + format(ZP_("{0} points"), *c->points);
  if (writable_) {
    sub += " · " + format(ZP_("{0} 字"), group_digits(doc_->clause_counts(clause_).words));
    if (auto lim = doc_->standard().clause_limit(clause_)) sub += " / " + group_digits(*lim);
  }
  subheading_->SetLabel(wx(sub));
}

void ClauseEditorPanel::load() {
  loading_ = true;
  pending_ = false;
  store_.clear();
  handle_key_.clear();
  deleted_.clear();
  note_.clear();
  prompt_line_ = -1;
  margin_labels_.clear();
  misspellings_.clear();
  shown_key_ = -1;
  format_changes_.clear();
  undo_formats_.clear();
  redo_formats_.clear();
  typing_format_.reset();
  stc_->SetReadOnly(false);
  stc_->AnnotationClearAll();
  stc_->MarginTextClearAll();
  stc_->MarkerDeleteAll(-1);
  stc_->ClearAll();
  const standards::Clause* c = doc_ && !clause_.empty() ? doc_->standard().clause(clause_) : nullptr;
  writable_ = c && c->writable;
  std::vector<ClauseLine> lines;
  if (writable_) {
    const model::Section* s = doc_->report().section(clause_);
    if (s) lines = lines_from_section(*s, store_, next_key_);
    std::string text;
    for (size_t i = 0; i < lines.size(); ++i) {
      if (i) text += '\n';
      if (lines[i].kind == LineKind::Bullet || lines[i].kind == LineKind::Numbered)
        text += std::string(lines[i].level * kIndentPerLevel, ' ');
      text += lines[i].text;
    }
    stc_->SetText(wx(text));
    for (size_t i = 0; i < lines.size(); ++i) {
      const int line = static_cast<int>(i);
      if (lines[i].kind != LineKind::Block) {
        const int at = stc_->GetLineEndPosition(line) - static_cast<int>(lines[i].text.size());
        set_formats(at, lines[i].format);
      }
      if (lines[i].kind == LineKind::Bullet) stc_->MarkerAdd(line, kMarkBullet);
      if (lines[i].kind == LineKind::Numbered) stc_->MarkerAdd(line, kMarkNumbered);
      if (lines[i].kind == LineKind::Block) {
        handle_key_[stc_->MarkerAdd(line, kMarkBlock)] = lines[i].block_key;
        render_block_line(line, store_[lines[i].block_key]);
      }
    }
    // A line to type into after a trailing table or figure.
    if (!lines.empty() && lines.back().kind == LineKind::Block) stc_->AppendText("\n");
    refresh_placeholder(lines);
    refresh_margin(lines);
  } else if (c) {
    std::string note;
    if (c->kind == standards::ClauseKind::Guidance)
      note = ZP_("This clause explains what its category evaluates: it is guidance, not a section you write. Read it on the right.");
    else {
      note = ZP_("This is a heading of the standard. Write in the clauses under it:");
      for (const std::string& ch : c->children)
        if (const standards::Clause* cc = doc_->standard().clause(ch)) note += "\n    " + model::clause_heading(*cc);
    }
    note_ = note;
    set_annotation(0, wx(note), kStylePrompt);
    stc_->SetReadOnly(true);
  }
  stc_->StartStyling(0);  // every line styled again for wrapping, as it comes into view
  stc_->EmptyUndoBuffer();
  stc_->SetSavePoint();
  stc_->GotoPos(0);
  if (split_->IsSplit()) split_->Unsplit(pane_);
  pane_->show(nullptr, nullptr);
  loading_ = false;
  update_header();
}

void ClauseEditorPanel::render_block_line(int line, const model::Block& b) {
  const int start = stc_->PositionFromLine(line), end = stc_->GetLineEndPosition(line);
  const wxString label = wx(block_label(b));
  if (stc_->GetTextRange(start, end) != label) {
    stc_->SetTargetStart(start);
    stc_->SetTargetEnd(end);
    stc_->ReplaceTarget(label);
  }
  stc_->StartStyling(start);
  stc_->SetStyling(stc_->GetLineEndPosition(line) - start, kStyleBlock);
  std::string preview = doc_ ? block_preview(b, doc_->report()) : std::string();
  set_annotation(line, wx(preview), kStylePreview);
}

std::vector<ClauseLine> ClauseEditorPanel::read_lines() const {
  std::map<int, int> block_lines;  // line -> key
  for (const auto& [handle, key] : handle_key_) {
    int line = stc_->MarkerLineFromHandle(handle);
    if (line >= 0) block_lines[line] = key;
  }
  const int n = stc_->GetLineCount();
  std::vector<ClauseLine> lines(n);
  for (int i = 0; i < n; ++i) {
    ClauseLine& ln = lines[i];
    if (auto it = block_lines.find(i); it != block_lines.end()) {
      ln.kind = LineKind::Block;
      ln.block_key = it->second;
      ln.text = utf8(stc_->GetLineText(i));
      continue;
    }
    const int mask = stc_->MarkerGet(i);
    std::string text = utf8(stc_->GetLineText(i));
    std::vector<uint8_t> format = formats(stc_->PositionFromLine(i), static_cast<int>(text.size()));
    if (mask & (1 << kMarkBullet | 1 << kMarkNumbered)) {
      ln.kind = (mask & (1 << kMarkNumbered)) ? LineKind::Numbered : LineKind::Bullet;
      ln.level = stc_->GetLineIndentation(i) / kIndentPerLevel;
      size_t first = text.find_first_not_of(" \t");
      text = first == std::string::npos ? std::string() : text.substr(first);
      format.erase(format.begin(), format.begin() + static_cast<long>(format.size() - text.size()));
    }
    ln.text = std::move(text);
    ln.format = std::move(format);
  }
  return lines;
}

void ClauseEditorPanel::on_modified(wxStyledTextEvent& e) {
  if (loading_ || !writable_) return;
  const int type = e.GetModificationType();
  const bool undo_redo = type & (wxSTC_PERFORMED_UNDO | wxSTC_PERFORMED_REDO);
  const int pos = e.GetPosition(), len = e.GetLength();
  if (type & wxSTC_MOD_CONTAINER) {
    // Undo or redo of a bold/italic command (Scintilla keeps the place in its undo stack).
    auto it = format_changes_.find(e.GetToken());
    if (it == format_changes_.end()) return;
    set_formats(it->second.pos, (type & wxSTC_PERFORMED_UNDO) ? it->second.before : it->second.after);
    schedule_sync();
    return;
  }
  if (type & wxSTC_MOD_BEFOREDELETE) {
    // Scintilla gives text back on undo and redo without its styles: the formatting of what
    // goes is kept on stacks that mirror Scintilla's own (a deletion typed or redone is
    // undone later; a deletion by undo is redone later), for the insertion that brings it back.
    (type & wxSTC_PERFORMED_UNDO ? redo_formats_ : undo_formats_).push_back({pos, formats(pos, len)});
    if (!undo_redo) redo_formats_.clear();  // a new edit ends the redo history
    if (typing_format_ && pos + len == typing_pos_) typing_pos_ = pos;  // an input method's preedit going
    return;
  }
  if (type & wxSTC_MOD_INSERTTEXT) {
    std::vector<uint8_t> f;
    if (undo_redo) {
      auto& stack = type & wxSTC_PERFORMED_UNDO ? undo_formats_ : redo_formats_;
      if (!stack.empty() && stack.back().pos == pos && static_cast<int>(stack.back().format.size()) == len) f = stack.back().format;
      if (!stack.empty()) stack.pop_back();
    } else {
      // Typed or pasted text takes the formatting of the text it joins, or what Bold/Italic
      // chose for the caret.
      redo_formats_.clear();
      uint8_t fmt = 0;
      if (pasting_copied_ && static_cast<size_t>(len) == copied_text_.size()) {
        f = copied_format_;
      } else if (typing_format_ && pos == typing_pos_) {
        fmt = *typing_format_;
        typing_pos_ = pos + len;
      } else {
        fmt = inherited_format(pos, pos + len);
      }
      if (fmt) f.assign(static_cast<size_t>(len), fmt);
      pasting_copied_ = false;
    }
    if (!f.empty()) set_formats(pos, f);
  }
  if (type & (wxSTC_MOD_INSERTTEXT | wxSTC_MOD_DELETETEXT)) schedule_sync();
}

uint8_t ClauseEditorPanel::format_at(int pos) const {
  const int style = stc_->GetStyleAt(pos);
  return style < kTextStyles ? static_cast<uint8_t>(style & kFormatMask) : 0;
}

uint8_t ClauseEditorPanel::inherited_format(int before, int after) const {
  // The character before on the same line, else the one after on it.
  if (before > 0 && stc_->GetCharAt(before - 1) != '\n') return format_at(before - 1);
  if (after < stc_->GetLength() && stc_->GetCharAt(after) != '\n') return format_at(after);
  return 0;
}

std::vector<uint8_t> ClauseEditorPanel::formats(int pos, int len, std::vector<bool>* formattable) const {
  std::vector<uint8_t> out(static_cast<size_t>(std::max(0, len)), 0);
  if (formattable) formattable->assign(out.size(), false);
  if (len <= 0) return out;
  const wxMemoryBuffer styled = stc_->GetStyledText(pos, pos + len);  // character, style, …
  const auto* b = static_cast<const unsigned char*>(styled.GetData());
  for (size_t i = 0; i < out.size() && 2 * i + 1 < styled.GetDataLen(); ++i) {
    // Text carries bold and italic; line ends and the lines of tables and figures do not.
    const bool text = b[2 * i + 1] < kTextStyles && b[2 * i] != '\n' && b[2 * i] != '\r';
    if (text) out[i] = static_cast<uint8_t>(b[2 * i + 1] & kFormatMask);
    if (formattable) (*formattable)[i] = text;
  }
  return out;
}

void ClauseEditorPanel::set_formats(int pos, const std::vector<uint8_t>& f) {
  if (f.empty()) return;
  const int end = std::min(stc_->GetLength(), pos + static_cast<int>(f.size()));
  const int first = stc_->LineFromPosition(pos);
  // The format bits go into the style bytes of text (not of table and figure lines), then
  // the lines are styled again for wrapping.
  const wxMemoryBuffer styled = stc_->GetStyledText(pos, end);  // character, style, …
  const auto* s = static_cast<const unsigned char*>(styled.GetData());
  auto style_of = [&](int i) { return 2 * static_cast<size_t>(i - pos) + 1 < styled.GetDataLen() ? s[2 * (i - pos) + 1] : 0; };
  const int was_styled = stc_->GetEndStyled();
  bool changed = false;
  for (int i = pos; i < end;) {
    const uint8_t want = f[static_cast<size_t>(i - pos)] & kFormatMask;
    const int style = style_of(i);
    if (style >= kTextStyles || (style & kFormatMask) == want) {
      ++i;
      continue;
    }
    int j = i + 1;
    while (j < end && (f[static_cast<size_t>(j - pos)] & kFormatMask) == want && style_of(j) < kTextStyles) ++j;
    stc_->StartStyling(i);
    stc_->SetStyling(j - i, want);
    changed = true;
    i = j;
  }
  // The lines are planned again for wrapping (on_style_needed) when Scintilla next needs
  // them; lines before them that still wait for styling keep waiting.
  stc_->StartStyling(changed ? std::min(was_styled, stc_->PositionFromLine(first)) : was_styled);
}

void ClauseEditorPanel::style_line(int line) {
  const int start = stc_->PositionFromLine(line), end = stc_->GetLineEndPosition(line);
  const int next = line + 1 < stc_->GetLineCount() ? stc_->PositionFromLine(line + 1) : stc_->GetLength();
  stc_->StartStyling(start);
  if (stc_->MarkerGet(line) & (1 << kMarkBlock)) {
    stc_->SetStyling(next - start, kStyleBlock);
    return;
  }
  const std::string text = utf8(stc_->GetTextRange(start, end));
  const std::vector<uint8_t> format = formats(start, end - start);
  // Where the line wraps, computed for the text area less one character's width (so that
  // Scintilla, measuring a little differently, always reaches the planned break first); the
  // indentation of a list item stands before every visual line of it.
  const size_t indent = std::min(text.find_first_not_of(' '), text.size());
  const int one = char_width(0, U'国');
  const double width = wrap_width() - static_cast<double>(indent) * char_width(0, U' ') - one;
  std::vector<size_t> points;
  if (width > 4 * one) {
    points = wrap_points(text.substr(indent), std::vector<uint8_t>(format.begin() + static_cast<long>(indent), format.end()),
                         [this](char32_t cp, uint8_t f) { return static_cast<double>(char_width(f, cp)); }, width);
    for (size_t& p : points) p += indent;
  }
  const std::vector<uint8_t> styles = wrap_styles(text, format, points);
  for (size_t i = 0; i < styles.size();) {
    size_t j = i + 1;
    while (j < styles.size() && styles[j] == styles[i]) ++j;
    stc_->SetStyling(static_cast<int>(j - i), styles[i]);
    i = j;
  }
  if (next > end) stc_->SetStyling(next - end, 0);
}

uint8_t ClauseEditorPanel::caret_format() const {
  if (typing_format_ && stc_->GetCurrentPos() == typing_pos_) return *typing_format_;
  const int from = stc_->GetSelectionStart(), to = stc_->GetSelectionEnd();
  if (from < to) {
    // What the text of the selection has in common (line ends and tables do not count).
    std::vector<bool> text;
    const std::vector<uint8_t> f = formats(from, to - from, &text);
    uint8_t all = kFormatMask;
    bool any = false;
    for (size_t i = 0; i < f.size(); ++i)
      if (text[i]) {
        all &= f[i];
        any = true;
      }
    return any ? all : 0;
  }
  // What typing here would take.
  const int pos = stc_->GetCurrentPos();
  return inherited_format(pos, pos);
}

void ClauseEditorPanel::toggle_format(uint8_t bit) {
  if (!writable_) return;
  const int from = stc_->GetSelectionStart(), to = stc_->GetSelectionEnd();
  const bool on = !(caret_format() & bit);
  if (from == to) {
    // Nothing selected: what is typed next at the caret is bold (or not).
    typing_format_ = static_cast<uint8_t>(on ? caret_format() | bit : caret_format() & ~bit);
    typing_pos_ = from;
    return;
  }
  FormatChange change;
  change.pos = from;
  std::vector<bool> text;
  change.before = formats(from, to - from, &text);
  change.after = change.before;
  for (size_t i = 0; i < change.after.size(); ++i)
    if (text[i]) change.after[i] = static_cast<uint8_t>(on ? change.after[i] | bit : change.after[i] & ~bit);
  if (change.after == change.before) return;
  const int token = next_format_token_++;
  set_formats(from, change.after);
  format_changes_[token] = std::move(change);
  stc_->AddUndoAction(token, 0);
  sync();
}

void ClauseEditorPanel::schedule_sync() {
  if (pending_) return;
  pending_ = true;
  CallAfter([this] {
    if (pending_) sync();
  });
}

void ClauseEditorPanel::sync() {
  pending_ = false;
  if (!doc_ || !writable_ || loading_) return;
  restore_undone_blocks();
  std::vector<ClauseLine> lines = read_lines();
  // A table's or figure's line only stands for the block. Text typed onto it must not be
  // lost: it moves to a line of its own. A line emptied by the user deletes the block.
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind != LineKind::Block) continue;
    const std::string label = block_label(store_[lines[i].block_key]);
    if (lines[i].text == label) continue;
    const int line = static_cast<int>(i);
    loading_ = true;
    if (lines[i].text.find_first_not_of(" \t") == std::string::npos) {
      stc_->MarkerDelete(line, kMarkBlock);
      stc_->AnnotationClearLine(line);
    } else {
      // What was typed is what the line has beyond the label's common start and end.
      const wxString text = wx(lines[i].text), lab = wx(label);
      size_t pre = 0, suf = 0;
      while (pre < text.size() && pre < lab.size() && text[pre] == lab[pre]) ++pre;
      while (suf < text.size() - pre && suf < lab.size() - pre && text[text.size() - 1 - suf] == lab[lab.size() - 1 - suf]) ++suf;
      const wxString extra = text.size() > pre + suf ? text.Mid(pre, text.size() - pre - suf) : wxString();
      const bool before = pre == 0 && suf > 0;
      render_block_line(line, store_[lines[i].block_key]);
      if (!extra.Strip(wxString::both).empty()) {
        if (before) stc_->InsertText(stc_->PositionFromLine(line), extra + "\n");
        else stc_->InsertText(stc_->GetLineEndPosition(line), "\n" + extra);
        stc_->GotoPos(stc_->GetLineEndPosition(before ? line : line + 1));
      }
    }
    loading_ = false;
    lines = read_lines();
    break;
  }
  model::Section& s = doc_->report().ensure_section(clause_);
  std::vector<model::Block> blocks = blocks_from_lines(lines, store_, s);
  refresh_placeholder(lines);
  refresh_margin(lines);
  // Blocks whose line was deleted wait in the store: undo brings their line back (without
  // its marker, which Scintilla does not restore), and restore_undone_blocks() finds them.
  for (auto it = handle_key_.begin(); it != handle_key_.end();) {
    if (stc_->MarkerLineFromHandle(it->first) < 0) {
      deleted_.insert(it->second);
      it = handle_key_.erase(it);
    } else {
      ++it;
    }
  }
  misspellings_.clear();
  if (blocks == s.blocks) return;
  s.blocks = std::move(blocks);
  doc_->changed(clause_);
  // The heading's count follows a moment later (the status bar has it at once).
  if (!header_timer_.IsRunning()) header_timer_.StartOnce(250);
  if (on_changed) on_changed(clause_);
}

void ClauseEditorPanel::restore_undone_blocks() {
  if (deleted_.empty()) return;
  const int n = stc_->GetLineCount();
  for (int line = 0; line < n && !deleted_.empty(); ++line) {
    if (stc_->MarkerGet(line) & (1 << kMarkBlock)) continue;
    const std::string text = utf8(stc_->GetLineText(line));
    for (auto it = deleted_.begin(); it != deleted_.end(); ++it) {
      if (block_label(store_[*it]) != text) continue;
      loading_ = true;
      handle_key_[stc_->MarkerAdd(line, kMarkBlock)] = *it;
      render_block_line(line, store_[*it]);
      loading_ = false;
      deleted_.erase(it);
      break;
    }
  }
}

void ClauseEditorPanel::refresh_margin(const std::vector<ClauseLine>& lines) {
  // Labels as the export prints them (model::section_pieces): "•" for bullets, and items
  // of a numbered list numbered 1., 2., … through the list whatever their level.
  std::vector<std::string> labels(lines.size());
  const model::Section* s = doc_ ? doc_->report().section(clause_) : nullptr;
  int number = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const ClauseLine& ln = lines[i];
    if (ln.kind == LineKind::Bullet) labels[i] = "•";
    if (ln.kind != LineKind::Numbered) {
      number = 0;
      continue;
    }
    labels[i] = std::to_string(++number) + ".";
  }
  // Explicit labels from the report (（一）, a)) for items whose text is unchanged.
  if (s) {
    std::map<std::string, std::string> explicit_labels;
    for (const model::Block& b : s->blocks)
      if (const auto* l = std::get_if<model::List>(&b))
        for (const model::ListItem& it : l->items)
          if (!it.label.empty()) explicit_labels[it.content.text()] = it.label;
    if (!explicit_labels.empty())
      for (size_t i = 0; i < lines.size(); ++i)
        if (auto it = explicit_labels.find(lines[i].text); it != explicit_labels.end() &&
                                                           (lines[i].kind == LineKind::Bullet || lines[i].kind == LineKind::Numbered))
          labels[i] = it->second;
  }
  // Paragraph spacing: a blank annotation row after each written paragraph or list that is
  // followed by more text (Scintilla has uniform line heights; this is the space after).
  std::vector<char> gaps(lines.size(), 0);
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const bool text_line = lines[i].kind != LineKind::Block && !lines[i].text.empty();
    const bool list_continues = lines[i].kind != LineKind::Paragraph && lines[i + 1].kind == lines[i].kind;
    gaps[i] = text_line && !list_continues && lines[i + 1].kind != LineKind::Block ? 1 : 0;
  }
  // Compared with the control's own annotations (they move with their lines).
  for (size_t i = 0; i < gaps.size(); ++i) {
    const int line = static_cast<int>(i);
    if (line == prompt_line_ || lines[i].kind == LineKind::Block) continue;
    const bool has = stc_->AnnotationGetLines(line) > 0;
    if (gaps[i] && !has) stc_->AnnotationSetText(line, " ");
    else if (!gaps[i] && has) stc_->AnnotationClearLine(line);
  }
  if (labels == margin_labels_) return;
  for (size_t i = 0; i < labels.size(); ++i) {
    if (i < margin_labels_.size() && margin_labels_[i] == labels[i]) continue;
    stc_->MarginSetText(static_cast<int>(i), wx(labels[i]));
    stc_->MarginSetStyle(static_cast<int>(i), kStyleMargin);
  }
  for (size_t i = labels.size(); i < margin_labels_.size(); ++i) stc_->MarginSetText(static_cast<int>(i), wxEmptyString);
  margin_labels_ = std::move(labels);
}

void ClauseEditorPanel::refresh_placeholder(const std::vector<ClauseLine>& lines) {
  // The template's writing prompt (or a general hint) stands under the first empty text line
  // while the clause has no text of its own; it is an annotation, never text: it is not
  // counted and never exported.
  bool has_text = false;
  int target = -1;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind == LineKind::Block) continue;
    if (lines[i].text.find_first_not_of(" \t") != std::string::npos) has_text = true;
    else if (target < 0) target = static_cast<int>(i);
  }
  if (lines.empty()) target = 0;
  const int want = has_text ? -1 : target;
  if (prompt_line_ >= 0 && prompt_line_ != want && prompt_line_ < stc_->GetLineCount() && block_key_at(prompt_line_) < 0)
    stc_->AnnotationClearLine(prompt_line_);
  prompt_line_ = want;
  if (want < 0) return;
  const model::Section* s = doc_->report().section(clause_);
  const std::string prompt = s && !s->prompt.empty() ? s->prompt
                                                     : std::string(ZP_("Write this clause here. Answer the guidance points on the right; insert tables, indicator tables and figures from the Insert menu."));
  set_annotation(want, wx(prompt), kStylePrompt);
}

int ClauseEditorPanel::char_width(int style, char32_t c) {
  const uint64_t key = (static_cast<uint64_t>(style) << 32) | static_cast<uint32_t>(c);
  auto w = char_widths_.find(key);
  if (w == char_widths_.end()) w = char_widths_.emplace(key, stc_->TextWidth(style, wxString(wxUniChar(static_cast<unsigned>(c))))).first;
  return w->second;
}

int ClauseEditorPanel::wrap_width() const {
  int margins = 0;
  for (int m = 0; m < 5; ++m) margins += stc_->GetMarginWidth(m);
  return stc_->GetClientSize().x - margins - stc_->GetMarginLeft() - stc_->GetMarginRight();
}

void ClauseEditorPanel::set_annotation(int line, const wxString& text, int style) {
  // Scintilla does not wrap annotations: break the text to the width of the text area,
  // measuring characters in the annotation's style.
  const int width = wrap_width() - 24;
  wxString out, row;
  int used = 0;
  for (wxString::const_iterator it = text.begin(); it != text.end(); ++it) {
    const wxUniChar c = *it;
    if (c == '\n') {
      out += row + "\n";
      row.clear();
      used = 0;
      continue;
    }
    const int w = char_width(style, static_cast<char32_t>(c.GetValue()));
    if (width > 80 && used + w > width && !row.empty()) {
      out += row + "\n";
      row.clear();
      used = 0;
    }
    row += c;
    used += w;
  }
  out += row;
  if (stc_->AnnotationGetText(line) != out) {
    stc_->AnnotationSetText(line, out);
    stc_->AnnotationSetStyle(line, style);
  }
}

void ClauseEditorPanel::rewrap_annotations() {
  if (!writable_) {
    if (!note_.empty()) set_annotation(0, wx(note_), kStylePrompt);
    return;
  }
  loading_ = true;
  for (const auto& [handle, key] : handle_key_)
    if (int line = stc_->MarkerLineFromHandle(handle); line >= 0) render_block_line(line, store_[key]);
  loading_ = false;
  refresh_placeholder(read_lines());
}

void ClauseEditorPanel::on_char_added(wxStyledTextEvent& e) {
  if (e.GetKey() != '\n' || !writable_) return;
  // Enter in a list item continues the list; Enter in an empty item ends it.
  const int line = stc_->GetCurrentLine();
  if (line == 0) return;
  const int mask = stc_->MarkerGet(line - 1) & (1 << kMarkBullet | 1 << kMarkNumbered);
  if (!mask) return;
  const wxString prev = stc_->GetLineText(line - 1).Strip(wxString::both);
  if (prev.empty()) {
    stc_->MarkerDelete(line - 1, kMarkBullet);
    stc_->MarkerDelete(line - 1, kMarkNumbered);
    stc_->SetLineIndentation(line - 1, 0);
  } else {
    stc_->MarkerAdd(line, (mask & (1 << kMarkNumbered)) ? kMarkNumbered : kMarkBullet);
    const int indent = stc_->GetLineIndentation(line - 1);
    stc_->SetLineIndentation(line, indent);
    stc_->GotoPos(stc_->GetLineIndentPosition(line));
  }
  schedule_sync();
}

int ClauseEditorPanel::block_key_at(int line) const {
  if (!(stc_->MarkerGet(line) & (1 << kMarkBlock))) return -1;
  for (const auto& [handle, key] : handle_key_)
    if (stc_->MarkerLineFromHandle(handle) == line) return key;
  return -1;
}

void ClauseEditorPanel::on_update_ui(wxStyledTextEvent& e) {
  e.Skip();
  if (typing_format_ && (stc_->GetCurrentPos() != typing_pos_ || stc_->GetSelectionStart() != stc_->GetSelectionEnd()))
    typing_format_.reset();
  update_block_pane();
}

void ClauseEditorPanel::update_block_pane() {
  if (!writable_) return;
  const int key = block_key_at(stc_->GetCurrentLine());
  if (key == shown_key_) return;
  if (shown_key_ >= 0) commit_cell(false);  // into the block it was typed for
  shown_key_ = key;
  if (key < 0) {
    if (split_->IsSplit() && !pane_->HasFocus()) split_->Unsplit(pane_);
    pane_->show(nullptr, nullptr);
    return;
  }
  pane_->show(&store_[key], &doc_->report());
  if (!split_->IsSplit()) {
    pane_->Show();
    const bool indicators = std::holds_alternative<model::IndicatorTable>(store_[key]);
    split_->SplitHorizontally(stc_, pane_, -FromDIP(indicators ? 440 : 300));
    // Once the text has its new height (and is wrapped for it), bring the block's line into view.
    CallAfter([this] {
      const int line = stc_->GetCurrentLine();
      stc_->SetWrapMode(wxSTC_WRAP_WORD);
      stc_->EnsureVisibleEnforcePolicy(line);
      stc_->SetFirstVisibleLine(std::max(0, stc_->VisibleFromDocLine(line) - 2));
    });
  }
}

void ClauseEditorPanel::on_block_changed() {
  if (shown_key_ < 0) return;
  for (const auto& [handle, key] : handle_key_)
    if (key == shown_key_) {
      int line = stc_->MarkerLineFromHandle(handle);
      if (line < 0) continue;
      loading_ = true;
      render_block_line(line, store_[key]);
      loading_ = false;
    }
  sync();
}

int ClauseEditorPanel::insert_block(model::Block b) {
  if (!writable_) return -1;
  sync();
  int line = stc_->GetCurrentLine();
  const int key = next_key_++;
  store_[key] = std::move(b);
  loading_ = true;
  const bool empty_line = stc_->GetLineText(line).Strip(wxString::both).empty() && block_key_at(line) < 0;
  if (!empty_line) {
    stc_->InsertText(stc_->GetLineEndPosition(line), "\n");
    ++line;
  }
  stc_->MarkerDelete(line, kMarkBullet);
  stc_->MarkerDelete(line, kMarkNumbered);
  stc_->SetLineIndentation(line, 0);
  handle_key_[stc_->MarkerAdd(line, kMarkBlock)] = key;
  render_block_line(line, store_[key]);
  if (line + 1 >= stc_->GetLineCount()) stc_->AppendText("\n");
  loading_ = false;
  stc_->GotoLine(line);
  sync();
  update_block_pane();
  return key;
}

void ClauseEditorPanel::insert_table() {
  model::Table t;
  t.header_rows = 1;
  t.rows = {{ZP_("Item"), ZP_("Description")}, {"", ""}, {"", ""}};
  insert_block(std::move(t));
}

void ClauseEditorPanel::insert_indicator_table() {
  // Three consecutive years and one indicator to start from: what every results item needs.
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  const int last = tm.tm_year + 1900 - 1;
  model::IndicatorTable t;
  t.caption = ZP_("Key indicators");
  t.years = {last - 2, last - 1, last};
  model::Indicator ind;
  ind.name = ZP_("New indicator");
  ind.direction = model::Direction::HigherIsBetter;
  t.indicators.push_back(ind);
  insert_block(std::move(t));
}

bool ClauseEditorPanel::insert_figure(const std::string& path, std::string* error) {
  if (!writable_ || !doc_) return false;
  wxFile file;
  if (!file.Open(wx(path))) {
    if (error) *error = format(ZP_("Cannot open the image {0}."), path);
    return false;
  }
  std::string data(static_cast<size_t>(file.Length()), '\0');
  if (file.Read(data.data(), data.size()) != static_cast<ssize_t>(data.size())) {
    if (error) *error = format(ZP_("Cannot read the image {0}."), path);
    return false;
  }
  wxMemoryInputStream in(data.data(), data.size());
  wxImage img;
  const bool png = data.rfind("\x89PNG", 0) == 0, jpeg = data.rfind("\xFF\xD8", 0) == 0;
  if ((!png && !jpeg) || !img.LoadFile(in)) {
    if (error) *error = format(ZP_("{0} is not a PNG or JPEG image: save it as PNG or JPEG and insert it again."), path);
    return false;
  }
  model::Report& r = doc_->report();
  std::string id;
  for (int n = static_cast<int>(r.media.size()) + 1;; ++n) {
    id = "image" + std::to_string(n) + (png ? ".png" : ".jpg");
    if (!r.media.count(id)) break;
  }
  r.media[id] = model::Media{id, png ? "image/png" : "image/jpeg", std::move(data)};
  model::Figure f;
  f.media_id = id;
  f.caption = utf8(wxFileName(wx(path)).GetName());
  insert_block(std::move(f));
  return true;
}

void ClauseEditorPanel::delete_current_block() {
  const int line = stc_->GetCurrentLine();
  if (!writable_ || block_key_at(line) < 0) return;
  const int from = stc_->PositionFromLine(line);
  const int to = line + 1 < stc_->GetLineCount() ? stc_->PositionFromLine(line + 1) : stc_->GetLength();
  stc_->SetTargetStart(from);
  stc_->SetTargetEnd(to);
  stc_->ReplaceTarget(wxEmptyString);
  sync();
  update_block_pane();
}

bool ClauseEditorPanel::open_block(int n) {
  if (!writable_ || n < 0) return false;
  std::vector<int> lines;
  for (const auto& [handle, key] : handle_key_)
    if (int line = stc_->MarkerLineFromHandle(handle); line >= 0) lines.push_back(line);
  std::sort(lines.begin(), lines.end());
  if (n >= static_cast<int>(lines.size())) return false;
  stc_->GotoLine(lines[n]);
  update_block_pane();
  return true;
}

void ClauseEditorPanel::toggle_list(LineKind kind) {
  if (!writable_) return;
  int from = stc_->LineFromPosition(stc_->GetSelectionStart()), to = stc_->LineFromPosition(stc_->GetSelectionEnd());
  const int mark = kind == LineKind::Numbered ? kMarkNumbered : kMarkBullet;
  const bool all_marked = [&] {
    for (int l = from; l <= to; ++l)
      if (!(stc_->MarkerGet(l) & (1 << mark))) return false;
    return true;
  }();
  stc_->BeginUndoAction();
  for (int l = from; l <= to; ++l) {
    if (block_key_at(l) >= 0) continue;
    stc_->MarkerDelete(l, kMarkBullet);
    stc_->MarkerDelete(l, kMarkNumbered);
    if (!all_marked && kind != LineKind::Paragraph) stc_->MarkerAdd(l, mark);
    else stc_->SetLineIndentation(l, 0);
  }
  stc_->EndUndoAction();
  sync();
}

int ClauseEditorPanel::byte_position(int line, int code_points) const {
  const int start = stc_->PositionFromLine(line);
  int pos = stc_->PositionRelative(start, code_points);
  const int end = stc_->GetLineEndPosition(line);
  return (pos == 0 && code_points > 0) || pos > end ? end : pos;
}

bool ClauseEditorPanel::select_range(const checks::TextRange& r) {
  if (!writable_) return false;
  sync();
  std::vector<int> line_block;
  const model::Section* s = doc_->report().section(clause_);
  if (!s) return false;
  blocks_from_lines(read_lines(), store_, *s, &line_block);
  for (size_t line = 0; line < line_block.size(); ++line) {
    if (line_block[line] != r.block) continue;
    const int l = static_cast<int>(line);
    int from = stc_->PositionFromLine(l), to = stc_->GetLineEndPosition(l);
    if (std::holds_alternative<model::Paragraph>(s->blocks[r.block]) && r.end > r.begin) {
      from = byte_position(l, r.begin);
      to = byte_position(l, r.end);
    }
    stc_->SetFocus();
    stc_->GotoPos(from);
    stc_->SetSelection(from, to);
    stc_->EnsureCaretVisible();
    return true;
  }
  return false;
}

std::optional<checks::TextRange> ClauseEditorPanel::selected_range() {
  if (!writable_ || !doc_) return std::nullopt;
  const int from = stc_->GetSelectionStart(), to = stc_->GetSelectionEnd();
  if (from == to) return std::nullopt;
  sync();
  const model::Section* s = doc_->report().section(clause_);
  if (!s) return std::nullopt;
  std::vector<int> line_block;
  blocks_from_lines(read_lines(), store_, *s, &line_block);
  const int line = stc_->LineFromPosition(from);
  if (line < 0 || line >= static_cast<int>(line_block.size()) || line_block[line] < 0) return std::nullopt;
  checks::TextRange r;
  r.block = line_block[line];
  if (std::holds_alternative<model::Paragraph>(s->blocks[r.block]) && stc_->LineFromPosition(to) == line) {
    const int start = stc_->PositionFromLine(line);
    r.begin = stc_->CountCharacters(start, from);
    r.end = stc_->CountCharacters(start, to);
  } else {
    r.begin = r.end = -1;
  }
  return r;
}

void ClauseEditorPanel::set_findings(const std::vector<checks::Finding>& findings) {
  stc_->SetIndicatorCurrent(kIndFinding);
  stc_->IndicatorClearRange(0, stc_->GetLength());
  if (!writable_) return;
  const model::Section* s = doc_->report().section(clause_);
  if (!s) return;
  std::vector<int> line_block;
  blocks_from_lines(read_lines(), store_, *s, &line_block);
  for (const checks::Finding& f : findings) {
    if (f.clause != clause_ || !f.range || f.range->end <= f.range->begin) continue;
    for (size_t line = 0; line < line_block.size(); ++line) {
      if (line_block[line] != f.range->block) continue;
      int from = byte_position(static_cast<int>(line), f.range->begin);
      int to = byte_position(static_cast<int>(line), f.range->end);
      if (to > from) stc_->IndicatorFillRange(from, to - from);
      break;
    }
  }
}

void ClauseEditorPanel::set_misspellings(std::vector<Misspelling> words) {
  misspellings_ = std::move(words);
  stc_->SetIndicatorCurrent(kIndSpelling);
  stc_->IndicatorClearRange(0, stc_->GetLength());
  for (const Misspelling& m : misspellings_)
    if (m.to > m.from && m.to <= stc_->GetLength()) stc_->IndicatorFillRange(m.from, m.to - m.from);
}

std::string ClauseEditorPanel::plain_text() const { return writable_ ? utf8(stc_->GetText()) : std::string(); }

}  // namespace zp::gui
