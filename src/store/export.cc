#include "khaldun/export.h"

#include <fmt/format.h>

#include "store/location_fields.h"

namespace khaldun {
namespace {

nlohmann::json ActorToJson(const Actor& a) {
  if (a.empty()) return nullptr;
  return {{"code", a.code},
          {"name", a.name},
          {"text", a.matched_text},
          {"span", {a.bytes.begin, a.bytes.end}},
          {"how", a.how}};
}

std::string CsvField(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

}  // namespace

namespace internal {

nlohmann::json LocationToJson(const std::optional<Location>& location, bool with_text) {
  if (!location) return nullptr;
  nlohmann::json j = {{"name", location->name},
                      {"country", location->country},
                      {"lat", location->latitude},
                      {"lon", location->longitude}};
  if (with_text) j["text"] = location->matched_text;
  return j;
}

std::string LocationCsvFields(const std::optional<Location>& location) {
  if (!location) return ",,,";
  return fmt::format("{},{},{},{}", CsvField(location->name), location->country,
                     location->latitude, location->longitude);
}

}  // namespace internal

std::string_view QuadClassName(QuadClass q) {
  switch (q) {
    case QuadClass::kVerbalCooperation: return "verbal cooperation";
    case QuadClass::kMaterialCooperation: return "material cooperation";
    case QuadClass::kVerbalConflict: return "verbal conflict";
    case QuadClass::kMaterialConflict: return "material conflict";
  }
  return "unknown";
}

nlohmann::json EventToJson(const Event& e) {
  nlohmann::json j = {
      {"id", e.id},
      {"document_id", e.document_id},
      {"sentence_index", e.sentence_index},
      {"date", e.date.ToString()},
      {"source", ActorToJson(e.source)},
      {"target", ActorToJson(e.target)},
      {"cameo_code", e.cameo_code},
      {"root_code", e.root_code},
      {"quad_class", static_cast<int>(e.quad_class)},
      {"goldstein", e.goldstein},
      {"plover_type", e.plover_type},
      {"plover_mode", e.plover_mode},
      {"negated", e.negated},
  };
  j["location"] = internal::LocationToJson(e.location, /*with_text=*/true);
  j["evidence"] = {{"sentence", e.evidence.sentence},
                   {"sentence_span", {e.evidence.sentence_bytes.begin, e.evidence.sentence_bytes.end}},
                   {"verb", e.evidence.verb_text},
                   {"verb_span", {e.evidence.verb_bytes.begin, e.evidence.verb_bytes.end}},
                   {"rule", e.evidence.rule}};
  return j;
}

std::string EventCsvHeader() {
  return "id,document_id,sentence_index,date,source_code,source_text,target_code,target_text,"
         "cameo_code,root_code,quad_class,goldstein,plover_type,plover_mode,location_name,"
         "location_country,latitude,longitude,verb,rule,sentence";
}

std::string EventToCsvRow(const Event& e) {
  std::string location_fields = internal::LocationCsvFields(e.location);
  return fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}", CsvField(e.id),
                     CsvField(e.document_id), e.sentence_index, e.date.ToString(), e.source.code,
                     CsvField(e.source.matched_text), e.target.code, CsvField(e.target.matched_text),
                     e.cameo_code, e.root_code, static_cast<int>(e.quad_class), e.goldstein,
                     e.plover_type, CsvField(e.plover_mode), location_fields,
                     CsvField(e.evidence.verb_text), CsvField(e.evidence.rule),
                     CsvField(e.evidence.sentence));
}

nlohmann::json StoredEventToJson(const StoredEvent& e) {
  auto actor = [](const std::string& code, const std::string& name) -> nlohmann::json {
    if (code.empty()) return nullptr;
    return {{"code", code}, {"name", name}};
  };
  nlohmann::json j = {
      {"id", e.id},
      {"date", e.date.ToString()},
      {"source", actor(e.source_code, e.source_name)},
      {"target", actor(e.target_code, e.target_name)},
      {"cameo_code", e.cameo_code},
      {"root_code", e.root_code},
      {"quad_class", static_cast<int>(e.quad_class)},
      {"goldstein", e.goldstein},
      {"plover_type", e.plover_type},
      {"plover_mode", e.plover_mode},
      {"negated", e.negated},
      {"num_mentions", e.num_mentions},
      {"num_sources", e.num_sources},
      {"num_articles", e.num_articles},
      {"is_root", e.is_root},
      {"first_document_id", e.first_document_id},
      {"source_url", e.source_url},
      {"added", e.added},
  };
  j["location"] = internal::LocationToJson(e.location, /*with_text=*/false);
  return j;
}

std::string StoredEventCsvHeader() {
  return "id,date,source_code,source_name,target_code,target_name,cameo_code,root_code,"
         "quad_class,goldstein,plover_type,plover_mode,location_name,location_country,latitude,"
         "longitude,negated,num_mentions,num_sources,num_articles,is_root,first_document_id,"
         "source_url,added";
}

std::string StoredEventToCsvRow(const StoredEvent& e) {
  std::string location_fields = internal::LocationCsvFields(e.location);
  return fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}", e.id,
                     e.date.ToString(), e.source_code, CsvField(e.source_name), e.target_code,
                     CsvField(e.target_name), e.cameo_code, e.root_code,
                     static_cast<int>(e.quad_class), e.goldstein, e.plover_type,
                     CsvField(e.plover_mode), location_fields, e.negated ? 1 : 0, e.num_mentions,
                     e.num_sources, e.num_articles, e.is_root ? 1 : 0,
                     CsvField(e.first_document_id), CsvField(e.source_url), e.added);
}

}  // namespace khaldun
