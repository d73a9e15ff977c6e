// GDELT 2.0 event and mentions rows, and PLOVER records, from stored events.
#include <algorithm>
#include <cctype>
#include <span>

#include <fmt/format.h>

#include "khaldun/export.h"
#include "khaldun/gazetteer.h"
#include "store/location_fields.h"

namespace khaldun {
namespace {

// CAMEO actor type codes (roles and sectors) that follow a country code or
// stand alone: "USAMIL", "GOV". Anything else in the first position is
// taken for a country (or, after IGO/NGO/NGM/MNC, a named organisation).
constexpr std::string_view kTypeCodes[] = {
    "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI",
    "IGO", "IMG", "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "NGM", "NGO",
    "OPP", "PTY", "RAD", "REB", "REF", "REL", "SEP", "SET", "SPY", "UAF", "UIS",
};
constexpr std::string_view kOrganisationTypes[] = {"IGO", "NGO", "NGM", "MNC"};

bool In(std::string_view code, std::span<const std::string_view> set) {
  return std::find(set.begin(), set.end(), code) != set.end();
}

// TSV fields may not hold tabs or line breaks; GDELT has no quoting.
std::string Clean(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

std::string Upper(std::string_view s) {
  std::string out = Clean(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string Number(double v) { return fmt::format("{}", v); }

void AppendActor(std::vector<std::string>* f, const std::string& code, const std::string& name) {
  const ActorCodeParts parts = SplitActorCode(code);
  f->push_back(code);
  f->push_back(code.empty() ? "" : Upper(name));
  f->push_back(parts.country);
  f->push_back(parts.known_group);
  f->push_back("");  // EthnicCode
  f->push_back("");  // Religion1Code
  f->push_back("");  // Religion2Code
  for (const std::string& t : parts.types) f->push_back(t);
}

// The eight geography fields: Type, FullName, CountryCode, ADM1Code,
// ADM2Code, Lat, Long, FeatureID. GDELT's country codes are FIPS 10-4 and its
// ADM codes build on them; khaldun's gazetteer has ISO codes, so those stay
// empty rather than wrong.
void AppendGeo(std::vector<std::string>* f, const std::optional<Location>& where,
               const GdeltOptions& options) {
  if (!where) {
    f->push_back("0");
    for (int i = 0; i < 7; ++i) f->push_back("");
    return;
  }
  int type = 4;  // world city
  if (options.gazetteer) {
    const Place* country = options.gazetteer->Country(where->country);
    if (country && country->name == where->name) type = 1;
  } else if (where->name.empty()) {
    type = 1;
  }
  if (type == 4 && where->country == "USA") type = 3;
  f->push_back(std::to_string(type));
  f->push_back(Clean(where->name));
  f->push_back("");  // CountryCode (FIPS)
  f->push_back("");  // ADM1Code
  f->push_back("");  // ADM2Code
  f->push_back(Number(where->latitude));
  f->push_back(Number(where->longitude));
  f->push_back("");  // FeatureID
}

std::string Join(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out.push_back('\t');
    out += fields[i];
  }
  return out;
}

std::string CompactDate(const Date& d) {
  return d.known() ? fmt::format("{:04d}{:02d}{:02d}", d.year, d.month, d.day) : "";
}

}  // namespace

const std::vector<std::string>& GdeltEventColumns() {
  static const std::vector<std::string> columns = [] {
    std::vector<std::string> c = {"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"};
    for (const char* actor : {"Actor1", "Actor2"}) {
      for (const char* field : {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                                "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                                "Type3Code"}) {
        c.push_back(std::string(actor) + field);
      }
    }
    for (const char* field : {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
                              "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
                              "NumArticles", "AvgTone"}) {
      c.push_back(field);
    }
    for (const char* geo : {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"}) {
      for (const char* field : {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat",
                                "Long", "FeatureID"}) {
        c.push_back(std::string(geo) + field);
      }
    }
    c.push_back("DATEADDED");
    c.push_back("SOURCEURL");
    return c;
  }();
  return columns;
}

const std::vector<std::string>& GdeltMentionColumns() {
  static const std::vector<std::string> columns = {
      "GlobalEventID",    "EventTimeDate",    "MentionTimeDate",  "MentionType",
      "MentionSourceName", "MentionIdentifier", "SentenceID",      "Actor1CharOffset",
      "Actor2CharOffset", "ActionCharOffset", "InRawText",        "Confidence",
      "MentionDocLen",    "MentionDocTone",   "MentionDocTranslationInfo", "Extras"};
  return columns;
}

ActorCodeParts SplitActorCode(std::string_view code) {
  ActorCodeParts parts;
  size_t types = 0;
  bool after_organisation = false;
  for (size_t i = 0; i + 3 <= code.size(); i += 3) {
    const std::string_view chunk = code.substr(i, 3);
    if (In(chunk, kTypeCodes)) {
      if (types < parts.types.size()) parts.types[types++] = std::string(chunk);
      after_organisation = In(chunk, kOrganisationTypes);
    } else if (i == 0) {
      parts.country = std::string(chunk);
    } else if (after_organisation && parts.known_group.empty()) {
      parts.known_group = std::string(chunk);
    }
  }
  return parts;
}

std::string GdeltFractionDate(const Date& d) {
  if (!d.known()) return "";
  return fmt::format("{:.4f}", d.year + ((d.month - 1) * 30 + d.day) / 365.0);
}

std::vector<std::string> GdeltEventFields(const StoredEvent& e, const GdeltOptions& options) {
  std::vector<std::string> f;
  f.reserve(61);
  f.push_back(std::to_string(e.id));
  f.push_back(CompactDate(e.date));
  f.push_back(e.date.known() ? fmt::format("{:04d}{:02d}", e.date.year, e.date.month) : "");
  f.push_back(e.date.known() ? fmt::format("{:04d}", e.date.year) : "");
  f.push_back(GdeltFractionDate(e.date));
  AppendActor(&f, e.source_code, e.source_name);
  AppendActor(&f, e.target_code, e.target_name);
  f.push_back(e.is_root ? "1" : "0");
  f.push_back(e.cameo_code);
  f.push_back(e.cameo_code.size() > 3 ? e.cameo_code.substr(0, 3) : e.cameo_code);
  f.push_back(e.root_code);
  f.push_back(std::to_string(static_cast<int>(e.quad_class)));
  f.push_back(Number(e.goldstein));
  f.push_back(std::to_string(e.num_mentions));
  f.push_back(std::to_string(e.num_sources));
  f.push_back(std::to_string(e.num_articles));
  f.push_back("");  // AvgTone: khaldun does not measure tone
  AppendGeo(&f, std::nullopt, options);  // Actor1Geo: actors are not located
  AppendGeo(&f, std::nullopt, options);  // Actor2Geo
  AppendGeo(&f, e.location, options);    // ActionGeo
  f.push_back(e.added);
  f.push_back(Clean(e.source_url));
  return f;
}

std::string GdeltEventRow(const StoredEvent& e, const GdeltOptions& options) {
  return Join(GdeltEventFields(e, options));
}

std::vector<std::string> GdeltMentionFields(const StoredMention& m) {
  const Event& e = m.event;
  auto offset = [](const Actor& a) {
    return a.empty() ? std::string("-1") : std::to_string(a.bytes.begin);
  };
  return {
      std::to_string(m.event_id),
      m.event_added,
      m.added,
      "1",  // MentionType: web (khaldun reads documents, not broadcasts)
      Clean(m.document_source),
      Clean(m.document_url.empty() ? e.document_id : m.document_url),
      std::to_string(e.sentence_index + 1),
      offset(e.source),
      offset(e.target),
      e.evidence.verb_text.empty() ? "-1" : std::to_string(e.evidence.verb_bytes.begin),
      "1",  // InRawText: coded from the text as written
      "",   // Confidence
      std::to_string(m.document_length),
      "",  // MentionDocTone
      "",  // MentionDocTranslationInfo
      "",  // Extras
  };
}

std::string GdeltMentionRow(const StoredMention& m) { return Join(GdeltMentionFields(m)); }

nlohmann::json StoredEventToPlover(const StoredEvent& e) {
  auto actor = [](const std::string& code, const std::string& name) -> nlohmann::json {
    if (code.empty()) return nullptr;
    return {{"code", code}, {"name", name}, {"country", SplitActorCode(code).country}};
  };
  nlohmann::json j = {
      {"id", std::to_string(e.id)},
      {"date", e.date.ToString()},
      {"event", e.plover_type},
      {"mode", e.plover_mode},
      {"context", nlohmann::json::array()},
      {"actor", actor(e.source_code, e.source_name)},
      {"recipient", actor(e.target_code, e.target_name)},
      {"cameo", e.cameo_code},
      {"quad_class", static_cast<int>(e.quad_class)},
      {"goldstein", e.goldstein},
      {"negated", e.negated},
      {"num_mentions", e.num_mentions},
      {"num_sources", e.num_sources},
      {"num_articles", e.num_articles},
      {"source_url", e.source_url},
  };
  j["location"] = internal::LocationToJson(e.location, /*with_text=*/false);
  return j;
}

}  // namespace khaldun
