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
    : encoding_(std::move(encoding)) {
  extension_ = std::filesystem::path(file).extension().string();
  const bool utf8 = encoding_.kind == EncodingKind::kUtf8;
  // UTF-8 is its own text: no decoded copy is made.
  const std::string decoded =
      utf8 ? std::string()
           : DecodeToUtf8(std::string_view(bytes).substr(encoding_.bom), encoding_, file);
  const std::string_view text = utf8 ? std::string_view(bytes).substr(encoding_.bom) : decoded;
  if (utf8) gaps_.assign(bytes, 0, encoding_.bom);
  // Walk lines; a unit is a run of non-blank lines.
  std::size_t pos = 0, source = encoding_.bom, line_no = 1, last_end = 0;
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
    if (utf8) {
      gaps_.append(text.substr(last_end, unit_begin - last_end));
      gap_end_.push_back(gaps_.size());
      last_end = e;
    } else {
      source_begin_.push_back(unit_source);
    }
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
    if (!utf8) source += SourceLength(line, encoding_);
    pos = line_end;
    ++line_no;
  }
  close_unit(text.size());
  units_.shrink_to_fit();
  if (utf8) {
    gaps_.append(text.substr(last_end));
    gaps_.shrink_to_fit();
  } else {
    bytes_ = std::move(bytes);
  }
}

std::string TextDocument::output_extension() const { return extension_; }

void TextDocument::Write(const EditList& edits, const std::filesystem::path& out) const {
  std::ofstream os(out, std::ios::binary | std::ios::trunc);
  if (!os)
    throw Error(ErrorCode::kOutput, out.string() + ": cannot create: " + std::strerror(errno));
  for (const auto& e : edits)
    if (e.unit >= units_.size() || e.begin > e.end || e.end > units_[e.unit].text.size())
      throw Error(ErrorCode::kInternal, out.string() + ": edit outside its unit");
  if (encoding_.kind == EncodingKind::kUtf8) {
    WriteUtf8(edits, os, out);
  } else {
    std::size_t copied = 0;  // source bytes written so far
    for (const auto& e : edits) {
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
  }
  os.flush();
  if (!os)
    throw Error(ErrorCode::kOutput, out.string() + ": write failed: " + std::strerror(errno));
}

void TextDocument::WriteUtf8(const EditList& edits, std::ostream& os,
                             const std::filesystem::path& out) const {
  // Pieces are a few bytes each (a word, a pseudonym): gathered and written a
  // megabyte at a time.
  constexpr std::size_t kChunk = std::size_t{1} << 20;
  std::string chunk;
  auto write_chunk = [&] {
    os.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    chunk.clear();
  };
  auto put = [&](std::string_view s) {
    chunk.append(s);
    if (chunk.size() >= kChunk) write_chunk();
  };
  const std::string_view gaps(gaps_);
  std::size_t next = 0;  // the next edit
  for (std::size_t u = 0; u < units_.size(); ++u) {
    put(gaps.substr(u == 0 ? 0 : gap_end_[u - 1], gap_end_[u] - (u == 0 ? 0 : gap_end_[u - 1])));
    const std::string_view t(units_[u].text);
    std::size_t copied = 0;  // bytes of the unit written so far
    for (; next < edits.size() && edits[next].unit == u; ++next) {
      const Edit& e = edits[next];
      if (e.begin < copied) throw Error(ErrorCode::kInternal, out.string() + ": overlapping edits");
      put(t.substr(copied, e.begin - copied));
      put(e.text);
      copied = e.end;
    }
    if (next < edits.size() && edits[next].unit < u)
      throw Error(ErrorCode::kInternal, out.string() + ": edits out of order");
    put(t.substr(copied));
  }
  put(gaps.substr(units_.empty() ? 0 : gap_end_.back()));
  write_chunk();
}

}  // namespace anonymiser::format_text
