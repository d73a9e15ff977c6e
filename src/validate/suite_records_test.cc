// The two validation suites as test cases, read from ../shared in place.
//
// 1. One test case per record, named by its id ("TabariRecord.DEMO_01",
//    "PetrarchRecord.COMPOUND_03"; '-' and other non-identifier characters
//    become '_', a repeated id gets "_2"). The coder does not pass the suites
//    yet, so these are opt-in: without KHALDUN_VALIDATION=1 they skip at once.
//    Run them with
//        KHALDUN_VALIDATION=1 ctest --test-dir build/release -L validate
//        KHALDUN_VALIDATION=1 ctest --test-dir build/release -R 'TabariRecord\.'
//    Each prints PASS/FAIL with the diff (- missing, + extra); ctest's summary
//    line is the totals.
// 2. Two regression tests, always run by `make test`: each codes its whole
//    suite in one process, prints every failure with its diff and the totals
//    line, and asserts that at least kTabariBaseline / kPetrarchBaseline
//    records pass. Raise the baseline when the coder improves, so that the
//    suite can only get better.
// Without ../shared every case skips, saying which file is missing.
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include <gtest/gtest.h>

#include "khaldun/validate.h"

namespace khaldun {
namespace {

// Records passing when these baselines were last measured (coder of
// 2026-11-25); `khaldun validate tabari|petrarch` prints the current numbers.
// PETRARCH's records under require_dyad = false currently run into undefined
// behaviour in the coder (mentions[-1], see docs/COMPATIBILITY.md), so COMMA-05
// passes in some builds and not in others; the baseline is the lower count.
// Re-measure once that is fixed.
constexpr size_t kTabariBaseline = 447;
constexpr size_t kPetrarchBaseline = 258;

struct SuiteSlot {
  std::string name;  // "tabari" / "petrarch"
  std::unique_ptr<Suite> suite;
  std::string error;  // why the suite could not be read
  std::once_flag runner_once;
  std::unique_ptr<SuiteRunner> runner;
  std::string runner_error;

  const SuiteRunner* Runner() {
    std::call_once(runner_once, [this] {
      std::vector<Diagnostic> diagnostics;
      auto r = SuiteRunner::Create(*suite, ValidateOptions{}, &diagnostics);
      if (r.ok()) runner = std::move(*r);
      else runner_error = r.status().ToString();
    });
    return runner.get();
  }
};

SuiteSlot& Slot(const std::string& name) {
  static std::map<std::string, std::unique_ptr<SuiteSlot>> slots;
  auto& slot = slots[name];
  if (!slot) {
    slot = std::make_unique<SuiteSlot>();
    slot->name = name;
    auto suite = ReadSuite(name);
    if (suite.ok()) slot->suite = std::make_unique<Suite>(std::move(*suite));
    else slot->error = suite.status().ToString();
  }
  return *slot;
}

bool PerRecordEnabled() {
  const char* v = std::getenv("KHALDUN_VALIDATION");
  return v != nullptr && *v != '\0' && std::string_view(v) != "0";
}

class RecordTest : public ::testing::Test {
 public:
  RecordTest(SuiteSlot* slot, size_t index) : slot_(slot), index_(index) {}

  void TestBody() override {
    if (!PerRecordEnabled()) {
      GTEST_SKIP() << "per-record validation is opt-in: KHALDUN_VALIDATION=1 ctest -L validate";
    }
    const SuiteRunner* runner = slot_->Runner();
    ASSERT_NE(nullptr, runner) << slot_->runner_error;
    const SuiteRecord& record = slot_->suite->records[index_];
    RecordResult result = runner->RunIsolated(record);
    if (result.passed) std::printf("%s\n", FormatRecordResult(record, result, /*verbose=*/true).c_str());
    EXPECT_TRUE(result.passed) << FormatRecordResult(record, result, /*verbose=*/true);
  }

 private:
  SuiteSlot* slot_;
  size_t index_;
};

class MissingSuiteTest : public ::testing::Test {
 public:
  explicit MissingSuiteTest(std::string why) : why_(std::move(why)) {}
  void TestBody() override { GTEST_SKIP() << "skipped, suite not available: " << why_; }

 private:
  std::string why_;
};

std::string TestName(const std::string& id, std::set<std::string>* used) {
  std::string name;
  for (char c : id) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0]))) name = "R" + name;
  std::string unique = name;
  for (int n = 2; !used->insert(unique).second; ++n) unique = name + "_" + std::to_string(n);
  return unique;
}

void RegisterRecords(const std::string& suite_name, const char* test_suite) {
  SuiteSlot& slot = Slot(suite_name);
  if (!slot.suite) {
    std::string why = slot.error;
    ::testing::RegisterTest(test_suite, "SuiteMissing", nullptr, nullptr, __FILE__, __LINE__,
                            [why]() -> ::testing::Test* { return new MissingSuiteTest(why); });
    return;
  }
  std::set<std::string> used;
  for (size_t i = 0; i < slot.suite->records.size(); ++i) {
    const SuiteRecord& r = slot.suite->records[i];
    if (!r.standard) continue;
    SuiteSlot* s = &slot;
    ::testing::RegisterTest(test_suite, TestName(r.id, &used).c_str(), nullptr, nullptr,
                            slot.suite->path.c_str(), static_cast<int>(r.line),
                            [s, i]() -> ::testing::Test* { return new RecordTest(s, i); });
  }
}

// Registration happens before main(): gtest_discover_tests lists the cases.
const bool kRegistered = [] {
  RegisterRecords("tabari", "TabariRecord");
  RegisterRecords("petrarch", "PetrarchRecord");
  return true;
}();

// Codes the whole standard suite; prints failures and the totals line.
SuiteTotals RunWholeSuite(SuiteSlot& slot) {
  SuiteTotals totals;
  const SuiteRunner* runner = slot.Runner();
  if (runner == nullptr) {
    ADD_FAILURE() << slot.runner_error;
    return totals;
  }
  for (const SuiteRecord& r : slot.suite->records) {
    if (!r.standard) continue;
    // In a child process: a coder crash fails the record, not the test binary.
    RecordResult result = runner->RunIsolated(r);
    totals.Add(result, r);
    if (!result.passed) std::printf("%s\n", FormatRecordResult(r, result, false).c_str());
  }
  std::printf("%s\n", FormatTotals(*slot.suite, totals).c_str());
  return totals;
}

void CheckBaseline(const std::string& name, size_t baseline, const char* constant) {
  SuiteSlot& slot = Slot(name);
  if (!slot.suite) GTEST_SKIP() << "skipped, suite not available: " << slot.error;
  SuiteTotals totals = RunWholeSuite(slot);
  EXPECT_GE(totals.passed, baseline)
      << name << ": fewer records pass than the baseline " << baseline
      << "; the failures are listed above";
  if (totals.passed > baseline) {
    std::printf("%s: %zu records pass, more than the baseline %zu: raise %s in %s\n", name.c_str(),
                totals.passed, baseline, constant, __FILE__);
  }
}

TEST(TabariSuite, PassingRecordsDoNotRegress) {
  CheckBaseline("tabari", kTabariBaseline, "kTabariBaseline");
}

TEST(PetrarchSuite, PassingRecordsDoNotRegress) {
  CheckBaseline("petrarch", kPetrarchBaseline, "kPetrarchBaseline");
}

}  // namespace
}  // namespace khaldun
