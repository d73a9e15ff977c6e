// The internal representation shared by both formats: every reader appends
// entries and phrases here through a Builder, and the Dictionary compiles the
// phrases into a PhraseTrie. Not part of the public API.
#ifndef KHALDUN_DICT_DICTIONARY_DATA_H_
#define KHALDUN_DICT_DICTIONARY_DATA_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "khaldun/dictionary.h"

namespace khaldun::internal {

struct DictionaryData {
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<VerbBlock> verb_blocks;
  std::vector<VerbForm> verb_forms;
  std::vector<Synset> synsets;
  std::vector<Transformation> transformations;
  std::vector<DiscardEntry> discards;
  std::vector<IssueEntry> issues;
  std::vector<WordClassEntry> nouns, adjectives, times;
  std::vector<OptionEntry> options;
  std::vector<CompiledPhrase> phrases;
  uint64_t source_hash = 0;
  std::vector<Diagnostic> diagnostics;  // found while compiling; replayed from the cache
};

// Appends to a DictionaryData while reading one file and reports defects with
// the file's name. Cheap to create per file.
class Builder {
 public:
  Builder(DictionaryData* data, std::vector<Diagnostic>* diagnostics, std::string file)
      : data_(data), diagnostics_(diagnostics), file_(std::move(file)) {}

  DictionaryData& data() { return *data_; }
  const std::string& file() const { return file_; }

  void Warn(uint32_t line, std::string check, std::string message);
  void Error(uint32_t line, std::string check, std::string message);

  // Adds a phrase for the matcher; words are upper-case and split into
  // tokens the way the tokenizer splits clitics (SplitClitics). A word that can never
  // equal a token is reported (warning) and the phrase is kept out of the
  // matcher. Returns false in that case.
  bool AddPhrase(uint32_t line, std::vector<PhraseWord> words, PhraseMatch::Kind kind, uint32_t id);
  bool AddPhrase(uint32_t line, const std::vector<std::string>& words, PhraseMatch::Kind kind,
                 uint32_t id, bool last_word_prefix = false);

 private:
  DictionaryData* data_;
  std::vector<Diagnostic>* diagnostics_;
  std::string file_;
};

// Readers: each parses one file's text into the builder.
void ReadPetrarchVerbs(std::string_view text, bool nominal, Builder* b);
void ReadPetrarchActors(std::string_view text, Builder* b);
void ReadPetrarchAgents(std::string_view text, Builder* b);
void ReadPetrarchDiscards(std::string_view text, Builder* b);
void ReadPetrarchIssues(std::string_view text, Builder* b);
void ReadTabariVerbs(std::string_view text, Builder* b);
void ReadTabariActors(std::string_view text, bool agents, Builder* b);
void ReadTabariOptions(std::string_view text, Builder* b);

// Checks that need every file: synset references, duplicates with
// conflicting codes, codes that are not CAMEO codes. Patterns found
// defective are removed. Run once after all readers.
void ResolveAndCheck(DictionaryData* data, const std::vector<std::string>& event_codes,
                     std::vector<Diagnostic>* diagnostics);

class PhraseTrie;

}  // namespace khaldun::internal

namespace khaldun {
// Constructs Dictionary objects for the loaders and the cache reader; a null
// trie is built from data->phrases.
struct DictionaryBuilderAccess {
  static std::shared_ptr<Dictionary> Make(std::unique_ptr<internal::DictionaryData> data,
                                          std::unique_ptr<internal::PhraseTrie> trie, bool from_cache);
};
}  // namespace khaldun

#endif  // KHALDUN_DICT_DICTIONARY_DATA_H_
