#include "audit/json_line.h"

#include <Poco/JSON/Array.h>

#include "text/json_writer.h"

namespace anonymiser::audit {

namespace {

void WriteValue(const Poco::Dynamic::Var& v, text::JsonWriter& json, std::string& out);

void WriteObject(const Poco::JSON::Object& o, text::JsonWriter& json, std::string& out) {
  out.push_back('{');
  bool first = true;
  for (const auto& name : o.getNames()) {
    if (!first) out.push_back(',');
    first = false;
    json.Key(name);
    WriteValue(o.get(name), json, out);
  }
  out.push_back('}');
}

void WriteArray(const Poco::JSON::Array& a, text::JsonWriter& json, std::string& out) {
  out.push_back('[');
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (i > 0) out.push_back(',');
    WriteValue(a.get(static_cast<unsigned>(i)), json, out);
  }
  out.push_back(']');
}

void WriteValue(const Poco::Dynamic::Var& v, text::JsonWriter& json, std::string& out) {
  if (v.isEmpty()) {
    out += "null";
  } else if (v.type() == typeid(Poco::JSON::Object::Ptr)) {
    const auto& p = v.extract<Poco::JSON::Object::Ptr>();
    if (p)
      WriteObject(*p, json, out);
    else
      out += "null";
  } else if (v.type() == typeid(Poco::JSON::Object)) {
    WriteObject(v.extract<Poco::JSON::Object>(), json, out);
  } else if (v.type() == typeid(Poco::JSON::Array::Ptr)) {
    const auto& p = v.extract<Poco::JSON::Array::Ptr>();
    if (p)
      WriteArray(*p, json, out);
    else
      out += "null";
  } else if (v.type() == typeid(Poco::JSON::Array)) {
    WriteArray(v.extract<Poco::JSON::Array>(), json, out);
  } else if (v.isBoolean()) {
    out += v.extract<bool>() ? "true" : "false";
  } else if (v.isString()) {
    json.String(v.extract<std::string>());
  } else if (v.isInteger()) {
    out += v.toString();  // decimal, signed or not
  } else if (v.isNumeric()) {
    json.Number(v.convert<double>());
  } else {
    json.String(v.toString());
  }
}

}  // namespace

std::string JsonLine(const Poco::JSON::Object& object) {
  std::string out;
  out.reserve(256);
  text::JsonWriter json(out);
  WriteObject(object, json, out);
  return out;
}

}  // namespace anonymiser::audit
