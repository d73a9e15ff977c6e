#include "store/rows.h"

namespace khaldun::internal {

const char* const kMentionColumns =
    "m.id, m.document_id, m.sentence_index, m.date, m.source_code, m.source_name, "
    "m.source_text, m.source_begin, m.source_end, m.source_how, m.target_code, m.target_name, "
    "m.target_text, m.target_begin, m.target_end, m.target_how, m.cameo_code, m.root_code, "
    "m.quad_class, m.goldstein, m.plover_type, m.plover_mode, m.location_name, "
    "m.location_country, m.latitude, m.longitude, m.location_text, m.location_begin, "
    "m.location_end, m.negated, s.text, m.sentence_begin, m.sentence_end, m.verb_text, "
    "m.verb_begin, m.verb_end, m.rule";
const char* const kMentionFrom =
    "mentions m JOIN sentences s ON s.document_id = m.document_id "
    "AND s.sentence_index = m.sentence_index";

const char* const kEventColumns =
    "e.id, e.date, e.source_code, e.source_name, e.target_code, e.target_name, e.cameo_code, "
    "e.root_code, e.quad_class, e.goldstein, e.plover_type, e.plover_mode, e.location_name, "
    "e.location_country, e.latitude, e.longitude, e.negated, e.num_mentions, e.num_sources, "
    "e.num_articles, e.is_root, e.first_document_id, e.source_url, e.added";

namespace {

uint32_t U32(const Statement& q, int c) { return static_cast<uint32_t>(q.Int(c)); }

void ReadActor(const Statement& q, int c, Actor* a) {
  if (q.IsNull(c)) return;
  a->code = q.Text(c);
  a->name = q.Text(c + 1);
  a->matched_text = q.Text(c + 2);
  a->bytes = {U32(q, c + 3), U32(q, c + 4)};
  a->how = q.Text(c + 5);
}

}  // namespace

Event ReadMention(const Statement& q, int c) {
  Event e;
  e.id = q.Text(c + 0);
  e.document_id = q.Text(c + 1);
  e.sentence_index = U32(q, c + 2);
  e.date = Date::Parse(q.Text(c + 3)).value_or(Date{});
  ReadActor(q, c + 4, &e.source);
  ReadActor(q, c + 10, &e.target);
  e.cameo_code = q.Text(c + 16);
  e.root_code = q.Text(c + 17);
  e.quad_class = static_cast<QuadClass>(q.Int(c + 18));
  e.goldstein = q.Real(c + 19);
  e.plover_type = q.Text(c + 20);
  e.plover_mode = q.Text(c + 21);
  if (!q.IsNull(c + 22)) {
    e.location = Location{std::string(q.Text(c + 22)), std::string(q.Text(c + 23)),
                          q.Real(c + 24), q.Real(c + 25), std::string(q.Text(c + 26)),
                          ByteSpan{U32(q, c + 27), U32(q, c + 28)}};
  }
  e.negated = q.Int(c + 29) != 0;
  e.evidence.sentence = q.Text(c + 30);
  e.evidence.sentence_bytes = {U32(q, c + 31), U32(q, c + 32)};
  e.evidence.verb_text = q.Text(c + 33);
  e.evidence.verb_bytes = {U32(q, c + 34), U32(q, c + 35)};
  e.evidence.rule = q.Text(c + 36);
  return e;
}

StoredEvent ReadEvent(const Statement& q, int c) {
  StoredEvent e;
  e.id = q.Int(c + 0);
  e.date = Date::Parse(q.Text(c + 1)).value_or(Date{});
  e.source_code = q.Text(c + 2);
  e.source_name = q.Text(c + 3);
  e.target_code = q.Text(c + 4);
  e.target_name = q.Text(c + 5);
  e.cameo_code = q.Text(c + 6);
  e.root_code = q.Text(c + 7);
  e.quad_class = static_cast<QuadClass>(q.Int(c + 8));
  e.goldstein = q.Real(c + 9);
  e.plover_type = q.Text(c + 10);
  e.plover_mode = q.Text(c + 11);
  if (!q.Text(c + 12).empty() || !q.Text(c + 13).empty()) {
    e.location = Location{std::string(q.Text(c + 12)), std::string(q.Text(c + 13)),
                          q.Real(c + 14), q.Real(c + 15), "", {}};
  }
  e.negated = q.Int(c + 16) != 0;
  e.num_mentions = q.Int(c + 17);
  e.num_sources = q.Int(c + 18);
  e.num_articles = q.Int(c + 19);
  e.is_root = q.Int(c + 20) != 0;
  e.first_document_id = q.Text(c + 21);
  e.source_url = q.Text(c + 22);
  e.added = q.Text(c + 23);
  return e;
}

}  // namespace khaldun::internal
