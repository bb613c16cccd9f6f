// The audit log: an append-only JSON Lines file whose records form a hash chain.
//
// Every record is one line holding a JSON object whose first fields are
//   "kind"  what the record is ("run-start", "document", "replacement", "run-end"),
//   "seq"   its line number in the file (1 for the first line),
//   "time"  when it was written (ISO 8601, UTC, milliseconds),
//   "prev"  SHA-256 (hex) of the exact bytes of the previous line (without its
//           newline); 64 zeros on the first line.
// Editing, deleting, inserting or reordering a line breaks the chain at the
// first line changed. Several runs, even of several processes, may append to
// one log: each append takes the file's lock and chains to whatever line is
// last at that moment.
#pragma once

#include <Poco/JSON/Object.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace anonymiser::audit {

// The "prev" of a log's first record.
inline const std::string kGenesisHash(64, '0');

class AuditLogWriter {
 public:
  // Opens `path` for appending, creating it (owner read/write only) if
  // missing. Throws Error(kOutput) naming the file when it cannot.
  explicit AuditLogWriter(const std::filesystem::path& path);
  ~AuditLogWriter();
  AuditLogWriter(const AuditLogWriter&) = delete;
  AuditLogWriter& operator=(const AuditLogWriter&) = delete;

  // A new record of `kind` with "kind", "seq", "time" and "prev" in place (to
  // be filled by Append()); add the record's own fields after them.
  static Poco::JSON::Object::Ptr NewRecord(const std::string& kind);

  // Fills "seq", "time" and "prev" of `record` (made by NewRecord) and appends
  // it as one line. Outside a Batch the line is written at once; inside one it
  // waits for Flush(), so a document's records reach the file together: lines
  // never flushed when the Batch ends are dropped (cut off the file again if
  // they had to be written early) and the chain goes on from the last flushed
  // line. Inside a Batch at most kSpillBytes wait in memory: beyond that they
  // go to the file early, so a document with a million replacements needs no
  // more memory than one with a thousand. Throws Error(kOutput) on failure.
  void Append(Poco::JSON::Object& record);

  // The same for a record given as its own members in JSON, `members` being
  // `"name":value` pairs separated by commas (no braces), written after
  // "kind", "seq", "time" and "prev". For records written by the thousand
  // (one per replacement), where building a Poco object costs more than
  // the rest of the run.
  void AppendMembers(std::string_view kind, std::string_view members);

  // Writes the lines appended inside the current Batch; from now on they stay
  // in the log whatever happens to the Batch. Throws Error(kOutput) naming the
  // file on failure.
  void Flush();

  // The most a Batch keeps in memory before writing its lines early.
  static constexpr std::size_t kSpillBytes = std::size_t{1} << 20;

  // Flushes the file to the disk (fsync). Throws Error(kOutput) on failure.
  void Sync();

  // Holds the log's lock while alive, so that several Append() calls check
  // the file's end once and no other writer's record comes between them.
  class Batch {
   public:
    explicit Batch(AuditLogWriter& writer) : writer_(writer) { writer_.Lock(); }
    ~Batch() { writer_.Unlock(); }
    Batch(const Batch&) = delete;
    Batch& operator=(const Batch&) = delete;

   private:
    AuditLogWriter& writer_;
  };

  const std::filesystem::path& path() const { return path_; }

 private:
  // Takes the file's lock (nested calls count) and, on the outermost call,
  // learns the chain's head again if another writer appended meanwhile.
  void Lock();
  void Unlock();
  // Chains `line` (one record, no newline) and writes or queues it.
  void AppendLine(std::string_view line);
  // Starts a line at the end of pending_ (after the newline that a partial
  // last line of the file lacks); returns where the line starts.
  std::size_t BeginLine();
  // Ends the line that starts at pending_[start] and runs to its end: chains
  // it, adds its newline, and writes or queues it.
  void EndLine(std::size_t start);
  // Writes pending_ at the file's end and empties it (the chain state of the
  // last Flush() stays). Throws Error(kOutput) on failure.
  void WritePending();
  // Cuts the file back to its size at the last Flush() (or the Batch's
  // start), dropping lines written early; the chain goes on from there.
  void DropUnflushed();
  // Reads the last line of the file to learn the chain's head.
  void ReadTail(std::int64_t size);

  std::filesystem::path path_;
  int fd_ = -1;
  std::int64_t known_size_ = -1;  // the file size after our last append
  std::string prev_hash_;         // SHA-256 of the last line
  std::int64_t last_seq_ = 0;     // number of lines so far
  bool needs_newline_ = false;    // the file ends in a partial line
  int lock_depth_ = 0;
  std::string pending_;            // lines appended in a Batch, not yet written
  std::string flushed_prev_hash_;  // prev_hash_ and last_seq_ as of the last Flush()
  std::int64_t flushed_seq_ = 0;
  std::int64_t flushed_size_ = 0;  // the file's size at the last Flush() (or lock)
  bool flushed_needs_newline_ = false;
};

// The current time as the log writes it: "2026-11-23T20:41:28.123Z".
std::string LogTimestamp();

}  // namespace anonymiser::audit
