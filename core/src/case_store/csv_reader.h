// Reading the CSV files a business office edits in a spreadsheet (RFC 4180:
// quoted fields may hold commas, quotes and line breaks; a UTF-8 BOM is skipped).
#pragma once

#include <istream>
#include <string>
#include <vector>

namespace anonymiser {

// Reads all rows of `in`. Throws Error(kConfig) naming `file` and the line
// for an unterminated quoted field or text that is not UTF-8.
std::vector<std::vector<std::string>> ReadCsv(std::istream& in, const std::string& file);

// Quotes `field` for CSV when it needs it.
std::string CsvField(const std::string& field);

}  // namespace anonymiser
