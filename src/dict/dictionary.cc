#include "khaldun/dictionary.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "dict/dictionary_data.h"
#include "dict/phrase_trie.h"
#include "dict/text_util.h"

namespace khaldun {

using internal::DictionaryData;
using internal::PhraseTrie;

std::shared_ptr<Dictionary> DictionaryBuilderAccess::Make(std::unique_ptr<DictionaryData> data,
                                                          std::unique_ptr<PhraseTrie> trie, bool from_cache) {
  std::shared_ptr<Dictionary> d(new Dictionary());
  d->data_ = std::move(data);
  d->trie_ = trie ? std::move(trie) : std::make_unique<PhraseTrie>(PhraseTrie::Build(d->data_->phrases));
  d->from_cache_ = from_cache;
  return d;
}

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A copy of `text` with every line over `max_line_bytes` blanked (its line
// terminator kept, so later line numbers stay right), each reported; so that a
// hostile file (100,000 entries on one line) costs one diagnostic, not a
// quadratic parse. Returns false, leaving *out empty, when no line is too long.
bool BlankLongLines(std::string_view text, size_t max_line_bytes, internal::Builder* b, std::string* out) {
  uint32_t number = 1;
  size_t begin = 0;
  bool any = false;
  while (begin <= text.size()) {
    size_t end = text.find_first_of("\r\n", begin);
    if (end == std::string_view::npos) end = text.size();
    if (end - begin > max_line_bytes) {
      if (!any) out->assign(text.substr(0, begin));
      any = true;
      b->Error(number, "too-long",
               fmt::format("line is {} bytes, over the limit of {} (--max-dict-line-bytes); line skipped",
                           end - begin, max_line_bytes));
    } else if (any) {
      out->append(text.substr(begin, end - begin));
    }
    if (end == text.size()) break;
    size_t next = end + 1;
    if (text[end] == '\r' && next < text.size() && text[next] == '\n') ++next;
    if (any) out->append(text.substr(end, next - end));
    begin = next;
    ++number;
  }
  return any;
}

void ReadOne(const DictionarySource& original, size_t max_line_bytes, DictionaryData* data,
             std::vector<Diagnostic>* diagnostics) {
  internal::Builder b(data, diagnostics, original.name);
  DictionarySource blanked;
  const bool too_long = BlankLongLines(original.text, max_line_bytes, &b, &blanked.text);
  if (too_long) {
    blanked.name = original.name;
    blanked.kind = original.kind;
    blanked.format = original.format;
  }
  const DictionarySource& source = too_long ? blanked : original;
  bool tabari = source.format == DictFormat::kTabari;
  switch (source.kind) {
    case DictKind::kVerbs:
      tabari ? internal::ReadTabariVerbs(source.text, &b) : internal::ReadPetrarchVerbs(source.text, false, &b);
      break;
    case DictKind::kNominals:
      internal::ReadPetrarchVerbs(source.text, true, &b);
      break;
    case DictKind::kActors:
      tabari ? internal::ReadTabariActors(source.text, false, &b) : internal::ReadPetrarchActors(source.text, &b);
      break;
    case DictKind::kAgents:
      tabari ? internal::ReadTabariActors(source.text, true, &b) : internal::ReadPetrarchAgents(source.text, &b);
      break;
    case DictKind::kDiscards:
      internal::ReadPetrarchDiscards(source.text, &b);
      break;
    case DictKind::kIssues:
      internal::ReadPetrarchIssues(source.text, &b);
      break;
    case DictKind::kOptions:
      internal::ReadTabariOptions(source.text, &b);
      break;
  }
}

uint64_t HashSources(const std::vector<DictionarySource>& sources, const LoadOptions& options) {
  uint64_t h = internal::Fnv1a("khaldun-dict");
  for (const auto& c : options.event_codes) h = internal::Fnv1a(c + "\n", h);
  if (options.max_line_bytes != LoadOptions{}.max_line_bytes) {
    h = internal::Fnv1a("max_line_bytes=" + std::to_string(options.max_line_bytes), h);
  }
  for (const auto& s : sources) {
    char tag[2] = {static_cast<char>(s.kind), static_cast<char>(s.format)};
    h = internal::Fnv1a(std::string_view(tag, 2), h);
    h = internal::Fnv1a(std::to_string(s.text.size()), h);
    h = internal::Fnv1a(s.text, h);
  }
  return h;
}

Result<std::vector<DictionarySource>> ReadSources(const DictionaryFiles& files) {
  std::vector<DictionarySource> sources;
  for (const auto& f : files.files) {
    std::ifstream in(f.path, std::ios::binary);
    if (!in) return Status::IoError("cannot open dictionary file", {f.path, 0, ""});
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) return Status::IoError("cannot read dictionary file", {f.path, 0, ""});
    sources.push_back({f.path, f.kind, f.format, std::move(ss).str()});
  }
  return sources;
}

}  // namespace

std::string_view DictKindName(DictKind kind) {
  switch (kind) {
    case DictKind::kVerbs: return "verbs";
    case DictKind::kNominals: return "nominals";
    case DictKind::kActors: return "actors";
    case DictKind::kAgents: return "agents";
    case DictKind::kDiscards: return "discards";
    case DictKind::kIssues: return "issues";
    case DictKind::kOptions: return "options";
  }
  return "?";
}

std::string_view PhraseKindName(PhraseMatch::Kind kind) {
  static constexpr std::string_view kNames[] = {"actor", "agent",   "verb",      "nominal", "discard",
                                                "issue", "noun",    "adjective", "time"};
  return kNames[static_cast<int>(kind)];
}

std::optional<DictKind> DictKindFromFileName(std::string_view path) {
  std::string name = Lower(std::filesystem::path(path).filename().string());
  if (name.find("nominal") != std::string::npos) return DictKind::kNominals;
  if (name.ends_with(".options")) return DictKind::kOptions;
  if (name.find("verb") != std::string::npos || name.find("cameo") != std::string::npos) return DictKind::kVerbs;
  if (name.find("actor") != std::string::npos) return DictKind::kActors;
  if (name.find("agent") != std::string::npos) return DictKind::kAgents;
  if (name.find("discard") != std::string::npos) return DictKind::kDiscards;
  if (name.find("issue") != std::string::npos) return DictKind::kIssues;
  return std::nullopt;
}

DictFormat DictFormatFromFileName(std::string_view path) {
  std::string ext = Lower(std::filesystem::path(path).extension().string());
  if (ext == ".verbs" || ext == ".actors" || ext == ".agents" || ext == ".options") return DictFormat::kTabari;
  return DictFormat::kPetrarch2;
}

void DictionaryFiles::Add(std::string path, DictKind kind) {
  DictFormat format = DictFormatFromFileName(path);
  files.push_back({std::move(path), kind, format});
}

void DictionaryFiles::Add(std::string path, DictKind kind, DictFormat format) {
  files.push_back({std::move(path), kind, format});
}

Result<DictionaryFiles> DictionaryFiles::FromPaths(const std::vector<std::string>& paths) {
  DictionaryFiles out;
  for (const auto& p : paths) {
    auto kind = DictKindFromFileName(p);
    if (!kind) return Status::InvalidArgument("cannot tell the dictionary kind from the file name", {p, 0, ""});
    out.Add(p, *kind);
  }
  return out;
}

Result<DictionaryFiles> DictionaryFiles::FromDirectory(const std::string& dir) {
  std::error_code ec;
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (!entry.is_regular_file()) continue;
    std::string p = entry.path().string();
    std::string name = Lower(entry.path().filename().string());
    if (name.ends_with(".md") || name.ends_with(".xml") || name.ends_with(".pdf") || name.ends_with(".ini")) continue;
    if (DictKindFromFileName(p)) paths.push_back(p);
  }
  if (ec) return Status::IoError("cannot list directory: " + ec.message(), {dir, 0, ""});
  std::sort(paths.begin(), paths.end());
  return FromPaths(paths);
}

std::string Diagnostic::ToString() const {
  std::string s = file;
  if (line) s += ":" + std::to_string(line);
  s += severity == Severity::kError ? ": error: " : ": warning: ";
  s += message;
  s += " [" + check + "]";
  return s;
}

std::string EventCode::ToString() const {
  std::string s = reverse.empty() ? primary : primary + ":" + reverse;
  if (priority == Priority::kDominant) s += '!';
  if (priority == Priority::kSubordinate) s += '?';
  return s;
}

Result<std::vector<std::string>> ReadEventCodeList(const std::string& tsv_path) {
  std::ifstream in(tsv_path);
  if (!in) return Status::IoError("cannot open code list", {tsv_path, 0, ""});
  std::vector<std::string> codes;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (header) {
      header = false;
      continue;
    }
    std::string code = line.substr(0, line.find('\t'));
    if (!code.empty()) codes.push_back(code);
  }
  return codes;
}

std::string_view ActorEntry::CodeAt(Date date) const {
  if (date.known()) {
    int32_t d = date.AsInt();
    for (const auto& r : dated)
      if (d >= r.from && d <= r.to) return r.code;
  }
  return default_code;
}

Dictionary::Dictionary() = default;
Dictionary::~Dictionary() = default;

std::shared_ptr<const Dictionary> Dictionary::FromSources(const std::vector<DictionarySource>& sources,
                                                          std::vector<Diagnostic>* diagnostics,
                                                          const LoadOptions& options) {
  auto data = std::make_unique<DictionaryData>();
  for (const auto& s : sources) ReadOne(s, options.max_line_bytes, data.get(), &data->diagnostics);
  internal::ResolveAndCheck(data.get(), options.event_codes, &data->diagnostics);
  if (diagnostics) diagnostics->insert(diagnostics->end(), data->diagnostics.begin(), data->diagnostics.end());
  data->source_hash = HashSources(sources, options);
  return DictionaryBuilderAccess::Make(std::move(data), nullptr, false);
}

Result<std::shared_ptr<const Dictionary>> Dictionary::Load(const DictionaryFiles& files,
                                                           std::vector<Diagnostic>* diagnostics,
                                                           const LoadOptions& options) {
  auto sources = ReadSources(files);
  if (!sources.ok()) return sources.status();
  uint64_t hash = HashSources(*sources, options);
  if (!options.cache_path.empty() && std::filesystem::exists(options.cache_path)) {
    auto cached = ReadCache(options.cache_path, hash);
    if (cached.ok()) {
      const auto& replay = (*cached)->data_->diagnostics;
      if (diagnostics) diagnostics->insert(diagnostics->end(), replay.begin(), replay.end());
      return cached;
    }
  }
  std::vector<Diagnostic> local;
  auto dict = FromSources(*sources, &local, options);
  if (!options.cache_path.empty()) {
    Status s = dict->WriteCache(options.cache_path);
    if (!s.ok()) return s;
  }
  if (diagnostics) diagnostics->insert(diagnostics->end(), local.begin(), local.end());
  return dict;
}

Result<std::shared_ptr<const Dictionary>> Dictionary::LoadDirectory(const std::string& dir,
                                                                    std::vector<Diagnostic>* diagnostics,
                                                                    const LoadOptions& options) {
  auto files = DictionaryFiles::FromDirectory(dir);
  if (!files.ok()) return files.status();
  return Load(*files, diagnostics, options);
}

void Dictionary::FindCandidates(std::span<const Token> tokens, MatchScratch& scratch,
                                std::vector<PhraseMatch>* out) const {
  const PhraseTrie& trie = *trie_;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  scratch.label_begin_.clear();
  scratch.labels_.clear();
  for (const Token& t : tokens) {
    scratch.label_begin_.push_back(static_cast<uint32_t>(scratch.labels_.size()));
    internal::ToUpperInto(t.text, &scratch.upper_);
    trie.TokenLabels(scratch.upper_, &scratch.labels_);
  }
  scratch.label_begin_.push_back(static_cast<uint32_t>(scratch.labels_.size()));
  constexpr int kKinds = PhraseMatch::kKindCount;
  for (uint32_t start = 0; start < n; ++start) {
    // Most tokens begin no phrase ("the", "said", "on"): skip them before
    // setting up a walk.
    bool begins = false;
    for (uint32_t l = scratch.label_begin_[start]; l < scratch.label_begin_[start + 1] && !begins; ++l)
      begins = trie.Child(PhraseTrie::kRoot, scratch.labels_[l]) != PhraseTrie::kNone;
    if (!begins) continue;
    uint32_t best_end[kKinds] = {};
    uint32_t best_phrase[kKinds];
    uint32_t best_specificity[kKinds] = {};
    uint32_t best_id[kKinds];
    std::fill(best_phrase, best_phrase + kKinds, PhraseTrie::kNone);
    scratch.frontier_.assign(1, PhraseTrie::kRoot);
    for (uint32_t j = start; j < n && !scratch.frontier_.empty(); ++j) {
      scratch.next_.clear();
      for (uint32_t node : scratch.frontier_) {
        for (uint32_t l = scratch.label_begin_[j]; l < scratch.label_begin_[j + 1]; ++l) {
          uint32_t child = trie.Child(node, scratch.labels_[l]);
          if (child == PhraseTrie::kNone) continue;
          scratch.next_.push_back(child);
          for (uint32_t p = trie.payload_begin(child); p < trie.payload_end(child); ++p) {
            int k = trie.payload_kind(p);
            uint32_t phrase = trie.payload_phrase(p);
            uint32_t specificity = trie.payload_specificity(p);
            bool better = j + 1 > best_end[k] ||
                          (j + 1 == best_end[k] && (specificity > best_specificity[k] ||
                                                    (specificity == best_specificity[k] && phrase < best_phrase[k])));
            if (better) {
              best_end[k] = j + 1;
              best_phrase[k] = phrase;
              best_specificity[k] = specificity;
              best_id[k] = trie.payload_id(p);
            }
          }
        }
      }
      scratch.frontier_.swap(scratch.next_);
    }
    for (int k = 0; k < kKinds; ++k) {
      if (best_end[k] == 0) continue;
      out->push_back({TokenSpan{start, best_end[k]}, static_cast<PhraseMatch::Kind>(k), best_id[k]});
    }
  }
}

const std::vector<ActorEntry>& Dictionary::actors() const { return data_->actors; }
const std::vector<AgentEntry>& Dictionary::agents() const { return data_->agents; }
const std::vector<VerbBlock>& Dictionary::verb_blocks() const { return data_->verb_blocks; }
const std::vector<VerbForm>& Dictionary::verb_forms() const { return data_->verb_forms; }
const std::vector<Synset>& Dictionary::synsets() const { return data_->synsets; }
const std::vector<Transformation>& Dictionary::transformations() const { return data_->transformations; }
const std::vector<DiscardEntry>& Dictionary::discards() const { return data_->discards; }
const std::vector<IssueEntry>& Dictionary::issues() const { return data_->issues; }
const std::vector<OptionEntry>& Dictionary::options() const { return data_->options; }
const std::vector<CompiledPhrase>& Dictionary::phrases() const { return data_->phrases; }
uint64_t Dictionary::source_hash() const { return data_->source_hash; }

const std::vector<WordClassEntry>& Dictionary::word_class(PhraseMatch::Kind kind) const {
  if (kind == PhraseMatch::Kind::kNoun) return data_->nouns;
  if (kind == PhraseMatch::Kind::kAdjective) return data_->adjectives;
  return data_->times;
}

std::optional<uint32_t> Dictionary::FindSynset(std::string_view name) const {
  for (uint32_t i = 0; i < data_->synsets.size(); ++i)
    if (data_->synsets[i].name == name) return i;
  return std::nullopt;
}

}  // namespace khaldun
