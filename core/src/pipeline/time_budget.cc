#include "pipeline/time_budget.h"

#include "anonymiser/error.h"

namespace anonymiser {

TimeBudget::TimeBudget(double seconds, std::string shown, std::filesystem::path file)
    : limit_(seconds), shown_(std::move(shown)), file_(std::move(file)) {}

void TimeBudget::Start() {
  if (running_) return;
  since_ = Clock::now();
  running_ = true;
}

void TimeBudget::Stop() {
  if (!running_) return;
  used_ += Clock::now() - since_;
  running_ = false;
}

double TimeBudget::Used() const {
  Clock::duration d = used_;
  if (running_) d += Clock::now() - since_;
  return std::chrono::duration<double>(d).count();
}

void TimeBudget::Check() const {
  if (Used() > limit_)
    throw Error(ErrorCode::kLimit,
                file_.string() + ": took longer than the --timeout of " + shown_ + " s");
}

}  // namespace anonymiser
