// The whole pipeline for one document and for a stream of them:
//
//   ingest (InputReader) -> text (AnalyzeText) -> syntax (SyntaxModel::Tag)
//     -> coder (Coder::Code) -> caller's sink (store, printer)
//
// Resources (dictionaries, codebook, gazetteer, syntax model) are loaded once
// and shared read-only by every worker thread. Run() codes documents on N
// threads in batches and hands the results to the sinks in input order, so
// that output and store contents do not depend on the thread count.
#ifndef KHALDUN_PIPELINE_H_
#define KHALDUN_PIPELINE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "khaldun/cameo.h"
#include "khaldun/coder.h"
#include "khaldun/dictionary.h"
#include "khaldun/gazetteer.h"
#include "khaldun/ingest.h"
#include "khaldun/store.h"
#include "khaldun/syntax.h"
#include "khaldun/text.h"

namespace khaldun {

// Where khaldun's own data lives: $KHALDUN_HOME when set, else the source
// tree it was built from. It holds dictionaries/, data/ and models/.
std::string DefaultDataDir();

struct ResourcePaths {
  std::string data_dir = DefaultDataDir();
  // Dictionary files or directories; empty means data_dir/dictionaries.
  std::vector<std::string> dictionaries;
  // Cache of the compiled dictionaries; empty means no cache.
  std::string dictionary_cache;
  // The syntax model; empty means data_dir/models/syntax.bin when it exists.
  std::string syntax_model;
  bool use_syntax = true;
  // Longest dictionary line (LoadOptions::max_line_bytes). Default: 64 KiB.
  size_t max_dict_line_bytes = size_t{64} << 10;
};

struct Resources {
  std::shared_ptr<const Dictionary> dictionary;
  std::shared_ptr<const CameoCodebook> codebook;
  std::shared_ptr<const Gazetteer> gazetteer;
  std::shared_ptr<const SyntaxModel> syntax;  // may be null
};

// Loads everything the pipeline needs. Dictionary diagnostics are appended to
// `diagnostics` (may be null); they do not fail the load.
Result<Resources> LoadResources(const ResourcePaths& paths, std::vector<Diagnostic>* diagnostics);

struct PipelineOptions {
  TextOptions text;
  CoderOptions coder;
  int threads = 1;           // worker threads for Run(); 1 codes on the calling thread
  size_t batch_size = 256;   // documents handed to the workers at a time
  // A document that yields more events than this is rejected, with no events:
  // "document has N events, over the limit of M (--max-events-per-document)".
  // 0: no limit. Default: 10000.
  size_t max_events_per_document = 10000;
};

struct CodedDocument {
  Document document;
  std::vector<Event> events;
  uint32_t sentences = 0;
  RecordOutcome outcome = RecordOutcome::kNoEvent;
  std::string rejection;  // why, when outcome is kRejected (over a limit)
};

struct RunTotals {
  uint64_t records = 0;  // coded + no_event + rejected
  uint64_t coded = 0;
  uint64_t no_event = 0;
  uint64_t rejected = 0;
  uint64_t sentences = 0;
  uint64_t events = 0;
  uint64_t bytes = 0;  // of document text
  double seconds = 0;
};

struct RunCallbacks {
  // Called in input order for every document; a non-OK status stops the run.
  std::function<Status(const CodedDocument&)> on_document;
  // Called for every rejected record; a non-OK status stops the run.
  std::function<Status(const Rejection&)> on_rejection;
  // Called after each batch with the totals so far (for progress reports).
  std::function<void(const RunTotals&)> on_progress;
};

class Pipeline {
 public:
  Pipeline(Resources resources, PipelineOptions options);

  // Codes one document. Thread-safe.
  CodedDocument Process(Document doc, ExplainTrace* trace = nullptr) const;

  // Reads every record of `reader` and codes it. Returns the totals, or the
  // first error a callback returned.
  Result<RunTotals> Run(InputReader& reader, const RunCallbacks& callbacks) const;

  const Resources& resources() const { return resources_; }

 private:
  Resources resources_;
  PipelineOptions options_;
  Coder coder_;
};

}  // namespace khaldun

#endif  // KHALDUN_PIPELINE_H_
