#include "batch/progress.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace anonymiser {

namespace {

constexpr auto kTerminalInterval = std::chrono::milliseconds(250);
constexpr auto kLinesInterval = std::chrono::seconds(30);

std::string Duration(double seconds) {
  if (!(seconds >= 0) || seconds > 99 * 3600.0) return "?";
  const long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600)
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

}  // namespace

Progress::Progress(std::ostream& out, Mode mode, std::uint64_t files, std::uint64_t bytes,
                   std::function<Clock::time_point()> now)
    : out_(out),
      mode_(mode),
      files_(files),
      bytes_(bytes),
      now_(std::move(now)),
      start_(now_()),
      last_draw_(start_) {}

Progress::Mode Progress::ModeFor(int fd, bool quiet) {
  if (quiet) return Mode::kQuiet;
  return ::isatty(fd) ? Mode::kTerminal : Mode::kLines;
}

void Progress::FileDone(std::uint64_t bytes, Outcome outcome) {
  std::lock_guard<std::mutex> lock(mu_);
  ++done_;
  if (outcome == Outcome::kFailed) ++failed_;
  if (outcome == Outcome::kSkipped)
    bytes_ -= std::min(bytes_, bytes);
  else
    bytes_done_ += bytes;
  DrawLocked(false);
}

void Progress::Finish() {
  std::lock_guard<std::mutex> lock(mu_);
  DrawLocked(true);
}

std::string Progress::Line() const {
  std::lock_guard<std::mutex> lock(mu_);
  return LineLocked();
}

std::string Progress::LineLocked() const {
  const double seconds = std::chrono::duration<double>(now_() - start_).count();
  const double mb = static_cast<double>(bytes_done_) / 1e6;
  std::string line = std::to_string(done_) + "/" + std::to_string(files_) + " files";
  char buf[64];
  if (seconds > 0) {
    std::snprintf(buf, sizeof buf, ", %.1f MB/s", mb / seconds);
    line += buf;
  }
  if (done_ < files_) {
    const std::uint64_t left = bytes_ > bytes_done_ ? bytes_ - bytes_done_ : 0;
    if (bytes_done_ > 0 && seconds > 0)
      line += ", ETA " +
              Duration(static_cast<double>(left) * seconds / static_cast<double>(bytes_done_));
    else
      line += ", ETA ?";
  } else {
    line += ", " + Duration(seconds) + " elapsed";
  }
  if (failed_ > 0) line += ", " + std::to_string(failed_) + " failed";
  return line;
}

void Progress::DrawLocked(bool final) {
  if (mode_ == Mode::kQuiet) return;
  const Clock::time_point now = now_();
  if (mode_ == Mode::kTerminal) {
    if (!final && drawn_ && now - last_draw_ < kTerminalInterval) return;
    std::string line = LineLocked();
    const std::size_t width = line.size();
    if (width < last_width_) line.append(last_width_ - width, ' ');  // clear the old tail
    last_width_ = width;
    out_ << '\r' << line;
    if (final) out_ << '\n';
    out_.flush();
  } else {
    const std::uint64_t tenth = files_ == 0 ? 10 : done_ * 10 / files_;
    const bool due = tenth > last_tenth_ || now - last_draw_ >= kLinesInterval;
    if (final ? (drawn_ && done_ == drawn_done_) : !due) return;
    last_tenth_ = tenth;
    drawn_done_ = done_;
    out_ << "progress: " << LineLocked() << '\n';
    out_.flush();
  }
  last_draw_ = now;
  drawn_ = true;
}

}  // namespace anonymiser
