#include "text_output_writer.h"

#include <fstream>
#include <string>

#include "anonymiser/error.h"

namespace anonymiser::pdf {

void TextOutputWriter::Write(const PdfContent& content, const EditedUnits& text,
                             const std::filesystem::path& out) {
  std::ofstream file(out, std::ios::binary | std::ios::trunc);
  if (!file) throw Error(ErrorCode::kOutput, out.string() + ": cannot create the file");
  std::string buffer;
  for (std::size_t p = 0; p < content.pages.size(); ++p) {
    buffer.clear();
    if (p > 0) buffer += '\f';
    bool first = true;
    for (const Piece& piece : content.pages[p].pieces) {
      if (!first) buffer += "\n\n";
      first = false;
      buffer += text.Render(piece);
    }
    if (!first) buffer += '\n';
    file.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  }
  if (!content.document_pieces.empty()) {
    buffer = "\f[document properties, bookmarks and attachments]\n";
    for (const Piece& piece : content.document_pieces) {
      buffer += text.Render(piece);
      buffer += '\n';
    }
    file.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  }
  file.flush();
  if (!file) throw Error(ErrorCode::kOutput, out.string() + ": cannot write the file");
}

}  // namespace anonymiser::pdf
