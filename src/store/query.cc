// Reading deduplicated events, their mentions and aggregates. Filters become
// a WHERE clause of fixed SQL fragments with '?' placeholders; every value
// from the caller is bound, never spliced into the SQL text.
#include <sqlite3.h>

#include <cmath>
#include <string>
#include <variant>
#include <vector>

#include <fmt/format.h>

#include "khaldun/store.h"
#include "store/rows.h"
#include "store/statement.h"

namespace khaldun {

using internal::Statement;

std::optional<TimeBucket> ParseTimeBucket(std::string_view name) {
  if (name == "none" || name.empty()) return TimeBucket::kNone;
  if (name == "day") return TimeBucket::kDay;
  if (name == "week") return TimeBucket::kWeek;
  if (name == "month") return TimeBucket::kMonth;
  if (name == "year") return TimeBucket::kYear;
  return std::nullopt;
}

namespace {

using Param = std::variant<std::string, int64_t>;

struct Where {
  std::string sql;  // " WHERE ..." or ""
  std::vector<Param> params;

  void Add(std::string_view clause) {
    sql += sql.empty() ? " WHERE " : " AND ";
    sql += clause;
  }
};

// The smallest string greater than every string that starts with `prefix`
// (codes are ASCII), so that a prefix match is an index range scan:
// col >= 'USA' AND col < 'USB'.
std::string PrefixEnd(std::string prefix) {
  while (!prefix.empty() && static_cast<unsigned char>(prefix.back()) == 0xff) prefix.pop_back();
  if (!prefix.empty()) prefix.back() = static_cast<char>(prefix.back() + 1);
  return prefix;
}

void AddPrefix(Where* w, const char* column, const std::string& prefix) {
  if (prefix.empty()) return;
  w->Add(fmt::format("({0} >= ? AND {0} < ?)", column));
  w->params.push_back(prefix);
  w->params.push_back(PrefixEnd(prefix));
}

Where BuildWhere(const EventFilter& f) {
  Where w;
  if (f.from) {
    w.Add("e.date >= ?");
    w.params.push_back(f.from->ToString());
  }
  if (f.to) {
    w.Add("e.date <= ?");
    w.params.push_back(f.to->ToString());
  }
  if (!f.actor.empty()) {
    w.Add("((e.source_code >= ? AND e.source_code < ?) OR (e.target_code >= ? AND e.target_code < ?))");
    for (int i = 0; i < 2; ++i) {
      w.params.push_back(f.actor);
      w.params.push_back(PrefixEnd(f.actor));
    }
  }
  AddPrefix(&w, "e.source_code", f.source);
  AddPrefix(&w, "e.target_code", f.target);
  AddPrefix(&w, "e.cameo_code", f.code);
  if (!f.root.empty()) {
    // The root is the code's first two digits: a range on cameo_code uses its index.
    AddPrefix(&w, "e.cameo_code", f.root);
    w.Add("e.root_code = ?");
    w.params.push_back(f.root);
  }
  if (f.quad_class != 0) {
    w.Add("e.quad_class = ?");
    w.params.push_back(int64_t{f.quad_class});
  }
  if (!f.location.empty()) {
    w.Add("(e.location_name = ? OR e.location_country = ?)");
    w.params.push_back(f.location);
    w.params.push_back(f.location);
  }
  if (!f.include_negated) w.Add("e.negated = 0");
  return w;
}

void BindAll(Statement& q, const std::vector<Param>& params) {
  int index = 1;
  for (const Param& p : params) {
    if (const auto* s = std::get_if<std::string>(&p)) {
      q.Bind(index++, std::string_view(*s));
    } else {
      q.Bind(index++, std::get<int64_t>(p));
    }
  }
}

std::string LimitClause(int64_t limit, std::vector<Param>* params) {
  if (limit <= 0) return "";
  params->push_back(limit);
  return " LIMIT ?";
}

}  // namespace

Status EventStore::ForEachEvent(const EventFilter& filter,
                                const std::function<Status(const StoredEvent&)>& fn) {
  Where w = BuildWhere(filter);
  const std::string limit = LimitClause(filter.limit, &w.params);
  const std::string sql = fmt::format("SELECT {} FROM events e{} ORDER BY e.date, e.id{}",
                                      internal::kEventColumns, w.sql, limit);
  Statement q(db_, sql.c_str());
  if (!q.status().ok()) return q.status();
  BindAll(q, w.params);
  while (q.Step()) {
    if (Status s = fn(internal::ReadEvent(q, 0)); !s.ok()) return s;
  }
  return q.status();
}

Result<std::vector<StoredEvent>> EventStore::FindEvents(const EventFilter& filter) {
  std::vector<StoredEvent> out;
  Status s = ForEachEvent(filter, [&out](const StoredEvent& e) {
    out.push_back(e);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Status EventStore::ForEachMention(const EventFilter& filter,
                                  const std::function<Status(const StoredMention&)>& fn) {
  Where w = BuildWhere(filter);
  // The limit counts events, as for ForEachEvent: all mentions of each.
  std::string events = "events e";
  if (filter.limit > 0) {
    events = fmt::format("(SELECT * FROM events e{} ORDER BY e.date, e.id LIMIT ?) e", w.sql);
    w.params.push_back(filter.limit);
    w.sql.clear();
  }
  const std::string sql = fmt::format(
      "SELECT m.event_id, coalesce(d.source, ''), coalesce(d.url, ''), "
      "length(CAST(d.text AS BLOB)), m.added, e.added, {} FROM {} "
      "JOIN mentions m ON m.event_id = e.id "
      "JOIN sentences s ON s.document_id = m.document_id AND s.sentence_index = m.sentence_index "
      "JOIN documents d ON d.id = m.document_id{} "
      "ORDER BY e.date, e.id, m.document_id, m.sentence_index, m.seq",
      internal::kMentionColumns, events, w.sql);
  Statement q(db_, sql.c_str());
  if (!q.status().ok()) return q.status();
  BindAll(q, w.params);
  while (q.Step()) {
    StoredMention m;
    m.event_id = q.Int(0);
    m.document_source = q.Text(1);
    m.document_url = q.Text(2);
    m.document_length = q.Int(3);
    m.added = q.Text(4);
    m.event_added = q.Text(5);
    m.event = internal::ReadMention(q, 6);
    if (Status s = fn(m); !s.ok()) return s;
  }
  return q.status();
}

Result<std::vector<AggregateRow>> EventStore::Aggregate(const EventFilter& filter,
                                                        const AggregateSpec& spec) {
  Where w = BuildWhere(filter);
  const char* period = "''";
  switch (spec.bucket) {
    case TimeBucket::kNone: break;
    case TimeBucket::kDay: period = "e.date"; break;
    // The Sunday on or after the date, less six days: the Monday of its ISO week.
    case TimeBucket::kWeek: period = "date(e.date, 'weekday 0', '-6 days')"; break;
    case TimeBucket::kMonth: period = "substr(e.date, 1, 7)"; break;
    case TimeBucket::kYear: period = "substr(e.date, 1, 4)"; break;
  }
  const char* dyad = spec.by_dyad ? "e.source_code, e.target_code" : "'', ''";
  const char* root = spec.by_root ? "e.root_code" : "''";
  const std::string limit = LimitClause(spec.limit, &w.params);
  const std::string sql = fmt::format(
      "SELECT {} AS period, {}, {} AS root, count(*) AS n, sum(e.num_mentions), "
      "sum(e.goldstein), sum(e.goldstein * e.num_mentions) FROM events e{} "
      "GROUP BY 1, 2, 3, 4 ORDER BY {}{}",
      period, dyad, root, w.sql, spec.order_by_count ? "n DESC, 1, 2, 3, 4" : "1, 2, 3, 4",
      limit);
  Statement q(db_, sql.c_str());
  if (!q.status().ok()) return q.status();
  BindAll(q, w.params);
  std::vector<AggregateRow> out;
  while (q.Step()) {
    AggregateRow r;
    r.period = q.Text(0);
    r.source = q.Text(1);
    r.target = q.Text(2);
    r.root = q.Text(3);
    r.events = q.Int(4);
    r.mentions = q.Int(5);
    // Goldstein scores have one decimal: sums are rounded back to what they
    // are, without the binary floating-point tail (-443.00000000000006).
    r.goldstein_sum = std::round(q.Real(6) * 1e6) / 1e6;
    r.goldstein_weighted = std::round(q.Real(7) * 1e6) / 1e6;
    out.push_back(std::move(r));
  }
  if (!q.status().ok()) return q.status();
  return out;
}

}  // namespace khaldun
