// A list of strings kept in an anonymous temporary file instead of memory.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace anonymiser {

// Appends strings and reads them back in order, holding none in memory: a
// batch of a million files lists its outputs without a million strings.
// The file is created unlinked (std::tmpfile), so it vanishes with the process.
// Not thread-safe.
class StringSpool {
 public:
  // Throws Error(kOutput) when no temporary file can be created.
  StringSpool();
  ~StringSpool();
  StringSpool(const StringSpool&) = delete;
  StringSpool& operator=(const StringSpool&) = delete;

  // Appends `s` (any bytes). Throws Error(kOutput) when the file cannot grow.
  void Add(std::string_view s);

  // How many strings were added.
  std::size_t size() const { return count_; }

  // Calls `fn` with the strings in the order they were added, `batch` at a
  // time (the last batch may be shorter). Throws Error(kOutput) on a read
  // error.
  void ForEachBatch(std::size_t batch,
                    const std::function<void(const std::vector<std::string>&)>& fn) const;

 private:
  std::FILE* file_ = nullptr;
  std::size_t count_ = 0;
};

}  // namespace anonymiser
