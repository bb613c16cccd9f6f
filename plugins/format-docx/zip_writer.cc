#include "zip_writer.h"

#include <Poco/DateTime.h>
#include <Poco/Exception.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>

#include <fstream>
#include <sstream>
#include <string>

#include "anonymiser/error.h"

namespace anonymiser::docx {
namespace {

bool AlreadyCompressed(const std::string& name) {
  static const char* const kExtensions[] = {".png",  ".jpg",  ".jpeg", ".gif", ".zip",
                                            ".docx", ".xlsx", ".pptx", ".mp4"};
  std::string lower;
  for (char c : name) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (const char* ext : kExtensions) {
    std::string e(ext);
    if (lower.size() >= e.size() && lower.compare(lower.size() - e.size(), e.size(), e) == 0)
      return true;
  }
  return false;
}

void Add(Poco::Zip::Compress& zip, const ZipEntry& entry) {
  static const Poco::DateTime kFixedDate(1980, 1, 1);
  std::istringstream in(entry.data);
  auto level = AlreadyCompressed(entry.name) ? Poco::Zip::ZipCommon::CL_SUPERFAST
                                             : Poco::Zip::ZipCommon::CL_NORMAL;
  zip.addFile(in, kFixedDate, Poco::Path(entry.name, Poco::Path::PATH_UNIX),
              Poco::Zip::ZipCommon::CM_DEFLATE, level);
}

}  // namespace

void WriteZip(const std::vector<ZipEntry>& entries, const std::filesystem::path& out) {
  std::ofstream file(out, std::ios::binary | std::ios::trunc);
  if (!file) throw Error(ErrorCode::kOutput, out.string() + ": cannot create the output file");
  try {
    Poco::Zip::Compress zip(file, true);
    for (const ZipEntry& entry : entries)
      if (entry.name == "[Content_Types].xml") Add(zip, entry);
    for (const ZipEntry& entry : entries)
      if (entry.name != "[Content_Types].xml") Add(zip, entry);
    zip.close();
  } catch (const Poco::Exception& e) {
    throw Error(ErrorCode::kOutput,
                out.string() + ": cannot write the zip archive (" + e.displayText() + ")");
  }
  file.close();
  if (!file) throw Error(ErrorCode::kOutput, out.string() + ": write failed");
}

}  // namespace anonymiser::docx
