// Running the pipeline over gold items.
#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>

#include "khaldun/eval.h"
#include "khaldun/pipeline.h"

namespace khaldun {
namespace {

Document MakeDocument(const std::string& id, const std::string& date, const std::string& text) {
  Document doc;
  doc.id = id;
  doc.text = text;
  if (auto d = Date::Parse(date)) doc.date = *d;
  return doc;
}

// Runs work(i) for i in [0, n) on up to `threads` threads; work must only
// write to its own slot.
void ParallelFor(size_t n, int threads, const std::function<void(size_t)>& work) {
  size_t workers = std::clamp<size_t>(threads < 1 ? 1 : size_t(threads), 1, std::max<size_t>(n, 1));
  if (workers == 1) {
    for (size_t i = 0; i < n; ++i) work(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::thread> pool;
  for (size_t w = 0; w < workers; ++w) {
    pool.emplace_back([&] {
      for (size_t i = next++; i < n; i = next++) work(i);
    });
  }
  for (auto& t : pool) t.join();
}

}  // namespace

std::vector<EventTriple> ProducedTriples(const std::vector<Event>& events) {
  std::vector<EventTriple> out;
  for (const Event& e : events) {
    EventTriple t{e.source.code, e.cameo_code, e.target.code};
    if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(std::move(t));
  }
  return out;
}

std::vector<EvalCase> CodeGoldItems(const std::vector<GoldItem>& items, const std::string& split,
                                    const Pipeline& pipeline, int threads) {
  std::vector<const GoldItem*> chosen;
  for (const GoldItem& item : items) {
    if (split == "all" || item.split == split) chosen.push_back(&item);
  }
  std::vector<EvalCase> cases(chosen.size());
  ParallelFor(chosen.size(), threads, [&](size_t i) {
    const GoldItem& item = *chosen[i];
    CodedDocument coded = pipeline.Process(MakeDocument(item.id, item.date, item.text));
    EvalCase& c = cases[i];
    c.id = item.id;
    c.text = item.text;
    c.tags = item.tags;
    c.gold = item.events;
    c.produced = ProducedTriples(coded.events);
  });
  return cases;
}

std::vector<EvalCase> CodePloverItems(const std::vector<PloverItem>& items,
                                      const Pipeline& pipeline, int threads) {
  std::vector<EvalCase> cases(items.size());
  ParallelFor(items.size(), threads, [&](size_t i) {
    const PloverItem& item = items[i];
    CodedDocument coded = pipeline.Process(MakeDocument(item.id, item.date, item.text));
    EvalCase& c = cases[i];
    c.id = item.id;
    c.text = item.text;
    c.gold = PloverGoldEvents(item);
    for (const Event& e : coded.events) {
      if (e.plover_type.empty()) {
        ++c.unscored;
        continue;
      }
      // The gold is at country level and without repeats, so the produced
      // events are reduced the same way: RUSGOV and RUSMIL attacking UKR are
      // one (RUS, ASSAULT, UKR).
      EventTriple t{e.source.code.substr(0, 3), e.plover_type, e.target.code.substr(0, 3)};
      if (std::find(c.produced.begin(), c.produced.end(), t) == c.produced.end()) {
        c.produced.push_back(std::move(t));
      }
    }
  });
  return cases;
}

}  // namespace khaldun
