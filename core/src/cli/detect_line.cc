#include "cli/detect_line.h"

#include <cstdint>
#include <cstring>

#include "text/json_writer.h"

namespace anonymiser::cli {

using text::JsonWriter;

namespace {

class LineReader {
 public:
  explicit LineReader(std::string_view s) : s_(s) {}

  bool Parse(std::string& id_json, std::string& text) {
    bool have_text = false;
    id_json = "null";
    SkipSpace();
    if (!Eat('{')) return false;
    SkipSpace();
    if (Eat('}')) return false;  // no "text"
    std::string key;
    for (;;) {
      SkipSpace();
      if (!String(key)) return false;
      SkipSpace();
      if (!Eat(':')) return false;
      SkipSpace();
      if (key == "text") {
        text.reserve(s_.size() - p_);  // never longer than its JSON: one allocation
        if (!String(text)) return false;
        have_text = true;
      } else if (key == "id") {
        if (!Id(id_json)) return false;
      } else if (!SkipValue(0)) {
        return false;
      }
      SkipSpace();
      if (Eat(',')) continue;
      if (!Eat('}')) return false;
      break;
    }
    SkipSpace();
    return have_text && p_ == s_.size();
  }

 private:
  bool Eat(char c) {
    if (p_ < s_.size() && s_[p_] == c) {
      ++p_;
      return true;
    }
    return false;
  }
  void SkipSpace() {
    while (p_ < s_.size() && (s_[p_] == ' ' || s_[p_] == '\t' || s_[p_] == '\n' || s_[p_] == '\r'))
      ++p_;
  }
  static int Hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  bool Hex4(std::uint32_t& v) {
    if (p_ + 4 > s_.size()) return false;
    v = 0;
    for (int k = 0; k < 4; ++k) {
      const int h = Hex(s_[p_ + static_cast<std::size_t>(k)]);
      if (h < 0) return false;
      v = v * 16 + static_cast<std::uint32_t>(h);
    }
    p_ += 4;
    return true;
  }
  static void AppendUtf8(std::uint32_t cp, std::string& out) {
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  // Moves p_ over whole eight-byte words with no '"', '\\' or control
  // character (most of a text), testing the eight bytes at once.
  void SkipPlainWords() {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
    auto zero_byte = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
    while (p_ + 8 <= s_.size()) {
      std::uint64_t w;
      std::memcpy(&w, s_.data() + p_, 8);
      const std::uint64_t special = zero_byte(w ^ (kOnes * '"')) | zero_byte(w ^ (kOnes * '\\')) |
                                    ((w - kOnes * 0x20) & ~w & kHighs);
      if (special != 0) return;
      p_ += 8;
    }
  }
  // A JSON string at p_, decoded into `out`.
  bool String(std::string& out) {
    out.clear();
    if (!Eat('"')) return false;
    for (;;) {
      const std::size_t run = p_;
      SkipPlainWords();
      while (p_ < s_.size() && s_[p_] != '"' && s_[p_] != '\\' &&
             static_cast<unsigned char>(s_[p_]) >= 0x20)
        ++p_;
      out.append(s_.substr(run, p_ - run));
      if (p_ >= s_.size()) return false;
      const char c = s_[p_++];
      if (c == '"') return true;
      if (c != '\\') return false;  // a raw control character
      if (p_ >= s_.size()) return false;
      const char e = s_[p_++];
      switch (e) {
        case '"':
          out.push_back('"');
          break;
        case '\\':
          out.push_back('\\');
          break;
        case '/':
          out.push_back('/');
          break;
        case 'b':
          out.push_back('\b');
          break;
        case 'f':
          out.push_back('\f');
          break;
        case 'n':
          out.push_back('\n');
          break;
        case 'r':
          out.push_back('\r');
          break;
        case 't':
          out.push_back('\t');
          break;
        case 'u': {
          std::uint32_t cp;
          if (!Hex4(cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            std::uint32_t lo;
            if (!Eat('\\') || !Eat('u') || !Hex4(lo) || lo < 0xDC00 || lo > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return false;
          }
          AppendUtf8(cp, out);
          break;
        }
        default:
          return false;
      }
    }
  }
  // A JSON number at p_; sets `raw` to its text.
  bool Number(std::string_view& raw) {
    const std::size_t b = p_;
    Eat('-');
    if (p_ >= s_.size()) return false;
    if (s_[p_] == '0') {
      ++p_;
    } else if (s_[p_] >= '1' && s_[p_] <= '9') {
      while (p_ < s_.size() && s_[p_] >= '0' && s_[p_] <= '9') ++p_;
    } else {
      return false;
    }
    if (Eat('.')) {
      const std::size_t d = p_;
      while (p_ < s_.size() && s_[p_] >= '0' && s_[p_] <= '9') ++p_;
      if (p_ == d) return false;
    }
    if (p_ < s_.size() && (s_[p_] == 'e' || s_[p_] == 'E')) {
      ++p_;
      if (!Eat('+')) Eat('-');
      const std::size_t d = p_;
      while (p_ < s_.size() && s_[p_] >= '0' && s_[p_] <= '9') ++p_;
      if (p_ == d) return false;
    }
    raw = s_.substr(b, p_ - b);
    return true;
  }
  bool Id(std::string& id_json) {
    if (p_ < s_.size() && s_[p_] == '"') {
      std::string id;
      if (!String(id)) return false;
      id_json.clear();
      JsonWriter(id_json).String(id);
      return true;
    }
    std::string_view raw;
    if (!Number(raw)) return false;  // other ids: the full parser decides
    id_json.assign(raw);
    return true;
  }
  bool Literal(std::string_view word) {
    if (s_.substr(p_, word.size()) != word) return false;
    p_ += word.size();
    return true;
  }
  bool SkipValue(int depth) {
    if (depth > 64 || p_ >= s_.size()) return false;
    std::string scratch;
    std::string_view raw;
    switch (s_[p_]) {
      case '"':
        return String(scratch);
      case 't':
        return Literal("true");
      case 'f':
        return Literal("false");
      case 'n':
        return Literal("null");
      case '[':
      case '{': {
        const bool object = s_[p_++] == '{';
        SkipSpace();
        if (Eat(object ? '}' : ']')) return true;
        for (;;) {
          SkipSpace();
          if (object) {
            if (!String(scratch)) return false;
            SkipSpace();
            if (!Eat(':')) return false;
            SkipSpace();
          }
          if (!SkipValue(depth + 1)) return false;
          SkipSpace();
          if (Eat(',')) continue;
          return Eat(object ? '}' : ']');
        }
      }
      default:
        return Number(raw);
    }
  }

  std::string_view s_;
  std::size_t p_ = 0;
};

}  // namespace

bool ParseDetectLine(std::string_view line, std::string& id_json, std::string& text) {
  return LineReader(line).Parse(id_json, text);
}

}  // namespace anonymiser::cli
