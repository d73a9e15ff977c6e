// Actor files, both formats (they differ only in comments and word matching):
//
//   AFGHANISTAN_  [AFG]                 an entry: phrase and default code
//   +KABUL_                              a synonym (PETRARCH-2)
//   MOHAMMAD_ZAHIR_SHAH_                 codes on following lines,
//       [AFGELI 320101-331108]           dated: d1-d2, <date or >date,
//       [AFGGOV >19731108]               YYYYMMDD or YYMMDD
//   ALBRIGHT [USAGOV 991201-010114] [---]   TABARI: several codes on a line
//
// TABARI words are stems unless they end in '_'; its actors also take a
// regular plural/possessive ending on the last word (manual 5.2.3).
#include "dict/dictionary_data.h"
#include "dict/text_util.h"

namespace khaldun::internal {
namespace {

using Kind = PhraseMatch::Kind;

struct ActorReader {
  Builder* b;
  DictFormat format;
  int entry = -1;
  bool entry_open = false;

  void CodeBlocks(std::string_view text, uint32_t line) {
    size_t i = 0;
    while ((i = text.find('[', i)) != std::string_view::npos) {
      size_t close = text.find(']', i);
      if (close == std::string_view::npos) return;
      std::string_view inside = Trim(text.substr(i + 1, close - i - 1));
      i = close + 1;
      if (entry < 0) {
        b->Error(line, "syntax", "code line before any actor");
        return;
      }
      std::string error, warning;
      auto dated = ParseDatedCode(inside, &error, &warning);
      if (!warning.empty()) b->Warn(line, "malformed-date", warning);
      if (!dated) {
        b->Error(line, error.starts_with("malformed date") || error.starts_with("date range") ? "malformed-date" : "syntax",
                 error + "; restriction dropped");
        continue;
      }
      ActorEntry& a = b->data().actors[entry];
      if (dated->from == 0 && dated->to == 99999999) {
        if (!a.default_code.empty() && a.default_code != dated->code) {
          b->Warn(line, "conflicting-duplicate",
                  "second default code [" + dated->code + "] for " + a.name + " (keeping [" + a.default_code + "])");
        } else {
          a.default_code = dated->code;
        }
      } else {
        a.dated.push_back(std::move(*dated));
      }
    }
  }

  void Phrase(std::string_view text, uint32_t line) {
    bool exact = false;
    std::vector<std::string> words = SplitPhrase(text, &exact);
    if (words.empty()) return;
    if (text.find('+') != std::string_view::npos) {
      b->Warn(line, "never-matches", "'+' inside a phrase (two synonyms run together?)");
      return;
    }
    // TABARI "MOUSE=": the whole word, without the regular endings (manual
    // 5.2.3).
    bool no_endings = false;
    if (format == DictFormat::kTabari && words.back().size() > 1 && words.back().back() == '=') {
      words.back().pop_back();
      exact = no_endings = true;
    }
    std::vector<PhraseWord> pw;
    for (auto& w : words) pw.push_back({w, false});
    if (format == DictFormat::kTabari) {
      // TABARI: every word not followed by '_' is a stem; a phrase "A_B" has
      // exact A; the last word is a stem unless the phrase ends in '_'.
      pw.back().prefix = !exact;
    }
    b->AddPhrase(line, pw, Kind::kActor, entry);
    if (format == DictFormat::kTabari && exact && !no_endings) {
      for (auto& ending : TabariNounEndings(words.back())) {
        pw.back().text = ending;
        b->AddPhrase(line, pw, Kind::kActor, entry);
      }
    }
  }

  void NewEntry(std::string_view text, uint32_t line) {
    Close();
    size_t bracket = text.find('[');
    std::string_view phrase = Trim(text.substr(0, bracket));
    bool exact = false;
    ActorEntry a;
    a.name = JoinWords(SplitPhrase(phrase, &exact));
    a.file = b->file();
    a.line = line;
    b->data().actors.push_back(std::move(a));
    entry = static_cast<int>(b->data().actors.size()) - 1;
    entry_open = true;
    Phrase(phrase, line);
    if (bracket != std::string_view::npos) CodeBlocks(text.substr(bracket), line);
  }

  void Close() {
    if (!entry_open) return;
    entry_open = false;
    const ActorEntry& a = b->data().actors[entry];
    if (a.default_code.empty() && a.dated.empty())
      b->Warn(a.line, "syntax", "actor " + a.name + " has no code");
  }
};

}  // namespace

void ReadActorsFile(std::string_view text, DictFormat format, Builder* b) {
  ActorReader r{b, format};
  bool in_xml_comment = false;
  // Which list a line inside <NOUN>...</NOUN> or <ADJECTIVE>...</ADJECTIVE> joins. An enum, not a
  // view of the line: the line's text lives only for one iteration (a view of it once dangled).
  enum class Section { kNone, kNoun, kAdjective } section = Section::kNone;
  for (const SourceLine& sl : SplitLines(text)) {
    std::string stripped = StripXmlComments(sl.text, &in_xml_comment);
    std::string_view t = Trim(stripped);
    if (format == DictFormat::kTabari && (t.starts_with('#') || t.starts_with('/'))) continue;
    if (t.starts_with("~FINISH")) break;
    t = Trim(CutComment(t, format == DictFormat::kTabari ? ";" : "#;"));
    if (t.empty()) continue;
    if (t.find('\0') != std::string_view::npos) {
      b->Error(sl.number, "syntax", "NUL byte in line; line skipped");
      continue;
    }
    std::string brackets = CheckBrackets(t);
    if (!brackets.empty()) {
      b->Error(sl.number, "unbalanced-brackets", brackets + "; line skipped");
      continue;
    }
    if (t == "<NOUN>" || t == "<ADJECTIVE>") {
      section = t == "<NOUN>" ? Section::kNoun : Section::kAdjective;
      continue;
    }
    if (t == "</NOUN>" || t == "</ADJECTIVE>") {
      section = Section::kNone;
      continue;
    }
    if (section != Section::kNone) {
      bool exact = false;
      std::vector<std::string> words = SplitPhrase(t, &exact);
      if (words.empty()) {  // "_" alone: no word to match
        b->Error(sl.number, "syntax", "empty phrase; line skipped");
        continue;
      }
      auto& list = section == Section::kNoun ? b->data().nouns : b->data().adjectives;
      uint32_t id = static_cast<uint32_t>(list.size());
      list.push_back({JoinWords(words), "", b->file(), sl.number});
      Kind kind = section == Section::kNoun ? Kind::kNoun : Kind::kAdjective;
      b->AddPhrase(sl.number, words, kind, id, !exact);
      if (exact && kind == Kind::kNoun && format == DictFormat::kTabari) {
        std::string last = words.back();
        for (auto& ending : TabariNounEndings(last)) {
          words.back() = ending;
          b->AddPhrase(sl.number, words, kind, id);
        }
      }
      continue;
    }
    if (t[0] == '[') {
      r.CodeBlocks(t, sl.number);
    } else if (t[0] == '+') {
      if (r.entry < 0) {
        b->Error(sl.number, "syntax", "synonym before any actor");
        continue;
      }
      size_t bracket = t.find('[');
      r.Phrase(Trim(t.substr(1, bracket == std::string_view::npos ? std::string_view::npos : bracket - 1)),
               sl.number);
      if (bracket != std::string_view::npos) r.CodeBlocks(t.substr(bracket), sl.number);
    } else {
      r.NewEntry(t, sl.number);
    }
  }
  r.Close();
}

void ReadPetrarchActors(std::string_view text, Builder* b) { ReadActorsFile(text, DictFormat::kPetrarch2, b); }

}  // namespace khaldun::internal
