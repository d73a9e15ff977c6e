#include "khaldun/pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
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
  bool done = false;
  auto read_batch = [&](std::vector<Item>* batch) {
    batch->clear();
    while (!done && batch->size() < batch_size) {
      Item item;
      Document doc;
      InputReader::Kind kind = reader.Next(&doc, &item.rejection);
      if (kind == InputReader::Kind::kEnd) {
        done = true;
        break;
      }
      item.rejected = kind == InputReader::Kind::kRejected;
      if (!item.rejected) item.coded.document = std::move(doc);
      batch->push_back(std::move(item));
    }
  };

  // One batch being coded. Documents are handed out one at a time from
  // `next`, not split in fixed shares, so that a thread the system
  // deschedules (other load on the machine) or that meets a long article holds
  // up only the document in its hands. `count` is fixed when the job is made:
  // a worker still looking at a finished job never touches its items again.
  struct Job {
    std::vector<Item>* items = nullptr;
    size_t count = 0;
    std::atomic<size_t> next{0};
    std::atomic<size_t> finished{0};
  };
  auto code_from = [this](Job& job) {
    for (size_t i; (i = job.next.fetch_add(1, std::memory_order_relaxed)) < job.count;) {
      Item& item = (*job.items)[i];
      if (!item.rejected) item.coded = Process(std::move(item.coded.document));
      job.finished.fetch_add(1, std::memory_order_acq_rel);
    }
  };

  // Workers live for the whole run (threads - 1 of them; the calling thread
  // is the last one). While they code batch k, the calling thread reads batch
  // k + 1, then joins in, then delivers batch k in input order.
  std::mutex mu;
  std::condition_variable work_cv, done_cv;
  std::shared_ptr<Job> current;  // guarded by mu
  uint64_t generation = 0;       // guarded by mu
  bool stop = false;             // guarded by mu
  std::vector<std::jthread> pool;
  for (int t = 1; t < threads; ++t) {
    pool.emplace_back([&] {
      uint64_t seen = 0;
      for (;;) {
        std::shared_ptr<Job> job;
        {
          std::unique_lock lock(mu);
          work_cv.wait(lock, [&] { return stop || generation != seen; });
          if (stop) return;
          seen = generation;
          job = current;
        }
        code_from(*job);
        { std::lock_guard lock(mu); }
        done_cv.notify_all();
      }
    });
  }
  // Declared after `pool`, so destroyed before it: workers are told to stop
  // before they are joined, also on an early return.
  struct Stopper {
    std::mutex& mu;
    std::condition_variable& cv;
    bool& stop;
    ~Stopper() {
      {
        std::lock_guard lock(mu);
        stop = true;
      }
      cv.notify_all();
    }
  } stopper{mu, work_cv, stop};

  std::vector<Item> batch, upcoming;
  read_batch(&batch);
  while (!batch.empty()) {
    auto job = std::make_shared<Job>();
    job->items = &batch;
    job->count = batch.size();
    if (!pool.empty()) {
      {
        std::lock_guard lock(mu);
        current = job;
        ++generation;
      }
      work_cv.notify_all();
      read_batch(&upcoming);  // overlaps with the workers' coding
    }
    code_from(*job);
    if (!pool.empty()) {
      std::unique_lock lock(mu);
      done_cv.wait(lock,
                   [&] { return job->finished.load(std::memory_order_acquire) == job->count; });
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
    if (pool.empty()) read_batch(&upcoming);
    batch.swap(upcoming);
  }
  totals.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return totals;
}

}  // namespace khaldun
