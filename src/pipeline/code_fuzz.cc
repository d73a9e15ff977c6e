// libFuzzer target: the whole pipeline (analysis, actors, patterns, events)
// with the shipped dictionaries and syntax model, on arbitrary text. It must
// not crash, hang or emit an event whose evidence lies outside the text.
//
// Why the whole coder and not only the tokenizer: the coder's scans over a
// sentence's tokens jump ahead by spans they compute; one that failed to move
// on ("the Gulf of," in wire text cut at a line end) looped for ever, and only
// an input that reaches the coder finds that. fuzz/run.sh counts an input
// over 10 s as a hang.
//
// The resources load once (LLVMFuzzerInitialize); each input is one document
// dated 2005-06-01, so titles resolve against the dated office-holders.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "khaldun/pipeline.h"

namespace {

const khaldun::Pipeline* SharedPipeline() {
  static const khaldun::Pipeline* pipeline = [] {
    khaldun::ResourcePaths paths;
    paths.data_dir = KHALDUN_SOURCE_DIR;
    auto resources = khaldun::LoadResources(paths, nullptr);
    if (!resources.ok()) std::abort();
    return new khaldun::Pipeline(std::move(resources).value(), khaldun::PipelineOptions{});
  }();
  return pipeline;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  SharedPipeline();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Long inputs only slow the search; the hot loops are per sentence.
  if (size > 4096) return 0;
  khaldun::Document doc;
  doc.id = "fuzz";
  doc.date = *khaldun::Date::Parse("2005-06-01");
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  const khaldun::CodedDocument coded = SharedPipeline()->Process(std::move(doc));
  const size_t text_size = size;
  for (const khaldun::Event& e : coded.events) {
    if (e.cameo_code.empty() || e.evidence.sentence_bytes.end > text_size ||
        e.evidence.verb_bytes.end > text_size)
      std::abort();
  }
  return 0;
}
