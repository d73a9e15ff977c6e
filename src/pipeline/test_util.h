// Helpers for the pipeline tests: the shipped resources, loaded once per test
// binary and shared by its tests.
#ifndef KHALDUN_PIPELINE_TEST_UTIL_H_
#define KHALDUN_PIPELINE_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "khaldun/pipeline.h"

namespace khaldun::testing {

// The default dictionaries, codebook, gazetteer and syntax model. A load
// failure is reported as a test failure and yields empty resources.
inline const Resources& SharedResources() {
  static const Resources* resources = [] {
    auto r = LoadResources(ResourcePaths{}, nullptr);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return new Resources(r.ok() ? std::move(r).value() : Resources{});
  }();
  return *resources;
}

// Codes `text` as one document dated `date` (YYYY-MM-DD) with the shared
// resources and the default pipeline, as `khaldun code` does, and renders its
// events as "SOURCE CODE TARGET", joined by "; ".
inline std::string CodesOf(const std::string& text, const std::string& date) {
  Document doc;
  doc.id = "t";
  doc.text = text;
  doc.date = *Date::Parse(date);
  Pipeline pipeline(SharedResources(), PipelineOptions{});
  std::string out;
  for (const Event& e : pipeline.Process(std::move(doc)).events)
    out += (out.empty() ? "" : "; ") + e.source.code + " " + e.cameo_code + " " + e.target.code;
  return out;
}

}  // namespace khaldun::testing

#endif  // KHALDUN_PIPELINE_TEST_UTIL_H_
