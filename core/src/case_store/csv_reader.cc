#include "case_store/csv_reader.h"

#include <iterator>

#include "anonymiser/error.h"
#include "text/utf8.h"

namespace anonymiser {

std::vector<std::vector<std::string>> ReadCsv(std::istream& in, const std::string& file) {
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (data.rfind("\xEF\xBB\xBF", 0) == 0) data.erase(0, 3);
  if (auto bad = text::FindInvalidUtf8(data); bad != std::string::npos)
    throw Error(ErrorCode::kConfig, file + ": not UTF-8 (byte " + std::to_string(bad) +
                                        "); save the file as CSV UTF-8");
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, field_started = false;
  std::size_t line = 1, quote_line = 0;
  auto end_field = [&] {
    row.push_back(field);
    field.clear();
    field_started = false;
  };
  auto end_row = [&] {
    end_field();
    if (!(row.size() == 1 && row[0].empty())) rows.push_back(row);  // skip blank lines
    row.clear();
  };
  for (std::size_t i = 0; i < data.size(); ++i) {
    const char c = data[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < data.size() && data[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == '"' && !field_started) {
      quoted = true;
      field_started = true;
      quote_line = line;
    } else if (c == ',') {
      end_field();
    } else if (c == '\r') {
      if (i + 1 < data.size() && data[i + 1] == '\n') continue;
      end_row();
      ++line;
    } else if (c == '\n') {
      end_row();
      ++line;
    } else {
      field += c;
      field_started = true;
    }
  }
  if (quoted)
    throw Error(ErrorCode::kConfig,
                file + ": line " + std::to_string(quote_line) + ": a quoted field is never closed");
  if (field_started || !row.empty()) end_row();
  return rows;
}

std::string CsvField(const std::string& field) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string q = "\"";
  for (char c : field) {
    if (c == '"') q += '"';
    q += c;
  }
  return q + "\"";
}

}  // namespace anonymiser
