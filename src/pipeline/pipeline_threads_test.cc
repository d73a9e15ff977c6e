// Pipeline::Run on several threads: the same output, in the same order, as on
// one; rejections keep their place; a callback's error stops the run (no
// hang, workers joined). Uses examples/articles and a few hostile records.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "khaldun/pipeline.h"
#include "pipeline/test_util.h"

namespace khaldun {
namespace {

using testing::SharedResources;

// A JSONL input of the example articles, repeated, with rejected records
// (no date, malformed JSON) among them.
std::string WriteInput() {
  namespace fs = std::filesystem;
  const std::string path =
      (fs::temp_directory_path() / ("khaldun_threads_" + std::to_string(getpid()) + ".jsonl"))
          .string();
  std::ofstream out(path);
  int n = 0;
  for (int copy = 0; copy < 3; ++copy) {
    std::vector<fs::path> files;
    for (const auto& e :
         fs::directory_iterator(std::string(KHALDUN_SOURCE_DIR) + "/examples/articles"))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f);
      std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      nlohmann::json j;
      j["id"] = f.stem().string() + "#" + std::to_string(copy);
      j["date"] = f.stem().string().substr(0, 10);
      j["text"] = text;
      out << j.dump() << "\n";
      if (++n % 5 == 0)
        out << "{\"id\": \"no-date-" << n << "\", \"text\": \"Iran thanked Syria.\"}\n";
      if (n % 7 == 0) out << "{not json\n";
    }
  }
  return path;
}

// Everything the sinks saw, as one string: "D id n_events codes...", "R reason".
std::string RunWith(const std::string& input, int threads, size_t batch_size) {
  auto reader = OpenInputs({input});
  EXPECT_TRUE(reader.ok());
  PipelineOptions options;
  options.threads = threads;
  options.batch_size = batch_size;
  Pipeline pipeline(SharedResources(), options);
  std::string seen;
  RunCallbacks callbacks;
  callbacks.on_document = [&](const CodedDocument& c) {
    seen += "D " + c.document.id + " " + std::to_string(c.events.size());
    for (const Event& e : c.events)
      seen += " " + e.source.code + ":" + e.cameo_code + ":" + e.target.code;
    seen += "\n";
    return Status::Ok();
  };
  callbacks.on_rejection = [&](const Rejection& r) {
    seen += "R " + r.reason + "\n";
    return Status::Ok();
  };
  auto totals = pipeline.Run(**reader, callbacks);
  EXPECT_TRUE(totals.ok());
  return seen;
}

TEST(PipelineThreadsTest, SameOutputInSameOrderOnAnyThreadCount) {
  if (!SharedResources().dictionary) GTEST_SKIP() << "resources did not load";
  const std::string input = WriteInput();
  const std::string one = RunWith(input, 1, 4);
  EXPECT_NE(std::string::npos, one.find("R missing date"));
  EXPECT_NE(std::string::npos, one.find("R malformed JSON"));
  for (int threads : {2, 3, 8})
    for (size_t batch : {size_t{1}, size_t{4}, size_t{256}}) {
      EXPECT_EQ(one, RunWith(input, threads, batch)) << threads << " threads, batches of " << batch;
    }
  std::filesystem::remove(input);
}

TEST(PipelineThreadsTest, CallbackErrorStopsTheRun) {
  if (!SharedResources().dictionary) GTEST_SKIP() << "resources did not load";
  const std::string input = WriteInput();
  for (int threads : {1, 2, 4}) {
    auto reader = OpenInputs({input});
    ASSERT_TRUE(reader.ok());
    PipelineOptions options;
    options.threads = threads;
    options.batch_size = 3;
    Pipeline pipeline(SharedResources(), options);
    int delivered = 0;
    RunCallbacks callbacks;
    callbacks.on_document = [&](const CodedDocument&) {
      return ++delivered == 5 ? Status::IoError("disk full") : Status::Ok();
    };
    auto totals = pipeline.Run(**reader, callbacks);
    ASSERT_FALSE(totals.ok()) << threads;
    EXPECT_NE(std::string::npos, totals.status().ToString().find("disk full"));
    EXPECT_EQ(5, delivered) << threads;
  }
  std::filesystem::remove(input);
}

}  // namespace
}  // namespace khaldun
