// Times reading a PDF and writing it as anonymised text (or PDF) with the
// format-pdf plugin, no edits: the plugin's own cost, to compare with
// pdftotext on the same file (scripts/bench-pdf does both). Prints the best
// wall-clock time and the best CPU time (user + system) of REPEATS runs, in
// seconds: "WALL CPU".
//   bench_format_pdf FILE.pdf [text|pdf] [REPEATS]
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "anonymiser/error.h"
#include "pdf_format_plugin.h"

namespace {

double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE.pdf [text|pdf] [REPEATS]\n", argv[0]);
    return 2;
  }
  const std::string mode = argc > 2 ? argv[2] : "text";
  const int repeats = argc > 3 ? std::atoi(argv[3]) : 1;
  anonymiser::pdf::PdfFormatPlugin plugin;
  anonymiser::PluginContext context;
  context.settings.Set("pdf.output", mode);
  plugin.Configure(context);
  const auto out = std::filesystem::temp_directory_path() /
                   ("bench-format-pdf-" + std::to_string(::getpid()) + "." + mode);
  double best = 1e9;
  double best_cpu = 1e9;
  try {
    for (int i = 0; i < repeats; ++i) {
      const auto start = std::chrono::steady_clock::now();
      const double cpu_start = CpuSeconds();
      auto doc = plugin.Read(argv[1]);
      doc->Write({}, out);
      const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
      if (took.count() < best) best = took.count();
      if (CpuSeconds() - cpu_start < best_cpu) best_cpu = CpuSeconds() - cpu_start;
      std::filesystem::remove(out);
    }
  } catch (const anonymiser::Error& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
  std::printf("%.4f %.4f\n", best, best_cpu);
  return 0;
}
