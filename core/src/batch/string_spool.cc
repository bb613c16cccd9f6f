#include "batch/string_spool.h"

#include <cerrno>
#include <cstring>

#include "anonymiser/error.h"

namespace anonymiser {

StringSpool::StringSpool() : file_(std::tmpfile()) {
  if (file_ == nullptr)
    throw Error(
        ErrorCode::kOutput,
        std::string("cannot create a temporary file for the run's lists: ") + std::strerror(errno));
}

StringSpool::~StringSpool() {
  if (file_ != nullptr) std::fclose(file_);
}

void StringSpool::Add(std::string_view s) {
  // Each string: its length (8 bytes, native order: the file never leaves
  // this process), then its bytes.
  const std::uint64_t n = s.size();
  if (std::fseek(file_, 0, SEEK_END) != 0 || std::fwrite(&n, sizeof n, 1, file_) != 1 ||
      (n > 0 && std::fwrite(s.data(), 1, s.size(), file_) != s.size()))
    throw Error(ErrorCode::kOutput,
                std::string("cannot write the run's temporary list: ") + std::strerror(errno));
  ++count_;
}

void StringSpool::ForEachBatch(
    std::size_t batch, const std::function<void(const std::vector<std::string>&)>& fn) const {
  if (batch == 0) batch = 1;
  if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0)
    throw Error(ErrorCode::kOutput, "cannot read the run's temporary list");
  std::vector<std::string> items;
  for (std::size_t read = 0; read < count_; ++read) {
    std::uint64_t n = 0;
    std::string s;
    if (std::fread(&n, sizeof n, 1, file_) != 1)
      throw Error(ErrorCode::kOutput, "the run's temporary list is truncated");
    s.resize(n);
    if (n > 0 && std::fread(s.data(), 1, n, file_) != n)
      throw Error(ErrorCode::kOutput, "the run's temporary list is truncated");
    items.push_back(std::move(s));
    if (items.size() == batch) {
      fn(items);
      items.clear();
    }
  }
  if (!items.empty()) fn(items);
}

}  // namespace anonymiser
