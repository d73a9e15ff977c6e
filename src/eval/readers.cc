// Readers for the gold files: khaldun's own JSONL and the PLOVER gold records.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "khaldun/eval.h"

namespace khaldun {
namespace {

using nlohmann::json;

Result<std::string> Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open gold file", {.file = path});
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::IoError("read failed", {.file = path});
  return text.str();
}

bool IsEventCode(const std::string& code) {
  return code.size() >= 2 && code.size() <= 4 &&
         std::all_of(code.begin(), code.end(), [](unsigned char c) { return std::isdigit(c); });
}

Status LineError(const std::string& origin, uint64_t line, const std::string& message) {
  return Status::InvalidArgument(message, {.file = origin, .line = line});
}

std::string StringField(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// "HUN", "IGO", ...; the PLOVER file writes Japan as JAP (not ISO-3166).
std::string CountryOf(const std::string& code) {
  std::string c = code.substr(0, 3);
  for (char& ch : c) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  if (c == "JAP") c = "JPN";
  return c;
}

// PLOVER 0.5b1 (2016) types renamed or merged by the 2021 manual.
std::string Plover2021Type(const std::string& type) {
  if (type == "DEMAND") return "REQUEST";
  if (type == "DISAPPROVE" || type == "INVESTIGATE") return "ACCUSE";
  if (type == "FIGHT") return "ASSAULT";
  return type;
}

std::vector<std::string> PloverActors(const json& record, const char* key) {
  std::vector<std::string> out;
  auto it = record.find(key);
  if (it == record.end() || !it->is_array()) return out;  // "", null or absent: no actor
  for (const json& actor : *it) {
    if (!actor.is_object()) continue;
    std::string code = CountryOf(StringField(actor, "code"));
    if (code.size() == 3 && std::find(out.begin(), out.end(), code) == out.end())
      out.push_back(code);
  }
  return out;
}

}  // namespace

std::string ToString(const EventTriple& e) {
  return fmt::format("{} {} {}", e.source, e.code, e.target);
}

Result<std::vector<GoldItem>> ParseGold(const std::string& jsonl, const std::string& origin) {
  std::vector<GoldItem> items;
  std::set<std::string> ids;
  std::istringstream in(jsonl);
  std::string line;
  uint64_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) return LineError(origin, n, "not a JSON object");
    GoldItem item;
    item.id = StringField(j, "id");
    item.date = StringField(j, "date");
    item.text = StringField(j, "text");
    item.split = StringField(j, "split");
    if (item.id.empty()) return LineError(origin, n, "missing \"id\"");
    if (item.text.empty()) return LineError(origin, n, "missing \"text\"");
    if (item.split != "dev" && item.split != "heldout") {
      return LineError(origin, n, "\"split\" must be \"dev\" or \"heldout\"");
    }
    if (!ids.insert(item.id).second) return LineError(origin, n, "duplicate id " + item.id);
    auto events = j.find("events");
    if (events == j.end() || !events->is_array())
      return LineError(origin, n, "missing \"events\" array");
    for (const json& e : *events) {
      if (!e.is_object()) return LineError(origin, n, "an event is not an object");
      EventTriple t{StringField(e, "source"), StringField(e, "code"), StringField(e, "target")};
      if (t.source.empty() || t.target.empty())
        return LineError(origin, n, "an event lacks source or target");
      if (!IsEventCode(t.code))
        return LineError(origin, n, "'" + t.code + "' is not a CAMEO event code");
      item.events.push_back(std::move(t));
    }
    if (auto tags = j.find("tags"); tags != j.end() && tags->is_array()) {
      for (const json& t : *tags) {
        if (t.is_string()) item.tags.push_back(t.get<std::string>());
      }
    }
    items.push_back(std::move(item));
  }
  return items;
}

Result<std::vector<GoldItem>> ReadGoldFile(const std::string& path) {
  auto text = Slurp(path);
  if (!text.ok()) return text.status();
  return ParseGold(*text, path);
}

Result<std::vector<PloverItem>> ParsePlover(const std::string& text, const std::string& origin) {
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_array()) {
    return Status::InvalidArgument("not a JSON array of PLOVER records", {.file = origin});
  }
  std::vector<PloverItem> items;
  for (const json& record : j) {
    if (!record.is_object()) continue;
    PloverItem item;
    item.id = StringField(record, "id");
    item.text = StringField(record, "text");
    item.date = StringField(record, "date");
    item.original_event = StringField(record, "event");
    if (item.text.empty() || item.original_event.empty() || item.original_event == "DOCUMENT")
      continue;
    item.event = Plover2021Type(item.original_event);
    item.sources = PloverActors(record, "source");
    item.targets = PloverActors(record, "target");
    items.push_back(std::move(item));
  }
  return items;
}

Result<std::vector<PloverItem>> ReadPloverFile(const std::string& path) {
  auto text = Slurp(path);
  if (!text.ok()) return text.status();
  return ParsePlover(*text, path);
}

std::vector<EventTriple> PloverGoldEvents(const PloverItem& item) {
  std::vector<EventTriple> out;
  if (!item.targets.empty()) {
    for (const auto& s : item.sources) {
      for (const auto& t : item.targets) out.push_back({s, item.event, t});
    }
  } else if (item.sources.size() >= 2) {
    // "Senior Hungarian and Romanian officials agreed ...": each side towards the other.
    for (const auto& s : item.sources) {
      for (const auto& t : item.sources) {
        if (s != t) out.push_back({s, item.event, t});
      }
    }
  } else {
    for (const auto& s : item.sources) out.push_back({s, item.event, "*"});
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace khaldun
