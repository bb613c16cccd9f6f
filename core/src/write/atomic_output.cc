#include "write/atomic_output.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>

#include "anonymiser/error.h"

namespace anonymiser {

namespace fs = std::filesystem;

AtomicOutput::AtomicOutput(const fs::path& final_path) : final_(final_path) {
  std::error_code ec;
  fs::path dir = final_.parent_path();
  if (dir.empty()) dir = ".";
  fs::create_directories(dir, ec);
  if (ec)
    throw Error(ErrorCode::kOutput, dir.string() + ": cannot create output folder: " + ec.message());
  if (::access(dir.c_str(), W_OK) != 0)
    throw Error(ErrorCode::kOutput,
                dir.string() + ": output folder is not writable: " + std::strerror(errno));
  std::random_device rd;
  temp_ = dir / ("." + final_.filename().string() + ".anonymiser-" + std::to_string(rd()) + ".tmp");
}

AtomicOutput::~AtomicOutput() {
  if (!committed_) {
    std::error_code ec;
    fs::remove(temp_, ec);
  }
}

void AtomicOutput::Commit() {
  int fd = ::open(temp_.c_str(), O_RDONLY);
  if (fd < 0)
    throw Error(ErrorCode::kOutput, final_.string() + ": output was not written: " +
                                        std::strerror(errno));
  const int sync_rc = ::fsync(fd);
  const int sync_errno = errno;
  ::close(fd);
  if (sync_rc != 0)
    throw Error(ErrorCode::kOutput,
                final_.string() + ": cannot flush output: " + std::strerror(sync_errno));
  std::error_code ec;
  fs::rename(temp_, final_, ec);
  if (ec) throw Error(ErrorCode::kOutput, final_.string() + ": cannot rename output: " + ec.message());
  committed_ = true;
}

}  // namespace anonymiser
