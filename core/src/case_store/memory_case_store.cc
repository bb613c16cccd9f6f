#include <Poco/DigestEngine.h>
#include <Poco/RandomStream.h>
#include <Poco/SHA2Engine.h>

#include <mutex>

#include "case_store/case_store.h"

namespace anonymiser {

std::string NewCaseSecret() {
  Poco::RandomInputStream random;
  std::vector<unsigned char> bytes(32);
  random.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  return Poco::DigestEngine::digestToHex(bytes);
}

long ShiftDaysFromSecret(const std::string& secret) {
  Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
  sha.update("date-shift:" + secret);
  const auto& d = sha.digest();
  unsigned v = (static_cast<unsigned>(d[0]) << 8) | d[1];
  long days = 30 + static_cast<long>(v % 336);  // 30..365
  return (d[2] & 1) ? days : -days;
}

namespace {

class MemoryCaseStore : public CaseStore {
 public:
  MemoryCaseStore() {
    state_.secret = NewCaseSecret();
    state_.shift_days = ShiftDaysFromSecret(state_.secret);
  }
  void Update(const std::function<void(CaseState&)>& fn) override {
    std::lock_guard<std::mutex> lock(mu_);
    CaseState copy = state_;
    fn(copy);
    for (auto& e : copy.entities) e.dirty = false;
    for (auto& [k, d] : copy.documents) documents_[k] = std::move(d);
    copy.documents.clear();
    copy.counters_dirty = false;
    state_ = std::move(copy);
  }
  std::optional<DocumentRecord> FindDocument(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    const auto it = documents_.find(path);
    if (it == documents_.end()) return std::nullopt;
    return it->second;
  }
  std::size_t DocumentCount() override {
    std::lock_guard<std::mutex> lock(mu_);
    return documents_.size();
  }
  CaseState Load() override {
    std::lock_guard<std::mutex> lock(mu_);
    return state_;
  }
  std::string Describe() const override { return "(memory)"; }

 private:
  std::mutex mu_;
  CaseState state_;
  std::map<std::string, DocumentRecord> documents_;  // by input path
};

}  // namespace

std::unique_ptr<CaseStore> OpenMemoryCaseStore() { return std::make_unique<MemoryCaseStore>(); }

}  // namespace anonymiser
