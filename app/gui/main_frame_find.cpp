// MainFrame: find and replace across the clauses of the report.
#include <wx/stc/stc.h>

#include "gui/clause_editor_panel.h"
#include "gui/clause_lines.h"
#include "gui/clause_tree_panel.h"
#include "gui/find_replace.h"
#include "gui/find_replace_dialog.h"
#include "gui/main_frame.h"
#include "gui/wx_string.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::gui {

void MainFrame::open_find_dialog() {
  if (!find_dialog_) {
    find_dialog_ = new FindReplaceDialog(this);
    find_dialog_->on_find_next = [this] {
      const bool ok = find_next(find_dialog_->needle(), find_dialog_->match_case());
      find_dialog_->set_message(ok ? wxString() : wx(ZP_("No more matches in the report.")));
    };
    find_dialog_->on_replace = [this] {
      wxStyledTextCtrl* stc = editor_->text();
      const std::string needle = find_dialog_->needle();
      const std::string sel = utf8(stc->GetSelectedText());
      FindOptions o{find_dialog_->match_case()};
      // A table's or figure's line only shows its caption: edit that in the block pane.
      const bool on_block = editor_->is_block_line(stc->LineFromPosition(stc->GetSelectionStart()));
      if (!needle.empty() && sel.size() == needle.size() && find_in(sel, needle, 0, o) == 0 && !stc->GetReadOnly() && !on_block)
        stc->ReplaceSelection(wx(find_dialog_->replacement()));
      find_dialog_->on_find_next();
    };
    find_dialog_->on_replace_all = [this] {
      int n = replace_everywhere(find_dialog_->needle(), find_dialog_->replacement(), find_dialog_->match_case());
      find_dialog_->set_message(wx(format(ZP_("Replaced {0} times."), n)));
    };
  }
  const wxString sel = editor_->text()->GetSelectedText();
  if (!sel.empty() && !sel.Contains("\n")) find_dialog_->set_needle(utf8(sel));
  find_dialog_->Show();
  find_dialog_->Raise();
}

bool MainFrame::find_next(const std::string& needle, bool match_case) {
  if (!doc_ || needle.empty()) return false;
  editor_->sync();
  FindOptions o{match_case};
  const int flags = match_case ? wxSTC_FIND_MATCHCASE : 0;
  wxStyledTextCtrl* stc = editor_->text();
  auto find_here = [&](int from) {
    int pos = stc->FindText(from, stc->GetLength(), wx(needle), flags);
    if (pos < 0) return false;
    const int len = static_cast<int>(needle.size());  // bytes: STC positions are UTF-8 offsets
    stc->SetSelection(pos, pos + len);
    stc->EnsureCaretVisible();
    stc->SetFocus();
    return true;
  };
  if (!stc->GetReadOnly() && find_here(stc->GetSelectionEnd())) return true;
  // The following clauses, wrapping around to the start, then this clause from its top.
  std::vector<const standards::Clause*> w = doc_->standard().writable_clauses();
  size_t start = 0;
  for (size_t i = 0; i < w.size(); ++i)
    if (w[i]->id == clause_) start = i;
  for (size_t k = 1; k <= w.size(); ++k) {
    const standards::Clause* c = w[(start + k) % w.size()];
    const model::Section* s = doc_->report().section(c->id);
    if (!s || !section_contains(*s, needle, o)) continue;
    if (c->id != clause_) select_clause(c->id);
    if (find_here(0)) return true;
    // The match is in a table, an indicator table or a caption: open that block.
    int n = 0;
    for (const model::Block& b : s->blocks) {
      if (is_text_block(b)) continue;
      model::Section one;
      one.blocks.push_back(b);
      if (section_contains(one, needle, o)) {
        editor_->open_block(n);
        break;
      }
      ++n;
    }
    return true;
  }
  return false;
}

int MainFrame::replace_everywhere(const std::string& needle, const std::string& replacement, bool match_case) {
  if (!doc_ || needle.empty()) return 0;
  editor_->sync();
  const int n = replace_all(doc_->report(), needle, replacement, FindOptions{match_case});
  if (n > 0) {
    doc_->changed("");
    const std::string shown = clause_;
    editor_->set_document(doc_.get());
    select_clause(shown);
    for (const standards::Clause& c : doc_->standard().clauses) tree_->refresh_clause(c.id);
    on_content_changed(shown);
  }
  return n;
}

}  // namespace zp::gui
