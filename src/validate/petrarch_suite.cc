// Reader of PETRARCH's unit-test records (PETR.UnitTest.records.xml), with
// pugixml.
//
//   <Environment>  <Verbfile> <Actorfile> <Agentfile> <Discardfile> name the
//                  dictionaries, beside the XML file; <Config> inside it sets
//                  the starting options.
//   <Config option="require_dyad" value="false"/>  between sentences: applies
//                  to every later sentence (values in any case: "FALSE").
//   <Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
//     <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"/>  one each
//     <EventCoding noevents="True"/>          no events
//     <EventCoding error="sentencediscard"/>  a discard (also storydiscard)
//     <EventCoding error="dateline"/>         the peer rejects the input (also
//                                             bad_input_parse)
//     <Text> ... </Text>  <Parse> (ROOT ...) </Parse>
//   A <Sentence> without <EventCoding> expects no events.
//   sentence="false" marks records the peer itself does not pass ("currently
//   not implemented"). "---" is a missing actor and "---GOV" an agent with no
//   actor; a quoted code ('"INJURY TOLL"') is a new actor's text
//   (new_actor_length > 0).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "khaldun/validate.h"
#include "validate/suite_util.h"

namespace khaldun {
namespace {

// 1-based line of a byte offset, by binary search over the newline offsets.
class LineIndex {
 public:
  explicit LineIndex(const std::string& buffer) {
    for (size_t i = 0; i < buffer.size(); ++i)
      if (buffer[i] == '\n') newlines_.push_back(i);
  }
  uint32_t LineAt(ptrdiff_t offset) const {
    if (offset < 0) return 0;
    auto it = std::lower_bound(newlines_.begin(), newlines_.end(), static_cast<size_t>(offset));
    return 1 + static_cast<uint32_t>(it - newlines_.begin());
  }

 private:
  std::vector<size_t> newlines_;
};

void ReadSentence(const pugi::xml_node& node, const LineIndex& lines, SuiteRecord* r) {
  r->id = node.attribute("id").as_string();
  r->category = node.attribute("category").as_string();
  r->line = lines.LineAt(node.offset_debug());
  std::string date = node.attribute("date").as_string();
  if (auto d = Date::Parse(internal::Trim(date))) r->date = *d;
  else r->problems.push_back(fmt::format("invalid date '{}'", date));
  r->peer_skips = internal::Upper(node.attribute("sentence").as_string("true")) == "FALSE";
  std::string comment;
  bool saw_coding = false;
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_comment) {
      comment += std::string(child.value()) + " ";
      continue;
    }
    std::string_view name = child.name();
    if (name == "Text") {
      r->text = internal::CollapseSpace(child.child_value());
    } else if (name == "Parse") {
      r->parse = internal::CollapseSpace(child.child_value());
    } else if (name == "EventCoding") {
      saw_coding = true;
      if (pugi::xml_attribute noevents = child.attribute("noevents")) {
        if (internal::Upper(noevents.as_string()) == "TRUE") r->expect = SuiteRecord::Expect::kNoEvents;
        continue;
      }
      if (pugi::xml_attribute error = child.attribute("error")) {
        r->error = error.as_string();
        r->expect = r->error.ends_with("discard") ? SuiteRecord::Expect::kDiscard
                                                  : SuiteRecord::Expect::kError;
        continue;
      }
      pugi::xml_attribute source = child.attribute("sourcecode");
      pugi::xml_attribute target = child.attribute("targetcode");
      pugi::xml_attribute code = child.attribute("eventcode");
      if (!source || !target || !code) {
        r->problems.push_back("<EventCoding> without sourcecode, targetcode and eventcode");
        continue;
      }
      r->expected.push_back(SuiteEvent{internal::Trim(source.as_string()),
                                       internal::Trim(target.as_string()),
                                       internal::Trim(code.as_string()), ""});
    }
  }
  r->comment = internal::CollapseSpace(comment);
  // PATTERN-06 has none: its old TABARI coding is commented out because the
  // parse now cancels the match, so the record expects no events.
  if (!saw_coding) r->expect = SuiteRecord::Expect::kNoEvents;
}

}  // namespace

Result<Suite> ReadPetrarchSuite(const std::string& path) {
  namespace fs = std::filesystem;
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open PETRARCH validation file", {path});
  std::string buffer((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IoError("read failed", {path});

  pugi::xml_document doc;
  pugi::xml_parse_result parsed =
      doc.load_buffer(buffer.data(), buffer.size(), pugi::parse_default | pugi::parse_comments);
  const LineIndex lines(buffer);
  if (!parsed) {
    return Status::InvalidArgument(
        fmt::format("not well-formed XML: {} at byte {}", parsed.description(), parsed.offset),
        {path, lines.LineAt(parsed.offset)});
  }
  pugi::xml_node root = doc.child("Validation");
  if (!root) return Status::InvalidArgument("no <Validation> element", {path});

  Suite suite;
  suite.name = "petrarch";
  suite.format = SuiteFormat::kPetrarch;
  suite.path = path;
  const fs::path dir = fs::path(path).parent_path();
  std::vector<SuiteOption> in_force;
  if (pugi::xml_node env = root.child("Environment")) {
    auto add = [&](const char* tag, DictKind kind) {
      std::string name = internal::Trim(env.child_value(tag));
      if (!name.empty()) suite.dictionaries.Add((dir / name).string(), kind, DictFormat::kPetrarch2);
    };
    add("Verbfile", DictKind::kVerbs);
    add("Actorfile", DictKind::kActors);
    add("Agentfile", DictKind::kAgents);
    add("Discardfile", DictKind::kDiscards);
    add("Issuefile", DictKind::kIssues);
    for (pugi::xml_node c : env.children("Config")) {
      internal::SetOption(&in_force, {c.attribute("option").as_string(), c.attribute("value").as_string()});
    }
  }
  pugi::xml_node sentences = root.child("Sentences");
  if (!sentences) return Status::InvalidArgument("no <Sentences> element", {path});
  for (pugi::xml_node node : sentences.children()) {
    std::string_view name = node.name();
    if (name == "Config") {
      internal::SetOption(&in_force, {node.attribute("option").as_string(),
                                      node.attribute("value").as_string()});
    } else if (name == "Sentence") {
      SuiteRecord r;
      ReadSentence(node, lines, &r);
      r.options = in_force;
      suite.records.push_back(std::move(r));
    } else if (name == "Stop") {
      break;  // PETRARCH's <Stop> ends the run
    }
  }
  if (suite.records.empty()) return Status::InvalidArgument("no <Sentence> records", {path});
  return suite;
}

}  // namespace khaldun
