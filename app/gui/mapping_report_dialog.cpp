#include "gui/mapping_report_dialog.h"

#include <wx/button.h>
#include <wx/clipbrd.h>
#include <wx/display.h>
#include <wx/filename.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <cstdlib>
#include <memory>
#include <optional>
#include <set>

#include "gui/screenshot.h"
#include "gui/wx_string.h"
#include "standards/library.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::gui {

namespace {

using io::docx::DocxImport;
using standards::Clause;
using standards::ClauseKind;
using standards::Standard;

const wxColour kMuted(110, 110, 110);
const wxColour kMissing(176, 58, 46);
const wxColour kWarning(166, 86, 0);
const wxColour kInfo(31, 90, 160);

struct Badge {
  std::string text;
  wxColour fg, bg;
};

// How sure the choice of standard is, as a coloured label.
Badge certainty_badge(const io::docx::StandardChoice& ch) {
  if (!ch.detected) return {ZP_("Given by you"), wxColour(60, 60, 60), wxColour(232, 232, 232)};
  if (ch.certainty == "high") return {ZP_("Detected from the headings: sure"), wxColour(27, 94, 32), wxColour(220, 240, 222)};
  if (ch.certainty == "medium")
    return {ZP_("Detected from the headings: fairly sure"), wxColour(138, 80, 0), wxColour(255, 240, 214)};
  return {ZP_("Detected from the headings: unsure, check the standard"), wxColour(160, 30, 30), wxColour(253, 226, 226)};
}

std::string standard_label(const std::string& id) {
  if (id.empty()) return "-";
  if (const Standard* s = standards::Library::instance().find(id); s && !s->short_name.empty())
    return format("{0} ({1})", s->short_name, id);
  return id;
}

wxStaticText* label(wxWindow* parent, const std::string& text, const wxColour& colour = wxNullColour, bool bold = false,
                    double scale = 1.0) {
  auto* t = new wxStaticText(parent, wxID_ANY, wx(text));
  if (colour.IsOk()) t->SetForegroundColour(colour);
  if (bold || scale != 1.0) {
    wxFont f = t->GetFont();
    if (bold) f.MakeBold();
    if (scale != 1.0) f.Scale(scale);
    t->SetFont(f);
  }
  return t;
}

wxListCtrl* report_list(wxWindow* parent, const std::vector<std::pair<std::string, int>>& columns) {
  auto* list = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
  for (size_t i = 0; i < columns.size(); ++i)
    list->AppendColumn(wx(columns[i].first), columns[i].second < 0 ? wxLIST_FORMAT_RIGHT : wxLIST_FORMAT_LEFT,
                       parent->FromDIP(std::abs(columns[i].second)));
  return list;
}

long add_row(wxListCtrl* list, const std::vector<std::string>& cells, const wxColour& colour = wxNullColour) {
  long row = list->InsertItem(list->GetItemCount(), wx(cells.empty() ? std::string() : cells[0]));
  for (size_t c = 1; c < cells.size(); ++c) list->SetItem(row, static_cast<long>(c), wx(cells[c]));
  if (colour.IsOk()) list->SetItemTextColour(row, colour);
  return row;
}

std::string count_or_blank(int n) { return n > 0 ? std::to_string(n) : std::string(); }

std::string quoted_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "“" : "”, “") + s;
  return out.empty() ? out : out + "”";
}

}  // namespace

MappingReportDialog::MappingReportDialog(wxWindow* parent, const DocxImport& imp, const Standard& st, const wxString& file_name)
    : wxDialog(parent, wxID_ANY, wx(ZP_("Word draft mapping report")), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      st_(&st) {
  text_ = io::docx::mapping_report_text(imp);

  auto* top = new wxBoxSizer(wxVERTICAL);
  top->Add(label(this, format(ZP_("“{0}” was read into a report of {1}"), utf8(file_name), st.name), wxNullColour, true, 1.15), 0,
           wxLEFT | wxRIGHT | wxTOP, FromDIP(14));
  top->Add(label(this, ZP_("Check where each part of the draft went, then save it as a report (.zpr). Nothing is saved yet."),
                 kMuted),
           0, wxLEFT | wxRIGHT | wxTOP, FromDIP(14) / 2);
  top->Add(standard_box(this, imp, st), 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(12));

  auto* heading = new wxBoxSizer(wxHORIZONTAL);
  heading->Add(label(this, ZP_("Clauses: 字数 (as Word counts) and blocks each received"), wxNullColour, true), 0,
               wxALIGN_CENTER_VERTICAL);
  int to_write = 0, empty = 0;
  for (const Clause& cl : st.clauses)
    if (cl.writable && cl.kind != ClauseKind::Guidance) {
      ++to_write;
      if (!imp.clauses.count(cl.id)) ++empty;
    }
  heading->Add(label(this,
                     empty > 0 ? format(ZP_("{0} of the {1} clauses to write have nothing in the draft"), empty, to_write)
                               : format(ZP_("all {0} clauses to write have text"), to_write),
                     empty > 0 ? kMissing : kMuted),
               0, wxLEFT | wxALIGN_CENTER_VERTICAL, FromDIP(16));
  top->Add(heading, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(12));
  top->Add(clause_table(this, imp, st), 5, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(6));

  auto* book = new wxNotebook(this, wxID_ANY);
  int issues = 0, notes = 0;
  wxWindow* issue_page = issue_list(book, imp, &issues);
  wxWindow* indicator_page = indicator_list(book, imp);
  wxWindow* note_page = note_list(book, imp, &notes);
  book->AddPage(issue_page, wx(format(ZP_("To check ({0})"), issues)), true);
  book->AddPage(indicator_page, wx(format(ZP_("Indicator tables ({0})"), imp.indicator_tables.size())));
  book->AddPage(note_page, wx(format(ZP_("Import notes ({0})"), notes)));
  top->Add(book, 3, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(12));

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  auto* copy = new wxButton(this, wxID_COPY, wx(ZP_("Copy the report")));
  copy->SetToolTip(wx(ZP_("Copy this mapping report as text, as `zhuoping import` prints it")));
  buttons->Add(copy, 0, wxRIGHT, FromDIP(8));
  buttons->AddStretchSpacer();
  auto* save = new wxButton(this, kSaveAsReport, wx(ZP_("Save as report…")));
  buttons->Add(save, 0, wxRIGHT, FromDIP(8));
  buttons->Add(new wxButton(this, wxID_CLOSE, wx(ZP_("Close"))), 0);
  top->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(12));
  save->SetDefault();

  copy->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (wxTheClipboard->Open()) {
      wxTheClipboard->SetData(new wxTextDataObject(wx(text_)));
      wxTheClipboard->Close();
    }
  });
  save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (IsModal()) EndModal(kSaveAsReport);
    else Hide();  // shown on its own (--page mapping): File ▸ Save As in the window saves it
  });
  Bind(
      wxEVT_BUTTON,
      [this](wxCommandEvent&) {
        if (IsModal()) EndModal(wxID_CLOSE);
        else Hide();
      },
      wxID_CLOSE);
  SetEscapeId(wxID_CLOSE);

  SetSizer(top);
  // As large as is comfortable, but never larger than the screen's work area (a laptop's
  // 768 lines): the lists scroll.
  const int display = wxDisplay::GetFromWindow(parent ? parent : this);
  const wxRect area = wxDisplay(display == wxNOT_FOUND ? 0u : static_cast<unsigned>(display)).GetClientArea();
  const wxSize want = FromDIP(wxSize(1000, 860));
  SetMinSize(FromDIP(wxSize(640, 480)));
  SetSize(wxSize(std::min(want.x, area.width - 40), std::min(want.y, area.height - 40)));
  CentreOnParent();
}

wxWindow* MappingReportDialog::standard_box(wxWindow* parent, const DocxImport& imp, const Standard& st) {
  const io::docx::StandardChoice& ch = imp.standard;
  auto* box = new wxPanel(parent, wxID_ANY);
  box->SetBackgroundColour(wxColour(246, 247, 249));
  auto* s = new wxBoxSizer(wxVERTICAL);

  auto* line = new wxBoxSizer(wxHORIZONTAL);
  line->Add(label(box, format(ZP_("Standard: {0}"), st.name), wxNullColour, true), 0, wxALIGN_CENTER_VERTICAL);
  line->Add(label(box, format("  {0}", st.id), kMuted), 0, wxALIGN_CENTER_VERTICAL);
  const Badge b = certainty_badge(ch);
  auto* badge = new wxPanel(box, wxID_ANY);
  badge->SetBackgroundColour(b.bg);
  auto* bs = new wxBoxSizer(wxHORIZONTAL);
  bs->Add(label(badge, b.text, b.fg, true), 0, wxLEFT | wxRIGHT | wxTOP | wxBOTTOM, FromDIP(4));
  badge->SetSizer(bs);
  line->Add(badge, 0, wxLEFT | wxALIGN_CENTER_VERTICAL, FromDIP(12));
  s->Add(line, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(10));

  std::string how;
  if (ch.detected)
    how = format(ZP_("{0} of the draft's {1} headings map onto its clauses (score {2}); next best: {3} (score {4})."), ch.matched,
                 ch.headings, ch.score, standard_label(ch.runner_up), ch.runner_up_score);
  else
    how = format(ZP_("{0} of the draft's {1} headings map onto its clauses."), ch.matched, ch.headings);
  s->Add(label(box, how), 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(10));

  const io::docx::DocxCounts& c = imp.counts;
  std::string words = format(ZP_("Word's 字数 of the document: {0} (字符数 {1}, with spaces {2})."), group_digits(c.body.words),
                             group_digits(c.body.characters), group_digits(c.body.characters_with_spaces));
  const std::optional<long> limit = st.report_limit();
  if (limit) words += " " + format(ZP_("The standard allows {0} 字."), group_digits(*limit));
  s->Add(label(box, words, limit && c.body.words > *limit ? kMissing : wxNullColour, true), 0, wxLEFT | wxRIGHT | wxTOP,
         FromDIP(10));
  const bool apart = c.text_boxes.words + c.footnotes.words + c.endnotes.words > 0;
  s->Add(label(box,
               format(ZP_("Counted apart, as Word's 字数 leaves them out: text boxes {0} 字 (not imported), footnotes {1} 字, "
                          "endnotes {2} 字."),
                      group_digits(c.text_boxes.words), group_digits(c.footnotes.words), group_digits(c.endnotes.words)),
               apart ? kWarning : kMuted),
         0, wxALL, FromDIP(10));
  box->SetSizer(s);
  return box;
}

wxWindow* MappingReportDialog::clause_table(wxWindow* parent, const DocxImport& imp, const Standard& st) {
  wxListCtrl* list = report_list(parent, {{ZP_("Clause"), 64},
                                          {ZP_("Title"), 200},
                                          {ZP_("字数"), -72},
                                          {ZP_("Paragraphs"), -64},
                                          {ZP_("Lists"), -56},
                                          {ZP_("Tables"), -56},
                                          {ZP_("Indicator tables"), -72},
                                          {ZP_("Figures"), -56},
                                          {ZP_("Headings in the draft"), 340}});
  for (const Clause& cl : st.clauses) {
    if (cl.kind == ClauseKind::Guidance) continue;  // guidance only: its text goes to the category
    std::string title = std::string(static_cast<size_t>(cl.depth) * 3, ' ') + cl.title;
    auto it = imp.clauses.find(cl.id);
    if (it == imp.clauses.end()) {
      // A clause the applicant writes that received nothing is the first thing to look at.
      bool missing = cl.writable;
      add_row(list, {cl.id, title, "—", "", "", "", "", "", missing ? ZP_("nothing in the draft") : ""},
              missing ? kMissing : kMuted);
      continue;
    }
    const io::docx::ClauseSummary& s = it->second;
    std::string heads = s.headings.empty() ? ZP_("(text before the first heading)") : quoted_list(s.headings);
    bool twice = false;
    for (const auto& m : imp.matched_twice) twice = twice || m.clause_id == cl.id;
    add_row(list,
            {cl.id, title, group_digits(s.counts.words), count_or_blank(s.paragraphs), count_or_blank(s.lists),
             count_or_blank(s.tables), count_or_blank(s.indicator_tables), count_or_blank(s.figures), heads},
            twice ? kWarning : wxNullColour);
  }
  if (imp.unassigned.words > 0)
    add_row(list, {"", ZP_("(under no clause)"), group_digits(imp.unassigned.words), "", "", "", "", "",
                   ZP_("not kept: add a heading for it in the draft")},
            kMissing);
  // The totals, which add up to Word's 字数 of the document.
  long words = imp.unassigned.words;
  int paragraphs = 0, lists = 0, tables = 0, indicator_tables = 0, figures = 0;
  for (const auto& [id, s] : imp.clauses) {
    words += s.counts.words;
    paragraphs += s.paragraphs;
    lists += s.lists;
    tables += s.tables;
    indicator_tables += s.indicator_tables;
    figures += s.figures;
  }
  long total = add_row(list, {"", ZP_("Total"), group_digits(words), count_or_blank(paragraphs), count_or_blank(lists),
                              count_or_blank(tables), count_or_blank(indicator_tables), count_or_blank(figures),
                              format(ZP_("{0} clauses received text"), imp.clauses.size())});
  wxFont bold = list->GetFont();
  bold.MakeBold();
  list->SetItemFont(total, bold);
  return list;
}

wxWindow* MappingReportDialog::issue_list(wxWindow* parent, const DocxImport& imp, int* count) {
  wxListCtrl* list = report_list(parent, {{ZP_("What"), 190}, {ZP_("Details"), 720}});
  std::set<size_t> shown_warnings;
  for (const auto& u : imp.unmapped_headings) {
    add_row(list,
            {ZP_("Heading maps to no clause"),
             format(ZP_("“{0}”: kept as a bold paragraph under {1}; renumber or retitle it as the standard does"), u.text,
                    u.kept_under.empty() ? ZP_("(no clause)") : u.kept_under)},
            kWarning);
    shown_warnings.insert(u.warning);
  }
  for (const auto& m : imp.matched_twice) {
    const Clause* c = st_ ? st_->clause(m.clause_id) : nullptr;
    add_row(list,
            {ZP_("Clause matched twice"),
             format(ZP_("{0} {1} ← {2}: their text is kept together under it; merge or renumber the headings"), m.clause_id,
                    c ? c->title : "", quoted_list(m.headings))},
            kWarning);
    shown_warnings.insert(m.warning);
  }
  for (const auto& p : imp.moved_pictures) {
    const std::string where = p.clause_id.empty() ? ZP_("(no clause)") : p.clause_id;
    add_row(list,
            {p.table_dropped ? ZP_("Table of pictures became figures") : ZP_("Pictures moved out of a table"),
             p.table_dropped ? format(ZP_("table {0} in {1}: now {2} figure(s) in its place; check their captions"), p.table,
                                      where, p.pictures)
                             : format(ZP_("table {0} in {1}: {2} picture(s) now follow it as figures; check their captions"),
                                      p.table, where, p.pictures)},
            kInfo);
  }
  for (size_t i = 0; i < imp.result.warnings.size(); ++i) {
    if (shown_warnings.count(i)) continue;
    const Diagnostic& d = imp.result.warnings[i];
    add_row(list, {ZP_("Warning"), d.line ? format("{0} ({1})", d.message, d.line) : d.message}, kWarning);
  }
  *count = list->GetItemCount();
  if (*count == 0) add_row(list, {ZP_("Nothing to check"), ZP_("Every heading maps onto one clause, and nothing was skipped.")}, kMuted);
  return list;
}

wxWindow* MappingReportDialog::indicator_list(wxWindow* parent, const DocxImport& imp) {
  wxListCtrl* list = report_list(parent, {{ZP_("Clause"), 70},
                                          {ZP_("Caption"), 300},
                                          {ZP_("Number of indicators"), -80},
                                          {ZP_("Years"), 110},
                                          {ZP_("Higher is better"), -110},
                                          {ZP_("Lower is better"), -110},
                                          {ZP_("Direction unknown"), -110}});
  for (const auto& t : imp.indicator_tables) {
    std::string years = t.years.empty() ? "-" : format("{0}–{1}", t.years.front(), t.years.back());
    add_row(list,
            {t.clause_id.empty() ? "-" : t.clause_id, t.caption.empty() ? ZP_("(no caption)") : t.caption,
             std::to_string(t.indicators), years, std::to_string(t.higher), std::to_string(t.lower), std::to_string(t.unknown)},
            t.unknown > 0 ? kWarning : wxNullColour);
  }
  if (imp.indicator_tables.empty())
    add_row(list, {"", ZP_("No table with year columns (2021, 2021年 …) was found."), "", "", "", "", ""}, kMuted);
  return list;
}

wxWindow* MappingReportDialog::note_list(wxWindow* parent, const DocxImport& imp, int* count) {
  std::set<size_t> moved;
  for (const auto& p : imp.moved_pictures) moved.insert(p.note);
  std::string text;
  *count = 0;
  for (size_t i = imp.mapping_lines; i < imp.result.notes.size(); ++i) {
    if (moved.count(i)) continue;  // shown under "To check"
    text += "• " + imp.result.notes[i] + "\n";
    ++*count;
  }
  if (text.empty()) text = ZP_("The importer has nothing more to say about this draft.");
  return new wxTextCtrl(parent, wxID_ANY, wx(text), wxDefaultPosition, wxDefaultSize, wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
}

MappingReportDialog* MappingReportDialog::for_file(wxWindow* parent, const wxString& path) {
  DocxImport imp = io::docx::import_docx_detailed(utf8(path), io::ReadOptions{});
  const Standard& st = standards::Library::instance().get(imp.standard.id);
  return new MappingReportDialog(parent, imp, st, wxFileName(path).GetFullName());
}

bool MappingReportDialog::save_screenshot(const wxString& path) { return save_window_png(this, path); }

void show_read_notes(wxWindow* parent, const io::ReadResult& rr, const wxString& path) {
  wxDialog dlg(parent, wxID_ANY, wx(ZP_("Import report")), wxDefaultPosition, parent->FromDIP(wxSize(720, 520)),
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
  std::string text;
  for (const std::string& n : rr.notes) text += n + "\n";
  if (!rr.warnings.empty()) {
    text += "\n" + std::string(ZP_("Warnings:")) + "\n";
    for (const Diagnostic& d : rr.warnings) text += "  • " + d.message + (d.line ? format(" ({0})", d.line) : "") + "\n";
  }
  auto* s = new wxBoxSizer(wxVERTICAL);
  auto* head = new wxStaticText(&dlg, wxID_ANY, wxFileName(path).GetFullName());
  s->Add(head, 0, wxALL, dlg.FromDIP(12));
  s->Add(new wxTextCtrl(&dlg, wxID_ANY, wx(text), wxDefaultPosition, wxDefaultSize, wxTE_MULTILINE | wxTE_READONLY), 1,
         wxEXPAND | wxLEFT | wxRIGHT, dlg.FromDIP(12));
  s->Add(dlg.CreateSeparatedButtonSizer(wxOK), 0, wxEXPAND | wxALL, dlg.FromDIP(12));
  dlg.SetSizer(s);
  dlg.ShowModal();
}

bool is_docx(const wxString& path) { return wxFileName(path).GetExt().Lower() == "docx"; }

}  // namespace zp::gui
