// Validation suites: the peers' golden records, read and coded by khaldun.
//
//   TABARI    Validate.text: records "YYMMDD ID", the sentence, and a /* ... */
//             comment holding the expected events "{ ARN / GON / 064 }".
//   PETRARCH  PETR.UnitTest.records.xml: <Sentence> elements with
//             <EventCoding> expectations, <Text>, <Parse>, and <Config>
//             switches between them.
//
//   auto suite = ReadSuite("tabari", {});          // or "petrarch", or a path
//   auto runner = SuiteRunner::Create(*suite, {});
//   for (const SuiteRecord& r : suite->records) {
//     RecordResult result = (*runner)->Run(r);
//     std::puts(FormatRecordResult(r, result, false).c_str());
//   }
//
// Each record is compared as a multiset of (source, target, code): it passes
// when no expected event is missing and no extra event was produced. The
// conventions of both files (special markers, anonymous actors, options) are
// written down in docs/COMPATIBILITY.md and at the readers below.
//
// Failure model: a suite file that cannot be read or parsed is an error
// Status naming the file (and line, for TABARI); a malformed expectation
// inside a record is kept in SuiteRecord::problems and fails that record only.
//
// Thread-safety: Suite and SuiteRecord are plain values; a SuiteRunner is
// immutable after Create and Run() may be called from many threads at once.
#ifndef KHALDUN_VALIDATE_H_
#define KHALDUN_VALIDATE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/coder.h"
#include "khaldun/dictionary.h"
#include "khaldun/document.h"
#include "khaldun/status.h"

namespace khaldun {

enum class SuiteFormat : uint8_t { kTabari, kPetrarch };

// One coding, expected or produced. Codes are kept as written; comparison
// goes through NormalizeSuiteActor.
struct SuiteEvent {
  std::string source;  // "ARN", "---GOV" (PETRARCH anonymous agent), "~MOS" (TABARI agent)
  std::string target;
  std::string code;    // "064"
  std::string date;    // TABARI "YYMMDD" written after the braces; "" when none

  std::string ToString() const;  // "ARN GON 064", plus " @950103" when dated
  friend bool operator==(const SuiteEvent&, const SuiteEvent&) = default;
};

// An option in force: TABARI .options lines ("SET: TIME SHIFT" = "FALSE",
// "COMPLEX" = "VERBS[5] CONJ[4] ..."), PETRARCH <Config> ("require_dyad" =
// "false"). Keys are upper-cased for TABARI and kept for PETRARCH.
struct SuiteOption {
  std::string key;
  std::string value;
  friend bool operator==(const SuiteOption&, const SuiteOption&) = default;
};

struct SuiteRecord {
  // What the record asks for beyond a list of events.
  enum class Expect : uint8_t {
    kEvents,    // the listed events (may be none, for option-only records)
    kNoEvents,  // TABARI {---}, PETRARCH noevents="True"
    kDiscard,   // TABARI {###}, PETRARCH error="sentencediscard|storydiscard"
    kComplex,   // TABARI {+++}: the peer found the sentence too complex to code
    kError,     // PETRARCH error="dateline|bad_input_parse": the peer rejected the input
  };

  std::string id;        // "DEMO-01"; not unique in TABARI's file (CONV-07 twice)
  std::string category;  // PETRARCH category attribute; TABARI: the id before the last '-'
  Date date;
  std::string text;      // the sentence, hard line breaks joined by spaces
  Expect expect = Expect::kEvents;
  std::vector<SuiteEvent> expected;   // checked
  // TABARI "-{ ... }": written down but not checked ("may require an option",
  // or a partial list of a large compound); extra events are then allowed.
  std::vector<SuiteEvent> unchecked;
  bool extra_allowed = false;
  std::string error;  // PETRARCH error="..." attribute
  // TABARI records that only carry { OPTION: ... } lines (and START-00):
  // nothing to code, the record passes when no event comes out.
  bool options_only = false;
  // Options set by this record (TABARI { OPTION: ... }), and all options in
  // force when it is coded (the file's defaults, then every earlier change).
  std::vector<SuiteOption> sets;
  std::vector<SuiteOption> options;
  // PETRARCH sentence="false": the peer itself skips the record (marked "not
  // implemented" in the file). khaldun codes it anyway; see COMPATIBILITY.md.
  bool peer_skips = false;
  // TABARI: the record lies after FINAL-01, outside the standard suite.
  bool standard = true;
  std::string comment;  // the record's explanation, as written
  std::string parse;    // PETRARCH <Parse> tree, whitespace-collapsed; "" for TABARI
  // TABARI under FORWARD (manual 8.4): the texts of the story's earlier
  // records (same story number, consecutive sentence numbers read from the
  // record ids), one per line, coded before this record so that its opening
  // pronoun can refer to them; their own events are not this record's.
  std::string story_before;
  std::vector<std::string> problems;  // malformed expectations (the record fails)
  uint32_t line = 0;    // 1-based line of the record's start in the suite file

  // The value of option `key` in force, or "" when unset.
  std::string_view Option(std::string_view key) const;
};

struct Suite {
  std::string name;  // "tabari", "petrarch", or the file name
  SuiteFormat format = SuiteFormat::kTabari;
  std::string path;
  DictionaryFiles dictionaries;  // as named by Validate.project / <Environment>
  std::vector<SuiteRecord> records;  // in file order (all records, standard or not)

  size_t standard_records() const;
};

// The shared data directory: $KHALDUN_SHARED when set, else
// KHALDUN_SOURCE_DIR "/../shared".
std::string DefaultSharedDir();

// Reads TABARI's Validate.text. Dictionaries come from the Validate.project
// beside it (<actorsfile>, <verbsfile>, <agentsfile>, <optionsfile>); without
// one, from TABARI.Demo.actors/.verbs, Validate.agents and Validate.options.
// Errors: kNotFound/kIoError when unreadable; kInvalidArgument (file:line)
// when text appears outside a record or a comment is never closed.
Result<Suite> ReadTabariSuite(const std::string& path);
// Reads PETRARCH's unit-test XML; dictionaries from its <Environment>.
// Errors: kNotFound/kIoError when unreadable; kInvalidArgument with the
// parser's message and byte offset when the XML is not well formed.
Result<Suite> ReadPetrarchSuite(const std::string& path);
// "tabari" and "petrarch" name the peers' files under `shared_dir` (empty:
// DefaultSharedDir()); anything else is a path, read as PETRARCH XML when it
// ends in .xml and as a TABARI file otherwise.
Result<Suite> ReadSuite(std::string_view name_or_path, const std::string& shared_dir = "");

// Comparison form of an actor code: upper case, "" becomes "---", and the
// marks of an actor known only by its agent are dropped ("~MOS" and "---GOV"
// compare equal to "MOS" and "GOV").
std::string NormalizeSuiteActor(std::string_view code);

struct RecordResult {
  bool passed = false;
  std::vector<SuiteEvent> produced;  // in coder order
  std::vector<SuiteEvent> missing;   // expected, not produced
  std::vector<SuiteEvent> extra;     // produced, not expected (empty when extra_allowed)
  size_t matched = 0;                // expected events that were produced
  std::string note;                  // why it failed when not by events, e.g. a problem
};

// Compares `produced` with the record's expectations (pure; used by Run).
// Dates are compared only when the record has "SET: TIME SHIFT" = "TRUE" and
// the expected event carries one.
RecordResult CompareRecord(const SuiteRecord& record, std::vector<SuiteEvent> produced);

struct ValidateOptions {
  // Dictionary directory to use instead of the suite's own files (every file
  // of a known kind in it, see DictionaryFiles::FromDirectory).
  std::string dict_dir;
  // khaldun's data directory, for the CAMEO codebook and the syntax model.
  std::string data_dir;  // empty: DefaultDataDir()
  bool use_syntax = true;  // tag with models/syntax.bin; missing is an error
  // Admit the event codes that the suite's own dictionaries use but CAMEO
  // lacks (TABARI's Validate.options labels WEIS codes such as 212 and 225),
  // so that the coder does not drop them. Default: true.
  bool admit_dictionary_codes = true;
};

// The coder options for a record: PETRARCH's require_dyad when set, khaldun's
// defaults otherwise.
CoderOptions CoderOptionsFor(const SuiteRecord& record);

class SuiteRunner {
 public:
  // Loads the dictionaries (the suite's, or options.dict_dir), the codebook
  // and the syntax model. Dictionary diagnostics are appended to
  // `diagnostics` (may be null). Errors: unreadable files.
  static Result<std::unique_ptr<SuiteRunner>> Create(const Suite& suite,
                                                     const ValidateOptions& options,
                                                     std::vector<Diagnostic>* diagnostics);
  ~SuiteRunner();

  // Codes the record's text (one document, no dateline detection, the
  // record's date) and compares. Never fails: problems fail the record.
  RecordResult Run(const SuiteRecord& record) const;
  // As Run, but codes the record in a forked child process, so that a coder
  // crash (a signal) fails only this record, with a note naming the signal.
  // POSIX only. Not thread-safe with respect to other threads of the caller
  // (fork); call it from a single-threaded driver.
  RecordResult RunIsolated(const SuiteRecord& record) const;
  // The events as coded, for reports and tests. When `trace` is not null it
  // receives the coder's explanation (as `khaldun explain` prints it).
  std::vector<SuiteEvent> Code(const SuiteRecord& record, ExplainTrace* trace = nullptr) const;

 private:
  struct Impl;
  explicit SuiteRunner(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

struct SuiteTotals {
  size_t records = 0;
  size_t passed = 0;
  size_t expected = 0;  // checked expected events
  size_t matched = 0;
  size_t produced = 0;
  size_t extra = 0;

  void Add(const RecordResult& result, const SuiteRecord& record);
};

// "PASS DEMO-01" or "FAIL DEMO-02" followed, for failures (and for passes when
// verbose), by indented lines: the text, "- ARN GON 064" for a missing event,
// "+ ARN GON 064" for an extra one, "= ..." for matched ones when verbose.
std::string FormatRecordResult(const SuiteRecord& record, const RecordResult& result,
                               bool verbose);
// "tabari: 310/472 records pass (65.7%); 402/560 expected codings matched, 37 extra"
std::string FormatTotals(const Suite& suite, const SuiteTotals& totals);

}  // namespace khaldun

#endif  // KHALDUN_VALIDATE_H_
