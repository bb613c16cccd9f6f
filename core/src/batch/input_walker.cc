#include "batch/input_walker.h"

#include <algorithm>

#include "anonymiser/error.h"

namespace anonymiser {

namespace fs = std::filesystem;

namespace {

bool IsInside(const fs::path& child, const fs::path& parent) {
  auto c = child.begin(), p = parent.begin();
  for (; p != parent.end(); ++p, ++c) {
    if (p->empty()) continue;  // trailing separator
    if (c == child.end() || *c != *p) return false;
  }
  return true;
}

bool IsOwnTempFile(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 4 && name[0] == '.' && name.find(".anonymiser-") != std::string::npos &&
         name.substr(name.size() - 4) == ".tmp";
}

}  // namespace

std::vector<InputFile> CollectInputs(const std::vector<fs::path>& inputs, const fs::path& output_dir,
                                     std::vector<std::string>& skipped) {
  std::vector<InputFile> files;
  std::error_code ec;
  const fs::path out_canon = fs::weakly_canonical(fs::absolute(output_dir), ec);
  for (const auto& input : inputs) {
    if (!fs::exists(input, ec))
      throw Error(ErrorCode::kUsage, input.string() + ": no such file or folder");
    const fs::path canon = fs::weakly_canonical(fs::absolute(input), ec);
    if (!fs::is_directory(input, ec)) {
      files.push_back({input, input.filename(), true});
      continue;
    }
    if (IsInside(out_canon, canon))
      throw Error(ErrorCode::kUsage,
                  "output folder " + output_dir.string() + " is inside the input folder " +
                      input.string() + "; choose an output folder outside it");
    std::vector<InputFile> found;
    auto it = fs::recursive_directory_iterator(input, fs::directory_options::skip_permission_denied, ec);
    if (ec) throw Error(ErrorCode::kUsage, input.string() + ": cannot read the folder: " + ec.message());
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        skipped.push_back(input.string() + ": " + ec.message());
        ec.clear();
        continue;
      }
      const fs::path& p = it->path();
      if (it->is_symlink(ec)) {
        const fs::path target = fs::weakly_canonical(p, ec);
        if (ec || !IsInside(target, canon)) {
          skipped.push_back(p.string() + ": symbolic link pointing outside the input folder");
          continue;
        }
        if (fs::is_directory(target, ec)) continue;  // not followed; its files are in the tree
      }
      if (!it->is_regular_file(ec)) continue;
      if (IsOwnTempFile(p)) continue;
      found.push_back({p, p.lexically_relative(input), false});
    }
    std::sort(found.begin(), found.end(),
              [](const InputFile& a, const InputFile& b) { return a.relative < b.relative; });
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace anonymiser
