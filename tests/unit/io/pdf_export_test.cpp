#include "io/pdf/pdf_export.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "golden/pdf/pdf_reports.h"
#include "standards/library.h"
#include "util/error.h"

namespace zp::io::pdf {
namespace {

namespace fs = std::filesystem;

const standards::Standard& standard(const std::string& id) { return standards::Library::instance().get(id); }

TEST(PdfExport, ARefusalNamesTheClausesFurthestOverTheirFairShare) {
  model::Report r = testing::pdf::filled_report("shenzhen-2019-economic", 20000, 0, 0, 0);
  // Clause 6.1 (points p of 500) gets far more than its share of 30,000 × p ÷ 500.
  for (int i = 0; i < 80; ++i) r.section("6.1")->blocks.push_back(testing::pdf::para(testing::pdf::prose(i, 5)));
  auto refusal = submission_refusal(r, standard(r.standard_id));
  ASSERT_TRUE(refusal);
  EXPECT_EQ(refusal->scope, "report");
  EXPECT_EQ(refusal->limit, 30000);
  const size_t at = refusal->message.find("\n  6.1 ");
  EXPECT_NE(at, std::string::npos) << refusal->message;
  EXPECT_EQ(refusal->message.find("\n  "), at) << "6.1 is the first to cut:\n" << refusal->message;
  EXPECT_NE(refusal->message.find("fair share"), std::string::npos);
}

TEST(PdfExport, AClauseLimitIsAlsoEnforced) {
  model::Report r = testing::pdf::filled_report("beijing-2020", 5000, 0, 0, 0);
  for (int i = 0; i < 16; ++i) r.ensure_section("0.1").blocks.push_back(testing::pdf::para(testing::pdf::prose(i, 4)));
  auto refusal = submission_refusal(r, standard(r.standard_id));
  ASSERT_TRUE(refusal);
  EXPECT_EQ(refusal->scope, "0");
  EXPECT_EQ(refusal->limit, 3000);
  EXPECT_GT(refusal->count, 3000);
}

TEST(PdfExport, UnderTheLimitsThereIsNoRefusal) {
  model::Report r = testing::pdf::short_report();
  EXPECT_FALSE(submission_refusal(r, standard(r.standard_id)));
}

TEST(PdfExport, CharactersBeyondTheBmpAreRefusedOrReplacedInADraft) {
  model::Report r = testing::pdf::short_report();
  r.section("1.1")->blocks.push_back(testing::pdf::para("罕见字𠀀与𪚥。"));
  const fs::path dir = testing::temp_dir("pdf-export");
  try {
    export_pdf(r, standard(r.standard_id), dir / "a.pdf");
    FAIL() << "exported characters it cannot draw";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::Invalid);
    EXPECT_NE(e.message().find("U+20000"), std::string::npos) << e.message();
    EXPECT_NE(e.message().find("U+2A6A5"), std::string::npos) << e.message();
    EXPECT_NE(e.message().find("1.1"), std::string::npos) << e.message();
  }
  EXPECT_FALSE(fs::exists(dir / "a.pdf"));
  ExportOptions draft;
  draft.draft = true;
  ExportResult res = export_pdf(r, standard(r.standard_id), dir / "a.pdf", draft);
  EXPECT_TRUE(fs::exists(dir / "a.pdf"));
  ASSERT_FALSE(res.warnings.empty());
  EXPECT_NE(res.warnings[0].find("U+20000"), std::string::npos);
  fs::remove_all(dir);
}

TEST(PdfExport, ProgressRunsToTheEndAndCanCancel) {
  model::Report r = testing::pdf::short_report();
  const fs::path dir = testing::temp_dir("pdf-export");
  ExportOptions o;
  double last = -1;
  bool monotonic = true;
  o.progress = [&](double f, const std::string&) {
    monotonic &= f >= last;
    last = f;
    return true;
  };
  export_pdf(r, standard(r.standard_id), dir / "a.pdf", o);
  EXPECT_TRUE(monotonic);
  EXPECT_EQ(last, 1.0);
  o.progress = [](double f, const std::string&) { return f < 0.5; };
  EXPECT_THROW(export_pdf(r, standard(r.standard_id), dir / "b.pdf", o), Error);
  EXPECT_FALSE(fs::exists(dir / "b.pdf"));
  fs::remove_all(dir);
}

TEST(PdfExport, AMissingFontIsAClearError) {
  model::Report r = testing::pdf::short_report();
  const fs::path dir = testing::temp_dir("pdf-export");
  ::setenv("ZHUOPING_FONT", (dir / "none.ttf").c_str(), 1);
  try {
    export_pdf(r, standard(r.standard_id), dir / "a.pdf");
    ADD_FAILURE() << "exported without a font";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::Io);
    EXPECT_NE(std::string(e.what()).find("ZHUOPING_FONT"), std::string::npos) << e.what();
  }
  ::unsetenv("ZHUOPING_FONT");
  fs::remove_all(dir);
}

TEST(PdfExport, AnUnwritableTargetIsAnIoError) {
  model::Report r = testing::pdf::short_report();
  try {
    export_pdf(r, standard(r.standard_id), "/nonexistent-dir/zp/a.pdf");
    ADD_FAILURE() << "wrote into a missing directory";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::Io);
  }
}

}  // namespace
}  // namespace zp::io::pdf
