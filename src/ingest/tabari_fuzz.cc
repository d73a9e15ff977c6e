// libFuzzer target: the tabari reader (InputFormat::kTabari) on arbitrary
// bytes yields one document or one rejection per record, never a crash, a
// hang or a broken contract (src/ingest/fuzz_input.h). Built by the fuzz
// preset (fuzz/targets.cmake); seeds in fuzz/corpus/tabari_fuzz/.
#include "ingest/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  khaldun::internal::FuzzReadAs(khaldun::InputFormat::kTabari, data, size);
  return 0;
}
