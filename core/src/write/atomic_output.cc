#include "write/atomic_output.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>
#include <string_view>

#include "anonymiser/error.h"

namespace anonymiser {

namespace fs = std::filesystem;

AtomicOutput::AtomicOutput(const fs::path& final_path) : final_(final_path) {
  std::error_code ec;
  fs::path dir = final_.parent_path();
  if (dir.empty()) dir = ".";
  fs::create_directories(dir, ec);
  if (ec)
    throw Error(ErrorCode::kOutput, final_.string() + ": cannot create the output folder " +
                                        dir.string() + ": " + ec.message());
  if (::access(dir.c_str(), W_OK) != 0)
    throw Error(ErrorCode::kOutput, final_.string() + ": the output folder " + dir.string() +
                                        " is not writable: " + std::strerror(errno));
  std::random_device rd;
  temp_ = dir / ("." + final_.filename().string() + ".anonymiser-" + std::to_string(::getpid()) +
                 "-" + std::to_string(rd()) + ".tmp");
}

AtomicOutput::~AtomicOutput() {
  if (!committed_) {
    std::error_code ec;
    fs::remove(temp_, ec);
  }
}

std::string AtomicOutput::NameFinal(const std::string& message) const {
  const std::string temp = temp_.string();
  const std::string final_name = final_.string();
  std::string out = message;
  for (std::size_t at = out.find(temp); at != std::string::npos;
       at = out.find(temp, at + final_name.size()))
    out.replace(at, temp.size(), final_name);
  return out;
}

void AtomicOutput::Commit() {
  int fd = ::open(temp_.c_str(), O_RDONLY);
  if (fd < 0)
    throw Error(ErrorCode::kOutput,
                final_.string() + ": output was not written: " + std::strerror(errno));
  const int sync_rc = ::fsync(fd);
  const int sync_errno = errno;
  ::close(fd);
  if (sync_rc != 0)
    throw Error(ErrorCode::kOutput,
                final_.string() + ": cannot flush output: " + std::strerror(sync_errno));
  std::error_code ec;
  fs::rename(temp_, final_, ec);
  if (ec)
    throw Error(ErrorCode::kOutput, final_.string() + ": cannot rename output: " + ec.message());
  committed_ = true;
}

namespace {

// The process id in ".<name>.anonymiser-<pid>-<random>.tmp", or 0 when the
// name is not one of ours.
pid_t TempFileOwner(const std::string& name) {
  constexpr std::string_view kMark = ".anonymiser-";
  if (name.size() < 5 || name[0] != '.' || !name.ends_with(".tmp")) return 0;
  const std::size_t mark = name.rfind(kMark);
  if (mark == std::string::npos) return 0;
  const std::size_t start = mark + kMark.size();
  const std::size_t dash = name.find('-', start);
  if (dash == std::string::npos || dash == start) return 0;
  pid_t pid = 0;
  for (std::size_t i = start; i < dash; ++i) {
    if (name[i] < '0' || name[i] > '9' || pid > 100000000) return 0;
    pid = pid * 10 + (name[i] - '0');
  }
  return pid;
}

}  // namespace

std::size_t RemoveStaleTempFiles(const fs::path& dir) {
  std::size_t removed = 0;
  std::error_code ec;
  auto it =
      fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_symlink(ec) || !it->is_regular_file(ec)) continue;
    const pid_t pid = TempFileOwner(it->path().filename().string());
    if (pid <= 0) continue;
    if (pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH) {
      std::error_code rm;
      if (fs::remove(it->path(), rm)) ++removed;
    }
  }
  return removed;
}

}  // namespace anonymiser
