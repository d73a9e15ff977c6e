// Suite values, comparison of produced and expected events, and the report.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>

#include "khaldun/validate.h"
#include "validate/suite_util.h"

namespace khaldun {
namespace internal {

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    out.emplace_back(s.substr(start, p == std::string_view::npos ? s.size() - start : p - start));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      out += c;
      space = false;
    }
  }
  return out;
}

std::optional<SuiteOption> ParseTabariOption(std::string_view line) {
  std::string t = Trim(line);
  while (!t.empty() && (t.back() == '}' || std::isspace(static_cast<unsigned char>(t.back())))) t.pop_back();
  size_t colon = t.find(':');
  if (colon == std::string::npos || colon == 0) return std::nullopt;
  std::string command = Upper(Trim(t.substr(0, colon)));
  std::string rest = CollapseSpace(Upper(t.substr(colon + 1)));
  if (command != "SET") return SuiteOption{command, rest};
  size_t eq = rest.find('=');
  if (eq != std::string::npos) return SuiteOption{"SET: " + Trim(rest.substr(0, eq)), Trim(rest.substr(eq + 1))};
  size_t space = rest.find(' ');
  if (space == std::string::npos) return SuiteOption{"SET: " + rest, ""};
  return SuiteOption{"SET: " + rest.substr(0, space), Trim(rest.substr(space + 1))};
}

void SetOption(std::vector<SuiteOption>* options, const SuiteOption& option) {
  for (SuiteOption& o : *options) {
    if (o.key == option.key) {
      o.value = option.value;
      return;
    }
  }
  options->push_back(option);
}

}  // namespace internal

std::string SuiteEvent::ToString() const {
  std::string s = fmt::format("{} {} {}", source.empty() ? "---" : source,
                              target.empty() ? "---" : target, code);
  if (!date.empty()) s += " @" + date;
  return s;
}

std::string_view SuiteRecord::Option(std::string_view key) const {
  for (const SuiteOption& o : options)
    if (o.key == key) return o.value;
  return {};
}

size_t Suite::standard_records() const {
  return static_cast<size_t>(std::count_if(records.begin(), records.end(),
                                           [](const SuiteRecord& r) { return r.standard; }));
}

std::string DefaultSharedDir() {
  if (const char* dir = std::getenv("KHALDUN_SHARED"); dir != nullptr && *dir != '\0') return dir;
  return KHALDUN_SOURCE_DIR "/../shared";
}

Result<Suite> ReadSuite(std::string_view name_or_path, const std::string& shared_dir) {
  namespace fs = std::filesystem;
  const fs::path shared(shared_dir.empty() ? DefaultSharedDir() : shared_dir);
  if (name_or_path == "tabari") return ReadTabariSuite((shared / "peers/tabari/Validate.text").string());
  if (name_or_path == "petrarch") {
    return ReadPetrarchSuite((shared / "peers/petrarch2/PETR.UnitTest.records.xml").string());
  }
  std::string path(name_or_path);
  Result<Suite> suite = path.ends_with(".xml") ? ReadPetrarchSuite(path) : ReadTabariSuite(path);
  if (suite.ok()) suite->name = fs::path(path).filename().string();
  return suite;
}

std::string NormalizeSuiteActor(std::string_view code) {
  std::string c = internal::Upper(internal::Trim(code));
  // TABARI writes an agent-only actor "~MOS"; PETRARCH writes "---GOV" for
  // an agent with no actor before it. Both mean "the agent, nothing more".
  if (c.starts_with('~')) c.erase(0, 1);
  if (c.size() > 3 && c.starts_with("---")) c.erase(0, 3);
  if (c.empty()) c = "---";
  return c;
}

namespace {

bool Same(const SuiteEvent& expected, const SuiteEvent& produced, bool check_date) {
  if (NormalizeSuiteActor(expected.source) != NormalizeSuiteActor(produced.source)) return false;
  if (NormalizeSuiteActor(expected.target) != NormalizeSuiteActor(produced.target)) return false;
  if (internal::Trim(expected.code) != internal::Trim(produced.code)) return false;
  return !check_date || expected.date.empty() || expected.date == produced.date;
}

}  // namespace

RecordResult CompareRecord(const SuiteRecord& record, std::vector<SuiteEvent> produced) {
  RecordResult r;
  r.produced = std::move(produced);
  const bool check_date = record.Option("SET: TIME SHIFT") == "TRUE";
  std::vector<bool> used(r.produced.size(), false);
  for (const SuiteEvent& e : record.expected) {
    bool found = false;
    for (size_t i = 0; i < r.produced.size() && !found; ++i) {
      if (!used[i] && Same(e, r.produced[i], check_date)) used[i] = found = true;
    }
    if (found) ++r.matched;
    else r.missing.push_back(e);
  }
  if (!record.extra_allowed) {
    for (size_t i = 0; i < r.produced.size(); ++i)
      if (!used[i]) r.extra.push_back(r.produced[i]);
  }
  const bool events_match = r.missing.empty() && r.extra.empty();
  switch (record.expect) {
    case SuiteRecord::Expect::kEvents:
      r.passed = events_match;
      break;
    case SuiteRecord::Expect::kNoEvents:
    case SuiteRecord::Expect::kDiscard:
    case SuiteRecord::Expect::kComplex:
    case SuiteRecord::Expect::kError:
      // The marker is checked first (TABARI manual 10.1): no events at all
      // passes; events listed beside the marker may pass instead.
      r.passed = r.produced.empty() || (!record.expected.empty() && events_match);
      if (!r.passed && record.expected.empty()) {
        r.extra = r.produced;
      }
      break;
  }
  if (!record.problems.empty()) {
    r.passed = false;
    r.note = record.problems.front();
  }
  return r;
}

void SuiteTotals::Add(const RecordResult& result, const SuiteRecord& record) {
  ++records;
  if (result.passed) ++passed;
  expected += record.expected.size();
  matched += result.matched;
  produced += result.produced.size();
  extra += result.extra.size();
}

namespace {

std::string_view ExpectName(SuiteRecord::Expect e) {
  switch (e) {
    case SuiteRecord::Expect::kEvents: return "events";
    case SuiteRecord::Expect::kNoEvents: return "no events";
    case SuiteRecord::Expect::kDiscard: return "a discard (no events)";
    case SuiteRecord::Expect::kComplex: return "too complex to code (no events)";
    case SuiteRecord::Expect::kError: return "an input error (no events)";
  }
  return "";
}

}  // namespace

std::string FormatRecordResult(const SuiteRecord& record, const RecordResult& result,
                               bool verbose) {
  std::string out = fmt::format("{} {}", result.passed ? "PASS" : "FAIL", record.id);
  if (!result.passed || verbose) {
    out += fmt::format("  (line {})\n", record.line);
    out += fmt::format("    text: {}\n", record.text);
    if (!record.comment.empty() && verbose) out += fmt::format("    note: {}\n", record.comment);
    if (record.expect != SuiteRecord::Expect::kEvents) {
      out += fmt::format("    expects {}\n", ExpectName(record.expect));
    }
    if (!result.note.empty()) out += fmt::format("    problem: {}\n", result.note);
    if (verbose) {
      std::vector<SuiteEvent> matched = record.expected;
      for (const SuiteEvent& m : result.missing) {
        auto it = std::find(matched.begin(), matched.end(), m);
        if (it != matched.end()) matched.erase(it);
      }
      for (const SuiteEvent& e : matched) out += "    = " + e.ToString() + "\n";
      for (const SuiteEvent& e : record.unchecked) out += "    ? " + e.ToString() + " (not checked)\n";
    }
    for (const SuiteEvent& e : result.missing) out += "    - " + e.ToString() + "\n";
    for (const SuiteEvent& e : result.extra) out += "    + " + e.ToString() + "\n";
    out.pop_back();
  }
  return out;
}

std::string FormatTotals(const Suite& suite, const SuiteTotals& t) {
  double pct = t.records == 0 ? 0.0 : 100.0 * static_cast<double>(t.passed) / static_cast<double>(t.records);
  return fmt::format(
      "{}: {}/{} records pass ({:.1f}%); {}/{} expected codings matched; {} events produced, {} "
      "extra",
      suite.name, t.passed, t.records, pct, t.matched, t.expected, t.produced, t.extra);
}

}  // namespace khaldun
