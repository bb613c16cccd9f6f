// `anonymise detect --jsonl IN.jsonl`: the evaluation contract (DESIGN.md).
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <fstream>
#include <iostream>
#include <mutex>
#include <sstream>

#include "anonymiser/error.h"
#include "batch/parallel.h"
#include "cli/command.h"
#include "cli/common_options.h"
#include "cli/detect_line.h"
#include "cli/runtime.h"
#include "text/json_writer.h"
#include "text/utf8.h"

namespace anonymiser::cli {

using text::JsonWriter;

namespace {

// The input line's id as JSON: strings and numbers as they were, else null.
std::string IdJson(const Poco::Dynamic::Var& id) {
  if (id.isEmpty()) return "null";
  std::string out;
  JsonWriter json(out);
  if (id.isString()) {
    json.String(id.extract<std::string>());
  } else {
    std::ostringstream s;
    Poco::JSON::Stringifier::stringify(id, s);
    out = s.str();
  }
  return out;
}

class DetectCommand : public Command {
 public:
  std::string name() const override { return "detect"; }
  std::string summary() const override {
    return "find identifiers in JSON Lines text and print their spans (for measuring)";
  }
  std::string usage() const override {
    return "--jsonl IN.jsonl [options]   (IN may be - for stdin)";
  }
  std::string description() const override {
    return "Reads lines {\"id\": ..., \"text\": ...} and writes to standard output one line per "
           "input, {\"id\": ..., \"spans\": [{\"start\", \"end\", \"type\", \"plugin\", "
           "\"rule\", \"score\"}]}, with offsets in Unicode code points of text, end exclusive. "
           "Each line is treated as one document: after detection, every further occurrence of "
           "a name found in it is reported too, exactly as `anonymise run` would replace it. "
           "Nothing is written to disk and no case is used.";
  }
  std::string footer() const override {
    return "Example:\n  echo '{\"id\":1,\"text\":\"Ms Okafor met Shannon.\"}' | anonymise detect "
           "--jsonl -\nExit status: 0 all lines answered; 1 some lines were not valid JSON "
           "(answered with an \"error\" field); 2 usage or configuration error.";
  }
  void DefineOptions(Poco::Util::OptionSet& o) override {
    o.addOption(Poco::Util::Option("jsonl", "", "input file of JSON Lines, or - for stdin")
                    .required(true)
                    .argument("IN"));
    CommonOptions::Define(o, {"plugins", "policy", "jobs"});
  }
  void HandleOption(const std::string& n, const std::string& v) override {
    if (n == "jsonl")
      input_ = v;
    else
      options_.Handle(n, v);
  }
  int Execute(const std::vector<std::string>& args) override;

 private:
  std::string Answer(const std::string& line, std::size_t line_no, bool& failed) const;

  std::string input_;
  CommonOptions options_;
  std::unique_ptr<Runtime> runtime_;
};

// Writes one whole message to standard error: workers answer lines in
// parallel, and messages written piece by piece interleave.
void ReportError(const std::string& message) {
  static std::mutex mutex;
  const std::lock_guard<std::mutex> lock(mutex);
  std::cerr << message << std::flush;
}

std::string DetectCommand::Answer(const std::string& line, std::size_t line_no,
                                  bool& failed) const {
  std::string text, id_json;
  // Well-formed lines take the fast reader; anything else goes through Poco's
  // parser, which also words the error.
  if (!ParseDetectLine(line, id_json, text)) {
    Poco::Dynamic::Var id;
    try {
      Poco::JSON::Parser parser;
      auto obj = parser.parse(line).extract<Poco::JSON::Object::Ptr>();
      if (!obj) throw std::runtime_error("not a JSON object");
      id = obj->get("id");
      auto t = obj->get("text");
      if (t.isEmpty() || !t.isString()) throw std::runtime_error("no \"text\" string");
      text = t.toString();
      id_json = IdJson(id);
    } catch (const std::exception& e) {
      failed = true;
      // Poco's what() is only the class ("JSON Exception"); its display text
      // says what is wrong ("Syntax error: ...").
      const auto* poco = dynamic_cast<const Poco::Exception*>(&e);
      const std::string reason =
          "line " + std::to_string(line_no) + ": " + (poco ? poco->displayText() : e.what());
      ReportError(input_ + ": " + reason + "\n");
      Poco::JSON::Object err(Poco::JSON_PRESERVE_KEY_ORDER);
      err.set("id", id);
      err.set("spans", Poco::JSON::Array());
      err.set("error", reason);
      std::ostringstream out;
      err.stringify(out);
      return out.str();
    }
  }
  if (text::FindInvalidUtf8(text) != std::string::npos) text = text::ScrubUtf8(text);
  Pipeline& pipeline = runtime_->pipeline();
  std::vector<TextUnit> units(1);
  units[0].text = std::move(text);
  units[0].location = "line " + std::to_string(line_no);
  auto mentions = pipeline.DetectUnits(units);
  CaseState state;
  pipeline.Link(units, mentions, state);
  std::vector<Mention> spans;
  if (state.entities.empty()) {  // no names known: nothing further to find
    spans = std::move(mentions[0]);
  } else {
    CaseSnapshot snapshot = pipeline.Snapshot(std::move(state));
    auto completed = pipeline.Complete(units, std::move(mentions), snapshot);
    spans = std::move(completed[0]);
  }
  std::erase_if(spans, [&](const Mention& m) {  // keep spans are not identifiers
    const TypeInfo* info = pipeline.types().Find(m.type);
    return info == nullptr || info->treatment == Treatment::kKeep;
  });
  std::vector<std::size_t> offsets;
  offsets.reserve(spans.size() * 2);
  // Spans are sorted and disjoint, so begin/end alternate in ascending order.
  for (const auto& s : spans) {
    offsets.push_back(s.begin);
    offsets.push_back(s.end);
  }
  auto cps = text::BytesToCodePoints(units[0].text, offsets);
  std::string out;
  out.reserve(64 + spans.size() * 96);
  JsonWriter json(out);
  // The keys are fixed ASCII: written as they are, with the punctuation
  // around them, rather than escaped byte by byte for every span.
  json.Raw("{\"id\":");
  json.Raw(id_json);
  json.Raw(",\"spans\":[");
  for (std::size_t i = 0; i < spans.size(); ++i) {
    json.Raw(i > 0 ? ",{\"start\":" : "{\"start\":");
    json.Unsigned(cps[2 * i]);
    json.Raw(",\"end\":");
    json.Unsigned(cps[2 * i + 1]);
    json.Raw(",\"type\":");
    json.String(spans[i].type);
    json.Raw(",\"plugin\":");
    json.String(spans[i].plugin);
    json.Raw(",\"rule\":");
    json.String(spans[i].rule);
    json.Raw(",\"score\":");
    json.Number(spans[i].score);
    json.Raw("}");
  }
  json.Raw("]}");
  return out;
}

int DetectCommand::Execute(const std::vector<std::string>& args) {
  if (!args.empty())
    throw Error(ErrorCode::kUsage, "anonymise detect: unexpected argument '" + args[0] +
                                       "' (the input is given with --jsonl)");
  std::ifstream file;
  std::istream* in = &std::cin;
  if (input_ != "-") {
    file.open(input_, std::ios::binary);
    if (!file) throw Error(ErrorCode::kUsage, input_ + ": cannot read the input file");
    in = &file;
  }
  runtime_ = std::make_unique<Runtime>(options_);
  bool failed = false;
  std::size_t line_no = 0;
  // Lines are answered in blocks, in parallel, and printed in input order.
  constexpr std::size_t kBlock = 256;
  std::vector<std::string> lines, answers;
  std::vector<std::size_t> numbers;
  std::vector<char> line_failed;
  auto flush = [&] {
    answers.assign(lines.size(), "");
    line_failed.assign(lines.size(), 0);
    ParallelFor(lines.size(), runtime_->jobs(), [&](std::size_t i) {
      bool f = false;
      answers[i] = Answer(lines[i], numbers[i], f);
      line_failed[i] = f;
    });
    for (std::size_t i = 0; i < lines.size(); ++i) {
      std::cout << answers[i] << "\n";
      failed = failed || line_failed[i];
    }
    lines.clear();
    numbers.clear();
  };
  std::string line;
  while (std::getline(*in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;  // not an input
    lines.push_back(std::move(line));
    numbers.push_back(line_no);
    if (lines.size() == kBlock) flush();
  }
  flush();
  std::cout.flush();
  return failed ? 1 : 0;
}

}  // namespace

std::unique_ptr<Command> MakeDetectCommand() { return std::make_unique<DetectCommand>(); }

}  // namespace anonymiser::cli
