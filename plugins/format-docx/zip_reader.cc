#include "zip_reader.h"

#include <Poco/Exception.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <algorithm>
#include <cstdint>
#include <sstream>
#include <utility>

#include "anonymiser/error.h"

namespace anonymiser::docx {
namespace {

// Entries below this size are never refused for their ratio: tiny parts of
// repetitive XML legitimately compress very well.
constexpr std::uint64_t kRatioFloor = 64 * 1024;

std::uint32_t Le16(const std::string& b, std::size_t at) {
  return static_cast<unsigned char>(b[at]) | (static_cast<unsigned char>(b[at + 1]) << 8);
}

// Fails unless the archive ends with a complete end-of-central-directory
// record: Poco's parser silently stops at a truncated archive.
void RequireEndRecord(const std::string& bytes, const std::string& file) {
  constexpr std::size_t kRecord = 22;
  if (bytes.size() >= kRecord) {
    std::size_t lowest = bytes.size() > kRecord + 65535 ? bytes.size() - kRecord - 65535 : 0;
    for (std::size_t at = bytes.size() - kRecord + 1; at-- > lowest;) {
      if (bytes.compare(at, 4, "PK\x05\x06") != 0) continue;
      if (at + kRecord + Le16(bytes, at + 20) == bytes.size()) return;
    }
    // A record cut short: the signature is there but not all 22 bytes.
  }
  throw Error(ErrorCode::kInput,
              file + ": truncated or damaged zip archive (no complete end of central directory)");
}

std::uint32_t Le32(const std::string& b, std::size_t at) {
  return Le16(b, at) | (Le16(b, at + 2) << 16);
}

std::uint64_t Le64(const std::string& b, std::size_t at) {
  return Le32(b, at) | (static_cast<std::uint64_t>(Le32(b, at + 4)) << 32);
}

// Fails when a ZIP64 end-of-central-directory record claims more bytes than
// the archive holds: Poco's parser allocates what it claims (exabytes in a
// crafted file) before reading it, wherever its walk through the records
// meets one. Every such record in the file counts, except inside the data
// of an entry that a walk by the records' own sizes passes over, as Poco's
// does (compressed data may hold the signature by chance). The walk stops
// being sure at a data descriptor, ZIP64 sizes in a local header or sizes
// that lead to no record; it is done at the end record that ends the file.
void RequireSaneZip64Records(const std::string& bytes, const std::string& file) {
  std::vector<std::pair<std::size_t, std::size_t>> data;  // [begin, end) the walk passes over
  std::size_t at = 0;
  while (at + 4 <= bytes.size()) {
    if (bytes.compare(at, 4, "PK\x03\x04") == 0) {  // a local file header
      if (at + 30 > bytes.size()) break;
      const std::uint32_t packed = Le32(bytes, at + 18);
      if ((Le16(bytes, at + 6) & 8) != 0 || packed == 0xFFFFFFFFu) break;
      const std::size_t begin = at + 30 + Le16(bytes, at + 26) + Le16(bytes, at + 28);
      data.emplace_back(begin, begin + packed);
      at = begin + packed;
    } else if (bytes.compare(at, 4, "PK\x01\x02") == 0) {  // a central directory entry
      if (at + 46 > bytes.size()) break;
      at += 46 + Le16(bytes, at + 28) + Le16(bytes, at + 30) + Le16(bytes, at + 32);
    } else if (bytes.compare(at, 4, "PK\x05\x06") == 0) {  // an end record
      if (at + 22 > bytes.size() || at + 22 + Le16(bytes, at + 20) >= bytes.size()) break;
      at += 22 + Le16(bytes, at + 20);  // not the last: Poco reads on
    } else {
      break;  // a ZIP64 record (checked below), or sizes that lead nowhere
    }
  }
  for (at = bytes.find("PK\x06\x06"); at != std::string::npos;
       at = bytes.find("PK\x06\x06", at + 1)) {
    const bool sane = at + 12 <= bytes.size() && Le64(bytes, at + 4) <= bytes.size() - at - 12;
    const bool in_data = std::any_of(data.begin(), data.end(), [&](const auto& d) {
      return d.first <= at && at + 4 <= d.second;
    });
    if (!sane && !in_data)
      throw Error(ErrorCode::kInput, file +
                                         ": damaged zip archive (a ZIP64 end record claims "
                                         "more bytes than the file holds)");
  }
}

void CheckName(const std::string& name, const std::string& file) {
  bool bad = name.empty() || name.front() == '/' || name.find('\\') != std::string::npos ||
             (name.size() > 1 && name[1] == ':') || name.find('\0') != std::string::npos;
  std::size_t start = 0;
  while (!bad && start <= name.size()) {
    std::size_t end = name.find('/', start);
    if (end == std::string::npos) end = name.size();
    if (name.compare(start, end - start, "..") == 0 && end - start == 2) bad = true;
    start = end + 1;
  }
  if (bad)
    throw Error(ErrorCode::kInput,
                file + ": zip entry \"" + name +
                    "\" has an unsafe name (\"..\", absolute path or backslash)");
}

std::string Inflate(std::istream& in, const Poco::Zip::ZipLocalFileHeader& header,
                    std::uint64_t declared, std::uint64_t& total, const DocxOptions& options,
                    const std::string& file) {
  const std::string& name = header.getFileName();
  in.clear();
  Poco::Zip::ZipInputStream zin(in, header, true);
  zin.exceptions(std::ios::badbit);
  std::string data;
  data.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(declared, 64u << 20)));
  char buffer[65536];
  while (zin) {
    zin.read(buffer, sizeof buffer);
    std::streamsize got = zin.gcount();
    if (got <= 0) break;
    data.append(buffer, static_cast<std::size_t>(got));
    total += static_cast<std::uint64_t>(got);
    if (data.size() > declared)
      throw Error(ErrorCode::kLimit,
                  file + ": zip entry \"" + name + "\" inflates beyond its declared size");
    if (total > static_cast<std::uint64_t>(options.max_uncompressed))
      throw Error(ErrorCode::kLimit, file + ": uncompressed size exceeds limit.max-uncompressed");
  }
  if (data.size() != declared)
    throw Error(ErrorCode::kInput, file + ": zip entry \"" + name + "\" is damaged (" +
                                       std::to_string(data.size()) + " bytes instead of " +
                                       std::to_string(declared) + ")");
  return data;
}

}  // namespace

std::vector<ZipEntry> ReadZip(const std::string& bytes, const std::string& file,
                              const DocxOptions& options) {
  RequireEndRecord(bytes, file);
  RequireSaneZip64Records(bytes, file);
  std::istringstream in(bytes);
  std::vector<std::pair<std::streamoff, ZipEntry>> found;
  try {
    Poco::Zip::ZipArchive archive(in);
    std::size_t count = 0;
    for (auto it = archive.fileInfoBegin(); it != archive.fileInfoEnd(); ++it) ++count;
    if (count > static_cast<std::size_t>(options.max_entries))
      throw Error(ErrorCode::kLimit,
                  file + ": " + std::to_string(count) + " zip entries exceed limit.max-entries");
    // Sizes from the central directory, checked before anything is inflated.
    std::uint64_t declared_total = 0;
    for (auto it = archive.fileInfoBegin(); it != archive.fileInfoEnd(); ++it) {
      const Poco::Zip::ZipFileInfo& info = it->second;
      CheckName(info.getFileName(), file);
      if (info.isDirectory()) continue;
      if (info.isEncrypted())
        throw Error(ErrorCode::kUnsupported,
                    file + ": zip entry \"" + info.getFileName() + "\" is encrypted");
      std::uint64_t size = info.getUncompressedSize();
      std::uint64_t packed = std::max<std::uint64_t>(info.getCompressedSize(), 1);
      declared_total += size;
      if (declared_total > static_cast<std::uint64_t>(options.max_uncompressed))
        throw Error(ErrorCode::kLimit, file + ": uncompressed size exceeds limit.max-uncompressed");
      if (size > kRatioFloor && size / packed >= static_cast<std::uint64_t>(options.max_ratio))
        throw Error(ErrorCode::kLimit, file + ": zip entry \"" + info.getFileName() +
                                           "\" exceeds limit.max-ratio (compression ratio " +
                                           std::to_string(size / packed) + ":1)");
    }
    std::uint64_t total = 0;
    for (auto it = archive.fileInfoBegin(); it != archive.fileInfoEnd(); ++it) {
      const Poco::Zip::ZipFileInfo& info = it->second;
      if (info.isDirectory()) continue;
      auto header = archive.findHeader(info.getFileName());
      if (header == archive.headerEnd())
        throw Error(ErrorCode::kInput, file + ": zip entry \"" + info.getFileName() +
                                           "\" has no local header (damaged archive)");
      if (!header->second.hasSupportedCompressionMethod())
        throw Error(ErrorCode::kUnsupported, file + ": zip entry \"" + info.getFileName() +
                                                 "\" uses an unsupported compression method");
      ZipEntry entry{info.getFileName(),
                     Inflate(in, header->second, info.getUncompressedSize(), total, options, file)};
      found.emplace_back(header->second.getStartPos(), std::move(entry));
    }
  } catch (const Error&) {
    throw;
  } catch (const Poco::Exception& e) {
    throw Error(ErrorCode::kInput, file + ": damaged zip archive (" + e.displayText() + ")");
  } catch (const std::exception& e) {
    throw Error(ErrorCode::kInput, file + ": damaged zip archive (" + e.what() + ")");
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<ZipEntry> entries;
  entries.reserve(found.size());
  for (auto& f : found) entries.push_back(std::move(f.second));
  return entries;
}

}  // namespace anonymiser::docx
