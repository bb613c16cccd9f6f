#include "audit/audit_log.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Timestamp.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "anonymiser/error.h"
#include "audit/digest.h"
#include "audit/json_line.h"
#include "text/json_writer.h"

namespace anonymiser::audit {

namespace {

std::string ErrnoText() { return std::strerror(errno); }

}  // namespace

namespace {

// LogTimestamp(), valid until the thread's next call: no copy per line.
const std::string& CurrentTimestamp() {
  // Formatting costs more than the rest of a replacement's record, and lines
  // come by the thousand per millisecond: format once per millisecond.
  thread_local Poco::Timestamp::TimeVal last_ms = -1;
  thread_local std::string last;
  const Poco::Timestamp now;
  const Poco::Timestamp::TimeVal ms = now.epochMicroseconds() / 1000;
  if (ms != last_ms) {
    last = Poco::DateTimeFormatter::format(now, "%Y-%m-%dT%H:%M:%S.%iZ");
    last_ms = ms;
  }
  return last;
}

}  // namespace

std::string LogTimestamp() { return CurrentTimestamp(); }

AuditLogWriter::AuditLogWriter(const std::filesystem::path& path) : path_(path) {
  if (!path.parent_path().empty()) {
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
  }
  fd_ = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (fd_ < 0)
    throw Error(ErrorCode::kOutput, path.string() + ": cannot open the audit log: " + ErrnoText());
}

AuditLogWriter::~AuditLogWriter() {
  if (fd_ >= 0) ::close(fd_);
}

Poco::JSON::Object::Ptr AuditLogWriter::NewRecord(const std::string& kind) {
  Poco::JSON::Object::Ptr record = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  record->set("kind", kind);
  record->set("seq", 0);
  record->set("time", "");
  record->set("prev", "");
  return record;
}

void AuditLogWriter::ReadTail(std::int64_t size) {
  prev_hash_ = kGenesisHash;
  last_seq_ = 0;
  needs_newline_ = false;
  if (size == 0) return;
  std::ifstream in(path_, std::ios::binary);
  if (!in) throw Error(ErrorCode::kOutput, path_.string() + ": cannot read the audit log");
  // Read backwards in blocks until the start of the last line is found.
  std::string tail;
  std::int64_t pos = size;
  constexpr std::int64_t kBlock = 65536;
  std::size_t line_start = std::string::npos;
  while (pos > 0) {
    const std::int64_t n = std::min(kBlock, pos);
    pos -= n;
    std::string block(static_cast<std::size_t>(n), '\0');
    in.seekg(pos);
    in.read(block.data(), n);
    tail.insert(0, block);
    // Skip the final newline when looking for the one before the last line.
    const std::size_t search_end = tail.size() - (tail.back() == '\n' ? 1 : 0);
    if (search_end == 0) continue;
    const std::size_t nl = tail.rfind('\n', search_end - 1);
    if (nl != std::string::npos) {
      line_start = nl + 1;
      break;
    }
  }
  if (line_start == std::string::npos) line_start = 0;
  std::string last = tail.substr(line_start);
  if (!last.empty() && last.back() == '\n') {
    last.pop_back();
  } else {
    needs_newline_ = true;
  }
  prev_hash_ = Sha256Hex(last);
  // The sequence number: from the last record, else by counting lines.
  try {
    Poco::JSON::Parser parser;
    auto obj = parser.parse(last).extract<Poco::JSON::Object::Ptr>();
    last_seq_ = obj->getValue<std::int64_t>("seq");
    return;
  } catch (const Poco::Exception&) {
  } catch (const std::exception&) {
  }
  in.clear();
  in.seekg(0);
  std::string line;
  while (std::getline(in, line)) ++last_seq_;
}

void AuditLogWriter::Lock() {
  if (lock_depth_++ > 0) return;
  while (flock(fd_, LOCK_EX) != 0) {
    if (errno != EINTR) {
      lock_depth_ = 0;
      throw Error(ErrorCode::kOutput,
                  path_.string() + ": cannot lock the audit log: " + ErrnoText());
    }
  }
  struct stat st {};
  if (fstat(fd_, &st) != 0) {
    Unlock();
    throw Error(ErrorCode::kOutput, path_.string() + ": " + ErrnoText());
  }
  try {
    if (st.st_size != known_size_) ReadTail(st.st_size);  // first append, or another writer
  } catch (...) {
    Unlock();
    throw;
  }
  known_size_ = st.st_size;
  flushed_prev_hash_ = prev_hash_;
  flushed_seq_ = last_seq_;
  flushed_size_ = known_size_;
  flushed_needs_newline_ = needs_newline_;
}

void AuditLogWriter::Unlock() {
  if (lock_depth_ > 0 && --lock_depth_ == 0) {
    // A batch left without Flush() (an exception): its lines are dropped.
    if (!pending_.empty() || known_size_ != flushed_size_) DropUnflushed();
    flock(fd_, LOCK_UN);
  }
}

void AuditLogWriter::DropUnflushed() {
  pending_.clear();
  prev_hash_ = flushed_prev_hash_;
  last_seq_ = flushed_seq_;
  needs_newline_ = flushed_needs_newline_;
  if (known_size_ == flushed_size_) return;
  // Lines written early: we still hold the lock, so nothing came after them.
  while (::ftruncate(fd_, flushed_size_) != 0) {
    if (errno == EINTR) continue;
    known_size_ = -1;  // learn the chain again from whatever the file holds
    return;            // (called from Unlock(): a destructor path, no throw)
  }
  known_size_ = flushed_size_;
}

void AuditLogWriter::Append(Poco::JSON::Object& record) {
  Batch lock(*this);
  record.set("seq", last_seq_ + 1);
  record.set("time", LogTimestamp());
  record.set("prev", prev_hash_);
  AppendLine(JsonLine(record));
}

void AuditLogWriter::AppendMembers(std::string_view kind, std::string_view members) {
  Batch lock(*this);
  // Made in place at the end of pending_: no line is built apart and copied.
  const std::size_t start = BeginLine();
  text::JsonWriter json(pending_);
  pending_ += R"({"kind":)";
  json.String(kind);
  pending_ += R"(,"seq":)";
  json.Unsigned(static_cast<std::uint64_t>(last_seq_ + 1));
  // The time (digits and "-:.TZ") and the hash (hex) need no escaping.
  pending_ += R"(,"time":")";
  pending_ += CurrentTimestamp();
  pending_ += R"(","prev":")";
  pending_ += prev_hash_;
  pending_ += '"';
  if (!members.empty()) {
    pending_ += ',';
    pending_ += members;
  }
  pending_ += '}';
  EndLine(start);
}

void AuditLogWriter::AppendLine(std::string_view line) {
  const std::size_t start = BeginLine();
  pending_ += line;
  EndLine(start);
}

std::size_t AuditLogWriter::BeginLine() {
  if (needs_newline_) pending_ += '\n';
  needs_newline_ = false;
  return pending_.size();
}

void AuditLogWriter::EndLine(std::size_t start) {
  const Sha256HexDigest hash = ToHex(Sha256(std::string_view(pending_).substr(start)));
  prev_hash_.assign(hash.data(), hash.size());
  pending_ += '\n';
  ++last_seq_;
  // Inside a caller's Batch the lines wait for Flush(): one write per document.
  if (lock_depth_ == 1)
    Flush();
  else if (pending_.size() >= kSpillBytes)
    WritePending();
}

void AuditLogWriter::Flush() {
  WritePending();
  flushed_prev_hash_ = prev_hash_;
  flushed_seq_ = last_seq_;
  flushed_size_ = known_size_;
  flushed_needs_newline_ = needs_newline_;
}

void AuditLogWriter::WritePending() {
  std::size_t done = 0;
  while (done < pending_.size()) {
    const ssize_t n = ::write(fd_, pending_.data() + done, pending_.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      // What reached the file is there; learn the chain again from it.
      known_size_ = -1;
      pending_.clear();
      throw Error(ErrorCode::kOutput,
                  path_.string() + ": cannot write the audit log: " + ErrnoText());
    }
    done += static_cast<std::size_t>(n);
  }
  known_size_ += static_cast<std::int64_t>(pending_.size());
  pending_.clear();
}

void AuditLogWriter::Sync() {
  if (::fsync(fd_) != 0)
    throw Error(ErrorCode::kOutput,
                path_.string() + ": cannot flush the audit log: " + ErrnoText());
}

}  // namespace anonymiser::audit
