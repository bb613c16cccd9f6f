#include "pipeline/mention_store.h"

#include <cstdint>
#include <cstring>
#include <limits>

#include "anonymiser/error.h"
#include "text/interned.h"

namespace anonymiser {

namespace {

// One mention's fixed part. Names are interned (text::InternId); the
// attributes follow all records, in mention order, each as a key number, a
// value length and the value's bytes.
struct Record {
  double score;
  std::uint32_t begin;
  std::uint32_t end;
  std::uint32_t attribute_count;
  std::uint16_t type;
  std::uint16_t rule;
  std::uint16_t plugin;
  std::uint16_t unused;
};

template <typename T>
void Put(std::string& out, const T& v) {
  out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

template <typename T>
T Take(const std::string& in, std::size_t& at) {
  T v;
  std::memcpy(&v, in.data() + at, sizeof v);
  at += sizeof v;
  return v;
}

std::uint32_t Narrow(std::size_t v) {
  if (v > std::numeric_limits<std::uint32_t>::max())
    throw Error(ErrorCode::kInternal, "a mention lies beyond 4 GiB of its text unit");
  return static_cast<std::uint32_t>(v);
}

}  // namespace

std::size_t MentionStore::Count(std::size_t unit) const {
  const std::string& p = packed_[unit];
  if (p.empty()) return 0;
  std::size_t at = 0;
  return Take<std::uint32_t>(p, at);
}

void MentionStore::Set(std::size_t unit, const std::vector<Mention>& mentions) {
  std::string& out = packed_[unit];
  out.clear();
  if (mentions.empty()) {
    out.shrink_to_fit();
    return;
  }
  std::size_t attribute_bytes = 0;
  for (const Mention& m : mentions)
    for (const auto& [key, value] : m.attributes)
      attribute_bytes += sizeof(std::uint16_t) + sizeof(std::uint32_t) + value.size();
  out.reserve(sizeof(std::uint32_t) + mentions.size() * sizeof(Record) + attribute_bytes);
  Put(out, Narrow(mentions.size()));
  for (const Mention& m : mentions) {
    Record r{m.score,
             Narrow(m.begin),
             Narrow(m.end),
             Narrow(m.attributes.size()),
             text::InternId(m.type),
             text::InternId(m.rule),
             text::InternId(m.plugin),
             0};
    Put(out, r);
  }
  for (const Mention& m : mentions)
    for (const auto& [key, value] : m.attributes) {
      Put(out, text::InternId(key));
      Put(out, Narrow(value.size()));
      out.append(value);
    }
}

std::vector<Mention> MentionStore::Get(std::size_t unit) const {
  std::vector<Mention> out;
  const std::string& p = packed_[unit];
  if (p.empty()) return out;
  std::size_t at = 0;
  const auto n = Take<std::uint32_t>(p, at);
  out.resize(n);
  std::size_t attributes_at = at + n * sizeof(Record);
  for (Mention& m : out) {
    const auto r = Take<Record>(p, at);
    m.begin = r.begin;
    m.end = r.end;
    m.score = r.score;
    m.type = text::Interned(r.type);
    m.rule = text::Interned(r.rule);
    m.plugin = text::Interned(r.plugin);
    for (std::uint32_t a = 0; a < r.attribute_count; ++a) {
      const auto key = Take<std::uint16_t>(p, attributes_at);
      const auto size = Take<std::uint32_t>(p, attributes_at);
      m.attributes.emplace_hint(m.attributes.end(), text::Interned(key),
                                p.substr(attributes_at, size));
      attributes_at += size;
    }
  }
  return out;
}

}  // namespace anonymiser
