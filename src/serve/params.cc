#include "serve/params.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <nlohmann/json.hpp>

#include "khaldun/ingest.h"

namespace khaldun::internal {

const std::initializer_list<std::string_view> kFilterParams = {
    "from", "to", "actor", "source", "target", "code", "root", "quad", "location", "negated"};

namespace {

constexpr size_t kMaxCodeBytes = 32;
constexpr size_t kMaxLocationBytes = 100;

bool Contains(std::initializer_list<std::string_view> list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

// Actor codes are upper-case letters and digits; a lower-case query is
// accepted and upper-cased, anything else is an error rather than a silent
// empty answer.
Status ActorParam(const QueryParams& params, std::string_view name, std::string* out) {
  std::string value = Param(params, name);
  if (value.empty()) return Status::Ok();
  if (value.size() > kMaxCodeBytes) {
    return Status::InvalidArgument(
        fmt::format("'{}' is longer than {} characters", name, kMaxCodeBytes));
  }
  for (char& c : value) {
    if (!std::isalnum(static_cast<unsigned char>(c))) {
      return Status::InvalidArgument(fmt::format(
          "'{}' must be a CAMEO actor code (letters and digits), not '{}'", name, value));
    }
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  *out = std::move(value);
  return Status::Ok();
}

Status DigitsParam(const QueryParams& params, std::string_view name, size_t min_len, size_t max_len,
                   std::string* out) {
  std::string value = Param(params, name);
  if (value.empty()) return Status::Ok();
  bool digits =
      std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || value.size() < min_len || value.size() > max_len) {
    return Status::InvalidArgument(
        min_len == max_len ? fmt::format("'{}' must be {} digits, not '{}'", name, min_len, value)
                           : fmt::format("'{}' must be a CAMEO code of {} to {} digits, not '{}'",
                                         name, min_len, max_len, value));
  }
  *out = std::move(value);
  return Status::Ok();
}

Status DateParam(const QueryParams& params, std::string_view name, std::optional<Date>* out) {
  std::string value = Param(params, name);
  if (value.empty()) return Status::Ok();
  *out = value.size() == 10 ? Date::Parse(value) : std::nullopt;
  if (!*out) {
    return Status::InvalidArgument(
        fmt::format("'{}' must be a date YYYY-MM-DD, not '{}'", name, value));
  }
  return Status::Ok();
}

}  // namespace

Status CheckParams(const QueryParams& params, std::initializer_list<std::string_view> allowed,
                   std::initializer_list<std::string_view> also) {
  for (auto it = params.begin(); it != params.end(); ++it) {
    if (!Contains(allowed, it->first) && !Contains(also, it->first)) {
      return Status::InvalidArgument(fmt::format("unknown parameter '{}'", it->first));
    }
    if (params.count(it->first) > 1) {
      return Status::InvalidArgument(
          fmt::format("parameter '{}' is given more than once", it->first));
    }
  }
  return Status::Ok();
}

std::string Param(const QueryParams& params, std::string_view name) {
  auto it = params.find(std::string(name));
  return it == params.end() ? std::string() : it->second;
}

Result<int64_t> IntParam(const QueryParams& params, std::string_view name, int64_t fallback,
                         int64_t min, int64_t max) {
  std::string value = Param(params, name);
  if (value.empty()) return fallback;
  int64_t n = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || end != value.data() + value.size() || n < min || n > max) {
    return Status::InvalidArgument(
        fmt::format("'{}' must be an integer from {} to {}, not '{}'", name, min, max, value));
  }
  return n;
}

Status ParseEventFilter(const QueryParams& params, EventFilter* filter) {
  if (Status s = DateParam(params, "from", &filter->from); !s.ok()) return s;
  if (Status s = DateParam(params, "to", &filter->to); !s.ok()) return s;
  if (filter->from && filter->to && *filter->to < *filter->from) {
    return Status::InvalidArgument("'from' is after 'to'");
  }
  for (auto [name, field] :
       {std::pair{"actor", &filter->actor}, std::pair{"source", &filter->source},
        std::pair{"target", &filter->target}}) {
    if (Status s = ActorParam(params, name, field); !s.ok()) return s;
  }
  if (Status s = DigitsParam(params, "code", 2, 4, &filter->code); !s.ok()) return s;
  if (Status s = DigitsParam(params, "root", 2, 2, &filter->root); !s.ok()) return s;
  auto quad = IntParam(params, "quad", 0, 1, 4);
  if (!quad.ok()) return quad.status();
  filter->quad_class = static_cast<int>(*quad);
  filter->location = Param(params, "location");
  if (filter->location.size() > kMaxLocationBytes) {
    return Status::InvalidArgument(
        fmt::format("'location' is longer than {} bytes", kMaxLocationBytes));
  }
  if (FindInvalidUtf8(filter->location) != std::string_view::npos) {
    return Status::InvalidArgument("'location' is not valid UTF-8");
  }
  auto negated = IntParam(params, "negated", 0, 0, 1);
  if (!negated.ok()) return negated.status();
  filter->include_negated = *negated == 1;
  return Status::Ok();
}

Result<Document> ParseCodeRequest(const std::string& body, bool* store) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(body);
  } catch (const nlohmann::json::exception& e) {
    // parse_error, and out_of_range for a number too large ("1E9999").
    return Status::InvalidArgument(fmt::format("malformed JSON: {}", e.what()));
  }
  if (!j.is_object()) return Status::InvalidArgument("the body must be a JSON object");
  Document doc;
  std::string date;
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& key = it.key();
    if (key == "store") {
      if (!it->is_boolean()) return Status::InvalidArgument("field 'store' must be true or false");
      *store = it->get<bool>();
      continue;
    }
    std::string* field = key == "text"     ? &doc.text
                         : key == "date"   ? &date
                         : key == "id"     ? &doc.id
                         : key == "title"  ? &doc.title
                         : key == "source" ? &doc.source
                         : key == "url"    ? &doc.url
                                           : nullptr;
    if (field == nullptr) {
      return Status::InvalidArgument(
          fmt::format("unknown field '{}' (text, date, id, title, source, url, store)", key));
    }
    if (!it->is_string())
      return Status::InvalidArgument(fmt::format("field '{}' must be a string", key));
    *field = it->get<std::string>();
  }
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Status::InvalidArgument("field 'text' is missing or empty");
  }
  if (date.empty()) return Status::InvalidArgument("field 'date' is missing (YYYY-MM-DD)");
  auto parsed = Date::Parse(date);
  if (!parsed)
    return Status::InvalidArgument(fmt::format("field 'date' is not a date: '{}'", date));
  doc.date = *parsed;
  if (doc.id.size() > 200) return Status::InvalidArgument("field 'id' is longer than 200 bytes");
  if (doc.id.empty()) doc.id = "api-" + ContentHash(doc).substr(0, 16);
  return doc;
}

nlohmann::json DescribeFilter(const EventFilter& f) {
  nlohmann::json j = nlohmann::json::object();
  if (f.from) j["from"] = f.from->ToString();
  if (f.to) j["to"] = f.to->ToString();
  if (!f.actor.empty()) j["actor"] = f.actor;
  if (!f.source.empty()) j["source"] = f.source;
  if (!f.target.empty()) j["target"] = f.target;
  if (!f.code.empty()) j["code"] = f.code;
  if (!f.root.empty()) j["root"] = f.root;
  if (f.quad_class != 0) j["quad"] = f.quad_class;
  if (!f.location.empty()) j["location"] = f.location;
  if (f.include_negated) j["negated"] = 1;
  return j;
}

}  // namespace khaldun::internal
