// Event-coding dictionaries: PETRARCH-2 and TABARI files read into one
// representation and compiled into an immutable phrase matcher.
//
//   DictionaryFiles  which files to read, by kind (verbs, actors, ...)
//   Dictionary       the loaded entries plus the compiled matcher
//   FindCandidates   every dictionary phrase in a tokenized sentence
//
// Formats and every ambiguity rule are written down in docs/DICTIONARIES.md.
//
// Failure model: a file that cannot be read fails the whole Load (an I/O
// error). A defect inside a file never does: a warning leaves the entry in, an
// error drops only the entry (or pattern, or date restriction) it is about;
// both are reported as Diagnostics with file:line.
//
// Thread-safety: a loaded Dictionary is immutable; all const methods may be
// called from any number of threads at once. Each thread brings its own
// MatchScratch.
#ifndef KHALDUN_DICTIONARY_H_
#define KHALDUN_DICTIONARY_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "khaldun/document.h"
#include "khaldun/status.h"

namespace khaldun {

// What a dictionary file holds. kNominals is khaldun's extension: a file in the
// PETRARCH-2 verbs syntax whose block words are event nouns ("ASSASSINATION",
// "AIR_STRIKE"), so forms are noun plurals instead of verb inflections.
enum class DictKind : uint8_t { kVerbs, kNominals, kActors, kAgents, kDiscards, kIssues, kOptions };
enum class DictFormat : uint8_t { kPetrarch2, kTabari };

std::string_view DictKindName(DictKind kind);

// Kind from a file name (case-insensitive): "nominal" -> kNominals, then
// "verb" or "cameo" -> kVerbs, "actor" -> kActors, "agent" -> kAgents,
// "discard" -> kDiscards, "issue" -> kIssues, ".options" -> kOptions.
// nullopt when none applies.
std::optional<DictKind> DictKindFromFileName(std::string_view path);
// TABARI when the extension is .verbs, .actors, .agents or .options;
// PETRARCH-2 otherwise (".txt").
DictFormat DictFormatFromFileName(std::string_view path);

struct DictionaryFile {
  std::string path;
  DictKind kind = DictKind::kVerbs;
  DictFormat format = DictFormat::kPetrarch2;
};

struct DictionaryFiles {
  std::vector<DictionaryFile> files;  // read in this order; earlier entries win ties

  void Add(std::string path, DictKind kind);  // format from the file name
  void Add(std::string path, DictKind kind, DictFormat format);
  // Every path's kind and format from its name; a name of no known kind is an
  // InvalidArgument error naming it.
  static Result<DictionaryFiles> FromPaths(const std::vector<std::string>& paths);
  // The files of a directory whose names have a known kind, sorted by name so
  // that loading is reproducible. Other files are ignored.
  static Result<DictionaryFiles> FromDirectory(const std::string& dir);
};

// One dictionary text held in memory, for tests and embedders.
struct DictionarySource {
  std::string name;  // used as the file in diagnostics
  DictKind kind = DictKind::kVerbs;
  DictFormat format = DictFormat::kPetrarch2;
  std::string text;
};

struct Diagnostic {
  enum class Severity : uint8_t { kWarning, kError };
  Severity severity = Severity::kWarning;
  std::string file;
  uint32_t line = 0;
  // A stable short name of the check, e.g. "unbalanced-brackets",
  // "malformed-date", "unknown-synset", "conflicting-duplicate",
  // "not-cameo-code", "never-matches", "syntax".
  std::string check;
  std::string message;

  // "file:line: error: message [check]"
  std::string ToString() const;
};

// An event code as written in brackets:
//   [042]      primary "042"
//   [042:043]  paired: source->target gets 042, target->source gets 043
//   [:173]     reverse only: target->source gets 173
//   [---]      the null code: matched, but no event
//   [###]      TABARI's discard code: the sentence is not coded
//   [023?]     TABARI subordinate: coded only when nothing else is
//   [111!]     TABARI dominant: when present, only dominant events are coded
struct EventCode {
  enum class Priority : uint8_t { kNormal, kSubordinate, kDominant };
  std::string primary;
  std::string reverse;  // B of [A:B] or [:B]; empty when not paired
  Priority priority = Priority::kNormal;

  bool empty() const { return primary.empty() && reverse.empty(); }
  bool is_null() const { return primary == "---" && reverse.empty(); }
  bool is_discard() const { return primary == "###"; }
  std::string ToString() const;  // "042", "042:043", ":173", "---", "023?"
  friend bool operator==(const EventCode&, const EventCode&) = default;
};

// A code valid in an inclusive range of YYYYMMDD dates; 0 / 99999999 are open ends.
struct DatedCode {
  std::string code;
  int32_t from = 0;
  int32_t to = 99999999;
  friend bool operator==(const DatedCode&, const DatedCode&) = default;
};

struct ActorEntry {
  std::string name;          // the entry's first phrase, words joined by ' '
  std::string default_code;  // undated code; empty = null actor
  std::vector<DatedCode> dated;
  std::string file;
  uint32_t line = 0;

  // The code valid on `date`: the first dated restriction containing it, else
  // the default code. An unknown date gets the default code. May be empty.
  std::string_view CodeAt(Date date) const;
};

struct AgentEntry {
  std::string name;
  std::string code;  // without the '~'
  // kSuffix: "~GOV", appended after the actor code ("Syrian government" -> SYRGOV).
  // kPrefix: "NGO~", put before it.
  enum class Composition : uint8_t { kSuffix, kPrefix } composition = Composition::kSuffix;
  std::string file;
  uint32_t line = 0;
};

// One word of a compiled phrase: matches a token whose upper-cased text equals
// `text`, or, when `prefix`, begins with it.
struct PhraseWord {
  std::string text;
  bool prefix = false;
  friend bool operator==(const PhraseWord&, const PhraseWord&) = default;
};

// One element of a verb pattern. A pattern "- $ * (TO {PEACE TALKS}) [036]"
// is the element list: kSource kVerb kPrepBegin kWord(TO) kNounBegin
// kWord(PEACE) kWord(TALKS) kNounEnd kPrepEnd.
struct PatternElement {
  enum class Type : uint8_t {
    kWord,          // text: one upper-case word
    kSynset,        // text: synset name without '&'; id: index into synsets()
    kVerb,          // '*': where the block's verb stands
    kSource,        // '$'
    kTarget,        // '+'
    kSkip,          // '^': TABARI's skip-to-end-of-noun-phrase
    kCompound,      // '%': compound actor
    kAlternatives,  // TABARI { A | B }: alternatives, each a word list
    kNounBegin,     // PETRARCH-2 '{' ... '}': a noun phrase
    kNounEnd,
    kPrepBegin,     // PETRARCH-2 '(' ... ')': a prepositional phrase
    kPrepEnd,
  };
  Type type = Type::kWord;
  std::string text;
  uint32_t id = 0;
  // TABARI: a word not ending in '_' is a stem (matches any word it begins).
  bool stem = false;
  // TABARI: joined to the next element by '_' (no words may come between).
  bool adjacent_to_next = false;
  // kAlternatives: each alternative's words (upper case, clitics split).
  std::vector<std::vector<std::string>> alternatives;
  // The same words with TABARI's stem flag (a word not ending in '_' is a
  // stem); parallel to `alternatives`.
  std::vector<std::vector<PhraseWord>> alternative_words;
  // TABARI: each alternative as written ("LOUDLY INCLUDED",
  // "ECONOMIC_SANCTIONS"): blanks let other words stand between, '_' does
  // not; parallel to `alternatives`.
  std::vector<std::string> alternatives_written;
};

struct VerbPattern {
  std::vector<PatternElement> elements;  // in order; exactly one kVerb
  EventCode code;
  std::string file;
  uint32_t line = 0;
};

// A synonym block ("--- ACCELERATE [---] ---" in PETRARCH-2; one verb with its
// patterns in TABARI).
struct VerbBlock {
  std::string name;   // block label, or the TABARI verb
  EventCode code;     // default code of the block's words
  bool nominal = false;
  std::vector<uint32_t> forms;  // indices into verb_forms()
  std::vector<VerbPattern> patterns;
  std::string file;
  uint32_t line = 0;
};

// One surface form of a block word ("HURRIED" of HURRY).
struct VerbForm {
  std::string text;   // upper-case words joined by ' '
  std::string lemma;  // the word as listed in the block ("HURRY")
  uint32_t block = 0;
  EventCode code;     // the word's own code; empty = the block's code
  uint32_t line = 0;  // where the word is written (file: the block's)
  const EventCode& EffectiveCode(const std::vector<VerbBlock>& blocks) const {
    return code.empty() ? blocks[block].code : code;
  }
};

struct Synset {
  std::string name;                  // without '&'
  std::vector<std::string> phrases;  // upper-case words joined by ' ', plurals included
  std::string file;
  uint32_t line = 0;
  // TABARI: the phrases as written, upper case, nested synsets expanded
  // ("KRONER_" exact, "JAVANESE_YEN" adjacent words, "AUSTRIAN FLORIN" words
  // that may have others between them); empty for PETRARCH-2.
  std::vector<std::string> written;
};

// PETRARCH-2's "~ a (a b ATTACK) SAY = a b 015", kept as written.
struct Transformation {
  std::string lhs;
  std::string rhs;
  std::string file;
  uint32_t line = 0;
};

struct DiscardEntry {
  std::string phrase;
  bool story_level = false;  // '+': discard the whole story, not just the sentence
  std::string file;
  uint32_t line = 0;
};

struct IssueEntry {
  std::string phrase;
  std::string code;      // empty for ignore phrases
  std::string category;  // from <ISSUE CATEGORY="...">
  bool ignore = false;   // '~': a phrase that cancels issue coding
  std::string file;
  uint32_t line = 0;
};

// TABARI <NOUN>, <ADJECTIVE> and <TIME> entries.
struct WordClassEntry {
  std::string phrase;
  std::string code;  // <TIME> offset code ("-7", "+++"); empty otherwise
  std::string file;
  uint32_t line = 0;
};

// TABARI .options lines "KEY: value"; a LABEL line names a code, which is then valid.
struct OptionEntry {
  std::string key;
  std::string value;
};

struct PhraseMatch {
  enum class Kind : uint8_t {
    kActor, kAgent, kVerb, kNominal, kDiscard, kIssue, kNoun, kAdjective, kTime,
  };
  static constexpr int kKindCount = 9;
  TokenSpan span;
  Kind kind = Kind::kActor;
  // kActor: actor(id); kAgent: agent(id); kVerb/kNominal: verb_form(id);
  // kDiscard: discard(id); kIssue: issue(id); kNoun/kAdjective/kTime: word_class(kind, id).
  uint32_t id = 0;
  friend bool operator==(const PhraseMatch&, const PhraseMatch&) = default;
};
std::string_view PhraseKindName(PhraseMatch::Kind kind);

// Every phrase the matcher knows, in priority order (see FindCandidates).
struct CompiledPhrase {
  std::vector<PhraseWord> words;
  PhraseMatch::Kind kind = PhraseMatch::Kind::kActor;
  uint32_t id = 0;
  uint32_t line = 0;  // where the phrase was written, in its entry's file
};

// How specific a phrase is, to break ties between matches of equal token
// length: whole words beat stems, then more written characters win
// (TABARI manual 5.2.2: SIGNALLED is tried before SIGNED before SIGN).
inline uint32_t PhraseSpecificity(const CompiledPhrase& p) {
  uint32_t whole = 0, chars = 0;
  for (const auto& w : p.words) {
    whole += !w.prefix;
    chars += static_cast<uint32_t>(w.text.size());
  }
  return (whole << 16) | (chars > 0xFFFF ? 0xFFFF : chars);
}

// Per-thread working memory for FindCandidates; reuse it across sentences so
// that matching allocates nothing once it has grown to the longest sentence.
class MatchScratch {
 public:
  MatchScratch() = default;

 private:
  friend class Dictionary;
  std::string upper_;
  std::vector<uint32_t> label_begin_;
  std::vector<uint32_t> labels_;
  std::vector<uint32_t> frontier_;
  std::vector<uint32_t> next_;
};

struct LoadOptions {
  // The valid event codes (e.g. ReadEventCodeList("data/cameo/cameo_codes.tsv")).
  // Empty: a code is valid when shaped like CAMEO (2-4 digits, root 01-20);
  // codes named by a TABARI .options file's LABEL lines are valid as well.
  std::vector<std::string> event_codes;
  // When set, Load reads the compiled dictionary from this file if it matches
  // the sources (magic, format version and hash of every source's bytes) and
  // otherwise compiles the sources and writes the file.
  std::string cache_path;
  // Longest accepted dictionary line in bytes (`--max-dict-line-bytes`). A longer
  // line is skipped with the error "line is N bytes, over the limit of M
  // (--max-dict-line-bytes); line skipped" [too-long]; the rest of the file is
  // read. Default: 64 KiB.
  size_t max_line_bytes = size_t{64} << 10;
};

// The first column of a tab-separated table with a header line, such as
// data/cameo/cameo_codes.tsv. IoError when unreadable.
Result<std::vector<std::string>> ReadEventCodeList(const std::string& tsv_path);

namespace internal {
struct DictionaryData;
class PhraseTrie;
}  // namespace internal

class Dictionary {
 public:
  // Reads and compiles `files`. Diagnostics are appended to `diagnostics`
  // (may be null). Fails only when a file cannot be read or the cache cannot
  // be written; defects inside files are diagnostics.
  static Result<std::shared_ptr<const Dictionary>> Load(const DictionaryFiles& files,
                                                        std::vector<Diagnostic>* diagnostics,
                                                        const LoadOptions& options = {});
  static Result<std::shared_ptr<const Dictionary>> LoadDirectory(
      const std::string& dir, std::vector<Diagnostic>* diagnostics, const LoadOptions& options = {});
  // From texts in memory; never fails on content.
  static std::shared_ptr<const Dictionary> FromSources(const std::vector<DictionarySource>& sources,
                                                       std::vector<Diagnostic>* diagnostics,
                                                       const LoadOptions& options = {});

  ~Dictionary();
  Dictionary(const Dictionary&) = delete;
  Dictionary& operator=(const Dictionary&) = delete;

  // Appends to `out` every dictionary phrase found in `tokens`, matched
  // case-insensitively (ASCII) token by token. For each start position and
  // each kind, only the longest phrase (in tokens) is reported; among equally
  // long ones, the most specific (PhraseSpecificity), then the first in
  // phrases() order (earlier file, earlier line). Output is
  // ordered by start position, then kind. Time: linear in tokens.size() for a
  // given dictionary (bounded by its longest phrase).
  void FindCandidates(std::span<const Token> tokens, MatchScratch& scratch,
                      std::vector<PhraseMatch>* out) const;

  const std::vector<ActorEntry>& actors() const;
  const std::vector<AgentEntry>& agents() const;
  const std::vector<VerbBlock>& verb_blocks() const;
  const std::vector<VerbForm>& verb_forms() const;
  const std::vector<Synset>& synsets() const;
  const std::vector<Transformation>& transformations() const;
  const std::vector<DiscardEntry>& discards() const;
  const std::vector<IssueEntry>& issues() const;
  const std::vector<WordClassEntry>& word_class(PhraseMatch::Kind kind) const;  // kNoun/kAdjective/kTime
  const std::vector<OptionEntry>& options() const;
  const std::vector<CompiledPhrase>& phrases() const;

  const ActorEntry& actor(uint32_t id) const { return actors()[id]; }
  const AgentEntry& agent(uint32_t id) const { return agents()[id]; }
  const VerbForm& verb_form(uint32_t id) const { return verb_forms()[id]; }
  const VerbBlock& verb_block(uint32_t id) const { return verb_blocks()[id]; }
  const VerbBlock& block_of(const PhraseMatch& m) const { return verb_block(verb_form(m.id).block); }
  const DiscardEntry& discard(uint32_t id) const { return discards()[id]; }
  const IssueEntry& issue(uint32_t id) const { return issues()[id]; }
  // Index into synsets(), or nullopt.
  std::optional<uint32_t> FindSynset(std::string_view name) const;

  // Hash of the sources this dictionary was compiled from (FNV-1a 64).
  uint64_t source_hash() const;
  // True when this object was read from a cache file.
  bool from_cache() const { return from_cache_; }

  // Writes/reads the compiled form. ReadCache fails with kCorruption on a
  // wrong magic, version or truncated file, and when expected_hash differs.
  Status WriteCache(const std::string& path) const;
  static Result<std::shared_ptr<const Dictionary>> ReadCache(const std::string& path,
                                                             uint64_t expected_hash);

 private:
  Dictionary();
  friend struct DictionaryBuilderAccess;
  std::unique_ptr<internal::DictionaryData> data_;
  std::unique_ptr<internal::PhraseTrie> trie_;
  bool from_cache_ = false;
};

}  // namespace khaldun

#endif  // KHALDUN_DICTIONARY_H_
