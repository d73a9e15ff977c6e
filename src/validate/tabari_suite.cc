// Reader of TABARI's validation file (Validate.text).
//
// A record is a "YYMMDD ID" line, the sentence (hard-wrapped), and a /* ... */
// comment holding the expectations, one brace group each:
//
//   950103  DEMO-04
//   Dagolath's first Deputy Prime Minister Telemar left for ...
//   /*\n------------------------------------------------------------------
//   \n[Paired events: LEFT_ generates a "visit" and "receive visit" events]
//   \n{ DAG / GON / 032 } 950103
//   \n{ GON / DAG / 033 } 950103   */
//
// The conventions, from the file and TABARI's manual (section 10.1):
//   { SRC / TGT / CODE } [YYMMDD]  an event; the date is checked only when
//                                  time shifting is on; words after it
//                                  ("(PRAISE) WELCOMED") are ignored
//   {---}  {###}  {+++}            no events; a discard; "too complex to code"
//   -{ ... }                       do not check this or any later group, and
//                                  allow events not listed (partial lists of
//                                  large compounds, "may require an option")
//   { OPTION: <.options line> }    changes an option from this record on; the
//                                  closing brace is sometimes missing
//   ~MOS as an actor               an actor known only by its agent (SET:
//                                  CONVERT AGENT = TRUE)
// "\n" at the start of comment lines is TABARI's screen line break, not text.
// A blank line ends a comment that was never closed (COMPOUND-06 ends with
// "/*"). '#' lines between records are comments. The standard suite ends at
// the record FINAL-01 ("the end of the standard validation records").
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "khaldun/validate.h"
#include "validate/suite_util.h"

namespace khaldun {
namespace {

// "950101  DEMO-01". ACTORSYN-01 has a seven-digit date ("9501201"); TABARI
// reads the first six digits, and so does this reader.
bool IsRecordHeader(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
  return i >= 6 && i < line.size() && (line[i] == ' ' || line[i] == '\t');
}

struct RawRecord {
  std::string header;
  std::vector<std::string> text_lines;
  std::string comment;
  uint32_t line = 0;
};

// Splits "SRC / TGT / CODE" and sets the record's expectations from one
// brace group. `unchecked` is true from the first "-{" on.
void AddGroup(std::string_view group, std::string_view after, bool unchecked, SuiteRecord* r,
              bool* saw_marker) {
  std::string body = internal::Trim(group);
  if (body.empty()) return;  // "{}" in prose
  std::string upper = internal::Upper(body);
  if (upper.starts_with("OPTION:")) {
    if (auto option = internal::ParseTabariOption(body.substr(7))) r->sets.push_back(*option);
    return;
  }
  std::string squeezed;
  for (char c : upper)
    if (!std::isspace(static_cast<unsigned char>(c))) squeezed += c;
  if (squeezed == "---" || squeezed == "###" || squeezed == "+++") {
    if (unchecked) return;
    *saw_marker = true;
    r->expect = squeezed == "---"   ? SuiteRecord::Expect::kNoEvents
                : squeezed == "###" ? SuiteRecord::Expect::kDiscard
                                    : SuiteRecord::Expect::kComplex;
    return;
  }
  std::vector<std::string> fields = internal::Split(body, '/');
  if (fields.size() != 3) {
    r->problems.push_back(fmt::format("expectation '{{{}}}' is not SOURCE / TARGET / CODE", body));
    return;
  }
  SuiteEvent e{internal::Trim(fields[0]), internal::Trim(fields[1]), internal::Trim(fields[2]), ""};
  // The date, when written, is the first word after the closing brace.
  std::string rest = internal::Trim(after);
  if (rest.size() >= 6 && std::all_of(rest.begin(), rest.begin() + 6, [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      }) && (rest.size() == 6 || !std::isdigit(static_cast<unsigned char>(rest[6])))) {
    e.date = rest.substr(0, 6);
  }
  (unchecked ? r->unchecked : r->expected).push_back(std::move(e));
}

void ParseComment(const std::string& comment, SuiteRecord* r) {
  // Drop the "\n" screen breaks at line starts (and anywhere: they never
  // carry meaning inside an expectation).
  std::string c;
  for (size_t i = 0; i < comment.size(); ++i) {
    if (comment[i] == '\\' && i + 1 < comment.size() && comment[i + 1] == 'n') {
      c += ' ';
      ++i;
    } else {
      c += comment[i];
    }
  }
  bool unchecked = false;
  bool saw_marker = false;
  bool saw_group = false;
  std::string prose;
  size_t pos = 0;
  while (pos < c.size()) {
    size_t open = c.find('{', pos);
    if (open == std::string::npos) {
      prose += c.substr(pos);
      break;
    }
    prose += c.substr(pos, open - pos);
    // "-{" may have blanks between the dash and the brace only on the same line.
    size_t k = open;
    while (k > pos && (c[k - 1] == ' ' || c[k - 1] == '\t')) --k;
    bool dash = k > pos && c[k - 1] == '-' && (k - 1 == 0 || c[k - 2] != '-');
    if (dash) {
      unchecked = true;
      if (!prose.empty() && prose.back() == '-') prose.pop_back();
    }
    size_t close = c.find('}', open + 1);
    size_t next_open = c.find('{', open + 1);
    // An unclosed group ("{ OPTION: SET: MINIMUM WORDS = 4  */") runs to the
    // end of its line.
    size_t end = close;
    if (close == std::string::npos || (next_open != std::string::npos && next_open < close)) {
      end = c.find('\n', open);
      if (end == std::string::npos) end = c.size();
      if (next_open != std::string::npos && next_open < end) end = next_open;
    }
    std::string_view group(c.data() + open + 1, end - open - 1);
    size_t line_end = c.find('\n', end);
    if (line_end == std::string::npos) line_end = c.size();
    std::string_view after;
    if (end < c.size() && c[end] == '}') after = std::string_view(c.data() + end + 1, line_end - end - 1);
    if (!internal::Trim(group).empty()) saw_group = true;
    AddGroup(group, after, unchecked, r, &saw_marker);
    pos = end < c.size() && c[end] == '}' ? end + 1 : end;
  }
  if (unchecked) r->extra_allowed = true;
  // The rule of dashes that opens most comments is decoration.
  std::string words;
  for (const std::string& w : internal::Split(internal::CollapseSpace(prose), ' ')) {
    if (w.size() >= 5 && w.find_first_not_of('-') == std::string::npos) continue;
    words += (words.empty() ? "" : " ") + w;
  }
  r->comment = words;
  if (!saw_group) {
    r->problems.push_back("no expectations in the record's comment");
  } else if (r->expected.empty() && r->unchecked.empty() && !saw_marker && !r->sets.empty()) {
    r->options_only = true;
  }
}

Status SplitRecords(const std::string& path, std::vector<RawRecord>* out) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open TABARI validation file", {path});
  std::string line;
  uint32_t n = 0;
  RawRecord* cur = nullptr;
  bool in_comment = false;
  bool comment_seen = false;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const bool blank = internal::Trim(line).empty();
    if (in_comment) {
      if (blank) {  // an unclosed comment ends at a blank line
        in_comment = false;
        cur = nullptr;
        continue;
      }
      size_t close = line.find("*/");
      if (close == std::string::npos) {
        cur->comment += line + "\n";
      } else {
        cur->comment += line.substr(0, close) + "\n";
        in_comment = false;
      }
      continue;
    }
    if (blank) {
      if (cur != nullptr && (comment_seen || !cur->text_lines.empty())) cur = nullptr;
      continue;
    }
    if (cur == nullptr) {
      if (line[0] == '#') continue;
      if (!IsRecordHeader(line)) {
        return Status::InvalidArgument(
            fmt::format("text outside a record: '{}'", line.substr(0, 60)), {path, n});
      }
      out->push_back(RawRecord{internal::Trim(line), {}, "", n});
      cur = &out->back();
      comment_seen = false;
      continue;
    }
    size_t open = line.find("/*");
    if (open == std::string::npos) {
      if (!comment_seen) cur->text_lines.push_back(line);
      continue;
    }
    if (!comment_seen && open > 0) cur->text_lines.push_back(line.substr(0, open));
    comment_seen = true;
    std::string rest = line.substr(open + 2);
    size_t close = rest.find("*/");
    if (close == std::string::npos) {
      cur->comment += rest + "\n";
      in_comment = true;
    } else {
      cur->comment += rest.substr(0, close) + "\n";
    }
  }
  if (in.bad()) return Status::IoError("read failed", {path, n});
  return Status::Ok();
}

// Options in force at the start: the .options file's lines except labels.
std::vector<SuiteOption> ReadOptionsFile(const std::string& path) {
  std::vector<SuiteOption> options;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    std::string t = internal::Trim(line);
    if (t.empty() || t.starts_with("//") || t.starts_with("LABEL:")) continue;
    if (auto o = internal::ParseTabariOption(t)) internal::SetOption(&options, *o);
  }
  return options;
}

// <actorsfile> TABARI.Demo.actors  ->  ("actorsfile", "TABARI.Demo.actors")
DictionaryFiles ReadProject(const std::filesystem::path& dir, std::string* options_file) {
  DictionaryFiles files;
  std::ifstream in(dir / "Validate.project");
  std::string line;
  auto add = [&](const std::string& name, DictKind kind) {
    files.Add((dir / name).string(), kind, DictFormat::kTabari);
  };
  bool any = false;
  while (std::getline(in, line)) {
    std::string t = internal::Trim(line);
    if (t.empty() || t[0] != '<') continue;
    size_t gt = t.find('>');
    if (gt == std::string::npos) continue;
    std::string tag = t.substr(1, gt - 1);
    std::string value = internal::Trim(t.substr(gt + 1));
    if (value.empty()) continue;
    if (tag == "actorsfile") add(value, DictKind::kActors), any = true;
    else if (tag == "verbsfile") add(value, DictKind::kVerbs), any = true;
    else if (tag == "agentsfile") add(value, DictKind::kAgents), any = true;
    else if (tag == "optionsfile") add(value, DictKind::kOptions), *options_file = (dir / value).string();
  }
  if (!any) {
    add("TABARI.Demo.actors", DictKind::kActors);
    add("TABARI.Demo.verbs", DictKind::kVerbs);
    add("Validate.agents", DictKind::kAgents);
    add("Validate.options", DictKind::kOptions);
    *options_file = (dir / "Validate.options").string();
  }
  return files;
}

}  // namespace

Result<Suite> ReadTabariSuite(const std::string& path) {
  namespace fs = std::filesystem;
  std::vector<RawRecord> raw;
  if (Status s = SplitRecords(path, &raw); !s.ok()) return s;
  if (raw.empty()) return Status::InvalidArgument("no TABARI records", {path});

  Suite suite;
  suite.name = "tabari";
  suite.format = SuiteFormat::kTabari;
  suite.path = path;
  std::string options_file;
  suite.dictionaries = ReadProject(fs::path(path).parent_path(), &options_file);
  std::vector<SuiteOption> in_force;
  if (!options_file.empty()) in_force = ReadOptionsFile(options_file);

  bool standard = true;
  // FORWARD: the story and sentence numbers of the previous record, read
  // from its id with the command's format ("^^*****NNN*SSS": '^' leading
  // blanks, '*' any character, N story, S sentence).
  std::string last_story;
  long last_sentence = -1;
  for (RawRecord& rr : raw) {
    SuiteRecord r;
    r.line = rr.line;
    std::istringstream header(rr.header);
    std::string yymmdd;
    header >> yymmdd >> r.id;
    // Under "SET: YYYY = TRUE" dates have four-digit years ("20150607"); the
    // record that switches it is itself read in the old form. A longer number
    // ("186010029" in YYYY-03) is read by its leading digits, as TABARI does.
    std::optional<Date> date;
    for (const SuiteOption& o : in_force) {
      if (o.key == "SET: YYYY" && o.value == "TRUE") date = Date::Parse(yymmdd.substr(0, 8));
    }
    if (!date) date = Date::ParseYymmdd(yymmdd.substr(0, 6));
    if (date) r.date = *date;
    else r.problems.push_back(fmt::format("invalid date '{}'", yymmdd));
    size_t dash = r.id.rfind('-');
    r.category = dash == std::string::npos || dash == 0 ? r.id : r.id.substr(0, dash);
    std::string text;
    for (const std::string& l : rr.text_lines) text += l + " ";
    r.text = internal::CollapseSpace(text);
    ParseComment(rr.comment, &r);
    // The options set by a record apply to it and to every later record.
    for (const SuiteOption& o : r.sets) internal::SetOption(&in_force, o);
    r.options = in_force;
    std::string story;
    long sentence = -1;
    if (std::string_view forward = r.Option("FORWARD");
        !forward.empty() && forward.find("OFF") == std::string_view::npos) {
      std::string_view format = forward.substr(0, forward.find(' '));
      while (!format.empty() && format.front() == '^') format.remove_prefix(1);
      std::string number;
      for (size_t i = 0; i < format.size() && i < r.id.size(); ++i) {
        if (format[i] == 'N') story += r.id[i];
        if (format[i] == 'S') number += r.id[i];
      }
      bool numeric = !number.empty() && number.find_first_not_of("0123456789") == std::string::npos;
      sentence = numeric ? std::stol(number) : 0;
      if (!suite.records.empty() && story == last_story && sentence == last_sentence + 1)
        r.story_before = suite.records.back().story_before + suite.records.back().text + "\n";
    }
    last_story = story;
    last_sentence = sentence;
    // FINAL-01 says the standard records have ended; it is not a test itself.
    if (r.id == "FINAL-01") standard = false;
    r.standard = standard;
    suite.records.push_back(std::move(r));
  }
  return suite;
}

}  // namespace khaldun
