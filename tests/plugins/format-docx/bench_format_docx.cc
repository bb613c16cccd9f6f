// Times the format-docx plugin: read a DOCX, replace the first word of every
// unit, write it back. Prints the best wall-clock and CPU (user + system)
// seconds of REPEATS runs: "WALL CPU". scripts/bench-docx compares this with
// pandoc -t plain on the same file.
//   bench_format_docx FILE.docx [REPEATS]
//   bench_format_docx --make FILE.docx [PAGES]   writes a realistic test document
#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "anonymiser/error.h"
#include "docx_plugin.h"

namespace {

double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

const char* const kWords[] = {
    "the",      "child",    "was",       "seen",       "by",     "health",    "visitor", "at",
    "home",     "and",      "mother",    "said",       "that",   "school",    "staff",   "had",
    "raised",   "concerns", "about",     "attendance", "during", "autumn",    "term",    "police",
    "attended", "address",  "following", "report",     "from",   "neighbour", "social",  "worker",
    "visited",  "again",    "with",      "manager",    "plan",   "agreed",    "review",  "meeting"};
const char* const kNames[] = {"Okafor", "Lily-Mae", "Shannon", "Hughes", "Bradford", "Patel"};

std::string Paragraph(unsigned& seed, int words) {
  auto next = [&seed]() { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7FFF; };
  std::string p =
      "<w:p w:rsidR=\"00A1B2C3\" w:rsidRDefault=\"00D4E5F6\"><w:pPr><w:spacing "
      "w:after=\"120\"/></w:pPr>";
  std::string run;
  for (int i = 0; i < words; ++i) {
    if (next() % 9 == 0) {
      // A name split over two runs with formatting and a spell-check mark between.
      std::string name = kNames[next() % 6];
      std::size_t cut = name.size() / 2;
      p += "<w:r><w:t xml:space=\"preserve\">" + run + "</w:t></w:r>";
      run.clear();
      p += "<w:r w:rsidRPr=\"00112233\"><w:rPr><w:b/></w:rPr><w:t>" + name.substr(0, cut) +
           "</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:rPr><w:b/><w:i/></w:rPr>"
           "<w:t>" +
           name.substr(cut) + "</w:t></w:r><w:proofErr w:type=\"spellEnd\"/>";
      run = " ";
      continue;
    }
    run += kWords[next() % 40];
    run += i + 1 < words ? " " : ".";
  }
  p += "<w:r><w:t xml:space=\"preserve\">" + run + "</w:t></w:r></w:p>";
  return p;
}

int Make(const std::string& path, int pages) {
  const std::string w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const std::string r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  unsigned seed = 42;
  std::string body;
  for (int page = 0; page < pages; ++page) {
    body += "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Section " +
            std::to_string(page + 1) + "</w:t></w:r></w:p>";
    for (int i = 0; i < 10; ++i) body += Paragraph(seed, 45);
    if (page % 5 == 4) {
      body += "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>";
      for (int row = 0; row < 5; ++row) {
        body += "<w:tr>";
        for (int col = 0; col < 4; ++col) body += "<w:tc>" + Paragraph(seed, 4) + "</w:tc>";
        body += "</w:tr>";
      }
      body += "</w:tbl>";
    }
  }
  body += "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId2\"/></w:sectPr>";
  auto rel = [](const std::string& id, const std::string& type, const std::string& target) {
    return "<Relationship Id=\"" + id +
           "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + type +
           "\" Target=\"" + target + "\"/>";
  };
  const std::string rels_open =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  std::vector<std::pair<std::string, std::string>> parts = {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
       "Extension=\"rels\" "
       "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
       "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
       "PartName=\"/word/document.xml\" ContentType=\"application/"
       "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override "
       "PartName=\"/word/header1.xml\" ContentType=\"application/"
       "vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/><Override "
       "PartName=\"/docProps/core.xml\" "
       "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>"},
      {"_rels/.rels", rels_open + rel("rId1", "officeDocument", "word/document.xml") +
                          "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
                          "package/2006/relationships/metadata/core-properties\" "
                          "Target=\"docProps/core.xml\"/></Relationships>"},
      {"word/document.xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
       "<w:document xmlns:w=\"" +
           w + "\" xmlns:r=\"" + r + "\"><w:body>" + body + "</w:body></w:document>"},
      {"word/_rels/document.xml.rels",
       rels_open + rel("rId2", "header", "header1.xml") + "</Relationships>"},
      {"word/header1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr xmlns:w=\"" + w +
                               "\"><w:p><w:r><w:t>Review of Child Okafor</w:t></w:r></w:p>"
                               "</w:hdr>"},
      {"docProps/core.xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties xmlns:cp=\"http://"
       "schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
       "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Review</dc:title>"
       "<dc:creator>Jane Okafor</dc:creator></cp:coreProperties>"}};
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  Poco::Zip::Compress zip(out, true);
  for (const auto& [name, data] : parts) {
    std::istringstream in(data);
    zip.addFile(in, Poco::DateTime(2024, 1, 1), Poco::Path(name, Poco::Path::PATH_UNIX));
  }
  zip.close();
  return out ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 3 && std::string(argv[1]) == "--make")
    return Make(argv[2], argc > 3 ? std::atoi(argv[3]) : 100);
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE.docx [REPEATS] | --make FILE.docx [PAGES]\n", argv[0]);
    return 2;
  }
  const int repeats = argc > 2 ? std::atoi(argv[2]) : 1;
  anonymiser::docx::DocxPlugin plugin;
  plugin.Configure(anonymiser::PluginContext{});
  const auto out = std::filesystem::temp_directory_path() /
                   ("bench-format-docx-" + std::to_string(::getpid()) + ".docx");
  double best = 1e9;
  double best_cpu = 1e9;
  std::size_t units = 0;
  try {
    for (int i = 0; i < repeats; ++i) {
      const auto start = std::chrono::steady_clock::now();
      const double cpu_start = CpuSeconds();
      auto doc = plugin.Read(argv[1]);
      anonymiser::EditList edits;
      for (std::size_t u = 0; u < doc->units().size(); ++u) {
        const std::string& text = doc->units()[u].text;
        std::size_t end = text.find(' ');
        edits.push_back(anonymiser::Edit{u, 0, end == std::string::npos ? text.size() : end, "X"});
      }
      units = edits.size();
      doc->Write(edits, out);
      const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
      const double cpu = CpuSeconds() - cpu_start;
      if (took.count() < best) best = took.count();
      if (cpu < best_cpu) best_cpu = cpu;
      std::filesystem::remove(out);
    }
  } catch (const anonymiser::Error& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
  std::fprintf(stderr, "%zu units edited\n", units);
  std::printf("%.4f %.4f\n", best, best_cpu);
  return 0;
}
