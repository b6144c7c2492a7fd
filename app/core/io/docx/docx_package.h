#pragma once
/// The parts of a .docx package that give the body its meaning: the main document,
/// styles (names, outline levels, East Asian font hints, bold/italic, list numbering through
/// the style), numbering definitions, relationships and media. Everything is read through
/// ZipReader (size and ratio caps, entry names only used as keys) and xml::parse (no
/// entities, no network).
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "util/xml.h"
#include "util/zip_archive.h"

namespace zp::io::docx {

/// Run properties that matter to Zhuoping; unset means "inherit".
struct RunProps {
  std::optional<bool> east_asian_hint;  ///< w:rFonts/@w:hint == "eastAsia"
  std::optional<bool> bold;
  std::optional<bool> italic;
  /// Apply the properties set in `over` on top of these.
  void merge(const RunProps& over);
};

/// Read the properties of a w:rPr element (nullptr gives nothing set).
RunProps read_run_props(const xmlNode* rpr);

/// One style of styles.xml.
struct Style {
  std::string id;
  std::string name;  ///< w:name, e.g. "heading 1", "标题 1", "Caption"
  std::string type;  ///< paragraph, character, table, numbering
  std::string based_on;
  std::string link;  ///< linked character/paragraph style
  std::optional<int> outline_level;  ///< w:outlineLvl (0 = level 1)
  RunProps run;
  std::optional<int> num_id;  ///< list numbering through the paragraph style
  std::optional<int> ilvl;
};

/// styles.xml, with inheritance resolved on request (basedOn chains, docDefaults).
class Styles {
 public:
  Styles() = default;
  explicit Styles(xmlDoc* doc);
  const Style* find(const std::string& id) const;
  /// The paragraph style used when a paragraph names none (w:default="1").
  const std::string& default_paragraph_style() const { return default_paragraph_; }
  /// Run properties of a style after its basedOn chain (not including docDefaults).
  RunProps run_props(const std::string& style_id) const;
  /// Run properties of the document defaults (w:docDefaults/w:rPrDefault).
  const RunProps& defaults() const { return defaults_; }
  /// Heading level 1…9 of a paragraph style (by outline level or by a name such as
  /// "heading 2" / "标题 2" / "Title"), 0 when it is not a heading style.
  int heading_level(const std::string& style_id) const;
  /// The resolved style name (lower case) or "".
  std::string name_of(const std::string& style_id) const;
  /// List numbering a paragraph style applies (numId, ilvl), through basedOn.
  std::optional<std::pair<int, int>> numbering(const std::string& style_id) const;

 private:
  std::map<std::string, Style> styles_;
  std::string default_paragraph_;
  RunProps defaults_;
};

/// One level of a list definition.
struct Level {
  int start = 1;
  std::string format = "decimal";  ///< w:numFmt
  std::string text;                ///< w:lvlText, "%1." "第%1章" "（%1）" or a bullet
  std::string suffix = "tab";      ///< tab, space, nothing
  bool legal = false;              ///< w:isLgl: all levels shown as decimal
  RunProps run;                    ///< the label's own run properties
  std::string paragraph_style;     ///< w:pStyle: paragraphs of this style get this level
  std::optional<int> restart_after;  ///< w:lvlRestart
};

/// numbering.xml with the counters Word keeps while it lays out a document.
class Numbering {
 public:
  Numbering() = default;
  explicit Numbering(xmlDoc* doc);
  /// The label of the next paragraph numbered (num_id, ilvl) and advance the counters;
  /// nullopt when the numbering is not defined or "none". `level` receives the definition.
  std::optional<std::string> next_label(int num_id, int ilvl, const Level** level);
  /// Whether the list is a bullet list (for the report's List::ordered).
  bool is_bullet(int num_id, int ilvl) const;
  const Level* level(int num_id, int ilvl) const;
  /// Lists defined through a numbering style (w:numStyleLink) take that style's levels.
  void resolve_style_links(const Styles& styles);

 private:
  struct Abstract {
    std::vector<Level> levels;  // 9 levels
    std::string style_link;     // w:numStyleLink
  };
  struct Instance {
    int abstract_id = -1;
    std::map<int, Level> overrides;       // full level overrides
    std::map<int, int> start_overrides;   // w:startOverride
    bool started = false;
  };
  std::map<int, Abstract> abstracts_;
  std::map<int, Instance> nums_;
  // Word keeps one set of counters per abstract list: w:num elements that point to the same
  // abstract definition continue each other unless a w:startOverride restarts them.
  std::map<int, std::vector<int>> counters_;  // by abstract id, 9 levels, -1 = not used yet
};

/// Format one number in a w:numFmt ("decimal", "chineseCounting", "upperRoman" …).
std::string format_number(int n, const std::string& format);

/// An opened .docx: the XML parts parsed, relationships of the main document known.
class Package {
 public:
  /// Opens and parses; throws zp::Error for a file that is not a usable .docx.
  explicit Package(const std::filesystem::path& path);
  /// From bytes in memory (tests, fuzzing); name is used in messages.
  Package(std::string bytes, const std::string& name);

  const std::string& name() const { return name_; }
  xmlDoc* document() const { return document_.get(); }
  xmlDoc* footnotes() const { return footnotes_.get(); }
  xmlDoc* endnotes() const { return endnotes_.get(); }
  const Styles& styles() const { return styles_; }
  Numbering& numbering() { return numbering_; }
  /// Target of a relationship of the main document, resolved to an entry name
  /// ("media/image1.png" → "word/media/image1.png"); "" when unknown or external.
  std::string relationship_target(const std::string& id) const;
  /// Bytes of a package entry, or nullopt (or a zp::Error over the limits).
  std::optional<std::string> read_entry(const std::string& entry);
  /// docProps/app.xml statistics Word stored (Words, Characters, CharactersWithSpaces).
  std::map<std::string, long> stored_statistics();

 private:
  void load();
  std::string name_;
  std::unique_ptr<ZipReader> zip_;
  std::string document_entry_ = "word/document.xml";
  xml::DocPtr document_;
  xml::DocPtr footnotes_;
  xml::DocPtr endnotes_;
  Styles styles_;
  Numbering numbering_;
  std::map<std::string, std::string> rels_;
};

}  // namespace zp::io::docx
