// The eval report as text and as JSON.
#include <fmt/format.h>

#include <set>

#include "khaldun/eval.h"

namespace khaldun {
namespace {

using nlohmann::json;

// CAMEO's root names, for the per-root table.
const char* RootName(const std::string& root) {
  static const std::map<std::string, const char*> kNames = {
      {"01", "make public statement"},
      {"02", "appeal"},
      {"03", "express intent to cooperate"},
      {"04", "consult"},
      {"05", "diplomatic cooperation"},
      {"06", "material cooperation"},
      {"07", "provide aid"},
      {"08", "yield"},
      {"09", "investigate"},
      {"10", "demand"},
      {"11", "disapprove"},
      {"12", "reject"},
      {"13", "threaten"},
      {"14", "protest"},
      {"15", "exhibit force posture"},
      {"16", "reduce relations"},
      {"17", "coerce"},
      {"18", "assault"},
      {"19", "fight"},
      {"20", "unconventional mass violence"},
  };
  auto it = kNames.find(root);
  return it == kNames.end() ? "" : it->second;
}

json PrfJson(const Prf& p) {
  return {{"tp", p.tp},           {"fp", p.fp},  {"fn", p.fn}, {"precision", p.Precision()},
          {"recall", p.Recall()}, {"f1", p.F1()}};
}

std::string Percent(double x) { return fmt::format("{:5.1f}", 100 * x); }

// Every class seen in any table or in the confusion table, sorted.
std::vector<std::string> Classes(const EvalReport& r) {
  std::set<std::string> classes;
  for (const auto& t : r.tables) {
    for (const auto& [cls, prf] : t.per_class) classes.insert(cls);
  }
  return {classes.begin(), classes.end()};
}

std::string FormatConfusion(const EvalReport& r) {
  std::set<std::string> rows, cols;
  for (const auto& [key, n] : r.confusion) {
    rows.insert(key.first);
    cols.insert(key.second);
  }
  // "-" last in both directions: it is "no event", not a class.
  auto ordered = [](const std::set<std::string>& s) {
    std::vector<std::string> v;
    for (const auto& x : s)
      if (x != "-") v.push_back(x);
    if (s.count("-")) v.push_back("-");
    return v;
  };
  std::vector<std::string> row_keys = ordered(rows), col_keys = ordered(cols);
  // Long class names (PLOVER types) head their columns by their first four
  // letters, which are distinct for every PLOVER type.
  std::set<std::string> heads;
  for (const auto& c : col_keys) heads.insert(c.substr(0, 4));
  bool abbreviate = heads.size() == col_keys.size();
  size_t width = 4, label = 5;
  for (const auto& c : col_keys)
    width = std::max(width, (abbreviate ? std::min<size_t>(c.size(), 4) : c.size()) + 1);
  for (const auto& c : row_keys) label = std::max(label, c.size() + 1);
  std::string out = fmt::format("{:<{}}", "gold\\", label);
  for (const auto& c : col_keys)
    out += fmt::format("{:>{}}", abbreviate ? c.substr(0, 4) : c, width);
  out += "\n";
  for (const auto& row : row_keys) {
    out += fmt::format("{:<{}}", row, label);
    for (const auto& col : col_keys) {
      auto it = r.confusion.find({row, col});
      out += it == r.confusion.end() ? fmt::format("{:>{}}", ".", width)
                                     : fmt::format("{:>{}}", it->second, width);
    }
    out += "\n";
  }
  return out;
}

}  // namespace

std::string FormatReport(const EvalReport& r, bool errors) {
  std::string out;
  bool cameo = r.kind == EvalKind::kCameo;
  out += fmt::format("khaldun eval: {}{}\n", r.source.empty() ? "(cases)" : r.source,
                     r.split.empty() ? "" : ", split " + r.split);
  out += fmt::format(
      "items {} ({} without gold events), gold events {}, produced events {} on {} items{}\n",
      r.items, r.items_without_gold, r.gold_events, r.produced_events, r.items_with_output,
      r.unscored_events ? fmt::format(" (+{} without a PLOVER type, not scored)", r.unscored_events)
                        : std::string());
  out += fmt::format("items coded exactly ({}): {}; no-event items given an event: {}",
                     r.tables.empty() ? "" : r.tables[0].name, r.exact_items, r.false_alarm_items);
  if (r.seconds > 0) out += fmt::format("; coding took {:.2f} s", r.seconds);
  out += "\n\n";

  out += fmt::format("{:<15}{:>6}{:>6}{:>6}{:>7}{:>7}{:>7}   {}\n", "overall", "tp", "fp", "fn",
                     "P%", "R%", "F1%", "what must agree");
  for (const auto& t : r.tables) {
    out += fmt::format("{:<15}{:>6}{:>6}{:>6}{:>7}{:>7}{:>7}   {}\n", t.name, t.overall.tp,
                       t.overall.fp, t.overall.fn, Percent(t.overall.Precision()),
                       Percent(t.overall.Recall()), Percent(t.overall.F1()), t.title);
  }

  out += fmt::format("\nper {} (gold = events in the gold, prod = events produced; P/R/F1 of {}",
                     cameo ? "root code" : "PLOVER event type",
                     r.tables.empty() ? "" : r.tables[0].name);
  for (size_t i = 1; i < r.tables.size(); ++i) out += ", F1 of " + r.tables[i].name;
  out += ")\n";
  size_t label = cameo ? 34 : 14;
  out += fmt::format("{:<{}}{:>6}{:>6}{:>7}{:>7}{:>7}", cameo ? "root" : "type", label, "gold",
                     "prod", "P%", "R%", "F1%");
  for (size_t i = 1; i < r.tables.size(); ++i) out += fmt::format("{:>14}", r.tables[i].name);
  out += "\n";
  for (const auto& cls : Classes(r)) {
    const Prf first =
        r.tables.empty()
            ? Prf{}
            : (r.tables[0].per_class.count(cls) ? r.tables[0].per_class.at(cls) : Prf{});
    std::string name = cameo ? fmt::format("{} {}", cls, RootName(cls)) : cls;
    out += fmt::format("{:<{}}{:>6}{:>6}{:>7}{:>7}{:>7}", name, label, first.tp + first.fn,
                       first.tp + first.fp, Percent(first.Precision()), Percent(first.Recall()),
                       Percent(first.F1()));
    for (size_t i = 1; i < r.tables.size(); ++i) {
      auto it = r.tables[i].per_class.find(cls);
      out +=
          fmt::format("{:>14}", Percent(it == r.tables[i].per_class.end() ? 0.0 : it->second.F1()));
    }
    out += "\n";
  }

  if (!r.per_tag.empty()) {
    out +=
        "\nper tag of the gold items (F1 of each table; no-event items count their false "
        "positives)\n";
    out += fmt::format("{:<18}{:>6}{:>6}{:>6}", "tag", "items", "gold", "prod");
    for (const auto& t : r.tables) out += fmt::format("{:>14}", t.name);
    out += "\n";
    for (const auto& [tag, by_table] : r.per_tag) {
      const Prf& first = by_table.front();
      auto items = r.tag_items.find(tag);
      out +=
          fmt::format("{:<18}{:>6}{:>6}{:>6}", tag, items == r.tag_items.end() ? 0 : items->second,
                      first.tp + first.fn, first.tp + first.fp);
      for (const Prf& p : by_table) out += fmt::format("{:>14}", Percent(p.F1()));
      out += "\n";
    }
  }

  out += fmt::format(
      "\nconfusion of {} (rows: gold, columns: produced; events paired on dyads that agree at "
      "country level; '-' = no event on that dyad)\n",
      cameo ? "root codes" : "PLOVER types");
  out += FormatConfusion(r);

  if (errors) {
    out += "\nitems not coded exactly (" + (r.tables.empty() ? std::string() : r.tables[0].name) +
           "):\n";
    for (size_t i = 0; i < r.cases.size() && i < r.matches.size(); ++i) {
      const EvalCase& c = r.cases[i];
      const ItemMatch& m = r.matches[i];
      if (m.overall.fp == 0 && m.overall.fn == 0) continue;
      out += fmt::format("{} {}\n", c.id, c.text);
      for (size_t g = 0; g < c.gold.size(); ++g) {
        out += fmt::format("   {} {}\n", m.gold_matched[g] ? "ok     " : "missed ",
                           ToString(c.gold[g]));
      }
      for (size_t p = 0; p < c.produced.size(); ++p) {
        if (!m.produced_matched[p]) out += fmt::format("   extra   {}\n", ToString(c.produced[p]));
      }
    }
  }
  return out;
}

json ReportToJson(const EvalReport& r, bool errors) {
  json j;
  j["kind"] = r.kind == EvalKind::kCameo ? "cameo" : "plover";
  j["source"] = r.source;
  j["split"] = r.split;
  j["counts"] = {{"items", r.items},
                 {"items_without_gold", r.items_without_gold},
                 {"items_with_output", r.items_with_output},
                 {"false_alarm_items", r.false_alarm_items},
                 {"exact_items", r.exact_items},
                 {"gold_events", r.gold_events},
                 {"produced_events", r.produced_events},
                 {"unscored_events", r.unscored_events}};
  j["tables"] = json::array();
  for (const auto& t : r.tables) {
    json per_class = json::object();
    for (const auto& [cls, prf] : t.per_class) per_class[cls] = PrfJson(prf);
    j["tables"].push_back({{"name", t.name},
                           {"title", t.title},
                           {"overall", PrfJson(t.overall)},
                           {"per_class", per_class}});
  }
  j["per_tag"] = json::object();
  for (const auto& [tag, by_table] : r.per_tag) {
    json tables = json::object();
    for (size_t i = 0; i < by_table.size() && i < r.tables.size(); ++i) {
      tables[r.tables[i].name] = PrfJson(by_table[i]);
    }
    auto items = r.tag_items.find(tag);
    j["per_tag"][tag] = {{"items", items == r.tag_items.end() ? 0 : items->second},
                         {"tables", tables}};
  }
  j["confusion"] = json::array();
  for (const auto& [key, n] : r.confusion) {
    j["confusion"].push_back({{"gold", key.first}, {"produced", key.second}, {"count", n}});
  }
  j["seconds"] = r.seconds;
  if (errors) {
    j["items"] = json::array();
    for (size_t i = 0; i < r.cases.size() && i < r.matches.size(); ++i) {
      const EvalCase& c = r.cases[i];
      const ItemMatch& m = r.matches[i];
      json item = {{"id", c.id},
                   {"text", c.text},
                   {"missed", json::array()},
                   {"extra", json::array()},
                   {"matched", json::array()}};
      for (size_t g = 0; g < c.gold.size(); ++g) {
        item[m.gold_matched[g] ? "matched" : "missed"].push_back(ToString(c.gold[g]));
      }
      for (size_t p = 0; p < c.produced.size(); ++p) {
        if (!m.produced_matched[p]) item["extra"].push_back(ToString(c.produced[p]));
      }
      j["items"].push_back(std::move(item));
    }
  }
  return j;
}

}  // namespace khaldun
