// Codes suite records with khaldun's pipeline (text -> syntax -> coder) and
// compares the events with the expectations.
#include <atomic>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include "coder/petrarch_engine.h"
#include "khaldun/pipeline.h"
#include "khaldun/text.h"
#include "khaldun/syntax_tree.h"
#include "khaldun/validate.h"
#include "validate/suite_util.h"

namespace khaldun {
namespace {

// The shape of the codes the suites use: two digits, then up to two digits
// or capital letters ("064", "1717", "174K", "075A").
bool LooksLikeEventCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    const bool digit = c >= '0' && c <= '9';
    if (i < 2 ? !digit : !(digit || (c >= 'A' && c <= 'Z'))) return false;
  }
  return true;
}

// The CAMEO quad class of a root, so that admitted non-CAMEO codes get a
// plausible one: 01-05 verbal cooperation ... 14-20 material conflict.
int QuadOfRoot(int root) {
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

// Every code written in brackets in a dictionary text: "[042]", "[032:033]",
// "[023?]", "[111!]".
void AddBracketCodes(std::string_view text, std::set<std::string>* codes) {
  size_t pos = 0;
  while ((pos = text.find('[', pos)) != std::string_view::npos) {
    size_t close = text.find(']', pos);
    if (close == std::string_view::npos) break;
    for (std::string part : internal::Split(text.substr(pos + 1, close - pos - 1), ':')) {
      part = internal::Trim(part);
      while (!part.empty() && (part.back() == '?' || part.back() == '!')) part.pop_back();
      if (LooksLikeEventCode(part)) codes->insert(part);
    }
    pos = close + 1;
  }
}

// The suite's dictionaries, read into memory so that TABARI LABEL lines can
// be left out: TABARI uses them to name codes in its output, not to restrict
// them (Validate.text expects 043, 113 and 225, which Validate.options does
// not label), but khaldun's reader takes them as the complete code list.
Result<std::vector<DictionarySource>> ReadSources(const DictionaryFiles& files,
                                                  std::set<std::string>* codes) {
  std::vector<DictionarySource> sources;
  for (const DictionaryFile& f : files.files) {
    std::ifstream in(f.path, std::ios::binary);
    if (!in) return Status::NotFound("cannot open dictionary", {f.path});
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (f.kind == DictKind::kOptions) {
      std::string kept;
      for (const std::string& line : internal::Split(text, '\n')) {
        if (internal::Trim(line).starts_with("LABEL:")) {
          kept += "\n";  // keeps line numbers in diagnostics
        } else {
          kept += line + "\n";
        }
      }
      text = std::move(kept);
    } else {
      AddBracketCodes(text, codes);
    }
    sources.push_back(DictionarySource{f.path, f.kind, f.format, std::move(text)});
  }
  return sources;
}

// CAMEO's table plus the dictionary's own codes, written to a temporary file
// because CameoCodebook reads only files.
Result<std::shared_ptr<const CameoCodebook>> LoadCodebook(const std::string& data_dir,
                                                          const std::set<std::string>* admit) {
  namespace fs = std::filesystem;
  const std::string codes_path = (fs::path(data_dir) / "data/cameo/cameo_codes.tsv").string();
  const std::string plover_path = (fs::path(data_dir) / "data/cameo/cameo_plover.tsv").string();
  if (admit == nullptr) return CameoCodebook::Load(codes_path, plover_path);
  auto cameo = CameoCodebook::Load(codes_path, "");
  if (!cameo.ok()) return cameo.status();
  std::string extra;
  for (const std::string& code : *admit) {
    if ((*cameo)->IsEventCode(code)) continue;
    extra += fmt::format("{}\tsuite dictionary code {}\t0.0\t{}\n", code, code,
                         QuadOfRoot(std::stoi(code.substr(0, 2))));
  }
  if (extra.empty()) return CameoCodebook::Load(codes_path, plover_path);
  static std::atomic<int> counter{0};
  const fs::path tmp = fs::temp_directory_path() /
                       fmt::format("khaldun-validate-{}-{}.tsv", ::getpid(), counter++);
  {
    std::ifstream in(codes_path, std::ios::binary);
    std::ofstream out(tmp, std::ios::binary);
    if (!in || !out) return Status::IoError("cannot write the suite codebook", {tmp.string()});
    out << in.rdbuf();
    out << "\n" << extra;
    if (!out) return Status::IoError("cannot write the suite codebook", {tmp.string()});
  }
  auto book = CameoCodebook::Load(tmp.string(), plover_path);
  std::error_code ec;
  fs::remove(tmp, ec);
  return book;
}

}  // namespace

struct SuiteRunner::Impl {
  Resources resources;
  SuiteFormat format = SuiteFormat::kTabari;
};

SuiteRunner::SuiteRunner(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SuiteRunner::~SuiteRunner() = default;

Result<std::unique_ptr<SuiteRunner>> SuiteRunner::Create(const Suite& suite,
                                                          const ValidateOptions& options,
                                                          std::vector<Diagnostic>* diagnostics) {
  namespace fs = std::filesystem;
  auto impl = std::make_unique<Impl>();
  impl->format = suite.format;
  const std::string data_dir = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;

  DictionaryFiles files = suite.dictionaries;
  if (!options.dict_dir.empty()) {
    auto dir = DictionaryFiles::FromDirectory(options.dict_dir);
    if (!dir.ok()) return dir.status();
    files = std::move(*dir);
  }
  if (options.admit_dictionary_codes) {
    std::set<std::string> codes;
    auto sources = ReadSources(files, &codes);
    if (!sources.ok()) return sources.status();
    LoadOptions load;
    load.event_codes.assign(codes.begin(), codes.end());
    impl->resources.dictionary = Dictionary::FromSources(*sources, diagnostics, load);
    auto codebook = LoadCodebook(data_dir, &codes);
    if (!codebook.ok()) return codebook.status();
    impl->resources.codebook = *codebook;
  } else {
    auto dict = Dictionary::Load(files, diagnostics);
    if (!dict.ok()) return dict.status();
    impl->resources.dictionary = *dict;
    auto codebook = LoadCodebook(data_dir, nullptr);
    if (!codebook.ok()) return codebook.status();
    impl->resources.codebook = *codebook;
  }
  if (options.use_syntax) {
    // As in LoadResources: no silent fallback to running without the tagger.
    const fs::path model = fs::path(data_dir) / "models/syntax.bin";
    std::error_code ec;
    if (!fs::exists(model, ec))
      return Status::NotFound("missing: the syntax model (pass --no-syntax to run without it)",
                              {model.string()});
    auto syntax = SyntaxModel::Load(model.string());
    if (!syntax.ok()) return syntax.status();
    impl->resources.syntax = *syntax;
  }
  return std::unique_ptr<SuiteRunner>(new SuiteRunner(std::move(impl)));
}

CoderOptions CoderOptionsFor(const SuiteRecord& record) {
  CoderOptions options;
  std::string dyad = internal::Upper(record.Option("require_dyad"));
  if (dyad == "FALSE") options.require_dyad = false;
  if (dyad == "TRUE") options.require_dyad = true;
  return options;
}

std::vector<SuiteEvent> SuiteRunner::Code(const SuiteRecord& record, ExplainTrace* trace) const {
  PipelineOptions options;
  options.text.detect_dateline = false;  // one sentence per record, never a dateline
  options.coder = CoderOptionsFor(record);
  // TABARI's suite is coded with TABARI's semantics (src/coder/tabari_engine.h).
  if (impl_->format == SuiteFormat::kTabari) {
    options.coder.mode = CodingMode::kTabari;
    for (const SuiteOption& o : record.options)
      options.coder.tabari_options.emplace_back(o.key, o.value);
  }
  // PETRARCH's suite with PETRARCH-2's semantics (src/coder/petrarch_engine.h).
  // Its <Config> options in force (new_actor_length ...) go to the PETRARCH
  // mode in the same field.
  if (impl_->format == SuiteFormat::kPetrarch) {
    options.coder.mode = CodingMode::kPetrarch;
    for (const SuiteOption& o : record.options) options.coder.tabari_options.emplace_back(o.key, o.value);
  }
  // PETRARCH codes from the record's parse and refuses a sentence whose tree
  // cannot be read (its error="bad_input_parse": ERROR-02's tree is unbalanced).
  if (impl_->format == SuiteFormat::kPetrarch && !record.parse.empty()) {
    int depth = 0;
    bool balanced = true;
    for (char c : record.parse) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      balanced &= depth >= 0;
    }
    if (!balanced || depth != 0 || !ReadPennTree(record.parse).ok()) return {};
  }
  Pipeline pipeline(impl_->resources, options);
  Document doc;
  doc.id = record.id;
  doc.date = record.date;
  // TABARI FORWARD: the story's earlier records come first, as earlier
  // sentences of the same document; only this record's events count.
  doc.text = record.story_before + record.text;
  CodedDocument coded;
  if (impl_->format == SuiteFormat::kPetrarch && !record.parse.empty()) {
    // PETRARCH codes from the record's parse: the same text stage as the
    // pipeline, then the PETRARCH engine with the tree.
    coded.document = std::move(doc);
    AnalyzedDocument analyzed = AnalyzeText(coded.document, options.text);
    const CoderResources coder{impl_->resources.dictionary, impl_->resources.codebook,
                               impl_->resources.gazetteer, impl_->resources.syntax};
    coded.events = internal::CodePetrarch(coder, options.coder, analyzed, record.parse, trace);
  } else {
    coded = pipeline.Process(std::move(doc), trace);
  }
  std::vector<SuiteEvent> events;
  events.reserve(coded.events.size());
  for (const Event& e : coded.events) {
    if (e.evidence.sentence_bytes.begin < record.story_before.size()) continue;
    // Dates are only compared under TABARI's time shifting; elsewhere they
    // would only clutter the report.
    std::string date;
    if (record.Option("SET: TIME SHIFT") == "TRUE" && e.date.known()) date = fmt::format("{:02d}{:02d}{:02d}", e.date.year % 100, e.date.month, e.date.day);
    events.push_back(SuiteEvent{e.source.code, e.target.code, e.cameo_code, date});
  }
  return events;
}

RecordResult SuiteRunner::Run(const SuiteRecord& record) const {
  // The library promises not to throw; a record that makes it throw anyway
  // fails alone instead of ending the whole suite.
  try {
    return CompareRecord(record, Code(record));
  } catch (const std::exception& e) {
    RecordResult r = CompareRecord(record, {});
    r.passed = false;
    r.note = fmt::format("the coder threw an exception: {}", e.what());
    return r;
  }
}

RecordResult SuiteRunner::RunIsolated(const SuiteRecord& record) const {
  int fds[2];
  if (::pipe(fds) != 0) return Run(record);
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return Run(record);
  }
  if (pid == 0) {
    // Child: code, write one line per event, leave without running the
    // parent's atexit handlers or flushing its stdio buffers.
    ::close(fds[0]);
    std::string out;
    int status = 0;
    try {
      for (const SuiteEvent& e : Code(record))
        out += e.source + "\t" + e.target + "\t" + e.code + "\t" + e.date + "\n";
    } catch (const std::exception& e) {
      out = std::string("!") + e.what() + "\n";
      status = 3;
    }
    size_t done = 0;
    while (done < out.size()) {
      ssize_t n = ::write(fds[1], out.data() + done, out.size() - done);
      if (n <= 0) break;
      done += static_cast<size_t>(n);
    }
    ::close(fds[1]);
    ::_exit(status);
  }
  ::close(fds[1]);
  std::string in;
  char buffer[4096];
  for (;;) {
    ssize_t n = ::read(fds[0], buffer, sizeof buffer);
    if (n <= 0) break;
    in.append(buffer, static_cast<size_t>(n));
  }
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) != 0)) {
    RecordResult r = CompareRecord(record, {});
    r.passed = false;
    if (WIFSIGNALED(status)) {
      r.note = fmt::format("the coder crashed (signal {}: {})", WTERMSIG(status), ::strsignal(WTERMSIG(status)));
    } else {
      r.note = fmt::format("the coder threw an exception: {}", internal::Trim(in.substr(in.empty() ? 0 : 1)));
    }
    return r;
  }
  std::vector<SuiteEvent> events;
  for (const std::string& line : internal::Split(in, '\n')) {
    if (line.empty()) continue;
    std::vector<std::string> f = internal::Split(line, '\t');
    if (f.size() == 4) events.push_back(SuiteEvent{f[0], f[1], f[2], f[3]});
  }
  return CompareRecord(record, std::move(events));
}

}  // namespace khaldun
