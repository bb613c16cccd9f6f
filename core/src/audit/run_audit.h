// What a run writes to the audit log: a start record, one document record and
// its replacement records per document (in input order), and an end record.
#pragma once

#include <Poco/JSON/Object.h>

#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "anonymiser/document.h"
#include "anonymiser/settings.h"
#include "audit/audit_log.h"
#include "audit/digest.h"
#include "pseudonymise/replacements.h"
#include "resolve/policy.h"
#include "text/string_map.h"

namespace anonymiser::audit {

// The facts recorded when a run starts.
struct RunStart {
  std::vector<std::pair<std::string, std::string>> plugins;  // name, version
  Poco::JSON::Object::Ptr configuration;                     // see ConfigurationJson()
  std::vector<std::string> inputs;                           // input files, in order
  std::string output_dir;
  std::string case_file;
};

// One anonymised document, as the log records it. The pointers must stay
// valid during RunAudit::Document().
struct AuditedDocument {
  std::string input;
  std::string output;
  std::string input_sha256;
  std::string output_sha256;
  std::string format;
  const std::vector<TextUnit>* units = nullptr;
  const Replacements* replacements = nullptr;
};

// The facts recorded when a run ends.
struct RunEnd {
  int exit_status = 0;
  // Calls its argument with every output of the run, in order. A run's list
  // can be as long as an archive, so it is handed over one by one, never as
  // a whole (nothing is listed when empty).
  std::function<void(const std::function<void(std::string_view)>&)> for_each_output;
  std::map<std::string, std::int64_t> counts;  // "written", "failed", "skipped" ...
  std::map<std::string, std::int64_t> replacements_by_type;
  std::vector<std::string> failures;  // error messages
};

// The run's configuration as JSON: policy, settings and house styles.
// Every setting whose key contains "password" (any case) is masked as "***".
Poco::JSON::Object::Ptr ConfigurationJson(const Policy& policy, const Settings& settings,
                                          const std::map<std::string, std::string>& styles,
                                          const std::map<std::string, std::string>& case_policies);

// The user running the process (from the password database) and the host name.
std::string CurrentUser();
std::string CurrentHost();

// A document's replacement records made ahead of time, without the log's
// chain fields: their members in JSON, back to back. Made on the worker
// threads, so that the part of logging that must be serial (numbering and
// chaining the lines) is all that is left for the case's lock.
struct PreparedRecords {
  std::string members;            // every record's members, concatenated
  std::vector<std::size_t> ends;  // where each record's members end
};

class RunAudit {
 public:
  // Appends to the log at `log_path`. `case_secret` (hex) keys the HMACs of
  // the originals; with `log_originals` the originals are logged too.
  // Throws Error(kOutput) when the log cannot be opened, Error(kConfig) when
  // the secret is not hex.
  RunAudit(const std::filesystem::path& log_path, const std::string& case_secret,
           bool log_originals);

  // The run's identifier, in every record of the run.
  const std::string& run_id() const { return run_id_; }
  const std::filesystem::path& path() const { return writer_.path(); }

  void Start(const RunStart& start);
  // The document record, then one record per replacement, in order. With
  // `prepared` (from Prepare() for this document) the replacement records are
  // taken from it.
  void Document(const AuditedDocument& doc, const PreparedRecords* prepared = nullptr);

  // The replacement records of `doc`, for Document(). Thread-safe. Memory
  // about 400 bytes per replacement: for very large documents, let Document()
  // make them as it writes (it keeps at most AuditLogWriter::kSpillBytes).
  PreparedRecords Prepare(const AuditedDocument& doc) const;
  // The end record; then flushes the log to the disk.
  void End(const RunEnd& end);

 private:
  // What the replacement records of one document share, in JSON, made once
  // per document (and per unit) rather than once per record.
  struct SharedMembers {
    std::string head;  // "run" and "document": every record starts with them
    std::size_t unit = static_cast<std::size_t>(-1);  // the unit `unit_members` are of
    std::string unit_members;                         // its "part", "location" and "unit"
  };
  Poco::JSON::Object::Ptr NewRecord(const std::string& kind) const;
  // The members the replacement records of `doc` share.
  SharedMembers StartDocument(const AuditedDocument& doc) const;
  // Appends the members of the replacement record of `rep` to `out`.
  void ReplacementMembers(const AuditedDocument& doc, SharedMembers& shared, const Replacement& rep,
                          std::string& out) const;
  // HMAC-SHA256 of `original` under this run's key, in hex, remembered for
  // the run: one original (a name) is replaced many times, and the HMAC
  // costs more than the rest of its record.
  Sha256HexDigest HmacHex(std::string_view original) const;

  // The most originals HmacHex() remembers (a few MB).
  static constexpr std::size_t kHmacCacheLimit = std::size_t{1} << 16;

  AuditLogWriter writer_;
  HmacSha256 hmac_;  // keyed with the case secret
  bool log_originals_;
  std::string run_id_;
  std::string start_time_;
  mutable std::mutex hmac_mu_;  // guards hmac_cache_ (Prepare() runs on several threads)
  mutable text::StringMap<Sha256HexDigest> hmac_cache_;  // looked up by view
};

}  // namespace anonymiser::audit
