#include "khaldun/pipeline.h"

#include <algorithm>
#include <chrono>
#include <thread>

#include <fmt/format.h>

namespace khaldun {

Pipeline::Pipeline(Resources resources, PipelineOptions options)
    : resources_(std::move(resources)),
      options_(options),
      coder_(CoderResources{resources_.dictionary, resources_.codebook, resources_.gazetteer,
                            resources_.syntax},
             options_.coder) {}

CodedDocument Pipeline::Process(Document doc, ExplainTrace* trace) const {
  CodedDocument out;
  out.document = std::move(doc);
  // Tagging happens inside the coder, only for sentences with candidates.
  AnalyzedDocument analyzed = AnalyzeText(out.document, options_.text);
  out.sentences = static_cast<uint32_t>(analyzed.sentences.size());
  out.events = coder_.Code(analyzed, trace);
  out.outcome = out.events.empty() ? RecordOutcome::kNoEvent : RecordOutcome::kCoded;
  if (options_.max_events_per_document != 0 && out.events.size() > options_.max_events_per_document) {
    out.rejection = fmt::format("document has {} events, over the limit of {} (--max-events-per-document)",
                                out.events.size(), options_.max_events_per_document);
    out.events.clear();
    out.outcome = RecordOutcome::kRejected;
  }
  return out;
}

Result<RunTotals> Pipeline::Run(InputReader& reader, const RunCallbacks& callbacks) const {
  const auto start = std::chrono::steady_clock::now();
  RunTotals totals;
  const int threads = std::max(1, options_.threads);
  const size_t batch_size = std::max<size_t>(1, options_.batch_size);

  // A batch keeps documents and rejections in input order; coding happens in
  // parallel, delivery sequentially.
  struct Item {
    bool rejected = false;
    Rejection rejection;
    CodedDocument coded;
  };
  std::vector<Item> batch;
  bool done = false;
  while (!done) {
    batch.clear();
    while (batch.size() < batch_size) {
      Item item;
      Document doc;
      InputReader::Kind kind = reader.Next(&doc, &item.rejection);
      if (kind == InputReader::Kind::kEnd) {
        done = true;
        break;
      }
      item.rejected = kind == InputReader::Kind::kRejected;
      if (!item.rejected) item.coded.document = std::move(doc);
      batch.push_back(std::move(item));
    }
    auto work = [&](size_t first, size_t step) {
      for (size_t i = first; i < batch.size(); i += step) {
        if (!batch[i].rejected) batch[i].coded = Process(std::move(batch[i].coded.document));
      }
    };
    if (threads == 1 || batch.size() < 2) {
      work(0, 1);
    } else {
      std::vector<std::jthread> pool;
      for (int t = 1; t < threads; ++t) pool.emplace_back(work, static_cast<size_t>(t), static_cast<size_t>(threads));
      work(0, static_cast<size_t>(threads));
    }
    for (Item& item : batch) {
      ++totals.records;
      if (item.rejected) {
        ++totals.rejected;
        if (callbacks.on_rejection)
          if (Status s = callbacks.on_rejection(item.rejection); !s.ok()) return s;
        continue;
      }
      const CodedDocument& c = item.coded;
      if (c.outcome == RecordOutcome::kRejected) {
        ++totals.rejected;
        Rejection r;
        r.context = ErrorContext{c.document.origin_file, c.document.origin_line, c.document.id};
        r.reason = c.rejection;
        if (callbacks.on_rejection)
          if (Status s = callbacks.on_rejection(r); !s.ok()) return s;
        continue;
      }
      (c.outcome == RecordOutcome::kCoded ? totals.coded : totals.no_event)++;
      totals.sentences += c.sentences;
      totals.events += c.events.size();
      totals.bytes += c.document.text.size();
      if (callbacks.on_document)
        if (Status s = callbacks.on_document(c); !s.ok()) return s;
    }
    totals.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (callbacks.on_progress) callbacks.on_progress(totals);
  }
  totals.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return totals;
}

}  // namespace khaldun
