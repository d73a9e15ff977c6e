// Helpers for the pipeline tests: the shipped resources, loaded once per test
// binary and shared by its tests.
#ifndef KHALDUN_PIPELINE_TEST_UTIL_H_
#define KHALDUN_PIPELINE_TEST_UTIL_H_

#include <gtest/gtest.h>

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

}  // namespace khaldun::testing

#endif  // KHALDUN_PIPELINE_TEST_UTIL_H_
