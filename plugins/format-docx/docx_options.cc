#include "docx_options.h"

#include <string>

#include "anonymiser/error.h"

namespace anonymiser::docx {
namespace {

std::int64_t Positive(const Settings& settings, const std::string& key, std::int64_t fallback) {
  std::int64_t value = settings.GetInt(key, fallback);
  if (value <= 0)
    throw Error(ErrorCode::kConfig,
                "setting " + key + "=" + settings.Get(key) + ": must be a positive number");
  return value;
}

}  // namespace

DocxOptions DocxOptions::FromSettings(const Settings& settings) {
  DocxOptions options;
  std::string revisions = settings.Get("revisions", "accept");
  if (revisions == "redact") {
    options.redact_revisions = true;
  } else if (revisions != "accept" && !revisions.empty()) {
    throw Error(ErrorCode::kConfig,
                "setting revisions=" + revisions + ": expected \"accept\" or \"redact\"");
  }
  options.max_file_size = Positive(settings, "limit.max-file-size", options.max_file_size);
  options.max_uncompressed = Positive(settings, "limit.max-uncompressed", options.max_uncompressed);
  options.max_ratio = Positive(settings, "limit.max-ratio", options.max_ratio);
  options.max_entries = Positive(settings, "limit.max-entries", options.max_entries);
  std::int64_t depth = Positive(settings, "limit.max-xml-depth", options.max_xml_depth);
  options.max_xml_depth = depth > 100000 ? 100000 : static_cast<int>(depth);
  return options;
}

}  // namespace anonymiser::docx
