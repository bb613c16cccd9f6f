// Text decoding and XML entity decoding for the leak check.
#include <cstdint>
#include <string>

#include "text/utf8.h"
#include "verify/output_views.h"

namespace anonymiser::verify {

namespace {

void AppendUtf8(std::uint32_t cp, std::string& out) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string DecodeUtf16(std::string_view b, bool le) {
  std::string out;
  out.reserve(b.size());
  for (std::size_t i = 0; i + 1 < b.size(); i += 2) {
    const auto lo = static_cast<unsigned char>(b[i]), hi = static_cast<unsigned char>(b[i + 1]);
    std::uint32_t u = le ? (hi << 8 | lo) : (lo << 8 | hi);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < b.size()) {
      const auto lo2 = static_cast<unsigned char>(b[i + 2]),
                 hi2 = static_cast<unsigned char>(b[i + 3]);
      const std::uint32_t u2 = le ? (hi2 << 8 | lo2) : (lo2 << 8 | hi2);
      if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
        u = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00);
        i += 2;
      }
    }
    AppendUtf8(u, out);
  }
  return out;
}

std::string DecodeUtf32(std::string_view b, bool le) {
  std::string out;
  for (std::size_t i = 0; i + 3 < b.size(); i += 4) {
    std::uint32_t u = 0;
    for (int k = 0; k < 4; ++k) {
      const auto byte = static_cast<unsigned char>(b[i + (le ? 3 - k : k)]);
      u = (u << 8) | byte;
    }
    AppendUtf8(u, out);
  }
  return out;
}

}  // namespace

std::string DecodeTextBytes(std::string_view b) {
  if (b.substr(0, 3) == "\xEF\xBB\xBF") return text::ScrubUtf8(b.substr(3));
  if (b.size() >= 4 && b.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4))
    return DecodeUtf32(b.substr(4), true);
  if (b.size() >= 4 && b.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4))
    return DecodeUtf32(b.substr(4), false);
  if (b.substr(0, 2) == "\xFF\xFE") return DecodeUtf16(b.substr(2), true);
  if (b.substr(0, 2) == "\xFE\xFF") return DecodeUtf16(b.substr(2), false);
  if (text::FindInvalidUtf8(b) == std::string_view::npos) return std::string(b);
  std::string out;
  out.reserve(b.size() + b.size() / 4);
  for (char c : b) AppendUtf8(static_cast<unsigned char>(c), out);
  return out;
}

std::string DecodeXmlEntities(std::string_view xml) {
  std::string out;
  out.reserve(xml.size());
  std::size_t i = 0;
  while (i < xml.size()) {
    const std::size_t amp = xml.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(xml.substr(i));
      break;
    }
    out.append(xml.substr(i, amp - i));
    const std::size_t semi = xml.find(';', amp);
    if (semi == std::string_view::npos || semi - amp > 12) {
      out += '&';
      i = amp + 1;
      continue;
    }
    const std::string_view name = xml.substr(amp + 1, semi - amp - 1);
    bool ok = true;
    if (name == "amp")
      out += '&';
    else if (name == "lt")
      out += '<';
    else if (name == "gt")
      out += '>';
    else if (name == "quot")
      out += '"';
    else if (name == "apos")
      out += '\'';
    else if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      const std::string_view digits = name.substr(hex ? 2 : 1);
      std::uint32_t cp = 0;
      ok = !digits.empty();
      for (char c : digits) {
        int v = -1;
        if (c >= '0' && c <= '9')
          v = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
          v = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
          v = c - 'A' + 10;
        if (v < 0 || cp > 0x10FFFF) {
          ok = false;
          break;
        }
        cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(v);
      }
      if (ok) AppendUtf8(cp, out);
    } else {
      ok = false;
    }
    if (!ok) {
      out += '&';
      i = amp + 1;
    } else {
      i = semi + 1;
    }
  }
  return out;
}

}  // namespace anonymiser::verify
