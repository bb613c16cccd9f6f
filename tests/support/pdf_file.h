// Writes a PDF file from its objects' bodies with a correct cross-reference
// table: the one serialiser behind the tests' hand-made PDFs (well-formed
// ones, and hostile ones with loops, lies and dangling references).
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace anonymiser::testing {

// `objects[i]` is the body of object i + 1 ("<< /Type /Catalog /Pages 2 0 R >>",
// a stream with its dictionary ...). The trailer's /Root is object `root`, its
// /Info object `info` when not 0.
inline std::string PdfFromObjects(const std::vector<std::string>& objects, std::size_t root,
                                  std::size_t info = 0) {
  std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    out += line;
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root " +
         std::to_string(root) + " 0 R";
  if (info != 0) out += " /Info " + std::to_string(info) + " 0 R";
  out += " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

}  // namespace anonymiser::testing
