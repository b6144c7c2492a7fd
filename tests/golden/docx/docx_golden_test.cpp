// Golden tests of the .docx import: each fixture in tests/fixtures/docx (made by LibreOffice
// from the HTML beside it) is imported, and a readable dump of the report, the warnings and
// the mapping report is compared with tests/golden/docx/<name>.txt.
// ZP_UPDATE_GOLDEN=1 rewrites the golden files (review the diff before committing).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "golden/docx/report_dump.h"
#include "io/docx/docx_import.h"
#include "io/readers.h"
#include "util/atomic_file.h"

namespace zp::io::docx {
namespace {

namespace fs = std::filesystem;

std::string dump_import(const fs::path& file, const std::string& standard) {
  ReadOptions o;
  o.standard_id = standard;
  ReadResult r = read_report(file, o);  // through the reader table, as the GUI opens it
  std::string out = zp::testing::dump_report(r.report);
  out += "warnings:\n";
  for (const auto& w : r.warnings) out += "  " + w.message + "\n";
  out += "notes:\n";
  for (const auto& n : r.notes) out += "  " + n + "\n";
  return out;
}

void check_golden(const std::string& fixture, const std::string& standard = {}) {
  fs::path in = fs::path(ZP_TEST_FIXTURES) / "docx" / (fixture + ".docx");
  fs::path golden = fs::path(ZP_TEST_GOLDEN) / "docx" / (fixture + (standard.empty() ? "" : "." + standard) + ".txt");
  std::string got = dump_import(in, standard);
  const char* update = std::getenv("ZP_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(golden, std::ios::binary) << got;
    GTEST_SKIP() << "rewrote " << golden;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden << " is missing; run with ZP_UPDATE_GOLDEN=1 to create it";
  EXPECT_EQ(got, read_file(golden)) << "the import of " << in << " changed; if that is intended, rerun with ZP_UPDATE_GOLDEN=1";
}

TEST(DocxGolden, StyledHeadingsShenzhen) { check_golden("styled-shenzhen"); }
TEST(DocxGolden, PlainNumberedHeadingsWuhan) { check_golden("plain-wuhan"); }
TEST(DocxGolden, GivenStandardOverridesDetection) { check_golden("plain-wuhan", "wuhan-2022-service"); }

}  // namespace
}  // namespace zp::io::docx
