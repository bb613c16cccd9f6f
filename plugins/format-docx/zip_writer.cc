#include "zip_writer.h"

#include <Poco/DateTime.h>
#include <Poco/Exception.h>
#include <Poco/Path.h>
#include <Poco/Zip/ZipArchiveInfo.h>
#include <Poco/Zip/ZipFileInfo.h>
#include <Poco/Zip/ZipLocalFileHeader.h>
#include <Poco/Zip/ZipStream.h>

#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>

#include "anonymiser/error.h"

namespace anonymiser::docx {
namespace {

using Poco::Zip::ZipCommon;

bool AlreadyCompressed(std::string_view name) {
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

// Writes one entry at `offset` (local header, data) and returns its central
// directory record. Poco's Compress would also add an entry for every parent
// folder, which a DOCX does not have; its header and stream classes are used
// directly instead.
Poco::Zip::ZipFileInfo WriteEntry(std::ostream& file, const ZipEntryView& entry,
                                  std::uint64_t& offset) {
  static const Poco::DateTime kFixedDate(1980, 1, 1);
  // Compressed media gain nothing from deflating again: stored as they are.
  auto method = entry.data.empty() || AlreadyCompressed(entry.name) ? ZipCommon::CM_STORE
                                                                    : ZipCommon::CM_DEFLATE;
  auto level = ZipCommon::CL_NORMAL;
  Poco::Zip::ZipLocalFileHeader header(Poco::Path(std::string(entry.name), Poco::Path::PATH_UNIX),
                                       kFixedDate, method, level);
  header.setStartPos(static_cast<std::streamoff>(offset));
  Poco::UInt64 extra = 0;
  {
    Poco::Zip::ZipOutputStream out(file, header, true);
    out.write(entry.data.data(), static_cast<std::streamsize>(entry.data.size()));
    out.close(extra);
  }
  Poco::Zip::ZipFileInfo info(header);
  info.setOffset(offset);
  info.setZip64Data();
  offset = static_cast<std::uint64_t>(header.getEndPos()) + extra;
  return info;
}

}  // namespace

void WriteZip(const std::vector<ZipEntryView>& entries, std::ostream& file,
              const std::string& name) {
  if (entries.size() >= 0xFFFF)
    throw Error(ErrorCode::kOutput, name + ": too many zip entries for a DOCX");
  try {
    std::vector<Poco::Zip::ZipFileInfo> infos;
    std::uint64_t offset = 0;
    for (const ZipEntryView& entry : entries)
      if (entry.name == "[Content_Types].xml") infos.push_back(WriteEntry(file, entry, offset));
    for (const ZipEntryView& entry : entries)
      if (entry.name != "[Content_Types].xml") infos.push_back(WriteEntry(file, entry, offset));
    const std::uint64_t directory_start = offset;
    for (const Poco::Zip::ZipFileInfo& info : infos) {
      std::string record = info.createHeader();
      file.write(record.data(), static_cast<std::streamsize>(record.size()));
      offset += record.size();
    }
    if (offset >= 0xFFFFFFFFu)
      throw Error(ErrorCode::kOutput, name + ": output over 4 GiB is not supported");
    Poco::Zip::ZipArchiveInfo end;
    end.setNumberOfEntries(static_cast<Poco::UInt16>(infos.size()));
    end.setTotalNumberOfEntries(static_cast<Poco::UInt16>(infos.size()));
    end.setCentralDirectorySize(static_cast<Poco::UInt32>(offset - directory_start));
    end.setCentralDirectoryOffset(static_cast<Poco::UInt32>(directory_start));
    end.setHeaderOffset(static_cast<std::streamoff>(offset));
    std::string record = end.createHeader();
    file.write(record.data(), static_cast<std::streamsize>(record.size()));
  } catch (const Poco::Exception& e) {
    throw Error(ErrorCode::kOutput,
                name + ": cannot write the zip archive (" + e.displayText() + ")");
  }
  if (!file) throw Error(ErrorCode::kOutput, name + ": write failed");
}

void WriteZip(const std::vector<ZipEntryView>& entries, const std::filesystem::path& out) {
  std::ofstream file(out, std::ios::binary | std::ios::trunc);
  if (!file) throw Error(ErrorCode::kOutput, out.string() + ": cannot create the output file");
  WriteZip(entries, file, out.string());
  file.close();
  if (!file) throw Error(ErrorCode::kOutput, out.string() + ": write failed");
}

}  // namespace anonymiser::docx
