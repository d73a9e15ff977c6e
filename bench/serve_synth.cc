// serve_synth: writes a synthetic event store for the load test of `khaldun
// serve` (bench/serve_load.sh), through the store's public API, as the coder
// would: documents of ten one-event sentences with evidence spans.
//
//   serve_synth OUT.db EVENTS [SEED]
//
// Dates span 2015-2024, actors ~70 codes (countries, with and without an
// agent), codes every CAMEO code of the codebook, locations a few capitals;
// the keys are random enough that nearly every mention is its own event.
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "khaldun/cameo.h"
#include "khaldun/pipeline.h"
#include "khaldun/store.h"

namespace {

struct Place {
  const char* name;
  const char* country;
  double lat, lon;
};

constexpr Place kPlaces[] = {
    {"Tehran", "IRN", 35.69, 51.39},  {"Washington", "USA", 38.9, -77.04},
    {"Moscow", "RUS", 55.75, 37.62},  {"Kyiv", "UKR", 50.45, 30.52},
    {"Beijing", "CHN", 39.9, 116.4},  {"Damascus", "SYR", 33.51, 36.29},
    {"Baghdad", "IRQ", 33.31, 44.36}, {"Gaza", "PSE", 31.5, 34.47},
    {"Cairo", "EGY", 30.04, 31.24},   {"Nairobi", "KEN", -1.29, 36.82},
    {"Caracas", "VEN", 10.48, -66.9}, {"New Delhi", "IND", 28.61, 77.21},
};
constexpr const char* kCountries[] = {"USA", "RUS", "UKR", "CHN", "IRN", "IRQ", "SYR", "ISR",
                                      "PSE", "EGY", "TUR", "IND", "PAK", "VEN", "DEU", "FRA",
                                      "GBR", "JPN", "KEN", "NGA", "BRA", "MEX", "SAU"};
constexpr const char* kAgents[] = {"", "GOV", "MIL"};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: serve_synth OUT.db EVENTS [SEED]\n");
    return 2;
  }
  const std::string path = argv[1];
  const long long wanted = std::atoll(argv[2]);
  std::mt19937_64 rng(argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1);

  const std::string dir = khaldun::DefaultDataDir() + "/data/cameo/";
  auto book = khaldun::CameoCodebook::Load(dir + "cameo_codes.tsv", dir + "cameo_plover.tsv");
  if (!book.ok()) {
    std::fprintf(stderr, "serve_synth: %s\n", book.status().ToString().c_str());
    return 1;
  }
  std::vector<const khaldun::CameoCode*> codes;
  for (int root = 1; root <= 20; ++root) {
    for (int sub = 0; sub <= 9; ++sub) {
      std::string code = fmt::format("{:02d}{}", root, sub);
      if (const khaldun::CameoCode* c = (*book)->Find(code)) codes.push_back(c);
    }
  }
  std::vector<std::string> actors;
  for (const char* c : kCountries) {
    for (const char* a : kAgents) actors.push_back(std::string(c) + a);
  }

  auto opened = khaldun::EventStore::Open(path);
  if (!opened.ok()) {
    std::fprintf(stderr, "serve_synth: %s\n", opened.status().ToString().c_str());
    return 1;
  }
  khaldun::EventStore& store = **opened;
  const auto start = std::chrono::steady_clock::now();
  constexpr int kPerDocument = 10;
  long long written = 0;
  if (!store.Begin().ok()) return 1;
  for (long long d = 0; written < wanted; ++d) {
    khaldun::Document doc;
    doc.id = fmt::format("synth-{:08d}", d);
    int64_t day = static_cast<int64_t>(rng() % 3650);
    // Date from days since 2015-01-01 by stepping months: dates only need to
    // be valid and spread, not uniform.
    int year = 2015 + static_cast<int>(day / 365), yday = static_cast<int>(day % 365);
    int month = 1 + yday / 31 % 12, mday = 1 + yday % 28;
    doc.date = khaldun::Date{static_cast<int16_t>(year), static_cast<uint8_t>(month),
                             static_cast<uint8_t>(mday)};
    doc.source = fmt::format("source-{}", rng() % 50);
    std::vector<khaldun::Event> events;
    for (int i = 0; i < kPerDocument && written < wanted; ++i, ++written) {
      khaldun::Event e;
      const std::string& src = actors[rng() % actors.size()];
      std::string tgt = actors[rng() % actors.size()];
      if (tgt == src) tgt = actors[(rng() % actors.size())];
      const khaldun::CameoCode* code = codes[rng() % codes.size()];
      const std::string sentence =
          fmt::format("{} {} {} in a synthetic sentence number {}.", src, code->name, tgt, i);
      const uint32_t begin = static_cast<uint32_t>(doc.text.size());
      doc.text += sentence + " ";
      e.id = fmt::format("{}-{}-0", doc.id, i);
      e.document_id = doc.id;
      e.sentence_index = static_cast<uint32_t>(i);
      e.date = doc.date;
      e.source.code = src;
      e.source.name = src;
      e.source.matched_text = src;
      e.source.bytes = {begin, begin + static_cast<uint32_t>(src.size())};
      e.target.code = tgt;
      e.target.name = tgt;
      e.target.matched_text = tgt;
      const uint32_t tpos = begin + static_cast<uint32_t>(src.size() + 1 + code->name.size() + 1);
      e.target.bytes = {tpos, tpos + static_cast<uint32_t>(tgt.size())};
      e.cameo_code = code->code;
      e.root_code = code->code.substr(0, 2);
      e.quad_class = code->quad_class;
      e.goldstein = code->goldstein;
      e.plover_type = code->plover_type;
      e.plover_mode = code->plover_mode;
      if (rng() % 3 != 0) {
        const Place& p = kPlaces[rng() % std::size(kPlaces)];
        e.location = khaldun::Location{p.name, p.country, p.lat, p.lon, "", {}};
      }
      e.evidence.sentence = sentence;
      e.evidence.sentence_bytes = {begin, begin + static_cast<uint32_t>(sentence.size())};
      e.evidence.verb_text = code->name;
      const uint32_t vpos = begin + static_cast<uint32_t>(src.size() + 1);
      e.evidence.verb_bytes = {vpos, vpos + static_cast<uint32_t>(code->name.size())};
      e.evidence.rule = "synthetic";
      events.push_back(std::move(e));
    }
    if (auto s = store.PutDocument(doc, khaldun::RecordOutcome::kCoded, events); !s.ok()) {
      std::fprintf(stderr, "serve_synth: %s\n", s.ToString().c_str());
      return 1;
    }
    if (d % 500 == 499) {
      if (!store.Commit().ok() || !store.Begin().ok()) return 1;
    }
  }
  if (!store.Commit().ok()) return 1;
  auto counts = store.Counts();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "serve_synth: %lld mentions, %lld events in %s in %.1f s\n", written,
               counts.ok() ? static_cast<long long>(counts->events) : -1LL, path.c_str(), seconds);
  return 0;
}
