#include "field_keyword.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace anonymiser::docx {
namespace {

// Field keywords of WordprocessingML (ECMA-376 Part 1, 17.16.5).
bool IsFieldKeyword(const std::string& word) {
  static const char* const kKeywords[] = {"ADDIN",
                                          "ADVANCE",
                                          "ASK",
                                          "AUTHOR",
                                          "AUTONUM",
                                          "AUTONUMLGL",
                                          "AUTONUMOUT",
                                          "AUTOTEXT",
                                          "AUTOTEXTLIST",
                                          "BARCODE",
                                          "BIBLIOGRAPHY",
                                          "BIDIOUTLINE",
                                          "CITATION",
                                          "COMMENTS",
                                          "COMPARE",
                                          "CREATEDATE",
                                          "DATABASE",
                                          "DATE",
                                          "DOCPROPERTY",
                                          "DOCVARIABLE",
                                          "EDITTIME",
                                          "EMBED",
                                          "EQ",
                                          "FILENAME",
                                          "FILESIZE",
                                          "FILLIN",
                                          "FORMCHECKBOX",
                                          "FORMDROPDOWN",
                                          "FORMTEXT",
                                          "GOTOBUTTON",
                                          "GREETINGLINE",
                                          "HYPERLINK",
                                          "IF",
                                          "INCLUDEPICTURE",
                                          "INCLUDETEXT",
                                          "INDEX",
                                          "INFO",
                                          "KEYWORDS",
                                          "LASTSAVEDBY",
                                          "LINK",
                                          "LISTNUM",
                                          "MACROBUTTON",
                                          "MERGEBARCODE",
                                          "MERGEFIELD",
                                          "MERGEREC",
                                          "MERGESEQ",
                                          "NEXT",
                                          "NEXTIF",
                                          "NOTEREF",
                                          "NUMCHARS",
                                          "NUMPAGES",
                                          "NUMWORDS",
                                          "PAGE",
                                          "PAGEREF",
                                          "PRINT",
                                          "PRINTDATE",
                                          "PRIVATE",
                                          "QUOTE",
                                          "RD",
                                          "REF",
                                          "REVNUM",
                                          "SAVEDATE",
                                          "SECTION",
                                          "SECTIONPAGES",
                                          "SEQ",
                                          "SET",
                                          "SKIPIF",
                                          "STYLEREF",
                                          "SUBJECT",
                                          "SYMBOL",
                                          "TA",
                                          "TC",
                                          "TEMPLATE",
                                          "TIME",
                                          "TITLE",
                                          "TOA",
                                          "TOC",
                                          "USERADDRESS",
                                          "USERINITIALS",
                                          "USERNAME",
                                          "XE"};
  std::string upper = word;
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  for (const char* keyword : kKeywords)
    if (upper == keyword) return true;
  return false;
}

}  // namespace

void ProtectFieldKeyword(const TextUnit& unit, std::vector<Edit>& edits) {
  if (unit.part != Part::kField || edits.empty()) return;
  const std::string& text = unit.text;
  std::size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string::npos) return;
  std::size_t end = begin;
  while (end < text.size() &&
         ((text[end] >= 'A' && text[end] <= 'Z') || (text[end] >= 'a' && text[end] <= 'z')))
    ++end;
  if (end == begin || !IsFieldKeyword(text.substr(begin, end - begin))) return;
  // The keyword and the spaces after it stay as written.
  std::size_t keep = end;
  while (keep < text.size() && (text[keep] == ' ' || text[keep] == '\t')) ++keep;
  std::vector<Edit> kept;
  for (Edit edit : edits) {
    if (edit.begin < keep && edit.end > begin) {
      if (edit.end <= keep) continue;  // only the keyword (and spaces): not an identifier
      edit.begin = keep;
    }
    kept.push_back(edit);
  }
  edits.swap(kept);
}

}  // namespace anonymiser::docx
