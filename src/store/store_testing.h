// Test helpers for the store: a scratch directory per test, and documents
// and event mentions made to order.
#ifndef KHALDUN_SRC_STORE_STORE_TESTING_H_
#define KHALDUN_SRC_STORE_STORE_TESTING_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "khaldun/store.h"

namespace khaldun::testing_util {

class StoreDir : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("khaldun_store_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "events.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::filesystem::path dir_;
  std::string path_;
};

inline Document MakeDoc(const std::string& id, const std::string& text,
                        const std::string& date = "2020-01-14", const std::string& source = "test") {
  Document d;
  d.id = id;
  d.text = text;
  d.date = *Date::Parse(date);
  d.source = source;
  return d;
}

// "USA 186 IRNMIL @Baghdad/IRQ" in sentence 0 of `d`, unless told otherwise.
inline Event MakeEvent(const Document& d, const std::string& code, const std::string& source = "USA",
                       const std::string& target = "IRNMIL", uint32_t sentence = 0,
                       const std::string& place = "Baghdad") {
  Event e;
  e.id = d.id + "-" + std::to_string(sentence) + "-" + code + source + target + place;
  e.document_id = d.id;
  e.sentence_index = sentence;
  e.date = d.date;
  e.source.code = source;
  e.source.name = source + " name";
  e.source.matched_text = "the US";
  e.source.bytes = {4, 6};
  e.target.code = target;
  e.target.name = target + " name";
  e.target.matched_text = "Iranian commander";
  e.target.bytes = {30, 47};
  e.cameo_code = code;
  e.root_code = code.substr(0, 2);
  e.quad_class = QuadClass::kMaterialConflict;
  e.goldstein = -10;
  e.plover_type = "ASSAULT";
  e.plover_mode = "assassinate";
  if (!place.empty()) e.location = Location{place, "IRQ", 33.3, 44.4, "in " + place, {50, 60}};
  e.evidence.sentence = d.text;
  e.evidence.sentence_bytes = {0, static_cast<uint32_t>(d.text.size())};
  e.evidence.verb_text = "assassination";
  e.evidence.verb_bytes = {7, 20};
  e.evidence.rule = "nominal: ASSASSINATION (OF +)";
  return e;
}

}  // namespace khaldun::testing_util

#endif  // KHALDUN_SRC_STORE_STORE_TESTING_H_
