#include "audit/run_audit.h"

#include <Poco/Environment.h>
#include <Poco/JSON/Array.h>
#include <Poco/UUIDGenerator.h>
#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <bitset>
#include <cctype>
#include <set>

#include "anonymiser/version.h"
#include "audit/digest.h"
#include "text/json_writer.h"

namespace anonymiser::audit {

namespace {

bool IsSecretKey(std::string key) {
  std::transform(key.begin(), key.end(), key.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return key.find("password") != std::string::npos;
}

Poco::JSON::Array::Ptr ToArray(const std::vector<std::string>& items) {
  Poco::JSON::Array::Ptr a = new Poco::JSON::Array;
  for (const auto& s : items) a->add(s);
  return a;
}

template <typename Map>
Poco::JSON::Object::Ptr ToObject(const Map& map) {
  Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  for (const auto& [k, v] : map) o->set(k, v);
  return o;
}

}  // namespace

Poco::JSON::Object::Ptr ConfigurationJson(const Policy& policy, const Settings& settings,
                                          const std::map<std::string, std::string>& styles,
                                          const std::map<std::string, std::string>& case_policies) {
  Poco::JSON::Object::Ptr config = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  Poco::JSON::Object::Ptr p = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  p->set("threshold", policy.threshold);
  p->set("honour_keep", policy.honour_keep);
  p->set("keep_phrases", static_cast<std::int64_t>(policy.keep_phrases.size()));
  p->set("disabled_types", ToArray({policy.disabled_types.begin(), policy.disabled_types.end()}));
  config->set("policy", p);
  std::map<std::string, std::string> masked;
  for (const auto& [k, v] : settings.values()) masked[k] = IsSecretKey(k) ? "***" : v;
  config->set("settings", ToObject(masked));
  config->set("styles", ToObject(styles));
  config->set("case_policies", ToObject(case_policies));
  return config;
}

std::string CurrentUser() {
  const uid_t uid = getuid();
  std::vector<char> buf(16384);
  passwd pw{};
  passwd* result = nullptr;
  if (getpwuid_r(uid, &pw, buf.data(), buf.size(), &result) == 0 && result != nullptr)
    return result->pw_name;
  return "uid " + std::to_string(uid);
}

std::string CurrentHost() {
  try {
    return Poco::Environment::nodeName();
  } catch (const Poco::Exception&) {
    return "";
  }
}

RunAudit::RunAudit(const std::filesystem::path& log_path, const std::string& case_secret,
                   bool log_originals)
    : writer_(log_path),
      hmac_(HmacKeyFromSecret(case_secret)),
      log_originals_(log_originals),
      run_id_(Poco::UUIDGenerator::defaultGenerator().createRandom().toString()) {}

Poco::JSON::Object::Ptr RunAudit::NewRecord(const std::string& kind) const {
  auto r = AuditLogWriter::NewRecord(kind);
  r->set("run", run_id_);
  return r;
}

void RunAudit::Start(const RunStart& start) {
  start_time_ = LogTimestamp();
  auto r = NewRecord("run-start");
  r->set("tool", "anonymise");
  r->set("tool_version", std::string(kToolVersion));
  Poco::JSON::Array::Ptr plugins = new Poco::JSON::Array;
  for (const auto& [name, version] : start.plugins) {
    Poco::JSON::Object::Ptr p = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    p->set("name", name);
    p->set("version", version);
    plugins->add(p);
  }
  r->set("plugins", plugins);
  if (start.configuration) r->set("configuration", start.configuration);
  r->set("user", CurrentUser());
  r->set("host", CurrentHost());
  r->set("start", start_time_);
  r->set("log_originals", log_originals_);
  r->set("case_file", start.case_file);
  r->set("output_dir", start.output_dir);
  r->set("inputs", ToArray(start.inputs));
  writer_.Append(*r);
}

PreparedRecords RunAudit::Prepare(const AuditedDocument& doc) const {
  PreparedRecords out;
  out.ends.reserve(doc.replacements->size());
  out.members.reserve(doc.replacements->size() * 400);
  SharedMembers shared = StartDocument(doc);
  for (const auto& rep : *doc.replacements) {
    ReplacementMembers(doc, shared, rep, out.members);
    out.ends.push_back(out.members.size());
  }
  return out;
}

RunAudit::SharedMembers RunAudit::StartDocument(const AuditedDocument& doc) const {
  SharedMembers shared;
  text::JsonWriter json(shared.head);
  shared.head += R"("run":)";
  json.String(run_id_);
  shared.head += R"(,"document":)";
  json.String(doc.input);
  return shared;
}

Sha256HexDigest RunAudit::HmacHex(std::string_view original) const {
  {
    std::lock_guard<std::mutex> lock(hmac_mu_);
    if (auto it = hmac_cache_.find(original); it != hmac_cache_.end()) return it->second;
  }
  const Sha256HexDigest hex = ToHex(hmac_.Digest(original));
  std::lock_guard<std::mutex> lock(hmac_mu_);
  if (hmac_cache_.size() < kHmacCacheLimit) hmac_cache_.emplace(std::string(original), hex);
  return hex;
}

void RunAudit::ReplacementMembers(const AuditedDocument& doc, SharedMembers& shared,
                                  const Replacement& rep, std::string& members) const {
  const auto& units = *doc.units;
  const std::size_t u = rep.edit.unit;
  text::JsonWriter json(members);
  if (u != shared.unit) {
    shared.unit = u;
    shared.unit_members.clear();
    text::JsonWriter unit_json(shared.unit_members);
    shared.unit_members += R"(,"part":)";
    unit_json.String(u < units.size() ? PartName(units[u].part) : "other");
    shared.unit_members += R"(,"location":)";
    unit_json.String(u < units.size() ? std::string_view(units[u].location) : "");
    shared.unit_members += R"(,"unit":)";
    unit_json.Unsigned(u);
  }
  members += shared.head;
  members += shared.unit_members;
  members += R"(,"begin":)";
  json.Unsigned(rep.edit.begin);
  members += R"(,"end":)";
  json.Unsigned(rep.edit.end);
  members += R"(,"type":)";
  json.String(rep.type());
  members += R"(,"plugin":)";
  json.String(rep.plugin());
  members += R"(,"rule":)";
  json.String(rep.rule());
  members += R"(,"score":)";
  json.Number(rep.score);
  members += R"(,"pseudonym":)";
  json.String(rep.edit.text);
  const std::string_view original = u < units.size() ? rep.Original(units) : "";
  const Sha256HexDigest hmac = HmacHex(original);
  members += R"(,"hmac":")";
  members.append(hmac.data(), hmac.size());  // hex: nothing to escape
  members += '"';
  if (log_originals_) {
    members += R"(,"original":)";
    json.String(original);
  }
}

void RunAudit::Document(const AuditedDocument& doc, const PreparedRecords* prepared) {
  const auto& units = *doc.units;
  const auto& reps = *doc.replacements;
  // Which parts occur, then their names in order: a name per part, not per unit.
  constexpr auto kOther = static_cast<std::size_t>(Part::kOther);  // and any unknown part
  std::bitset<kOther + 1> present;
  for (const auto& u : units) present.set(std::min(static_cast<std::size_t>(u.part), kOther));
  std::set<std::string> parts;
  for (std::size_t p = 0; p < present.size(); ++p)
    if (present.test(p)) parts.insert(PartName(static_cast<Part>(p)));
  std::map<std::string, std::int64_t> counts;
  reps.AddCountsByType(counts);

  AuditLogWriter::Batch batch(writer_);  // the document and its replacements, together
  auto d = NewRecord("document");
  d->set("input", doc.input);
  d->set("output", doc.output);
  d->set("input_sha256", doc.input_sha256);
  d->set("output_sha256", doc.output_sha256);
  d->set("format", doc.format);
  d->set("parts", ToArray({parts.begin(), parts.end()}));
  d->set("replacements", static_cast<std::int64_t>(reps.size()));
  d->set("counts", ToObject(counts));
  writer_.Append(*d);

  if (prepared != nullptr && prepared->ends.size() == reps.size()) {
    std::size_t begin = 0;
    for (std::size_t end : prepared->ends) {
      writer_.AppendMembers("replacement",
                            std::string_view(prepared->members).substr(begin, end - begin));
      begin = end;
    }
  } else {
    std::string members;
    SharedMembers shared = StartDocument(doc);
    for (const auto& rep : reps) {
      members.clear();
      ReplacementMembers(doc, shared, rep, members);
      writer_.AppendMembers("replacement", members);
    }
  }
  writer_.Flush();
}

void RunAudit::End(const RunEnd& end) {
  // Written member by member: the outputs are streamed, never held as a
  // JSON array of a whole archive's paths.
  std::string members;
  text::JsonWriter json(members);
  auto key = [&](const char* k) {
    if (!members.empty()) members += ',';
    json.Key(k);
  };
  auto counts = [&](const std::map<std::string, std::int64_t>& map) {
    members += '{';
    bool first = true;
    for (const auto& [k, v] : map) {
      if (!first) members += ',';
      first = false;
      json.Key(k);
      json.Raw(std::to_string(v));
    }
    members += '}';
  };
  key("run");
  json.String(run_id_);
  key("start");
  json.String(start_time_);
  key("end");
  json.String(LogTimestamp());
  key("exit_status");
  json.Raw(std::to_string(end.exit_status));
  key("counts");
  counts(end.counts);
  key("replacements_by_type");
  counts(end.replacements_by_type);
  key("outputs");
  members += '[';
  bool first = true;
  if (end.for_each_output)
    end.for_each_output([&](std::string_view output) {
      if (!first) members += ',';
      first = false;
      json.String(output);
    });
  members += ']';
  key("failures");
  members += '[';
  for (std::size_t i = 0; i < end.failures.size(); ++i) {
    if (i > 0) members += ',';
    json.String(end.failures[i]);
  }
  members += ']';
  writer_.AppendMembers("run-end", members);
  writer_.Sync();
}

}  // namespace anonymiser::audit
