#include "text_document.h"

#include <cerrno>
#include <cstring>
#include <fstream>

#include "anonymiser/error.h"

namespace anonymiser::format_text {

namespace {

// Paragraphs longer than this are split at line ends so no unit is huge.
constexpr std::size_t kMaxUnitBytes = 1 << 20;

bool IsBlank(std::string_view line) {
  for (char c : line)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') return false;
  return true;
}

}  // namespace

TextDocument::TextDocument(std::string bytes, Encoding encoding, const std::string& file)
    : bytes_(std::move(bytes)), encoding_(std::move(encoding)) {
  extension_ = std::filesystem::path(file).extension().string();
  const std::string text =
      DecodeToUtf8(std::string_view(bytes_).substr(encoding_.bom), encoding_, file);
  // Walk lines; a unit is a run of non-blank lines.
  std::size_t pos = 0, source = encoding_.bom, line_no = 1;
  std::size_t unit_begin = std::string::npos, unit_source = 0, unit_line = 0;
  auto close_unit = [&](std::size_t end) {
    if (unit_begin == std::string::npos) return;
    std::size_t e = end;
    while (e > unit_begin && (text[e - 1] == '\n' || text[e - 1] == '\r')) --e;
    TextUnit u;
    u.text = text.substr(unit_begin, e - unit_begin);
    u.part = Part::kBody;
    u.location = "line " + std::to_string(unit_line);
    units_.push_back(std::move(u));
    source_begin_.push_back(unit_source);
    unit_begin = std::string::npos;
  };
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::size_t line_end = nl == std::string::npos ? text.size() : nl + 1;
    std::string_view line(text.data() + pos, line_end - pos);
    if (IsBlank(line.substr(0, line.size() - (nl == std::string::npos ? 0 : 1)))) {
      close_unit(pos);
    } else {
      if (unit_begin != std::string::npos && pos - unit_begin > kMaxUnitBytes) close_unit(pos);
      if (unit_begin == std::string::npos) {
        unit_begin = pos;
        unit_source = source;
        unit_line = line_no;
      }
    }
    source += SourceLength(line, encoding_);
    pos = line_end;
    ++line_no;
  }
  close_unit(text.size());
}

std::string TextDocument::output_extension() const { return extension_; }

void TextDocument::Write(const std::vector<Edit>& edits, const std::filesystem::path& out) const {
  std::ofstream os(out, std::ios::binary | std::ios::trunc);
  if (!os)
    throw Error(ErrorCode::kOutput, out.string() + ": cannot create: " + std::strerror(errno));
  std::size_t copied = 0;  // source bytes written so far
  for (const auto& e : edits) {
    if (e.unit >= units_.size() || e.begin > e.end || e.end > units_[e.unit].text.size())
      throw Error(ErrorCode::kInternal, out.string() + ": edit outside its unit");
    const std::string& t = units_[e.unit].text;
    const std::size_t src_b =
        source_begin_[e.unit] + SourceLength(std::string_view(t).substr(0, e.begin), encoding_);
    const std::size_t src_e =
        src_b + SourceLength(std::string_view(t).substr(e.begin, e.end - e.begin), encoding_);
    if (src_b < copied) throw Error(ErrorCode::kInternal, out.string() + ": overlapping edits");
    os.write(bytes_.data() + copied, static_cast<std::streamsize>(src_b - copied));
    const std::string encoded = EncodeFromUtf8(e.text, encoding_);
    os.write(encoded.data(), static_cast<std::streamsize>(encoded.size()));
    copied = src_e;
  }
  os.write(bytes_.data() + copied, static_cast<std::streamsize>(bytes_.size() - copied));
  os.flush();
  if (!os)
    throw Error(ErrorCode::kOutput, out.string() + ": write failed: " + std::strerror(errno));
}

}  // namespace anonymiser::format_text
