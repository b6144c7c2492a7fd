// The build-time guarantees on the embedded data (cmake/builtin_data.cmake) and what the
// program relies on them for: skipping the RelaxNG validation of those exact bytes, listing
// built-in standards unparsed, detecting a draft's standard from the clause outlines.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "standards/library.h"
#include "util/embedded.h"
#include "util/error.h"
#include "util/xml.h"

namespace zp::standards {
namespace {

TEST(BuiltInData, EveryStandardAndDataFileWasValidatedAtBuild) {
  ASSERT_EQ(embedded::standard_files().size(), 6u);
  for (const auto& [name, bytes] : embedded::standard_files())
    EXPECT_TRUE(embedded::validated_at_build(name, "standard.rng")) << name;
  for (const char* f : {"checks.xml", "evidence-caps.xml", "indicator-directions.xml"}) {
    std::string file(f);
    std::string schema = file.substr(0, file.size() - 4) + ".rng";
    EXPECT_TRUE(embedded::validated_at_build(file, schema)) << file;
  }
  int templates = 0;
  for (const auto& [name, bytes] : embedded::data_files())
    if (name.size() > 9 && name.substr(name.size() - 9) == ".template") {
      ++templates;
      EXPECT_TRUE(embedded::validated_at_build(name, "template.rng")) << name;
    }
  EXPECT_GT(templates, 0);
}

TEST(BuiltInData, OnlyTheEmbeddedBytesThemselvesAreRecognised) {
  const auto& [name, bytes] = embedded::standard_files().front();
  ASSERT_EQ(embedded::name_of(bytes), name);
  std::string copy(bytes);  // same text, other address: a user's file, validated at load
  EXPECT_FALSE(embedded::name_of(copy).has_value());
  EXPECT_FALSE(embedded::name_of(bytes.substr(0, bytes.size() - 1)).has_value());
}

TEST(BuiltInData, ValidationIsSkippedOnlyForThePairTheBuildChecked) {
  auto directions = embedded::data_file("indicator-directions.xml");
  auto own = embedded::data_file("indicator-directions.rng");
  auto other = embedded::data_file("checks.rng");
  ASSERT_TRUE(directions && own && other);
  xml::DocPtr doc = xml::parse(*directions, "indicator-directions.xml");
  EXPECT_NO_THROW(xml::validate(doc.get(), *own, "indicator-directions.rng", "indicator-directions.xml"));
  // Against a schema it was never checked with, it is validated (and fails).
  EXPECT_THROW(xml::validate(doc.get(), *other, "checks.rng", "indicator-directions.xml"), Error);
  // The same bytes copied are validated again: a broken copy is refused with its line.
  std::string copy(*directions);
  size_t at = copy.find("direction=\"");
  ASSERT_NE(at, std::string::npos);
  copy.replace(at, 11, "directio=\"");
  xml::DocPtr broken = xml::parse(copy, "copy.xml");
  try {
    xml::validate(broken.get(), *own, "indicator-directions.rng", "copy.xml");
    FAIL() << "a broken copy of an embedded file passed";
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "copy.xml");
    EXPECT_GT(e.line(), 0);
  }
}

TEST(BuiltInData, BuiltInIdsAreKnownWithoutParsing) {
  Library lib = Library::load({}, nullptr);
  std::vector<std::string> ids = lib.ids();
  ASSERT_EQ(ids.size(), 6u);
  for (const std::string& id : ids) {
    const Standard* st = lib.find(id);
    ASSERT_NE(st, nullptr) << id;
    EXPECT_EQ(st->id, id);  // the build checked that the file name is the id
  }
  EXPECT_THROW(lib.get("no-such-standard"), Error);
}

TEST(BuiltInData, OutlinesHoldTheSameClauseTreesAsTheFullStandards) {
  const Library& lib = Library::instance();
  std::vector<const Standard*> full = lib.all();
  std::vector<const Standard*> outlines = lib.outlines();
  ASSERT_EQ(full.size(), outlines.size());
  for (size_t i = 0; i < full.size(); ++i) {
    const Standard& f = *full[i];
    const Standard& o = *outlines[i];
    EXPECT_EQ(o.id, f.id);
    EXPECT_EQ(o.name, f.name);
    ASSERT_EQ(o.clauses.size(), f.clauses.size()) << f.id;
    for (size_t k = 0; k < f.clauses.size(); ++k) {
      const Clause& a = o.clauses[k];
      const Clause& b = f.clauses[k];
      EXPECT_EQ(a.id, b.id) << f.id;
      EXPECT_EQ(a.title, b.title) << f.id << " " << b.id;
      EXPECT_EQ(a.kind, b.kind) << f.id << " " << b.id;
      EXPECT_EQ(a.aliases, b.aliases) << f.id << " " << b.id;
      EXPECT_EQ(a.parent, b.parent) << f.id << " " << b.id;
      EXPECT_EQ(a.children, b.children) << f.id << " " << b.id;
      EXPECT_EQ(a.depth, b.depth) << f.id << " " << b.id;
      EXPECT_EQ(a.points, b.points) << f.id << " " << b.id;
      EXPECT_EQ(a.writable, b.writable) << f.id << " " << b.id;
    }
  }
}

TEST(BuiltInData, AUserStandardIsValidatedAtLoadAndReplacesABuiltInOne) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("zp-builtin-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  // A user's copy of a built-in standard, with a schema error.
  const auto& [name, bytes] = embedded::standard_files().front();
  std::string id = fs::path(std::string(name)).stem().string();
  std::string text(bytes);
  size_t at = text.find("format=\"1\"");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 10, "fromat=\"1\"");
  std::ofstream(dir / "copy.xml") << text;
  Diagnostics w;
  Library lib = Library::load({dir}, &w);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_NE(w[0].file.find("copy.xml"), std::string::npos);
  EXPECT_GT(w[0].line, 0);
  EXPECT_EQ(lib.get(id).origin, "built-in:" + std::string(name));  // the broken copy is not used
  // Fixed, it replaces the built-in standard (with a warning saying so).
  std::ofstream(dir / "copy.xml") << std::string(bytes);
  Diagnostics w2;
  Library lib2 = Library::load({dir}, &w2);
  ASSERT_EQ(w2.size(), 1u);
  EXPECT_EQ(lib2.get(id).origin, (dir / "copy.xml").string());
  EXPECT_EQ(lib2.ids().size(), 6u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace zp::standards
