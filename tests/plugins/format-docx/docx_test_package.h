// Helpers for the format-docx tests: building .docx packages with Poco::Zip,
// reading every entry of a written package back, applying edits.
#pragma once

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "anonymiser/document.h"
#include "anonymiser/error.h"
#include "docx_plugin.h"

namespace anonymiser::docx::testing {

using Parts = std::vector<std::pair<std::string, std::string>>;

// Writes `parts` (name, bytes) as a zip archive to `path`; `streamed` writes
// sizes and CRCs in data descriptors after the data, as streaming zippers do.
inline void WritePackage(const std::filesystem::path& path, const Parts& parts,
                         bool streamed = false) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  Poco::Zip::Compress zip(out, !streamed);
  for (const auto& [name, data] : parts) {
    std::istringstream in(data);
    zip.addFile(in, Poco::DateTime(2020, 1, 1), Poco::Path(name, Poco::Path::PATH_UNIX));
  }
  zip.close();
}

// Every entry of the zip archive at `path`, inflated (independently of the
// plugin's own reader); folder entries map to "".
inline std::map<std::string, std::string> InflateAll(std::istream& in) {
  Poco::Zip::ZipArchive archive(in);
  std::map<std::string, std::string> entries;
  for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
    entries[it->first];
    if (it->second.isDirectory()) continue;
    in.clear();
    Poco::Zip::ZipInputStream zin(in, it->second, true);
    std::ostringstream data;
    data << zin.rdbuf();
    entries[it->first] = data.str();
  }
  return entries;
}

inline std::map<std::string, std::string> InflateAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return InflateAll(in);
}

// InflateAll, also inflating the entries of embedded packages (entries that
// are zip archives themselves), named "outer!inner".
inline std::map<std::string, std::string> InflateAllDeep(const std::filesystem::path& path) {
  std::map<std::string, std::string> all = InflateAll(path);
  for (const auto& [name, data] : std::map<std::string, std::string>(all)) {
    if (data.compare(0, 4, "PK\x03\x04", 4) != 0) continue;
    std::istringstream in(data);
    for (auto& [inner, bytes] : InflateAll(in)) all[name + "!" + inner] = bytes;
  }
  return all;
}

// The bytes of a zip archive holding `parts`.
inline std::string PackageBytes(const std::vector<std::pair<std::string, std::string>>& parts) {
  std::ostringstream out;
  Poco::Zip::Compress zip(out, true);
  for (const auto& [name, data] : parts) {
    std::istringstream in(data);
    zip.addFile(in, Poco::DateTime(2020, 1, 1), Poco::Path(name, Poco::Path::PATH_UNIX));
  }
  zip.close();
  return out.str();
}

inline std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// Edits replacing every case-insensitive occurrence of `needle` in every unit
// with `replacement`.
inline EditList ReplaceEverywhere(const std::vector<TextUnit>& units,
                                           const std::string& needle,
                                           const std::string& replacement) {
  EditList edits;
  const std::string lower_needle = Lower(needle);
  for (std::size_t u = 0; u < units.size(); ++u) {
    const std::string text = Lower(units[u].text);
    for (std::size_t at = text.find(lower_needle); at != std::string::npos;
         at = text.find(lower_needle, at + lower_needle.size()))
      edits.push_back(Edit{u, at, at + lower_needle.size(), replacement});
  }
  return edits;
}

// The text of `unit` with those of `edits` that concern it applied.
inline std::string Apply(const TextUnit& unit, std::size_t index, const EditList& edits) {
  std::string out;
  std::size_t pos = 0;
  for (const Edit& e : edits) {
    if (e.unit != index) continue;
    out += unit.text.substr(pos, e.begin - pos) + e.text;
    pos = e.end;
  }
  return out + unit.text.substr(pos);
}

// A minimal package whose main document body is `body` (WordprocessingML,
// prefix w:, r:, mc:, v: declared).
inline Parts MinimalDocx(const std::string& body, const std::string& main = "word/document.xml") {
  const std::string w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  return Parts{
      {"[Content_Types].xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
       "<Default Extension=\"rels\" "
       "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
       "<Override PartName=\"/" +
           main +
           "\" ContentType=\"application/"
           "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"},
      {"_rels/.rels",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
       "relationships/officeDocument\" Target=\"" +
           main + "\"/></Relationships>"},
      {main,
       "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document "
       "xmlns:w=\"" +
           w +
           "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/"
           "2006/relationships\" xmlns:mc=\"http://schemas.openxmlformats.org/"
           "markup-compatibility/2006\" xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body>" +
           body + "</w:body></w:document>"}};
}

// A configured plugin.
inline DocxPlugin MakePlugin(const std::map<std::string, std::string>& settings = {}) {
  DocxPlugin plugin;
  PluginContext context;
  for (const auto& [k, v] : settings) context.settings.Set(k, v);
  plugin.Configure(context);
  return plugin;
}

// Compares the units of `before` (with `edits` applied) with those read back
// from the written file `after`: same location, same text, in order, except
// units whose value the plugin forces (authors) and the attached template's
// relationship, which the plugin drops.
// Returns a description of the first difference, or "".
inline bool Compared(const TextUnit& u) {
  return u.whole_type.empty() && u.location.find("author") == std::string::npos &&
         u.location.find(" id") == std::string::npos &&
         u.location.find("settings.xml.rels") == std::string::npos;
}

inline std::string CompareUnits(const std::vector<TextUnit>& before, const EditList& edits,
                                const std::vector<TextUnit>& after) {
  std::map<std::string, std::vector<std::string>> expected;
  for (std::size_t i = 0; i < before.size(); ++i) {
    const TextUnit& u = before[i];
    if (!Compared(u)) continue;
    std::string text = Apply(u, i, edits);
    if (!text.empty()) expected[u.location].push_back(text);
  }
  std::map<std::string, std::vector<std::string>> actual;
  for (const TextUnit& u : after) {
    if (!Compared(u)) continue;
    actual[u.location].push_back(u.text);
  }
  for (const auto& [location, texts] : expected) {
    auto it = actual.find(location);
    if (it == actual.end()) return "missing unit " + location;
    if (it->second != texts)
      return "unit " + location + ": expected \"" + texts.front() + "\" got \"" +
             it->second.front() + "\"";
  }
  for (const auto& [location, texts] : actual)
    if (expected.count(location) == 0) return "unexpected unit " + location + ": " + texts.front();
  return "";
}

}  // namespace anonymiser::docx::testing
