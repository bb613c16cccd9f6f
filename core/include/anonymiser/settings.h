// Settings: string key/value configuration handed to plugins.
//
// Keys are dotted, lower case, e.g. "revisions", "pdf.output", "limit.max-file-size".
// The CLI fills them from its options; plugins read what concerns them and
// ignore the rest.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "anonymiser/error.h"

namespace anonymiser {

class Settings {
 public:
  Settings() = default;

  // Sets `key` to `value`, replacing any earlier value.
  void Set(const std::string& key, const std::string& value) { values_[key] = value; }

  // True if `key` has a value.
  bool Has(const std::string& key) const { return values_.count(key) != 0; }

  // Returns the value of `key`, or `fallback` when it has none.
  std::string Get(const std::string& key, const std::string& fallback = "") const {
    auto it = values_.find(key);
    return it == values_.end() ? fallback : it->second;
  }

  // Returns the value of `key` as an integer; a suffix k, M or G multiplies by
  // 1024, 1024^2 or 1024^3. Throws Error(kConfig) naming the key when the value
  // is not a number.
  std::int64_t GetInt(const std::string& key, std::int64_t fallback) const {
    auto it = values_.find(key);
    if (it == values_.end() || it->second.empty()) return fallback;
    const std::string& v = it->second;
    std::size_t used = 0;
    std::int64_t n = 0;
    try {
      n = std::stoll(v, &used);
    } catch (const std::exception&) {
      throw Error(ErrorCode::kConfig, "setting " + key + "=" + v + ": not a number");
    }
    std::string suffix = v.substr(used);
    if (suffix == "k" || suffix == "K") return n * 1024;
    if (suffix == "M" || suffix == "m") return n * 1024 * 1024;
    if (suffix == "G" || suffix == "g") return n * 1024 * 1024 * 1024;
    if (!suffix.empty())
      throw Error(ErrorCode::kConfig, "setting " + key + "=" + v + ": not a number");
    return n;
  }

  // Returns the value of `key` as a boolean ("1", "true", "yes", "on" are true).
  bool GetBool(const std::string& key, bool fallback) const {
    auto it = values_.find(key);
    if (it == values_.end()) return fallback;
    const std::string& v = it->second;
    return v == "1" || v == "true" || v == "yes" || v == "on";
  }

  const std::map<std::string, std::string>& values() const { return values_; }

 private:
  std::map<std::string, std::string> values_;
};

}  // namespace anonymiser
