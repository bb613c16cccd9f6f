#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/SQLiteException.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <mutex>
#include <sstream>

#include "anonymiser/error.h"
#include "case_store/case_store.h"

namespace anonymiser {

namespace {

using namespace Poco::Data::Keywords;
using Poco::Data::Session;
using Poco::Data::Statement;

std::string AttributesToJson(const std::map<std::string, std::string>& attrs) {
  Poco::JSON::Object o;
  for (const auto& [k, v] : attrs) o.set(k, v);
  std::ostringstream out;
  o.stringify(out);
  return out.str();
}

std::map<std::string, std::string> AttributesFromJson(const std::string& json) {
  std::map<std::string, std::string> out;
  if (json.empty()) return out;
  Poco::JSON::Parser parser;
  auto obj = parser.parse(json).extract<Poco::JSON::Object::Ptr>();
  for (const auto& [k, v] : *obj) out[k] = v.toString();
  return out;
}

// The schema, one list of statements per version step (index 0: empty -> 1).
const std::vector<std::vector<std::string>>& Migrations() {
  static const std::vector<std::vector<std::string>> m = {{
      "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
      "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
      "CREATE TABLE entities (id INTEGER PRIMARY KEY, type TEXT NOT NULL, pseudonym TEXT NOT "
      "NULL, known INTEGER NOT NULL, original TEXT NOT NULL, attributes TEXT NOT NULL, "
      "last_seen INTEGER NOT NULL)",
      "CREATE UNIQUE INDEX entities_pseudonym ON entities(pseudonym)",
      "CREATE TABLE variants (entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE "
      "CASCADE, variant TEXT NOT NULL, PRIMARY KEY (entity_id, variant))",
      "CREATE TABLE letters (pattern TEXT PRIMARY KEY, next INTEGER NOT NULL)",
      "CREATE TABLE documents (path TEXT PRIMARY KEY, input_sha256 TEXT NOT NULL, output_path "
      "TEXT NOT NULL, output_sha256 TEXT NOT NULL)",
  }};
  return m;
}

class SqliteCaseStore : public CaseStore {
 public:
  SqliteCaseStore(const std::filesystem::path& path, int busy_timeout_ms) : path_(path) {
    static std::once_flag once;
    std::call_once(once, [] { Poco::Data::SQLite::Connector::registerConnector(); });
    const std::string name = path.string();
    std::error_code ec;
    const bool existed = std::filesystem::exists(path, ec);
    if (!existed) {
      // Create it owner-only before SQLite opens it; SQLite's journal files
      // take the same permissions.
      std::filesystem::create_directories(path.parent_path().empty() ? "." : path.parent_path(),
                                          ec);
      int fd = ::open(name.c_str(), O_CREAT | O_EXCL | O_WRONLY, 0600);
      if (fd < 0 && errno != EEXIST)
        throw Error(ErrorCode::kConfig,
                    name + ": cannot create the case file: " + std::strerror(errno));
      if (fd >= 0) ::close(fd);
    }
    try {
      session_ = std::make_unique<Session>("SQLite", name);
      *session_ << "PRAGMA busy_timeout = " + std::to_string(busy_timeout_ms), now;
      *session_ << "PRAGMA foreign_keys = ON", now;
      WithWriteLock([&] { Migrate(); });
    } catch (const Error&) {
      throw;
    } catch (const Poco::Exception& e) {
      throw Error(ErrorCode::kConfig, name + ": not a usable case file: " + e.displayText());
    }
  }

  void Update(const std::function<void(CaseState&)>& fn) override {
    std::lock_guard<std::mutex> lock(mu_);
    WithWriteLock([&] {
      CaseState& state = Current();
      try {
        fn(state);
        Save(state);
      } catch (...) {
        cached_ = false;  // the transaction rolls back: so must the copy
        throw;
      }
    });
  }

  CaseState Load() override {
    std::lock_guard<std::mutex> lock(mu_);
    try {
      *session_ << "BEGIN", now;
      CaseState s = Current();
      *session_ << "COMMIT", now;
      return s;
    } catch (const Poco::Exception& e) {
      Rollback();
      cached_ = false;
      throw Error(ErrorCode::kConfig,
                  path_.string() + ": cannot read the case: " + e.displayText());
    }
  }

  std::optional<DocumentRecord> FindDocument(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    try {
      std::string p = path;
      std::vector<std::string> in_sha, out_paths, out_sha;
      *session_ << "SELECT input_sha256, output_path, output_sha256 FROM documents WHERE path = ?",
          useRef(p), into(in_sha), into(out_paths), into(out_sha), now;
      if (in_sha.empty()) return std::nullopt;
      return DocumentRecord{path, in_sha[0], out_sha[0], out_paths[0]};
    } catch (const Poco::Exception& e) {
      throw Error(ErrorCode::kConfig,
                  path_.string() + ": cannot read the case: " + e.displayText());
    }
  }

  std::size_t DocumentCount() override {
    std::lock_guard<std::mutex> lock(mu_);
    try {
      std::int64_t n = 0;
      *session_ << "SELECT count(*) FROM documents", into(n), now;
      return static_cast<std::size_t>(n);
    } catch (const Poco::Exception& e) {
      throw Error(ErrorCode::kConfig,
                  path_.string() + ": cannot read the case: " + e.displayText());
    }
  }

  std::string Describe() const override { return path_.string(); }

 private:
  // Runs `fn` inside BEGIN IMMEDIATE ... COMMIT (the write lock of the file).
  void WithWriteLock(const std::function<void()>& fn) {
    try {
      *session_ << "BEGIN IMMEDIATE", now;
    } catch (const Poco::Exception& e) {
      throw Error(ErrorCode::kConfig,
                  path_.string() + ": the case file is locked or unreadable: " + e.displayText());
    }
    try {
      fn();
      *session_ << "COMMIT", now;
    } catch (const Poco::Exception& e) {
      Rollback();
      throw Error(ErrorCode::kConfig,
                  path_.string() + ": cannot update the case: " + e.displayText());
    } catch (...) {
      Rollback();
      throw;
    }
  }

  void Rollback() {
    try {
      *session_ << "ROLLBACK", now;
    } catch (...) {
    }
  }

  void Migrate() {
    int tables = 0;
    *session_ << "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
        into(tables), now;
    int version = 0;
    if (tables > 0) {
      std::string v;
      *session_ << "SELECT value FROM meta WHERE key = 'schema_version'", into(v), now;
      version = v.empty() ? 0 : std::stoi(v);
    } else {
      int any = 0;
      *session_ << "SELECT count(*) FROM sqlite_master", into(any), now;
      if (any > 0)
        throw Error(ErrorCode::kConfig,
                    path_.string() + ": not a case file (a database of another kind)");
    }
    if (version > kCaseSchemaVersion)
      throw Error(ErrorCode::kConfig, path_.string() +
                                          ": written by a newer anonymise (case schema " +
                                          std::to_string(version) + "); upgrade to use it");
    const auto& steps = Migrations();
    for (int v = version; v < kCaseSchemaVersion; ++v)
      for (const auto& sql : steps[static_cast<std::size_t>(v)]) *session_ << sql, now;
    if (version == 0) {
      const std::string secret = NewCaseSecret();
      const std::string shift = std::to_string(ShiftDaysFromSecret(secret));
      std::string schema = std::to_string(kCaseSchemaVersion);
      *session_ << "INSERT INTO meta VALUES ('secret', ?)", useRef(secret), now;
      *session_ << "INSERT INTO meta VALUES ('shift_days', ?)", useRef(shift), now;
      *session_ << "INSERT INTO meta VALUES ('schema_version', ?)", useRef(schema), now;
      *session_ << "INSERT INTO meta VALUES ('next_entity_id', '1')", now;
      *session_ << "INSERT INTO meta VALUES ('document_counter', '0')", now;
    } else if (version < kCaseSchemaVersion) {
      std::string schema = std::to_string(kCaseSchemaVersion);
      *session_ << "UPDATE meta SET value = ? WHERE key = 'schema_version'", useRef(schema), now;
    }
  }

  std::string Meta(const std::string& key) {
    std::string v;
    std::string k = key;
    *session_ << "SELECT value FROM meta WHERE key = ?", useRef(k), into(v), now;
    return v;
  }

  // The case as the file holds it, inside a transaction. Reading a large case
  // costs far more than the work of one window of files, so the last state
  // this connection committed is kept and re-read only when another process
  // has committed since (SQLite's data_version changes only for commits of
  // other connections).
  CaseState& Current() {
    std::int64_t version = 0;
    *session_ << "PRAGMA data_version", into(version), now;
    if (!cached_ || version != cached_version_) {
      cached_ = false;
      cache_ = Read();
      cached_version_ = version;
      cached_ = true;
    }
    return cache_;
  }

  CaseState Read() {
    CaseState s;
    s.secret = Meta("secret");
    s.shift_days = std::stol(Meta("shift_days"));
    s.next_entity_id = std::stoll(Meta("next_entity_id"));
    s.document_counter = std::stoll(Meta("document_counter"));
    {
      std::vector<std::string> keys, values;
      *session_ << "SELECT key, value FROM settings", into(keys), into(values), now;
      for (std::size_t i = 0; i < keys.size(); ++i) s.settings[keys[i]] = values[i];
    }
    {
      std::vector<std::int64_t> ids, last_seen;
      std::vector<int> known;
      std::vector<std::string> types, pseudonyms, originals, attributes;
      *session_ << "SELECT id, type, pseudonym, known, original, attributes, last_seen FROM "
                   "entities ORDER BY id",
          into(ids), into(types), into(pseudonyms), into(known), into(originals), into(attributes),
          into(last_seen), now;
      std::map<std::int64_t, std::size_t> index;
      for (std::size_t i = 0; i < ids.size(); ++i) {
        Entity e;
        e.id = ids[i];
        e.type = types[i];
        e.pseudonym = pseudonyms[i];
        e.known = known[i] != 0;
        e.original = originals[i];
        e.attributes = AttributesFromJson(attributes[i]);
        e.last_seen = last_seen[i];
        index[e.id] = s.entities.size();
        s.entities.push_back(std::move(e));
      }
      std::vector<std::int64_t> vid;
      std::vector<std::string> variants;
      *session_ << "SELECT entity_id, variant FROM variants ORDER BY rowid", into(vid),
          into(variants), now;
      for (std::size_t i = 0; i < vid.size(); ++i)
        if (auto it = index.find(vid[i]); it != index.end())
          s.entities[it->second].variants.push_back(variants[i]);
      for (auto& e : s.entities) e.stored_variants = e.variants.size();
    }
    {
      std::vector<std::string> patterns;
      std::vector<int> next;
      *session_ << "SELECT pattern, next FROM letters", into(patterns), into(next), now;
      for (std::size_t i = 0; i < patterns.size(); ++i) s.next_letter[patterns[i]] = next[i];
    }
    return s;
  }

  void Save(CaseState& s) {
    for (std::int64_t id : s.removed_entities) {
      *session_ << "DELETE FROM variants WHERE entity_id = ?", use(id), now;
      *session_ << "DELETE FROM entities WHERE id = ?", use(id), now;
    }
    s.removed_entities.clear();
    // One statement per table, bound to vectors: SQLite compiles it once
    // (a statement per row cost more than the rest of a window's work).
    std::vector<std::int64_t> ids, seen, variant_ids;
    std::vector<int> knowns;
    std::vector<std::string> types, pseudonyms, originals, attrs, variants;
    for (auto& e : s.entities) {
      if (!e.dirty) continue;
      ids.push_back(e.id);
      types.push_back(e.type);
      pseudonyms.push_back(e.pseudonym);
      knowns.push_back(e.known ? 1 : 0);
      originals.push_back(e.original);
      attrs.push_back(AttributesToJson(e.attributes));
      seen.push_back(e.last_seen);
      // Variants are only ever added: the first stored_variants are in the file.
      for (std::size_t v = std::min(e.stored_variants, e.variants.size()); v < e.variants.size();
           ++v) {
        variant_ids.push_back(e.id);
        variants.push_back(e.variants[v]);
      }
      e.stored_variants = e.variants.size();
      e.dirty = false;
    }
    if (!ids.empty())
      *session_ << "INSERT INTO entities (id, type, pseudonym, known, original, attributes, "
                   "last_seen) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                   "type = excluded.type, pseudonym = excluded.pseudonym, known = excluded.known, "
                   "original = excluded.original, attributes = excluded.attributes, "
                   "last_seen = excluded.last_seen",
          use(ids), use(types), use(pseudonyms), use(knowns), use(originals), use(attrs), use(seen),
          now;
    if (!variant_ids.empty())
      *session_ << "INSERT OR IGNORE INTO variants (entity_id, variant) VALUES (?, ?)",
          use(variant_ids), use(variants), now;
    if (!s.documents.empty()) {
      std::vector<std::string> paths, in_sha, out_paths, out_sha;
      for (auto& [path, d] : s.documents) {
        paths.push_back(path);
        in_sha.push_back(d.input_sha256);
        out_paths.push_back(d.output_path);
        out_sha.push_back(d.output_sha256);
      }
      *session_ << "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?)", use(paths), use(in_sha),
          use(out_paths), use(out_sha), now;
      s.documents.clear();  // saved: the file holds them (FindDocument())
    }
    if (s.counters_dirty) {
      for (auto& [pattern, next_index] : s.next_letter) {
        std::string p = pattern;
        *session_ << "INSERT OR REPLACE INTO letters VALUES (?, ?)", use(p), use(next_index), now;
      }
      std::string next_id = std::to_string(s.next_entity_id);
      std::string counter = std::to_string(s.document_counter);
      *session_ << "UPDATE meta SET value = ? WHERE key = 'next_entity_id'", use(next_id), now;
      *session_ << "UPDATE meta SET value = ? WHERE key = 'document_counter'", use(counter), now;
      s.counters_dirty = false;
    }
    for (auto& [k, v] : s.settings) {
      std::string key = k, value = v;
      *session_ << "INSERT OR REPLACE INTO settings VALUES (?, ?)", use(key), use(value), now;
    }
  }

  std::filesystem::path path_;
  std::unique_ptr<Session> session_;
  std::mutex mu_;
  CaseState cache_;  // valid when cached_; see Current()
  bool cached_ = false;
  std::int64_t cached_version_ = 0;
};

}  // namespace

std::unique_ptr<CaseStore> OpenSqliteCaseStore(const std::filesystem::path& path,
                                               int busy_timeout_ms) {
  return std::make_unique<SqliteCaseStore>(path, busy_timeout_ms);
}

}  // namespace anonymiser
