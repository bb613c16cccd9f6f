#include "scratch_file.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace anonymiser::fuzz {

namespace fs = std::filesystem;

namespace {

fs::path MakeScratchDir() {
  fs::path dir = fs::temp_directory_path() / ("anonymiser-fuzz-" + std::to_string(::getpid()));
  std::error_code ec;
  fs::remove_all(dir, ec);
  fs::create_directories(dir, ec);
  if (ec) {
    std::fprintf(stderr, "fuzz: cannot create %s: %s\n", dir.c_str(), ec.message().c_str());
    std::abort();
  }
  return dir;
}

struct ScratchHolder {
  fs::path dir = MakeScratchDir();
  ~ScratchHolder() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

}  // namespace

const fs::path& ScratchDir() {
  static ScratchHolder holder;
  return holder.dir;
}

fs::path WriteScratchFile(const char* name, const std::uint8_t* data, std::size_t size) {
  fs::path path = ScratchDir() / name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  out.close();
  if (!out) {
    std::fprintf(stderr, "fuzz: cannot write %s\n", path.c_str());
    std::abort();
  }
  return path;
}

}  // namespace anonymiser::fuzz
