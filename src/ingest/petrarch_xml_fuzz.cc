// libFuzzer target: the petrarch xml reader (InputFormat::kPetrarchXml) on arbitrary
// bytes yields one document or one rejection per record, never a crash, a
// hang or a broken contract (src/ingest/fuzz_input.h). Built by the fuzz
// preset (fuzz/targets.cmake); seeds in fuzz/corpus/petrarch_xml_fuzz/.
#include "ingest/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  khaldun::internal::FuzzReadAs(khaldun::InputFormat::kPetrarchXml, data, size);
  return 0;
}
