// Hostile PDF files in a batch: object graphs with loops (page tree, parents,
// outline) and a page count that lies. None may crash or hang the run; each
// is either refused with a clear error naming it, or read for what it really
// holds, and the batch goes on.
#include <gtest/gtest.h>

#include <iostream>

#include "hostile_batch.h"
#include "raw_pdf.h"

namespace anonymiser::hostile {
namespace {

// Objects: 1 catalog, 2 pages root, 3 font, 4 content, 5 page; more appended by each test.
std::vector<std::string> OnePage(const std::string& pages_root) {
  return {"<< /Type /Catalog /Pages 2 0 R >>", pages_root, RawFont(), RawContent("Jade Okafor"),
          RawPage(2, 3, 4)};
}

class HostilePdf : public HostileBatch {
 protected:
  // Runs the batch with `name` holding `bytes`, and checks it ended properly:
  // exit 1 with an error naming the file and nothing left for it, or exit 0
  // with an output holding the page's text anonymised; the good file is
  // written either way.
  void ExpectHandled(const std::string& name, const std::string& bytes) {
    WriteFile(in() / name, bytes);
    CommandResult r = Run();
    ASSERT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.exit_code << r.out << r.err;
    ExpectGoodWritten();
    const std::string line = ErrorLine(r, in() / name);
    std::cout << name << ": " << (r.exit_code == 0 ? "read" : line) << "\n";
    if (r.exit_code == 1) {
      EXPECT_NE(line, "") << r.err;
      ExpectNothingFor(name);
    } else {
      const fs::path output = out() / (name + ".txt");
      ASSERT_TRUE(fs::exists(output)) << r.out;
      const std::string text = ReadFile(output);
      EXPECT_EQ(text.find("Okafor"), std::string::npos) << text;
    }
  }
};

TEST_F(HostilePdf, PageTreeWhoseKidsHoldItselfIsHandled) {
  ExpectHandled("kids-loop.pdf",
                RawPdf(OnePage("<< /Type /Pages /Kids [2 0 R 5 0 R] /Count 2 >>")));
}

TEST_F(HostilePdf, PageTreeNodesThatAreEachOthersParentAreHandled) {
  std::vector<std::string> objects = OnePage("<< /Type /Pages /Kids [6 0 R] /Count 1 >>");
  objects.push_back("<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 5 0 R] /Count 1 >>");  // 6
  objects[4] = RawPage(6, 3, 4);
  ExpectHandled("parent-loop.pdf", RawPdf(objects));
}

TEST_F(HostilePdf, OutlineWhoseNextLoopsIsHandled) {
  std::vector<std::string> objects = OnePage("<< /Type /Pages /Kids [5 0 R] /Count 1 >>");
  objects[0] = "<< /Type /Catalog /Pages 2 0 R /Outlines 6 0 R >>";
  objects.push_back("<< /Type /Outlines /First 7 0 R /Last 8 0 R /Count 2 >>");  // 6
  objects.push_back(
      "<< /Title (Jade Okafor) /Parent 6 0 R /Next 8 0 R /Dest [5 0 R /Fit] >>");     // 7
  objects.push_back("<< /Title (Chapter) /Parent 6 0 R /Next 7 0 R /Prev 7 0 R >>");  // 8
  ExpectHandled("outline-next.pdf", RawPdf(objects));
}

TEST_F(HostilePdf, OutlineItemThatIsItsOwnChildIsHandled) {
  std::vector<std::string> objects = OnePage("<< /Type /Pages /Kids [5 0 R] /Count 1 >>");
  objects[0] = "<< /Type /Catalog /Pages 2 0 R /Outlines 6 0 R >>";
  objects.push_back("<< /Type /Outlines /First 7 0 R /Last 7 0 R /Count 1 >>");  // 6
  objects.push_back(
      "<< /Title (Jade Okafor) /Parent 6 0 R /First 7 0 R /Last 7 0 R /Count 1 >>");  // 7
  ExpectHandled("outline-child.pdf", RawPdf(objects));
}

TEST_F(HostilePdf, EnormousPageCountIsRefusedOrIgnored) {
  ExpectHandled("count.pdf", RawPdf(OnePage("<< /Type /Pages /Kids [5 0 R] /Count 2000000000 >>")));
}

TEST_F(HostilePdf, PageCountAboveTheLimitIsRefused) {
  std::vector<std::string> objects = OnePage("");
  std::string kids;
  for (int i = 0; i < 30; ++i) {
    objects.push_back(RawPage(2, 3, 4));
    kids += std::to_string(objects.size()) + " 0 R ";
  }
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count 30 >>";
  WriteFile(in() / "pages.pdf", RawPdf(objects));
  ExpectRefused(Run({"--max-pages", "20"}), "pages.pdf", "limit.max-pages");
}

}  // namespace
}  // namespace anonymiser::hostile
