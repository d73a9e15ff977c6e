#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>

#include "khaldun/pipeline.h"

namespace khaldun {

std::string DefaultDataDir() {
  if (const char* home = std::getenv("KHALDUN_HOME"); home != nullptr && *home != '\0') return home;
  return KHALDUN_SOURCE_DIR;
}

Result<Resources> LoadResources(const ResourcePaths& paths, std::vector<Diagnostic>* diagnostics) {
  namespace fs = std::filesystem;
  Resources r;
  const fs::path data(paths.data_dir);

  DictionaryFiles files;
  std::vector<std::string> sources = paths.dictionaries;
  if (sources.empty()) sources.push_back((data / "dictionaries").string());
  for (const std::string& source : sources) {
    std::error_code ec;
    if (fs::is_directory(source, ec)) {
      auto dir = DictionaryFiles::FromDirectory(source);
      if (!dir.ok()) return dir.status();
      for (auto& f : dir->files) files.files.push_back(std::move(f));
    } else {
      auto one = DictionaryFiles::FromPaths({source});
      if (!one.ok()) return one.status();
      for (auto& f : one->files) files.files.push_back(std::move(f));
    }
  }
  LoadOptions load_options;
  load_options.cache_path = paths.dictionary_cache;
  load_options.max_line_bytes = paths.max_dict_line_bytes;
  auto dictionary = Dictionary::Load(files, diagnostics, load_options);
  if (!dictionary.ok()) return dictionary.status();
  r.dictionary = *dictionary;

  auto codebook = CameoCodebook::Load((data / "data/cameo/cameo_codes.tsv").string(),
                                      (data / "data/cameo/cameo_plover.tsv").string());
  if (!codebook.ok()) return codebook.status();
  r.codebook = *codebook;

  auto gazetteer = Gazetteer::Load((data / "data/geo/places.tsv").string());
  if (!gazetteer.ok()) return gazetteer.status();
  r.gazetteer = *gazetteer;

  if (paths.use_syntax) {
    std::string model = paths.syntax_model;
    if (model.empty()) {
      fs::path fallback = data / "models/syntax.bin";
      std::error_code ec;
      if (fs::exists(fallback, ec)) model = fallback.string();
    }
    if (!model.empty()) {
      auto syntax = SyntaxModel::Load(model);
      if (!syntax.ok()) return syntax.status();
      r.syntax = *syntax;
    }
  }
  return r;
}

}  // namespace khaldun
