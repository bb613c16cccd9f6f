#include "read/format_selector.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "anonymiser/error.h"

namespace anonymiser {

namespace fs = std::filesystem;

namespace {

std::string LowerExtension(const fs::path& p) {
  std::string ext = p.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

}  // namespace

FormatSelector::FormatSelector(std::vector<const FormatPlugin*> plugins)
    : plugins_(std::move(plugins)) {}

bool FormatSelector::HandlesExtension(const fs::path& path) const {
  const std::string ext = LowerExtension(path);
  return std::any_of(plugins_.begin(), plugins_.end(), [&](const FormatPlugin* p) {
    auto exts = p->extensions();
    return std::find(exts.begin(), exts.end(), ext) != exts.end();
  });
}

const FormatPlugin& FormatSelector::Select(const fs::path& path) const {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw Error(ErrorCode::kInput, path.string() + ": no such file");
  if (fs::is_directory(path, ec))
    throw Error(ErrorCode::kInput, path.string() + ": is a folder, not a file");
  // A pipe or device could block the open below forever, or never end.
  if (!fs::is_regular_file(path, ec))
    throw Error(ErrorCode::kInput,
                path.string() + ": not a regular file (a pipe, socket or device)");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kInput, path.string() + ": cannot open: " + std::strerror(errno));
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  const FormatPlugin* best = nullptr;
  int best_score = 0;
  for (const auto* p : plugins_) {
    int s = p->Sniff(path, head);
    if (s > best_score) {
      best = p;
      best_score = s;
    }
  }
  if (best == nullptr) {
    std::string ext = LowerExtension(path);
    throw Error(ErrorCode::kUnsupported,
                path.string() + ": no format plugin reads this file" +
                    (ext.empty() ? std::string(" (no extension)") : " (extension " + ext + ")"));
  }
  return *best;
}

}  // namespace anonymiser
