#include "gui/main_frame.h"

#include <wx/aui/dockart.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/stc/stc.h>
#include <wx/statusbr.h>
#include <wx/textentry.h>
#include <wx/toolbar.h>
#include <wx/crt.h>

#include <cstdio>

#include "gui/app_paths.h"
#include "gui/background_worker.h"
#include "gui/clause_editor_panel.h"
#include "gui/clause_tree_panel.h"
#include "gui/count_indicator.h"
#include "gui/findings_panel.h"
#include "gui/guidance_panel.h"
#include "gui/icons.h"
#include "gui/preferences.h"
#include "gui/score_summary_dialog.h"
#include "gui/scoring_panel.h"
#include "gui/screenshot.h"
#include "gui/wx_string.h"
#include "model/report_text.h"
#include "text/spelling.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::gui {

namespace {
enum {
  ID_EXPORT = wxID_HIGHEST + 1,
  ID_INSERT_TABLE,
  ID_INSERT_INDICATORS,
  ID_INSERT_IMAGE,
  ID_BULLETS,
  ID_NUMBERING,
  ID_PARAGRAPH,
  ID_BOLD,
  ID_ITALIC,
  ID_NEXT_CLAUSE,
  ID_PREV_CLAUSE,
  ID_SHOW_CHARS,
  ID_RUN_CHECKS,
  ID_WORD_COUNT,
  ID_FIND_NEXT,
  ID_RESET_LAYOUT,
  ID_FOCUS_TREE,
  ID_FOCUS_TEXT,
  ID_SCORING_PAGE,
  ID_SCORE_SUMMARY,
};
enum StatusField { kMessage = 0, kReportCount, kClauseCount, kCharacters };
}  // namespace

MainFrame::MainFrame()
    : wxFrame(nullptr, wxID_ANY, wx("卓评 Zhuoping"), wxDefaultPosition, wxSize(1360, 860)),
      prefs_(std::make_unique<Preferences>()),
      recovery_(recovery_dir()),
      check_worker_(std::make_unique<BackgroundWorker>()),
      spell_worker_(std::make_unique<BackgroundWorker>()) {
  SetMinSize(FromDIP(wxSize(960, 600)));
  aui_.SetManagedWindow(this);
  aui_.SetFlags(wxAUI_MGR_DEFAULT | wxAUI_MGR_LIVE_RESIZE);
  wxAuiDockArt* art = aui_.GetArtProvider();
  art->SetMetric(wxAUI_DOCKART_GRADIENT_TYPE, wxAUI_GRADIENT_NONE);
  art->SetMetric(wxAUI_DOCKART_SASH_SIZE, FromDIP(5));
  art->SetMetric(wxAUI_DOCKART_CAPTION_SIZE, FromDIP(26));
  art->SetMetric(wxAUI_DOCKART_PANE_BORDER_SIZE, 0);
  art->SetColour(wxAUI_DOCKART_INACTIVE_CAPTION_COLOUR, wxColour(238, 241, 245));
  art->SetColour(wxAUI_DOCKART_INACTIVE_CAPTION_TEXT_COLOUR, wxColour(60, 70, 85));
  art->SetColour(wxAUI_DOCKART_ACTIVE_CAPTION_COLOUR, wxColour(226, 234, 246));
  art->SetColour(wxAUI_DOCKART_ACTIVE_CAPTION_TEXT_COLOUR, wxColour(30, 60, 110));
  art->SetColour(wxAUI_DOCKART_SASH_COLOUR, wxColour(228, 231, 235));
  art->SetColour(wxAUI_DOCKART_BACKGROUND_COLOUR, wxColour(228, 231, 235));

  tree_ = new ClauseTreePanel(this);
  editor_ = new ClauseEditorPanel(this);
  side_book_ = new wxNotebook(this, wxID_ANY);
  guidance_ = new GuidancePanel(side_book_);
  scoring_ = new ScoringPanel(side_book_);
  side_book_->AddPage(guidance_, wx(ZP_("Guidance")));
  side_book_->AddPage(scoring_, wx(ZP_("Scoring")));
  findings_ = new FindingsPanel(this);
  editor_->set_font_size(prefs_->editor_font_size());
  aui_.AddPane(tree_, wxAuiPaneInfo().Name("clauses").Caption(wx(ZP_("Clauses"))).Left().BestSize(FromDIP(wxSize(330, -1)))
                          .MinSize(FromDIP(wxSize(200, -1))).CloseButton(false).Floatable(false));
  aui_.AddPane(editor_, wxAuiPaneInfo().Name("editor").CenterPane());
  aui_.AddPane(side_book_, wxAuiPaneInfo().Name("guidance").Caption(wx(ZP_("Guidance"))).Right().Row(0).Position(0)
                              .BestSize(FromDIP(wxSize(380, 420))).MinSize(FromDIP(wxSize(240, 120))).CloseButton(false).Floatable(false));
  aui_.AddPane(findings_, wxAuiPaneInfo().Name("findings").Caption(wx(ZP_("Findings"))).Right().Row(0).Position(1)
                              .BestSize(FromDIP(wxSize(380, 300))).MinSize(FromDIP(wxSize(240, 120))).CloseButton(false).Floatable(false));
  build_menus();
  build_toolbar();
  build_status_bar();
  aui_.Update();
  // The user's pane sizes from last time; captions follow the current language.
  default_layout_ = aui_.SavePerspective();
  if (const std::string saved = prefs_->layout(); !saved.empty()) load_layout(wx(saved));

  tree_->on_select = [this](const std::string& id) { show_clause(id); };
  editor_->on_changed = [this](const std::string& id) { on_content_changed(id); };
  editor_->on_spelling_menu = [this](const Misspelling& m, const wxPoint& at) { show_spelling_menu(m, at); };
  findings_->on_activate = [this](const checks::Finding& f) { go_to(f); };
  // Reviews are part of the report: a change marks it modified (the unit's clause count is
  // unchanged) and refreshes an open summary.
  scoring_->on_changed = [this](const std::string& unit) {
    if (!doc_) return;
    doc_->changed(unit);
    update_title();
    if (summary_ && summary_->IsShown()) summary_->update(*doc_, last_findings_);
  };
  scoring_->selection = [this] { return editor_->selected_range(); };
  scoring_->selection_clause = [this] { return editor_->clause_id(); };
  editor_->text()->Bind(wxEVT_STC_MODIFIED, [this](wxStyledTextEvent& e) {
    e.Skip();
    if (e.GetModificationType() & (wxSTC_MOD_INSERTTEXT | wxSTC_MOD_DELETETEXT)) spell_timer_.StartOnce(350);
  });
  check_timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { request_checks(); });
  decor_timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
    if (!doc_) return;
    if (!tree_clause_.empty()) tree_->refresh_clause(tree_clause_);
    guidance_->update_coverage(doc_->report().section(clause_));
    findings_->set_busy(true);
  });
  spell_timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { request_spelling(); });
  autosave_timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { autosave_now(); });
  Bind(wxEVT_CLOSE_WINDOW, &MainFrame::on_close, this);
  restart_autosave_timer();
  update_title();
  update_counts();
}

MainFrame::~MainFrame() {
  // Stop the workers before the panels they report to go away.
  check_worker_.reset();
  spell_worker_.reset();
  aui_.UnInit();
}

bool MainFrame::load_layout(const wxString& perspective) {
  // A perspective holds the captions it was saved with: put the current language's back.
  if (!aui_.LoadPerspective(perspective, false)) return false;
  aui_.GetPane("clauses").Caption(wx(ZP_("Clauses")));
  aui_.GetPane("guidance").Caption(wx(ZP_("Guidance")));
  aui_.GetPane("findings").Caption(wx(ZP_("Findings")));
  aui_.Update();
  return true;
}

void MainFrame::build_menus() {
  auto* file = new wxMenu;
  file->Append(wxID_NEW, wx(ZP_("&New report…\tCtrl+N")));
  file->Append(wxID_OPEN, wx(ZP_("&Open…\tCtrl+O")));
  recent_menu_ = new wxMenu;
  file->AppendSubMenu(recent_menu_, wx(ZP_("Open &recent")));
  file->AppendSeparator();
  file->Append(wxID_SAVE, wx(ZP_("&Save\tCtrl+S")));
  file->Append(wxID_SAVEAS, wx(ZP_("Save &as…\tCtrl+Shift+S")));
  file->Append(ID_EXPORT, wx(ZP_("&Export PDF…\tCtrl+E")));
  file->AppendSeparator();
  file->Append(wxID_EXIT, wx(ZP_("&Quit\tCtrl+Q")));
  history_.UseMenu(recent_menu_);
  prefs_->load_recent(history_);

  auto* edit = new wxMenu;
  edit->Append(wxID_UNDO, wx(ZP_("&Undo\tCtrl+Z")));
  edit->Append(wxID_REDO, wx(ZP_("&Redo\tCtrl+Y")));
  edit->AppendSeparator();
  edit->Append(wxID_CUT, wx(ZP_("Cu&t\tCtrl+X")));
  edit->Append(wxID_COPY, wx(ZP_("&Copy\tCtrl+C")));
  edit->Append(wxID_PASTE, wx(ZP_("&Paste\tCtrl+V")));
  edit->Append(wxID_SELECTALL, wx(ZP_("Select &all\tCtrl+A")));
  edit->AppendSeparator();
  edit->Append(wxID_FIND, wx(ZP_("&Find and replace…\tCtrl+F")));
  edit->Append(ID_FIND_NEXT, wx(ZP_("Find &next\tF3")));
  edit->AppendSeparator();
  edit->Append(wxID_PREFERENCES, wx(ZP_("Pre&ferences…")));

  auto* insert = new wxMenu;
  insert->Append(ID_INSERT_TABLE, wx(ZP_("&Table\tCtrl+Alt+T")));
  insert->Append(ID_INSERT_INDICATORS, wx(ZP_("&Indicator table\tCtrl+Alt+I")));
  insert->Append(ID_INSERT_IMAGE, wx(ZP_("I&mage…\tCtrl+Alt+P")));
  insert->AppendSeparator();
  insert->Append(ID_BULLETS, wx(ZP_("&Bulleted list\tCtrl+Shift+L")));
  insert->Append(ID_NUMBERING, wx(ZP_("&Numbered list\tCtrl+Shift+N")));
  insert->Append(ID_PARAGRAPH, wx(ZP_("Plain &paragraph\tCtrl+Shift+P")));

  auto* format_menu = new wxMenu;
  format_menu->AppendCheckItem(ID_BOLD, wx(ZP_("&Bold\tCtrl+B")));
  format_menu->AppendCheckItem(ID_ITALIC, wx(ZP_("&Italic\tCtrl+I")));

  auto* view = new wxMenu;
  view->Append(ID_NEXT_CLAUSE, wx(ZP_("&Next clause\tCtrl+PgDn")));
  view->Append(ID_PREV_CLAUSE, wx(ZP_("&Previous clause\tCtrl+PgUp")));
  view->Append(ID_FOCUS_TREE, wx(ZP_("Go to the clause &tree\tCtrl+1")));
  view->Append(ID_FOCUS_TEXT, wx(ZP_("Go to the &text\tCtrl+2")));
  view->AppendSeparator();
  view->AppendCheckItem(ID_SHOW_CHARS, wx(ZP_("Show 字符数 in the status &bar")));
  view->Append(ID_RESET_LAYOUT, wx(ZP_("&Reset the layout")));

  auto* tools = new wxMenu;
  tools->Append(ID_RUN_CHECKS, wx(ZP_("&Check the report now\tF5")));
  tools->Append(ID_WORD_COUNT, wx(ZP_("&Word count…\tCtrl+Shift+G")));

  auto* review = new wxMenu;
  review->Append(ID_SCORING_PAGE, wx(ZP_("&Score this clause\tCtrl+Shift+K")));
  review->Append(ID_SCORE_SUMMARY, wx(ZP_("S&ummary…\tCtrl+Shift+R")));

  auto* help = new wxMenu;
  help->Append(wxID_ABOUT, wx(ZP_("&About Zhuoping")));

  auto* bar = new wxMenuBar;
  bar->Append(file, wx(ZP_("&File")));
  bar->Append(edit, wx(ZP_("&Edit")));
  bar->Append(insert, wx(ZP_("&Insert")));
  bar->Append(format_menu, wx(ZP_("F&ormat")));
  bar->Append(view, wx(ZP_("&View")));
  bar->Append(review, wx(ZP_("&Review")));
  bar->Append(tools, wx(ZP_("&Tools")));
  bar->Append(help, wx(ZP_("&Help")));
  SetMenuBar(bar);

  Bind(wxEVT_MENU, [this](wxCommandEvent&) { do_new(); }, wxID_NEW);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { do_open(); }, wxID_OPEN);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { save(); }, wxID_SAVE);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { do_save_as(); }, wxID_SAVEAS);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { do_export(); }, ID_EXPORT);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
  Bind(wxEVT_MENU, [this](wxCommandEvent& e) {
    wxString f = history_.GetHistoryFile(e.GetId() - wxID_FILE1);
    if (!f.empty() && confirm_discard()) open_file(f);
  }, wxID_FILE1, wxID_FILE9);
  // Edit commands act on the text field with the focus (a caption, a grid cell), else on
  // the clause text. The menu's accelerators take the keys before any control sees them.
  auto edit_command = [this](void (wxStyledTextCtrl::*on_text)(), void (wxTextEntry::*on_field)()) {
    return [this, on_text, on_field](wxCommandEvent&) {
      if (auto* field = dynamic_cast<wxTextEntry*>(FindFocus())) (field->*on_field)();
      else (editor_->text()->*on_text)();
    };
  };
  Bind(wxEVT_MENU, edit_command(&wxStyledTextCtrl::Undo, &wxTextEntry::Undo), wxID_UNDO);
  Bind(wxEVT_MENU, edit_command(&wxStyledTextCtrl::Redo, &wxTextEntry::Redo), wxID_REDO);
  Bind(wxEVT_MENU, edit_command(&wxStyledTextCtrl::Cut, &wxTextEntry::Cut), wxID_CUT);
  Bind(wxEVT_MENU, edit_command(&wxStyledTextCtrl::Copy, &wxTextEntry::Copy), wxID_COPY);
  Bind(wxEVT_MENU, edit_command(&wxStyledTextCtrl::Paste, &wxTextEntry::Paste), wxID_PASTE);
  Bind(wxEVT_MENU, edit_command(&wxStyledTextCtrl::SelectAll, &wxTextEntry::SelectAll), wxID_SELECTALL);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { open_find_dialog(); }, wxID_FIND);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { open_find_dialog(); }, ID_FIND_NEXT);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { do_preferences(); }, wxID_PREFERENCES);
  // Inserting needs a clause the applicant writes; say so instead of doing nothing.
  auto insert_into = [this](std::function<void()> fn) {
    return [this, fn](wxCommandEvent&) {
      if (editor_->writable()) fn();
      else SetStatusText(wx(ZP_("Choose a clause you write (not a heading) to insert into.")), 0);
    };
  };
  Bind(wxEVT_MENU, insert_into([this] { editor_->insert_table(); }), ID_INSERT_TABLE);
  Bind(wxEVT_MENU, insert_into([this] { editor_->insert_indicator_table(); }), ID_INSERT_INDICATORS);
  Bind(wxEVT_MENU, insert_into([this] { do_insert_image(); }), ID_INSERT_IMAGE);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { editor_->toggle_list(LineKind::Bullet); }, ID_BULLETS);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { editor_->toggle_list(LineKind::Numbered); }, ID_NUMBERING);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { editor_->toggle_list(LineKind::Paragraph); }, ID_PARAGRAPH);
  // Bold and italic belong to the clause text; a caption or grid cell with the focus has none.
  auto format_command = [this](uint8_t bit) {
    return [this, bit](wxCommandEvent&) {
      if (!dynamic_cast<wxTextEntry*>(FindFocus())) editor_->toggle_format(bit);
    };
  };
  Bind(wxEVT_MENU, format_command(kFormatBold), ID_BOLD);
  Bind(wxEVT_MENU, format_command(kFormatItalic), ID_ITALIC);
  auto format_state = [this](uint8_t bit) {
    return [this, bit](wxUpdateUIEvent& e) {
      e.Enable(editor_->writable());
      e.Check(editor_->writable() && (editor_->caret_format() & bit));
    };
  };
  Bind(wxEVT_UPDATE_UI, format_state(kFormatBold), ID_BOLD);
  Bind(wxEVT_UPDATE_UI, format_state(kFormatItalic), ID_ITALIC);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    std::string n = tree_->neighbour(clause_, +1);
    if (!n.empty()) select_clause(n);
  }, ID_NEXT_CLAUSE);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    std::string n = tree_->neighbour(clause_, -1);
    if (!n.empty()) select_clause(n);
  }, ID_PREV_CLAUSE);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { tree_->tree()->SetFocus(); }, ID_FOCUS_TREE);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { editor_->text()->SetFocus(); }, ID_FOCUS_TEXT);
  Bind(wxEVT_MENU, [this](wxCommandEvent& e) { show_characters(e.IsChecked()); }, ID_SHOW_CHARS);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { aui_.LoadPerspective(default_layout_); }, ID_RESET_LAYOUT);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { request_checks(); }, ID_RUN_CHECKS);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_word_count(); }, ID_WORD_COUNT);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_side_page(1); }, ID_SCORING_PAGE);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_score_summary(); }, ID_SCORE_SUMMARY);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    wxMessageBox(wx(format(ZP_("Zhuoping {0}\nWriting and checking self-assessment reports for quality awards."), ZP_VERSION)),
                 wx(ZP_("About Zhuoping")), wxOK | wxICON_INFORMATION, this);
  }, wxID_ABOUT);
}

void MainFrame::build_toolbar() {
  wxToolBar* tb = CreateToolBar(wxTB_HORIZONTAL | wxTB_FLAT | wxTB_HORZ_TEXT | wxTB_NODIVIDER);
  const int s = FromDIP(20);
  tb->SetToolBitmapSize(wxSize(s, s));
  tb->AddTool(wxID_NEW, wx(ZP_("New")), icon(Icon::New, s), wx(ZP_("New report (Ctrl+N)")));
  tb->AddTool(wxID_OPEN, wx(ZP_("Open")), icon(Icon::Open, s), wx(ZP_("Open a report or a Word file (Ctrl+O)")));
  tb->AddTool(wxID_SAVE, wx(ZP_("Save")), icon(Icon::Save, s), wx(ZP_("Save (Ctrl+S)")));
  tb->AddSeparator();
  tb->AddTool(wxID_UNDO, wxEmptyString, icon(Icon::Undo, s), wx(ZP_("Undo (Ctrl+Z)")));
  tb->AddTool(wxID_REDO, wxEmptyString, icon(Icon::Redo, s), wx(ZP_("Redo (Ctrl+Y)")));
  tb->AddSeparator();
  tb->AddCheckTool(ID_BOLD, wxEmptyString, icon(Icon::Bold, s), wxNullBitmap, wx(ZP_("Bold (Ctrl+B)")));
  tb->AddCheckTool(ID_ITALIC, wxEmptyString, icon(Icon::Italic, s), wxNullBitmap, wx(ZP_("Italic (Ctrl+I)")));
  tb->AddSeparator();
  tb->AddTool(ID_INSERT_TABLE, wx(ZP_("Table")), icon(Icon::Table, s), wx(ZP_("Insert a table (Ctrl+Alt+T)")));
  tb->AddTool(ID_INSERT_INDICATORS, wx(ZP_("Indicators")), icon(Icon::Indicators, s),
              wx(ZP_("Insert an indicator table with its trend chart (Ctrl+Alt+I)")));
  tb->AddTool(ID_INSERT_IMAGE, wx(ZP_("Image")), icon(Icon::Image, s), wx(ZP_("Insert an image with a caption (Ctrl+Alt+P)")));
  tb->AddSeparator();
  tb->AddTool(wxID_FIND, wx(ZP_("Find")), icon(Icon::Find, s), wx(ZP_("Find and replace across clauses (Ctrl+F)")));
  tb->AddTool(ID_RUN_CHECKS, wx(ZP_("Check")), icon(Icon::Check, s), wx(ZP_("Check the report now (F5)")));
  tb->AddTool(ID_EXPORT, wx(ZP_("Export PDF")), icon(Icon::Export, s), wx(ZP_("Export the report as PDF (Ctrl+E)")));
  tb->Realize();
}

void MainFrame::build_status_bar() {
  wxStatusBar* sb = CreateStatusBar(4);
  const int widths[] = {-1, FromDIP(250), FromDIP(150), FromDIP(260)};
  sb->SetStatusWidths(4, widths);
  count_ = new CountIndicator(sb);
  auto place = [this, sb] {
    wxRect r;
    if (sb->GetFieldRect(kReportCount, r)) count_->SetSize(r.Deflate(1, 0));
  };
  sb->Bind(wxEVT_SIZE, [place](wxSizeEvent& e) {
    place();
    e.Skip();
  });
  place();
}

wxString MainFrame::status(int field) const {
  if (field == kReportCount) return count_->label();
  return GetStatusBar()->GetStatusText(field);
}

void MainFrame::show_characters(bool on) {
  show_characters_ = on;
  GetMenuBar()->Check(ID_SHOW_CHARS, on);
  update_counts();
}

void MainFrame::set_document(std::unique_ptr<Document> doc, const std::string& clause,
                             std::shared_ptr<text::Spelling> speller) {
  // Results of runs for the previous document are dropped (serial).
  ++doc_serial_;
  speller_ = doc ? std::move(speller) : nullptr;
  ignored_words_.clear();
  last_findings_.clear();
  doc_ = std::move(doc);
  clause_.clear();
  tree_clause_.clear();
  decor_timer_.Stop();
  editor_->set_document(doc_.get());
  tree_->set_document(doc_.get());
  findings_->set_findings({}, doc_ ? &doc_->standard() : nullptr);
  guidance_->show(nullptr, nullptr, nullptr);
  scoring_->set_document(doc_.get());
  if (summary_) summary_->Hide();
  autosaved_revision_ = doc_ ? doc_->revision() : -1;
  if (doc_) {
    // The clause asked for, else the profile (or first clause to write).
    std::vector<const standards::Clause*> w = doc_->standard().writable_clauses();
    if ((clause.empty() || !select_clause(clause)) && !w.empty()) select_clause(w.front()->id);
    request_checks();
  }
  if (doc_ && speller_) {
    request_spelling();
  } else if (doc_) {
    // Load the dictionary on the spelling thread, then check the shown clause.
    const long serial = doc_serial_;
    std::vector<std::string> own = doc_->report().dictionary;
    spell_worker_->post([this, serial, own] {
      auto sp = std::make_shared<text::Spelling>(own);
      CallAfter([this, serial, sp] {
        if (serial != doc_serial_) return;
        speller_ = sp;
        request_spelling();
      });
    });
  }
  update_title();
  update_counts();
}

void MainFrame::update_title() {
  wxString t = wx("卓评 Zhuoping");
  if (doc_) {
    const model::Report& r = doc_->report();
    std::string name = doc_->path().empty() ? std::string(ZP_("Untitled")) : doc_->path().filename().string();
    std::string what = r.organisation.empty() ? r.title : r.organisation + " · " + r.title;
    t = wx((doc_->modified() ? "● " : "") + name + " — " + what + " — ") + t;
  }
  if (GetTitle() != t) SetTitle(t);
}

void MainFrame::update_counts() {
  if (!doc_) {
    count_->set(0, 0);
    SetStatusText(wx(ZP_("No report open")), kMessage);
    SetStatusText(wxEmptyString, kClauseCount);
    SetStatusText(wxEmptyString, kCharacters);
    return;
  }
  count_->set(static_cast<long>(doc_->total().words), doc_->limit());
  const standards::Clause* c = clause_.empty() ? nullptr : doc_->standard().clause(clause_);
  text::Counts cc = doc_->clause_counts(clause_);
  SetStatusText(c && c->writable ? wx(format(ZP_("Clause {0} 字"), group_digits(cc.words))) : wxString(), kClauseCount);
  if (show_characters_) {
    const text::Counts& t = doc_->total();
    SetStatusText(wx(format(ZP_("字符数 {0} · with spaces {1}"), group_digits(t.characters), group_digits(t.characters_with_spaces))),
                  kCharacters);
  } else {
    SetStatusText(wxEmptyString, kCharacters);
  }
}

void MainFrame::show_clause(const std::string& id) {
  if (!doc_) return;
  editor_->show_clause(id);
  clause_ = id;
  const standards::Clause* c = doc_->standard().clause(id);
  guidance_->show(&doc_->standard(), c, doc_->report().section(id));
  scoring_->show_clause(id);
  editor_->set_findings(last_findings_);
  spell_timer_.StartOnce(50);
  SetStatusText(c ? wx(model::clause_heading(*c)) : wxString(), kMessage);
  update_counts();
}

bool MainFrame::select_clause(const std::string& id) {
  if (!doc_ || !doc_->standard().clause(id)) return false;
  tree_->select(id);
  show_clause(id);
  return true;
}

void MainFrame::go_to(const checks::Finding& f) {
  if (!doc_ || f.clause.empty()) return;
  if (f.clause != clause_) select_clause(f.clause);
  if (f.range) editor_->select_range(*f.range);
  SetStatusText(wx(f.message), kMessage);
}

void MainFrame::on_content_changed(const std::string& clause) {
  // The incremental count is already done (Document::changed): show it, then debounce
  // the checks and the guidance marks.
  // The status bar now; the tree, the guidance marks and the findings a moment later, so a
  // keystroke costs one clause's count and a status bar repaint.
  update_counts();
  update_title();
  if (tree_clause_ != clause) tree_->refresh_clause(tree_clause_);
  tree_clause_ = clause;
  if (!decor_timer_.IsRunning()) decor_timer_.StartOnce(250);
  check_timer_.StartOnce(700);
}

void MainFrame::show_side_page(int page) {
  if (page >= 0 && page < static_cast<int>(side_book_->GetPageCount())) side_book_->SetSelection(page);
}

ScoreSummaryDialog* MainFrame::show_score_summary() {
  if (!doc_) {
    SetStatusText(wx(ZP_("Open a report to see its scoring summary.")), kMessage);
    return nullptr;
  }
  if (!summary_) summary_ = new ScoreSummaryDialog(this);
  summary_->update(*doc_, last_findings_);
  summary_->Show();
  summary_->Raise();
  return summary_;
}

void MainFrame::show_error(const wxString& title, const wxString& message) {
  if (batch_) {
    // UTF-8 bytes, not wxFprintf: that prints wide characters, which glibc drops silently
    // once GTK has written a warning to stderr (the stream is then byte-oriented).
    std::fputs(("zhuoping-gui: " + utf8(message) + "\n").c_str(), stderr);
    return;
  }
  wxMessageBox(message, title, wxOK | wxICON_ERROR, this);
}

bool MainFrame::save_screenshot(const wxString& path) { return save_window_png(this, path); }

}  // namespace zp::gui
