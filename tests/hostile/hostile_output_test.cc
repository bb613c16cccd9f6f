// Output folders that fail: one that fills up, one that is read-only. The
// file that cannot be written gets a clear error and leaves no temporary
// file; the others are written.
//
// Tests run as root, so permission bits stop nothing. The folders are real
// mounts: a tiny tmpfs (fills up) and a read-only tmpfs; when this machine
// cannot mount (no CAP_SYS_ADMIN), those tests are skipped and the file-size
// limit test below still covers the write error path (RLIMIT_FSIZE makes
// write() fail with EFBIG, for root too).
#include <sys/mount.h>

#include <cerrno>
#include <cstring>

#include "hostile_batch.h"

namespace anonymiser::hostile {
namespace {

// A tmpfs mounted on `dir` (created) while the object lives.
class TmpfsMount {
 public:
  TmpfsMount(const fs::path& dir, const std::string& options) : dir_(dir) {
    fs::create_directories(dir);
    mounted_ = ::mount("tmpfs", dir.c_str(), "tmpfs", 0, options.c_str()) == 0;
    if (!mounted_) error_ = std::strerror(errno);
  }
  ~TmpfsMount() {
    if (mounted_) ::umount2(dir_.c_str(), MNT_DETACH);
  }
  TmpfsMount(const TmpfsMount&) = delete;
  TmpfsMount& operator=(const TmpfsMount&) = delete;
  bool mounted() const { return mounted_; }
  const std::string& error() const { return error_; }
  // Makes the mount read-only.
  bool RemountReadOnly() {
    return ::mount("tmpfs", dir_.c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
  }

 private:
  fs::path dir_;
  bool mounted_ = false;
  std::string error_;
};

// A text file of about `bytes` bytes, with a name to anonymise on every line.
std::string LargeText(std::size_t bytes) {
  std::string text;
  while (text.size() < bytes) text += "Jade Okafor attended the review meeting again.\n";
  return text;
}

TEST_F(HostileBatch, OutputFolderThatFillsUpFailsOnlyTheFileThatDoesNotFit) {
  TmpfsMount mount(out(), "size=256k");
  if (!mount.mounted()) GTEST_SKIP() << "cannot mount a tmpfs here: " << mount.error();
  WriteFile(in() / "large.txt", LargeText(1 << 20));  // 1 MiB: cannot fit in 256 KiB
  CommandResult r = Run();
  ExpectWriteFailed(r, "large.txt", "No space left on device");
}

TEST_F(HostileBatch, WriteErrorFromTheFileSizeLimitLeavesNoTemporaryFile) {
  WriteFile(in() / "large.txt", LargeText(1 << 20));
  // 512-byte blocks in dash, 1024 in bash: either way well below 1 MiB and above the small
  // files (the case file and the audit log are written under the same limit).
  CommandResult r = Run({}, "trap '' XFSZ; ulimit -f 600; ");
  ExpectWriteFailed(r, "large.txt", "File too large");
}

TEST_F(HostileBatch, ReadOnlyOutputFolderFailsEachFileClearly) {
  TmpfsMount mount(out(), "size=1m");
  if (!mount.mounted()) GTEST_SKIP() << "cannot mount a tmpfs here: " << mount.error();
  ASSERT_TRUE(mount.RemountReadOnly()) << std::strerror(errno);
  WriteFile(in() / "other.txt", "Jade Okafor again.\n");
  CommandResult r = Run();
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  for (const char* name : {"good.txt", "other.txt"}) {
    // The error names the output, its folder and the reason.
    const std::string line = ErrorLine(r, out() / name);
    EXPECT_NE(line.find("the output folder " + out().string() +
                        " is not writable: Read-only file system"),
              std::string::npos)
        << r.err;
  }
  EXPECT_TRUE(FilesBelow(out()).empty());
}

TEST_F(HostileBatch, ReadOnlySubfolderOfTheOutputFailsOnlyItsFiles) {
  WriteFile(in() / "locked" / "minutes.txt", "Jade Okafor again.\n");
  TmpfsMount mount(out() / "locked", "size=1m");
  if (!mount.mounted()) GTEST_SKIP() << "cannot mount a tmpfs here: " << mount.error();
  ASSERT_TRUE(mount.RemountReadOnly()) << std::strerror(errno);
  CommandResult r = Run();
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  const std::string line = ErrorLine(r, out() / "locked" / "minutes.txt");
  EXPECT_NE(line.find("Read-only file system"), std::string::npos) << r.err;
  ExpectGoodWritten();
  ExpectNothingFor("minutes.txt");
}

}  // namespace
}  // namespace anonymiser::hostile
