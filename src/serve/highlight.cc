#include "serve/highlight.h"

#include <algorithm>

#include "khaldun/export.h"

namespace khaldun::internal {

nlohmann::json MentionJson(const Event& e, const CameoCodebook& book) {
  nlohmann::json j = EventToJson(e);
  const CameoCode* info = book.Find(e.cameo_code);
  j["cameo_name"] = info ? info->name : "";
  const ByteSpan sentence = e.evidence.sentence_bytes;
  struct Span {
    const char* role;
    ByteSpan bytes;
  };
  std::vector<Span> spans = {
      {"source", e.source.bytes}, {"target", e.target.bytes}, {"verb", e.evidence.verb_bytes}};
  if (e.location) spans.push_back({"location", e.location->bytes});
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.bytes.begin < b.bytes.begin; });
  nlohmann::json highlights = nlohmann::json::array();
  for (const Span& s : spans) {
    // An empty span, or one in another sentence, has nothing to mark here.
    if (s.bytes.end <= s.bytes.begin || s.bytes.begin < sentence.begin ||
        s.bytes.end > sentence.end) {
      continue;
    }
    const uint32_t begin = s.bytes.begin - sentence.begin, end = s.bytes.end - sentence.begin;
    if (end > e.evidence.sentence.size()) continue;
    highlights.push_back({{"role", s.role},
                          {"begin", begin},
                          {"end", end},
                          {"text", e.evidence.sentence.substr(begin, end - begin)}});
  }
  j["highlights"] = std::move(highlights);
  return j;
}

}  // namespace khaldun::internal
