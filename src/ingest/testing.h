// Test helpers for the ingest stage: a scratch directory and a compact
// rendering of everything a reader yields.
#ifndef KHALDUN_INGEST_TESTING_H_
#define KHALDUN_INGEST_TESTING_H_

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "khaldun/ingest.h"

namespace khaldun::testing {

// A fresh directory under the system temp dir, removed at destruction.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name)
      : path_(std::filesystem::temp_directory_path() /
              ("khaldun-ingest-" + std::to_string(::getpid()) + "-" + name)) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() { std::filesystem::remove_all(path_); }

  // Writes `bytes` to `relative` (creating directories) and returns its path.
  std::string Write(const std::string& relative, const std::string& bytes) const {
    const std::filesystem::path p = path_ / relative;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

// One line per outcome: "D <id> <date> [<title>] <text>" (text cut at 40
// bytes) or "R <file name>:<line> <record>: <reason>".
inline std::string Drain(InputReader* reader, size_t text_bytes = 40) {
  std::string out;
  Document doc;
  Rejection rejection;
  for (;;) {
    const InputReader::Kind kind = reader->Next(&doc, &rejection);
    if (kind == InputReader::Kind::kEnd) break;
    if (kind == InputReader::Kind::kDocument) {
      out += "D " + doc.id + " " + doc.date.ToString() + " [" + doc.title + "] " +
             doc.text.substr(0, text_bytes) + "\n";
    } else {
      out += "R " + std::filesystem::path(rejection.context.file).filename().string() + ":" +
             std::to_string(rejection.context.line) + " " + rejection.context.record + ": " +
             rejection.reason + "\n";
    }
  }
  return out;
}

inline std::string DrainPaths(const std::vector<std::string>& paths,
                              const IngestOptions& options = {}, IngestCounts* counts = nullptr,
                              size_t text_bytes = 40) {
  Result<std::unique_ptr<InputReader>> reader = OpenInputs(paths, options);
  if (!reader.ok()) return "ERROR " + reader.status().ToString();
  std::string out = Drain(reader->get(), text_bytes);
  if (counts != nullptr) *counts = (*reader)->counts();
  return out;
}

}  // namespace khaldun::testing

#endif  // KHALDUN_INGEST_TESTING_H_
