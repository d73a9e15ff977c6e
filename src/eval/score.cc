// Matching produced events against gold events, and the totals of a run.
#include <algorithm>
#include <string_view>

#include "khaldun/eval.h"

namespace khaldun {
namespace {

std::string_view ActorKey(std::string_view code, ActorLevel level) {
  return level == ActorLevel::kCountry ? code.substr(0, 3) : code;
}

std::string_view CodeKey(std::string_view code, CodeLevel level) {
  return level == CodeLevel::kRoot ? code.substr(0, 2) : code;
}

std::string ClassOf(const std::string& code, bool class_by_root) {
  return class_by_root ? code.substr(0, 2) : code;
}

// A gold target "*" (a PLOVER record without a target) accepts any target.
bool DyadMatches(const EventTriple& gold, const EventTriple& produced, ActorLevel actors) {
  return ActorKey(gold.source, actors) == ActorKey(produced.source, actors) &&
         (gold.target == "*" || ActorKey(gold.target, actors) == ActorKey(produced.target, actors));
}

bool Matches(const EventTriple& gold, const EventTriple& produced, ActorLevel actors,
             CodeLevel codes) {
  return DyadMatches(gold, produced, actors) &&
         CodeKey(gold.code, codes) == CodeKey(produced.code, codes);
}

}  // namespace

ItemMatch MatchEvents(const std::vector<EventTriple>& gold,
                      const std::vector<EventTriple>& produced, ActorLevel actors, CodeLevel codes,
                      bool class_by_root) {
  ItemMatch m;
  m.gold_matched.assign(gold.size(), false);
  m.produced_matched.assign(produced.size(), false);
  // Matching is an equivalence on the scored key, so taking the first free
  // partner is a maximum matching -- except that a wildcard target could take
  // a partner a specific gold event needs. Specific gold events go first.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t g = 0; g < gold.size(); ++g) {
      if ((gold[g].target == "*") != (pass == 1)) continue;
      for (size_t p = 0; p < produced.size(); ++p) {
        if (m.produced_matched[p] || !Matches(gold[g], produced[p], actors, codes)) continue;
        m.gold_matched[g] = m.produced_matched[p] = true;
        ++m.overall.tp;
        ++m.per_class[ClassOf(gold[g].code, class_by_root)].tp;
        break;
      }
    }
  }
  for (size_t g = 0; g < gold.size(); ++g) {
    if (m.gold_matched[g]) continue;
    ++m.overall.fn;
    ++m.per_class[ClassOf(gold[g].code, class_by_root)].fn;
  }
  for (size_t p = 0; p < produced.size(); ++p) {
    if (m.produced_matched[p]) continue;
    ++m.overall.fp;
    ++m.per_class[ClassOf(produced[p].code, class_by_root)].fp;
  }
  return m;
}

void AddConfusion(const std::vector<EventTriple>& gold, const std::vector<EventTriple>& produced,
                  ActorLevel actors, bool class_by_root, Confusion* confusion) {
  std::vector<bool> gold_used(gold.size(), false), produced_used(produced.size(), false);
  // First the pairs that agree on the class, so that a correct event is never
  // shown as confused with a second, wrong event on the same dyad.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t g = 0; g < gold.size(); ++g) {
      if (gold_used[g]) continue;
      for (size_t p = 0; p < produced.size(); ++p) {
        if (produced_used[p] || !DyadMatches(gold[g], produced[p], actors)) continue;
        std::string gc = ClassOf(gold[g].code, class_by_root);
        std::string pc = ClassOf(produced[p].code, class_by_root);
        if (pass == 0 && gc != pc) continue;
        gold_used[g] = produced_used[p] = true;
        ++(*confusion)[{gc, pc}];
        break;
      }
    }
  }
  for (size_t g = 0; g < gold.size(); ++g) {
    if (!gold_used[g]) ++(*confusion)[{ClassOf(gold[g].code, class_by_root), "-"}];
  }
  for (size_t p = 0; p < produced.size(); ++p) {
    if (!produced_used[p]) ++(*confusion)[{"-", ClassOf(produced[p].code, class_by_root)}];
  }
}

EvalReport ScoreCases(std::vector<EvalCase> cases, EvalKind kind) {
  EvalReport report;
  report.kind = kind;
  struct Level {
    const char* name;
    const char* title;
    ActorLevel actors;
    CodeLevel codes;
  };
  std::vector<Level> levels;
  bool class_by_root = kind == EvalKind::kCameo;
  if (kind == EvalKind::kCameo) {
    levels = {
        {"root/exact", "(source, target, root code), actor codes equal", ActorLevel::kExact,
         CodeLevel::kRoot},
        {"root/country",
         "(source, target, root code), actors equal at country level (first 3 letters)",
         ActorLevel::kCountry, CodeLevel::kRoot},
        {"full/exact", "(source, target, full code), actor codes equal", ActorLevel::kExact,
         CodeLevel::kFull},
        {"full/country", "(source, target, full code), actors equal at country level",
         ActorLevel::kCountry, CodeLevel::kFull},
    };
  } else {
    levels = {{"plover/country", "(source country, target country, PLOVER event type)",
               ActorLevel::kCountry, CodeLevel::kFull}};
  }
  for (const Level& level : levels) report.tables.push_back({level.name, level.title, {}, {}});

  for (const EvalCase& c : cases) {
    ++report.items;
    report.gold_events += c.gold.size();
    report.produced_events += c.produced.size();
    report.unscored_events += c.unscored;
    if (c.gold.empty()) ++report.items_without_gold;
    if (!c.produced.empty()) ++report.items_with_output;
    if (c.gold.empty() && !c.produced.empty()) ++report.false_alarm_items;
    for (const std::string& tag : c.tags) ++report.tag_items[tag];
    for (size_t i = 0; i < levels.size(); ++i) {
      ItemMatch m =
          MatchEvents(c.gold, c.produced, levels[i].actors, levels[i].codes, class_by_root);
      ScoreTable& table = report.tables[i];
      table.overall.Add(m.overall);
      for (const std::string& tag : c.tags) {
        std::vector<Prf>& by_table = report.per_tag[tag];
        by_table.resize(levels.size());
        by_table[i].Add(m.overall);
      }
      for (const auto& [cls, prf] : m.per_class) table.per_class[cls].Add(prf);
      if (i == 0) {
        if (m.overall.fp == 0 && m.overall.fn == 0) ++report.exact_items;
        report.matches.push_back(std::move(m));
      }
    }
    // Code confusions are read on dyads that agree at country level, so that
    // an agent slip (RUS for RUSGOV) does not hide what the code was.
    AddConfusion(c.gold, c.produced, ActorLevel::kCountry, class_by_root, &report.confusion);
  }
  report.cases = std::move(cases);
  return report;
}

}  // namespace khaldun
