// libFuzzer target: every input format on arbitrary bytes yields documents
// and rejections, never a crash. Built with the other fuzz targets by
// fuzz/targets.cmake (`make test-fuzz`, which also runs it).
// It found the nlohmann out_of_range exception on "2e111111" (now a rejection).
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "khaldun/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/khaldun-reader-fuzz-" + std::to_string(::getpid());
  FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  for (khaldun::InputFormat format :
       {khaldun::InputFormat::kText, khaldun::InputFormat::kJsonl, khaldun::InputFormat::kTabari}) {
    khaldun::IngestOptions options;
    options.format = format;
    options.max_record_bytes = 256;
    options.default_date = khaldun::Date::Parse("2020-01-14");
    auto reader = khaldun::OpenInputs({path}, options);
    if (!reader.ok()) continue;
    khaldun::Document doc;
    khaldun::Rejection rejection;
    while ((*reader)->Next(&doc, &rejection) != khaldun::InputReader::Kind::kEnd) {
    }
  }
  return 0;
}
