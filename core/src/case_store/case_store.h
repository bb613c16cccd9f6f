// Where a case's state lives between runs.
//
// The pipeline never talks to a database: it asks the store for the state,
// changes it inside Update(), and the store saves the changes atomically.
// Implementations: an in-memory store (for `detect` and tests) and SQLite
// (the default, one file per case).
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "case_store/case_state.h"

namespace anonymiser {

class CaseStore {
 public:
  virtual ~CaseStore() = default;

  // Runs `fn` with exclusive access to the current state (other processes
  // sharing the store wait). Changes `fn` makes to dirty entities, documents
  // and counters are saved atomically when it returns; if it throws, nothing
  // is saved.
  virtual void Update(const std::function<void(CaseState&)>& fn) = 0;

  // A copy of the current state (its `documents` empty: see FindDocument()).
  virtual CaseState Load() = 0;

  // The record of the document whose input path is `path`, if the case has
  // one.
  virtual std::optional<DocumentRecord> FindDocument(const std::string& path) = 0;

  // How many documents the case has recorded.
  virtual std::size_t DocumentCount() = 0;

  // Where the store lives, for messages ("" for memory).
  virtual std::string Describe() const = 0;
};

// A store that lives only as long as the object, with a fresh random secret.
std::unique_ptr<CaseStore> OpenMemoryCaseStore();

// The case file at `path` (SQLite). A missing file is created, readable and
// writable by its owner only (it holds the re-identification key), with a
// new random secret. Several processes may share one file: Update() takes
// the file's write lock and waits up to `busy_timeout_ms` for it. Throws
// Error(kConfig) naming the file when it is not a case file, was written by
// a newer version, or cannot be created.
std::unique_ptr<CaseStore> OpenSqliteCaseStore(const std::filesystem::path& path,
                                               int busy_timeout_ms = 60000);

// The schema version this build writes.
inline constexpr int kCaseSchemaVersion = 1;

// A fresh random secret: 32 random bytes as hex.
std::string NewCaseSecret();

// The date shift derived from a case secret: a whole number of days in
// [-365, -30] or [30, 365], the same for every run of the case.
long ShiftDaysFromSecret(const std::string& secret);

}  // namespace anonymiser
