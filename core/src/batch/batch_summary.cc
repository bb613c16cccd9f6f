#include "batch/batch_summary.h"

#include <Poco/JSON/Array.h>
#include <signal.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "anonymiser/error.h"
#include "write/atomic_output.h"

namespace anonymiser {

namespace {

std::string SignalName(int sig) {
  if (sig == SIGINT) return "SIGINT";
  if (sig == SIGTERM) return "SIGTERM";
  return "signal " + std::to_string(sig);
}

std::string Fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

Poco::JSON::Array::Ptr NotesJson(const std::vector<BatchSummary::FileNote>& notes) {
  Poco::JSON::Array::Ptr a = new Poco::JSON::Array;
  for (const auto& n : notes) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("file", n.file);
    o->set("reason", n.reason);
    a->add(o);
  }
  return a;
}

}  // namespace

BatchSummary::FileNote BatchSummary::Note(const std::string& file, const std::string& message) {
  const std::string prefix = file + ": ";
  if (message.rfind(prefix, 0) == 0) return {file, message.substr(prefix.size())};
  return {file, message};
}

std::uint64_t BatchSummary::replacements() const {
  std::uint64_t n = 0;
  for (const auto& [type, count] : replacements_by_type) n += count;
  return n;
}

double BatchSummary::MegabytesPerSecond() const {
  return seconds > 0 ? static_cast<double>(bytes_read) / 1e6 / seconds : 0;
}

double BatchSummary::FilesPerSecond() const {
  return seconds > 0 ? static_cast<double>(written + failed) / seconds : 0;
}

void BatchSummary::Print(std::ostream& out) const {
  out << "\n"
      << files << " files: " << written << " written, " << unchanged << " unchanged (skipped), "
      << failed << " failed, " << unsupported << " skipped (unsupported), " << copied
      << " copied unchanged";
  if (abandoned > 0) out << ", " << abandoned << " abandoned";
  out << "\n";
  out << "read " << Fixed(static_cast<double>(bytes_read) / 1e6, 1) << " MB in "
      << Fixed(seconds, 1) << " s: " << Fixed(MegabytesPerSecond(), 2) << " MB/s, "
      << Fixed(FilesPerSecond(), 1) << " files/s; wrote "
      << Fixed(static_cast<double>(bytes_written) / 1e6, 1) << " MB\n";
  out << replacements() << " replacements\n";
  for (const auto& [type, n] : replacements_by_type) out << "  " << type << ": " << n << "\n";
  if (!failures.empty()) {
    out << "failed:\n";
    for (const auto& f : failures) out << "  " << f.file << ": " << f.reason << "\n";
  }
  if (!skipped.empty()) {
    out << "skipped:\n";
    for (const auto& s : skipped) out << "  " << s.file << ": " << s.reason << "\n";
  }
  if (signal != 0)
    out << "interrupted by " << SignalName(signal) << ": " << abandoned
        << " files not finished; run the same command again to finish (files already done "
           "are skipped)\n";
}

Poco::JSON::Object::Ptr BatchSummary::ToJson() const {
  Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  o->set("files", files);
  o->set("written", written);
  o->set("unchanged", unchanged);
  o->set("failed", failed);
  o->set("unsupported", unsupported);
  o->set("copied", copied);
  o->set("abandoned", abandoned);
  o->set("interrupted", signal != 0);
  if (signal != 0)
    o->set("signal", SignalName(signal));
  else
    o->set("signal", Poco::Dynamic::Var());
  o->set("exit_status", exit_status);
  o->set("bytes_read", bytes_read);
  o->set("bytes_written", bytes_written);
  o->set("seconds", seconds);
  o->set("mb_per_second", MegabytesPerSecond());
  o->set("files_per_second", FilesPerSecond());
  o->set("replacements", replacements());
  Poco::JSON::Object::Ptr by_type = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  for (const auto& [type, n] : replacements_by_type) by_type->set(type, n);
  o->set("replacements_by_type", by_type);
  o->set("failures", NotesJson(failures));
  o->set("skipped", NotesJson(skipped));
  return o;
}

void BatchSummary::WriteJson(const std::filesystem::path& path) const {
  AtomicOutput out(path);
  {
    std::ofstream f(out.temp_path(), std::ios::binary);
    ToJson()->stringify(f, 2);
    f << "\n";
    f.close();
    if (!f)
      throw Error(ErrorCode::kOutput, path.string() + ": cannot write the summary: " +
                                          std::string(std::strerror(errno)));
  }
  out.Commit();
}

}  // namespace anonymiser
