#include "gui/scoring_panel.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/choicdlg.h>
#include <wx/combobox.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

#include <algorithm>
#include <cstdlib>

#include "gui/document.h"
#include "gui/wx_string.h"
#include "scoring/reviews.h"
#include "scoring/scale.h"
#include "util/error.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::gui {

namespace {
const wxColour kInk(36, 41, 47), kGrey(106, 115, 125), kBlue(47, 94, 160), kRed(190, 40, 40), kAmber(176, 110, 0);

const model::ReviewerRole kRoles[] = {model::ReviewerRole::InternalReviewer, model::ReviewerRole::Consultant,
                                      model::ReviewerRole::Lead, model::ReviewerRole::Writer};

std::string role_name(model::ReviewerRole r) {
  switch (r) {
    case model::ReviewerRole::Writer: return ZP_("writer");
    case model::ReviewerRole::InternalReviewer: return ZP_("internal reviewer");
    case model::ReviewerRole::Consultant: return ZP_("consultant");
    case model::ReviewerRole::Lead: return ZP_("lead");
  }
  return {};
}

/// The scoring unit that is the clause or holds it, or nullptr.
const standards::Clause* unit_holding(const standards::Standard& st, const std::string& id) {
  for (const standards::Clause* c = st.clause(id); c; c = c->parent.empty() ? nullptr : st.clause(c->parent))
    if (scoring::is_scoring_unit(st, c->id)) return c;
  return nullptr;
}

/// "55", "55%", " 52.5 % " → the number; nullopt for anything else.
std::optional<double> parse_percent(const wxString& text) {
  std::string s = utf8(text);
  while (!s.empty() && (s.back() == ' ' || s.back() == '%')) s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (*end) return std::nullopt;
  return v;
}

std::string remark_label(const model::Remark& r) {
  if (r.block < 0) return r.text;
  return r.text + "  ⟨" + format(ZP_("{0}, block {1}"), r.clause, r.block + 1) + "⟩";
}
}  // namespace

ScoringPanel::ScoringPanel(wxWindow* parent) : wxScrolledWindow(parent, wxID_ANY) {
  SetScrollRate(0, FromDIP(12));
  const int gap = FromDIP(4);
  auto* s = new wxBoxSizer(wxVERTICAL);
  title_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  title_->SetFont(GetFont().Bold().Larger());
  scale_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  scale_->SetForegroundColour(kGrey);
  s->Add(title_, 0, wxEXPAND | wxALL, gap);
  s->Add(scale_, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);

  auto* grid = new wxFlexGridSizer(2, gap, gap);
  grid->AddGrowableCol(1);
  reviewers_ = new wxChoice(this, wxID_ANY);
  add_reviewer_ = new wxButton(this, wxID_ANY, wx(ZP_("Add…")), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
  auto* rrow = new wxBoxSizer(wxHORIZONTAL);
  rrow->Add(reviewers_, 1, wxALIGN_CENTER_VERTICAL);
  rrow->Add(add_reviewer_, 0, wxLEFT | wxALIGN_CENTER_VERTICAL, gap);
  grid->Add(new wxStaticText(this, wxID_ANY, wx(ZP_("Reviewer"))), 0, wxALIGN_CENTER_VERTICAL);
  grid->Add(rrow, 1, wxEXPAND);

  // A labelled row: a percentage chooser, "%", and two buttons acting on it.
  auto percent_row = [&](const char* label, wxComboBox*& box, wxButton*& first, const char* first_label,
                         wxButton*& second, const char* second_label) {
    box = new wxComboBox(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(90, -1)), 0, nullptr,
                         wxTE_PROCESS_ENTER);
    first = new wxButton(this, wxID_ANY, wx(first_label), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    second = new wxButton(this, wxID_ANY, wx(second_label), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(box, 0, wxALIGN_CENTER_VERTICAL);
    row->Add(new wxStaticText(this, wxID_ANY, "%"), 0, wxLEFT | wxALIGN_CENTER_VERTICAL, 2);
    row->Add(first, 0, wxLEFT | wxALIGN_CENTER_VERTICAL, gap);
    row->Add(second, 0, wxLEFT | wxALIGN_CENTER_VERTICAL, gap);
    grid->Add(new wxStaticText(this, wxID_ANY, wx(label)), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(row, 1, wxEXPAND);
  };
  percent_row(ZP_("Percentage"), percent_, set_, ZP_("Set score"), remove_, ZP_("Remove"));
  percent_row(ZP_("Lead's value"), agreed_, agree_, ZP_("Agree"), withdraw_, ZP_("Withdraw"));
  s->Add(grid, 0, wxEXPAND | wxALL, gap);

  band_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  cap_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  cap_->SetForegroundColour(kAmber);
  consensus_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  consensus_->SetForegroundColour(kBlue);
  s->Add(band_, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);
  s->Add(consensus_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
  s->Add(cap_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);

  notes_box_ = new wxPanel(this);
  notes_box_->SetSizer(new wxFlexGridSizer(2, gap, gap));
  s->Add(notes_box_, 0, wxEXPAND | wxALL, gap);

  auto remark_box = [&](const std::string& caption, bool strength) {
    auto* head = new wxBoxSizer(wxHORIZONTAL);
    // Shortened with "…" where the pane is narrow.
    auto* label = new wxStaticText(this, wxID_ANY, wx(caption), wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
    label->SetFont(GetFont().Bold());
    label->SetToolTip(wx(caption));
    label->SetMinSize(wxSize(FromDIP(40), -1));
    head->Add(label, 1, wxALIGN_CENTER_VERTICAL);
    auto* add = new wxButton(this, wxID_ANY, wx(ZP_("Add…")), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    auto* edit = new wxButton(this, wxID_ANY, wx(ZP_("Edit…")), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    auto* del = new wxButton(this, wxID_ANY, wx(ZP_("Remove")), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    head->Add(add, 0, wxLEFT, gap);
    head->Add(edit, 0, wxLEFT, gap);
    head->Add(del, 0, wxLEFT, gap);
    auto* list = new wxListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 70)));
    s->Add(head, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    s->Add(list, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);
    add->Bind(wxEVT_BUTTON, [this, strength](wxCommandEvent&) {
      wxString t = wxGetTextFromUser(wx(strength ? ZP_("The strength:") : ZP_("The opportunity for improvement:")),
                                     wx(strength ? ZP_("Add a strength") : ZP_("Add an OFI")), wxEmptyString, this);
      t.Trim().Trim(false);
      if (!t.empty() && !add_remark(strength, utf8(t), tie_->GetValue()))
        wxMessageBox(error_, wx(ZP_("Scoring")), wxOK | wxICON_WARNING, this);
    });
    edit->Bind(wxEVT_BUTTON, [this, strength](wxCommandEvent&) { edit_remark(strength, false); });
    del->Bind(wxEVT_BUTTON, [this, strength](wxCommandEvent&) { edit_remark(strength, true); });
    list->Bind(wxEVT_LISTBOX_DCLICK, [this, strength](wxCommandEvent&) { edit_remark(strength, false); });
    return list;
  };
  strengths_ = remark_box(ZP_("Strengths"), true);
  ofis_ = remark_box(ZP_("OFIs (opportunities for improvement)"), false);
  tie_ = new wxCheckBox(this, wxID_ANY, wx(ZP_("Tie new remarks to the selected text")));
  s->Add(tie_, 0, wxEXPAND | wxALL, gap);

  auto* bands_label = new wxStaticText(this, wxID_ANY, wx(ZP_("Band descriptors")));
  bands_label->SetFont(GetFont().Bold());
  s->Add(bands_label, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
  bands_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(-1, 320)),
                          wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2 | wxTE_WORDWRAP);
  s->Add(bands_, 0, wxEXPAND | wxALL, gap);
  SetSizer(s);
  // Only vertical scrolling: the labels wrap to the pane's width and the controls shrink.
  reviewers_->SetMinSize(FromDIP(wxSize(60, -1)));
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    CallAfter([this] { rewrap(); });
  });

  reviewers_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    save_notes();
    std::vector<model::Reviewer> rs = doc_ ? doc_->report().reviews.reviewers : std::vector<model::Reviewer>{};
    rs.insert(rs.end(), pending_.begin(), pending_.end());
    const int i = reviewers_->GetSelection();
    if (i >= 0 && i < static_cast<int>(rs.size())) reviewer_ = rs[i].name;
    refresh_score();
  });
  add_reviewer_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { do_add_reviewer(); });
  auto apply_percent = [this](wxCommandEvent&) {
    if (!set_percent_text(percent_->GetValue())) wxMessageBox(error_, wx(ZP_("Scoring")), wxOK | wxICON_WARNING, this);
  };
  set_->Bind(wxEVT_BUTTON, apply_percent);
  percent_->Bind(wxEVT_TEXT_ENTER, apply_percent);
  percent_->Bind(wxEVT_COMBOBOX, apply_percent);
  remove_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (doc_ && scoring::remove_score(doc_->report(), reviewer_, unit_)) {
      if (on_changed) on_changed(unit_);
      refresh_score();
    }
  });
  auto apply_agreed = [this](wxCommandEvent&) {
    std::optional<double> p = parse_percent(agreed_->GetValue());
    if (!p) refuse(wx(format(ZP_("\"{0}\" is not a percentage: choose one of the listed values."), utf8(agreed_->GetValue()))));
    if (!p || !agree(p)) wxMessageBox(error_, wx(ZP_("Scoring")), wxOK | wxICON_WARNING, this);
  };
  agree_->Bind(wxEVT_BUTTON, apply_agreed);
  agreed_->Bind(wxEVT_TEXT_ENTER, apply_agreed);
  withdraw_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { agree(std::nullopt); });
  refresh();
}

void ScoringPanel::set_document(Document* doc) {
  doc_ = doc;
  clause_.clear();
  unit_.clear();
  reviewer_.clear();
  pending_.clear();
  findings_.clear();
  refresh();
}

void ScoringPanel::show_clause(const std::string& clause_id) {
  save_notes();
  clause_ = clause_id;
  const standards::Clause* u = doc_ ? unit_holding(doc_->standard(), clause_id) : nullptr;
  unit_ = u ? u->id : std::string();
  refresh();
}

void ScoringPanel::set_findings(const std::vector<checks::Finding>& findings) {
  findings_ = findings;
  if (!unit_.empty()) refresh_score();
}

void ScoringPanel::refuse(const wxString& message) { error_ = message; }

model::UnitScore* ScoringPanel::current_score() {
  if (!doc_ || unit_.empty() || reviewer_.empty()) return nullptr;
  for (model::UnitScore& s : doc_->report().reviews.scores)
    if (s.clause == unit_ && s.reviewer == reviewer_) return &s;
  return nullptr;
}

bool ScoringPanel::use_reviewer(const std::string& name, model::ReviewerRole role) {
  if (!doc_) return false;
  if (name.empty()) {
    refuse(wx(ZP_("A reviewer needs a name: type one.")));
    return false;
  }
  save_notes();
  bool known = false;
  for (const model::Reviewer& r : doc_->report().reviews.reviewers) known = known || r.name == name;
  for (const model::Reviewer& r : pending_) known = known || r.name == name;
  if (!known) pending_.push_back(model::Reviewer{name, role});
  reviewer_ = name;
  refresh_reviewers();
  refresh_score();
  return true;
}

void ScoringPanel::do_add_reviewer() {
  if (!doc_) return;
  wxString name = wxGetTextFromUser(wx(ZP_("The reviewer's name:")), wx(ZP_("Add a reviewer")), wxEmptyString, this);
  name.Trim().Trim(false);
  if (name.empty()) return;
  wxArrayString roles;
  for (model::ReviewerRole r : kRoles) roles.Add(wx(role_name(r)));
  const int i = wxGetSingleChoiceIndex(wx(ZP_("The reviewer's role:")), wx(ZP_("Add a reviewer")), roles, 0, this);
  if (i < 0) return;
  if (!use_reviewer(utf8(name), kRoles[i])) wxMessageBox(error_, wx(ZP_("Scoring")), wxOK | wxICON_WARNING, this);
}

bool ScoringPanel::set_percent_text(const wxString& text) {
  std::optional<double> p = parse_percent(text);
  if (!p) {
    refuse(wx(format(ZP_("\"{0}\" is not a percentage: choose one of the listed values."), utf8(text))));
    return false;
  }
  return set_percent(*p);
}

bool ScoringPanel::set_percent(double percent) {
  if (!doc_ || unit_.empty()) {
    refuse(wx(ZP_("Select a clause inside a scoring unit first.")));
    return false;
  }
  if (reviewer_.empty()) {
    refuse(wx(ZP_("Add a reviewer first (Add… next to Reviewer).")));
    return false;
  }
  scoring::ScoreEntry e;
  e.reviewer = reviewer_;
  e.clause = unit_;
  e.percent = percent;
  for (const model::Reviewer& r : pending_)
    if (r.name == reviewer_) e.role = r.role;
  for (const auto& [factor, ctrl] : notes_) e.factor_notes[factor] = utf8(ctrl->GetValue());
  try {
    scoring::set_score(doc_->report(), doc_->standard(), e, doc_->path().filename().string());
  } catch (const Error& err) {
    refuse(wx(err.message()));
    refresh_score();
    return false;
  }
  std::erase_if(pending_, [this](const model::Reviewer& r) { return r.name == reviewer_; });
  refresh_reviewers();
  if (on_changed) on_changed(unit_);
  refresh_score();
  return true;
}

void ScoringPanel::save_notes() {
  if (loading_ || notes_.empty()) return;
  model::UnitScore* s = current_score();
  if (!s) return;
  bool differ = false;
  for (const auto& [factor, ctrl] : notes_) {
    auto it = s->factor_notes.find(factor);
    differ = differ || utf8(ctrl->GetValue()) != (it == s->factor_notes.end() ? std::string() : it->second);
  }
  if (differ) set_percent(s->percent);
}

bool ScoringPanel::agree(std::optional<double> percent) {
  if (!doc_ || unit_.empty()) {
    refuse(wx(ZP_("Select a clause inside a scoring unit first.")));
    return false;
  }
  if (!percent) {
    if (scoring::withdraw_agreement(doc_->report(), unit_) && on_changed) on_changed(unit_);
    refresh_score();
    return true;
  }
  try {
    scoring::agree(doc_->report(), doc_->standard(), unit_, *percent, doc_->path().filename().string());
  } catch (const Error& err) {
    refuse(wx(err.message()));
    return false;
  }
  if (on_changed) on_changed(unit_);
  refresh_score();
  return true;
}

bool ScoringPanel::add_remark(bool strength, const std::string& text, bool tie_to_selection) {
  model::UnitScore* s = current_score();
  if (!s) {
    refuse(wx(ZP_("Set this reviewer's percentage first: strengths and OFIs belong to a score.")));
    return false;
  }
  model::Remark r;
  r.text = text;
  if (tie_to_selection) {
    std::optional<checks::TextRange> range = selection ? selection() : std::nullopt;
    if (!range) {
      refuse(wx(ZP_("Select the text in the editor first, or clear \"Tie new remarks to the selected text\".")));
      return false;
    }
    r.clause = selection_clause ? selection_clause() : clause_;
    r.block = range->block;
    r.begin = range->begin;
    r.end = range->end;
  }
  // Validated like any score change (the unit and the percentage are still on the scale),
  // then the remark goes into the stored score: the core's entry appends plain texts only.
  scoring::ScoreEntry e;
  e.reviewer = reviewer_;
  e.clause = unit_;
  e.percent = s->percent;
  try {
    model::UnitScore& stored = scoring::set_score(doc_->report(), doc_->standard(), e, doc_->path().filename().string());
    (strength ? stored.strengths : stored.opportunities).push_back(r);
  } catch (const Error& err) {
    refuse(wx(err.message()));
    return false;
  }
  if (on_changed) on_changed(unit_);
  refresh_score();
  return true;
}

void ScoringPanel::edit_remark(bool strength, bool remove) {
  model::UnitScore* s = current_score();
  wxListBox* list = strength ? strengths_ : ofis_;
  const int i = list->GetSelection();
  if (!s || i < 0) return;
  std::vector<model::Remark>& v = strength ? s->strengths : s->opportunities;
  if (i >= static_cast<int>(v.size())) return;
  if (remove) {
    v.erase(v.begin() + i);
  } else {
    wxString t = wxGetTextFromUser(wx(strength ? ZP_("The strength:") : ZP_("The opportunity for improvement:")),
                                   wx(strength ? ZP_("Edit the strength") : ZP_("Edit the OFI")), wx(v[i].text), this);
    t.Trim().Trim(false);
    if (t.empty() || utf8(t) == v[i].text) return;
    v[i].text = utf8(t);
  }
  if (on_changed) on_changed(unit_);
  refresh_score();
}

void ScoringPanel::refresh() {
  loading_ = true;
  // The controls that change the reviews are usable only with a unit shown.
  const bool on = doc_ && !unit_.empty();
  for (wxWindow* w : std::initializer_list<wxWindow*>{reviewers_, add_reviewer_, percent_, set_, remove_, agreed_, agree_, withdraw_,
                                                      strengths_, ofis_, tie_})
    w->Enable(on);
  // No Freeze() here: a multi-line wxTextCtrl created inside a frozen window on GTK is left
  // with a detached buffer and crashes later (gtk_text_layout_cursors_changed).
  notes_box_->DestroyChildren();
  notes_.clear();
  factors_.clear();
  percent_->Clear();
  agreed_->Clear();
  if (!doc_) {
    set_label(title_, wx(ZP_("No report open")));
    set_label(scale_, wxEmptyString);
  } else if (unit_.empty()) {
    set_label(title_, wx(ZP_("Not a scoring unit")));
    set_label(scale_, wx(ZP_("Select an item or a clause inside one to score it.")));
  } else {
    const standards::Standard& st = doc_->standard();
    const standards::Clause& u = *st.clause(unit_);
    set_label(title_, wx(u.id + " " + u.title));
    const scoring::Scale sc = scoring::scale_for(st, u);
    std::string points = u.points ? format(ZP_("{0} points"), scoring::percent_text(*u.points)) : std::string();
    set_label(scale_, wx(points + (points.empty() ? "" : " · ") + format(ZP_("allowed: {0}"), sc.describe())));
    for (double v : sc.allowed_values()) {
      percent_->Append(wx(scoring::percent_text(v)));
      agreed_->Append(wx(scoring::percent_text(v)));
    }
    factors_ = scoring::unit_factors(st, u);
    auto* g = static_cast<wxFlexGridSizer*>(notes_box_->GetSizer());
    g->SetCols(2);
    if (!g->IsColGrowable(1)) g->AddGrowableCol(1);
    for (const std::string& f : factors_) {
      auto* label = new wxStaticText(notes_box_, wxID_ANY, wx(f));
      label->SetFont(GetFont().Bold());
      label->SetForegroundColour(kBlue);
      auto* t = new wxTextCtrl(notes_box_, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(-1, 44)),
                               wxTE_MULTILINE | wxTE_WORDWRAP);
      t->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
        e.Skip();
        CallAfter([this] { save_notes(); });
      });
      g->Add(label, 0, wxALIGN_TOP | wxTOP, FromDIP(4));
      g->Add(t, 1, wxEXPAND);
      notes_[f] = t;
    }
  }
  loading_ = false;
  refresh_reviewers();
  refresh_score();
  Layout();
}

void ScoringPanel::refresh_reviewers() {
  reviewers_->Clear();
  if (!doc_) return;
  std::vector<model::Reviewer> rs = doc_->report().reviews.reviewers;
  rs.insert(rs.end(), pending_.begin(), pending_.end());
  if (reviewer_.empty() && !rs.empty()) reviewer_ = rs.front().name;
  for (size_t i = 0; i < rs.size(); ++i) {
    reviewers_->Append(wx(rs[i].name + " (" + role_name(rs[i].role) + ")"));
    if (rs[i].name == reviewer_) reviewers_->SetSelection(static_cast<int>(i));
  }
}

void ScoringPanel::refresh_score() {
  loading_ = true;
  strengths_->Clear();
  ofis_->Clear();
  set_label(band_, wxEmptyString);
  set_label(cap_, wxEmptyString);
  set_label(consensus_, wxEmptyString);
  std::optional<double> mine;
  if (doc_ && !unit_.empty()) {
    const model::UnitScore* s = current_score();
    if (s) mine = s->percent;
    percent_->SetValue(s ? wx(scoring::percent_text(s->percent)) : wxString());
    for (const auto& [factor, ctrl] : notes_) {
      auto it = s ? s->factor_notes.find(factor) : decltype(s->factor_notes.end()){};
      ctrl->ChangeValue(s && it != s->factor_notes.end() ? wx(it->second) : wxString());
    }
    if (s) {
      for (const model::Remark& r : s->strengths) strengths_->Append(wx(remark_label(r)));
      for (const model::Remark& r : s->opportunities) ofis_->Append(wx(remark_label(r)));
    }
    remove_->Enable(s != nullptr);
    const standards::Standard& st = doc_->standard();
    scoring::ScoreSummary sum = scoring::summarize(doc_->report(), st);
    scoring::apply_caps(sum, scoring::evidence_caps(st, findings_));
    if (const scoring::UnitRow* row = sum.unit(unit_)) {
      if (mine) {
        std::string b;
        for (const standards::Band* band : row->scale.bands_for(*mine))
          if (band) b += (b.empty() ? "" : " · ") + (band->label.empty() ? band->name : band->label);
        set_label(band_, wx(format(ZP_("Band: {0}"), b.empty() ? std::string("—") : b)));
      }
      const scoring::Consensus& c = row->consensus;
      std::string line;
      if (c.percent) {
        line = format(c.agreed ? ZP_("Agreed {0}% → {1} of {2} points") : ZP_("Consensus (median) {0}% → {1} of {2} points"),
                      scoring::percent_text(*c.percent), scoring::percent_text(scoring::tidy(row->score)),
                      scoring::percent_text(row->points));
        if (c.spread) line += "\n" + format(ZP_("Spread {0} points: discuss before agreeing."), scoring::percent_text(c.range));
      } else {
        line = ZP_("Nobody has scored this unit yet.");
      }
      set_label(consensus_, wx(line));
      consensus_->SetForegroundColour(c.spread ? kRed : kBlue);
      agreed_->SetValue(c.agreed && c.percent ? wx(scoring::percent_text(*c.percent)) : wxString());
      withdraw_->Enable(c.agreed);
      std::string caps;
      for (const scoring::CapAdvice& a : row->caps) caps += (caps.empty() ? "" : "\n") + a.advice();
      if (row->above_cap) caps = ZP_("Above the evidence cap:") + std::string("\n") + caps;
      set_label(cap_, wx(caps));
      cap_->SetForegroundColour(row->above_cap ? kRed : kAmber);
    }
  }
  render_bands(mine);
  loading_ = false;
  rewrap();
}

void ScoringPanel::rewrap() {
  const int w = GetClientSize().x - FromDIP(12);
  if (w > 50) {
    for (wxStaticText* t : {title_, scale_, band_, consensus_, cap_}) {
      t->SetLabel(raw_[t]);
      t->Wrap(w);
    }
  }
  // Never wider than the pane: no horizontal scrolling.
  SetVirtualSize(GetClientSize().x, GetSizer()->GetMinSize().y);
  Layout();
}

void ScoringPanel::render_bands(std::optional<double> percent) {
  bands_->Freeze();
  bands_->Clear();
  if (doc_ && !unit_.empty()) {
    const wxFont base = GetFont();
    const wxColour paper = bands_->GetBackgroundColour();
    auto put = [&](const std::string& s, const wxColour& colour, bool bold = false, const wxColour& bg = wxNullColour) {
      wxFont f = base;
      if (bold) f.SetWeight(wxFONTWEIGHT_BOLD);
      bands_->SetDefaultStyle(wxTextAttr(colour, bg.IsOk() ? bg : paper, f));
      bands_->AppendText(wx(s));
    };
    const scoring::Scale sc = scoring::scale_for(doc_->standard(), *doc_->standard().clause(unit_));
    for (const standards::Guide* g : sc.guides) {
      put((g->name.empty() ? std::string(ZP_("Scoring guide")) : g->name) + "\n", kBlue, true);
      for (auto it = g->bands.rbegin(); it != g->bands.rend(); ++it) {
        const standards::Band& b = *it;
        const bool here = percent && b.contains(*percent);
        const wxColour bg = here ? wxColour(255, 236, 170) : paper;
        put((here ? "▶ " : "") + (b.label.empty() ? scoring::percent_text(b.min) + "–" + scoring::percent_text(b.max) + "%" : b.label),
            kInk, true, bg);
        if (!b.name.empty()) put("  " + b.name, kGrey, false, bg);
        put("\n", kInk);
        for (const standards::BandDescriptor& d : b.descriptors) {
          if (!d.factor.empty()) put("  " + d.factor + "  ", kBlue, true);
          put(d.text + "\n", kInk);
        }
      }
      put("\n", kInk);
    }
  }
  bands_->SetInsertionPoint(0);
  bands_->ShowPosition(0);
  bands_->Thaw();
}

void ScoringPanel::set_label(wxStaticText* t, const wxString& text) {
  raw_[t] = text;
  t->SetLabel(text);
}

wxString ScoringPanel::summary_text() const {
  wxString all;
  for (wxStaticText* t : {title_, scale_, band_, consensus_, cap_}) {
    auto it = raw_.find(t);
    all += (it == raw_.end() ? wxString() : it->second) + "\n";
  }
  return all;
}

}  // namespace zp::gui
