#include "audit/run_audit.h"

#include <Poco/Environment.h>
#include <Poco/JSON/Array.h>
#include <Poco/UUIDGenerator.h>
#include <pwd.h>
#include <unistd.h>

#include <algorithm>
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

std::string RunAudit::Hmac(std::string_view original) const { return hmac_.Hex(original); }

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
  for (const auto& rep : *doc.replacements) {
    ReplacementMembers(doc, rep, out.members);
    out.ends.push_back(out.members.size());
  }
  return out;
}

void RunAudit::ReplacementMembers(const AuditedDocument& doc, const Replacement& rep,
                                  std::string& members) const {
  const auto& units = *doc.units;
  const std::size_t u = rep.edit.unit;
  const std::size_t start = members.size();
  text::JsonWriter json(members);
  auto str = [&](const char* key, std::string_view value) {
    if (members.size() > start) members += ',';
    json.Key(key);
    json.String(value);
  };
  auto num = [&](const char* key, std::uint64_t value) {
    members += ',';
    json.Key(key);
    json.Unsigned(value);
  };
  str("run", run_id_);
  str("document", doc.input);
  str("part", u < units.size() ? PartName(units[u].part) : "other");
  str("location", u < units.size() ? units[u].location : "");
  num("unit", u);
  num("begin", rep.edit.begin);
  num("end", rep.edit.end);
  str("type", rep.type());
  str("plugin", rep.plugin());
  str("rule", rep.rule());
  members += ',';
  json.Key("score");
  json.Number(rep.score);
  str("pseudonym", rep.edit.text);
  const std::string_view original = u < units.size() ? rep.Original(units) : "";
  str("hmac", Hmac(original));
  if (log_originals_) str("original", original);
}

void RunAudit::Document(const AuditedDocument& doc, const PreparedRecords* prepared) {
  const auto& units = *doc.units;
  const auto& reps = *doc.replacements;
  std::set<std::string> parts;
  for (const auto& u : units) parts.insert(PartName(u.part));
  std::map<std::string, std::int64_t> counts;
  for (const auto& rep : reps) ++counts[std::string(rep.type())];

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
    for (const auto& rep : reps) {
      members.clear();
      ReplacementMembers(doc, rep, members);
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
