// The leak check's view of a zip package (DOCX and other OOXML files).
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <fstream>
#include <sstream>

#include "anonymiser/error.h"
#include "verify/output_views.h"

namespace anonymiser::verify {

namespace {

constexpr std::uint64_t kMaxInflated = std::uint64_t{1} << 30;  // per package, 1 GiB
constexpr int kMaxDepth = 4;                                    // packages inside packages

bool LooksLikeXml(const std::string& name, std::string_view data) {
  auto ends = [&](std::string_view suffix) {
    return name.size() >= suffix.size() &&
           name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends(".xml") || ends(".rels") || ends(".vml")) return true;
  const std::size_t first = data.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return first != std::string_view::npos && data[first] == '<';
}

// The text of each paragraph (w:p, a:p) on its own line, tags removed, so
// runs split inside a word join again. Returns "" when there are no paragraphs.
std::string ParagraphText(std::string_view xml) {
  std::string out;
  bool any = false;
  std::size_t i = 0;
  while (i < xml.size()) {
    const std::size_t lt = xml.find('<', i);
    const std::size_t stop = lt == std::string_view::npos ? xml.size() : lt;
    for (char c : xml.substr(i, stop - i)) out += (c == '\n' || c == '\r') ? ' ' : c;
    if (lt == std::string_view::npos) break;
    const std::size_t gt = xml.find('>', lt);
    if (gt == std::string_view::npos) break;
    const std::string_view tag = xml.substr(lt + 1, gt - lt - 1);
    auto is = [&](std::string_view name) {
      return tag.substr(0, name.size()) == name &&
             (tag.size() == name.size() || tag[name.size()] == ' ' || tag[name.size()] == '/' ||
              tag[name.size()] == '>');
    };
    if (is("/w:p") || is("/a:p")) {
      out += '\n';
      any = true;
    } else if (is("w:tab") || is("w:br") || is("w:cr") || is("a:br") || is("w:delText")) {
      out += ' ';
    }
    i = gt + 1;
  }
  return any ? out : std::string();
}

void ViewsOfEntry(const std::string& name, const std::string& data, int depth,
                  const ViewSink& sink) {
  if (data.size() >= 4 && data.compare(0, 4, "PK\x03\x04") == 0 && depth < kMaxDepth) {
    ZipViewsFromBytes(data, name + "!", depth + 1, sink);
    return;
  }
  const std::string text = DecodeTextBytes(data);
  if (!LooksLikeXml(name, text)) {
    sink(TextView{name, text, TextView::Where::kLineColumn});
    return;
  }
  sink(TextView{name, DecodeXmlEntities(text), TextView::Where::kLineColumn});
  std::string paragraphs = ParagraphText(text);
  if (!paragraphs.empty())
    sink(TextView{name + " (paragraphs)", DecodeXmlEntities(paragraphs),
                  TextView::Where::kParagraph});
}

std::string Inflate(std::istream& in, const Poco::Zip::ZipLocalFileHeader& header,
                    std::uint64_t& total, const std::string& where) {
  in.clear();
  Poco::Zip::ZipInputStream zin(in, header, true);
  std::string data;
  char buffer[65536];
  while (zin) {
    zin.read(buffer, sizeof buffer);
    const std::streamsize got = zin.gcount();
    if (got <= 0) break;
    data.append(buffer, static_cast<std::size_t>(got));
    total += static_cast<std::uint64_t>(got);
    if (total > kMaxInflated)
      throw Error(ErrorCode::kLimit, where + ": inflates beyond 1 GiB; not checked");
  }
  return data;
}

}  // namespace

void ZipViewsFromBytes(const std::string& bytes, const std::string& prefix, int depth,
                       const ViewSink& sink) {
  std::istringstream in(bytes);
  std::uint64_t total = 0;
  try {
    Poco::Zip::ZipArchive archive(in);
    for (auto it = archive.fileInfoBegin(); it != archive.fileInfoEnd(); ++it) {
      const Poco::Zip::ZipFileInfo& info = it->second;
      if (info.isDirectory()) continue;
      const std::string name = prefix + info.getFileName();
      if (info.isEncrypted()) throw Error(ErrorCode::kUnsupported, name + ": encrypted zip entry");
      auto header = archive.findHeader(info.getFileName());
      if (header == archive.headerEnd() || !header->second.hasSupportedCompressionMethod())
        throw Error(ErrorCode::kInput, name + ": zip entry cannot be read");
      ViewsOfEntry(name, Inflate(in, header->second, total, name), depth, sink);
    }
  } catch (const Error&) {
    throw;
  } catch (const Poco::Exception& e) {
    throw Error(ErrorCode::kInput, prefix + "damaged zip archive (" + e.displayText() + ")");
  } catch (const std::exception& e) {
    throw Error(ErrorCode::kInput, prefix + "damaged zip archive (" + e.what() + ")");
  }
}

void ZipViews(const std::filesystem::path& file, const ViewSink& sink) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(ErrorCode::kInput, file.string() + ": cannot read");
  std::ostringstream ss;
  ss << in.rdbuf();
  try {
    ZipViewsFromBytes(ss.str(), "", 0, sink);
  } catch (const Error& e) {
    throw Error(e.code(), file.string() + ": " + e.what());
  }
}

}  // namespace anonymiser::verify
