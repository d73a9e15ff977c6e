// TABARI .verbs, .actors, .agents and .options (manual chapters 5-6):
//
//   <SYNSETS> &NAME +PHRASE ... </SYNSETS>   synsets
//   <TIME> LAST_WEEK [-7] </TIME>            time shifts
//   <NOUN> / <ADJECTIVE> ... </...>          noun/verb disambiguation words
//   ABDUCT  [181] ;comment                   a verb; words are stems unless '_'
//   { ACTING_ ACTED_ }                       its irregular forms
//   - + * BY_ $  [181]                       a pattern; [###] = discard
//   ~FINISH                                  end of the dictionary
#include "dict/dictionary_data.h"
#include "dict/pattern_parser.h"
#include "dict/text_util.h"

namespace khaldun::internal {

void ReadActorsFile(std::string_view text, DictFormat format, Builder* b);
void ReadAgentsFile(std::string_view text, DictFormat format, Builder* b);

namespace {

using Kind = PhraseMatch::Kind;

// A TABARI phrase: the last word is a stem unless the phrase ends in '_';
// a whole last word also takes the regular endings (manual 5.2.3).
void AddTabariForms(Builder* b, uint32_t line, std::string_view phrase, Kind kind, uint32_t id,
                    std::initializer_list<std::string_view> endings,
                    std::vector<std::string>* texts = nullptr) {
  bool exact = false;
  std::vector<std::string> words = SplitPhrase(phrase, &exact);
  if (words.empty()) return;
  // "BAN=": the whole word, without the regular endings (manual 5.2.3).
  if (words.back().size() > 1 && words.back().back() == '=') {
    words.back().pop_back();
    if (b->AddPhrase(line, words, kind, id, false) && texts) texts->push_back(JoinWords(words));
    return;
  }
  if (b->AddPhrase(line, words, kind, id, !exact) && texts) texts->push_back(JoinWords(words));
  // A multi-word verb conjugates its first word, the verb itself: "BURN
  // DOWN" is also "burned down", "BRUSH ASIDE REPORTS" "brushed aside
  // reports".
  if (kind == Kind::kVerb && words.size() > 1) {
    std::string verb = words.front();
    for (std::string_view e : endings) {
      words.front() = verb + std::string(e);
      if (b->AddPhrase(line, words, kind, id, !exact) && texts) texts->push_back(JoinWords(words));
    }
    words.front() = verb;
    return;
  }
  if (!exact) return;
  std::string last = words.back();
  for (std::string_view e : endings) {
    words.back() = last + std::string(e);
    if (b->AddPhrase(line, words, kind, id) && texts) texts->push_back(JoinWords(words));
  }
  // A verb ending in E takes -D and -ING in its place: DEPLORE_ is also
  // "deplored", "deploring".
  if (kind == Kind::kVerb && last.size() > 2 && last.back() == 'E') {
    for (std::string form : {last + "D", last.substr(0, last.size() - 1) + "ING"}) {
      words.back() = form;
      if (b->AddPhrase(line, words, kind, id) && texts) texts->push_back(JoinWords(words));
    }
  }
}

}  // namespace

void ReadTabariVerbs(std::string_view text, Builder* b) {
  std::string_view section;
  int block = -1;
  int synset = -1;
  auto& data = b->data();
  auto add_form = [&](std::string_view phrase, uint32_t line) {
    std::vector<std::string> texts;
    size_t first = data.phrases.size();
    AddTabariForms(b, line, phrase, Kind::kVerb, 0, {"S", "ED", "ES", "EN", "ING"}, &texts);
    for (size_t i = first; i < data.phrases.size(); ++i) {
      uint32_t id = static_cast<uint32_t>(data.verb_forms.size());
      data.phrases[i].id = id;
      data.verb_forms.push_back(
          {texts[i - first], data.verb_blocks[block].name, static_cast<uint32_t>(block), {}, line});
      data.verb_blocks[block].forms.push_back(id);
    }
  };
  for (const SourceLine& sl : SplitLines(text)) {
    std::string_view t = Trim(sl.text);
    if (t.starts_with('#') || t.starts_with('/')) continue;
    if (t.starts_with("~FINISH")) break;
    t = Trim(CutComment(t, ";"));
    if (t.empty()) continue;
    std::string brackets = CheckBrackets(t);
    if (!brackets.empty()) {
      b->Error(sl.number, "unbalanced-brackets", brackets + "; line skipped");
      continue;
    }
    if (t.starts_with("</")) {
      section = {};
      synset = -1;
      continue;
    }
    if (t == "<SYNSETS>" || t == "<TIME>" || t == "<NOUN>" || t == "<ADJECTIVE>") {
      section = t;
      continue;
    }
    if (section == "<SYNSETS>") {
      if (t[0] == '&') {
        data.synsets.push_back({ToUpper(Trim(t.substr(1))), {}, b->file(), sl.number});
        synset = static_cast<int>(data.synsets.size()) - 1;
      } else if (t[0] == '+' && synset >= 0) {
        // "+&TIETYPES_MEMOS": a phrase may name another synset; it is kept as
        // the word "&TIETYPES" and expanded once every synset is read
        // (ResolveAndCheck), as TABARI does (TABARI.Demo.verbs &TIEPHRASE).
        std::vector<std::string> words;
        for (auto& w : SplitPhrase(t.substr(1)))
          for (auto& piece : SplitClitics(w)) words.push_back(std::move(piece));
        data.synsets[synset].phrases.push_back(JoinWords(words));
        // As written, with clitics split like the tokenizer's ("DIDN'T" ->
        // "DID_N'T"): blank-separated groups, '_'-joined words, a final '_'.
        std::string written;
        {
          std::string raw = ToUpper(Trim(t.substr(1)));
          size_t pos = 0;
          while (pos < raw.size()) {
            size_t blank = raw.find(' ', pos);
            if (blank == std::string::npos) blank = raw.size();
            std::string group = raw.substr(pos, blank - pos);
            pos = blank + 1;
            if (group.empty()) continue;
            bool exact = group.back() == '_';
            std::string joined;
            for (auto& w : SplitPhrase(group))
              for (auto& piece : SplitClitics(w)) joined += (joined.empty() ? "" : "_") + piece;
            if (!written.empty()) written += ' ';
            written += joined + (exact ? "_" : "");
          }
        }
        data.synsets[synset].written.push_back(std::move(written));
      } else {
        b->Error(sl.number, "syntax", "expected &NAME or +PHRASE in <SYNSETS>");
      }
      continue;
    }
    if (section == "<TIME>" || section == "<NOUN>" || section == "<ADJECTIVE>") {
      if (t[0] == '-') continue;  // time patterns are TABARI parser details, not phrases
      std::string_view body = t, code_text;
      if (!SplitTrailingCode(t, &body, &code_text)) body = t;
      auto& list = section == "<TIME>"   ? data.times
                   : section == "<NOUN>" ? data.nouns
                                         : data.adjectives;
      Kind kind = section == "<TIME>"   ? Kind::kTime
                  : section == "<NOUN>" ? Kind::kNoun
                                        : Kind::kAdjective;
      uint32_t id = static_cast<uint32_t>(list.size());
      list.push_back(
          {JoinWords(SplitPhrase(body)), std::string(Trim(code_text)), b->file(), sl.number});
      AddTabariForms(b, sl.number, body, kind, id, {"S", "ES", "EN"});
      continue;
    }
    if (t[0] == '{') {
      if (block < 0) {
        b->Error(sl.number, "syntax", "irregular forms before any verb");
        continue;
      }
      std::string_view inside = Trim(t.substr(1, t.find('}') - 1));
      size_t s = 0;
      while (s < inside.size()) {
        size_t sp = inside.find_first_of(" \t", s);
        std::string_view form =
            inside.substr(s, sp == std::string_view::npos ? std::string_view::npos : sp - s);
        if (!form.empty()) add_form(form, sl.number);
        if (sp == std::string_view::npos) break;
        s = sp + 1;
      }
      continue;
    }
    if (t[0] == '-') {
      std::string_view body, code_text;
      if (!SplitTrailingCode(t.substr(1), &body, &code_text)) {
        b->Error(sl.number, "syntax", "pattern without a [code]");
        continue;
      }
      auto code = ParseEventCode(code_text);
      if (!code) {
        b->Error(sl.number, "syntax", "malformed code [" + std::string(code_text) + "]");
        continue;
      }
      if (block < 0) {
        b->Error(sl.number, "syntax", "pattern before any verb");
        continue;
      }
      VerbPattern p;
      std::string error;
      if (!ParseTabariPattern(body, &p.elements, &error)) {
        b->Error(
            sl.number,
            error.find("never") != std::string::npos || error.find("tokenizer") != std::string::npos
                ? "never-matches"
                : "syntax",
            error);
        continue;
      }
      p.code = *code;
      p.file = b->file();
      p.line = sl.number;
      data.verb_blocks[block].patterns.push_back(std::move(p));
      continue;
    }
    // A verb line: "WORD [CODE]".
    std::string_view body = t, code_text;
    EventCode code{"---", ""};
    if (SplitTrailingCode(t, &body, &code_text)) {
      auto parsed = ParseEventCode(code_text);
      if (!parsed) {
        b->Error(sl.number, "syntax", "malformed code [" + std::string(code_text) + "]");
        continue;
      }
      code = *parsed;
    }
    VerbBlock vb;
    vb.name = JoinWords(SplitPhrase(body));
    vb.code = std::move(code);
    vb.file = b->file();
    vb.line = sl.number;
    data.verb_blocks.push_back(std::move(vb));
    block = static_cast<int>(data.verb_blocks.size()) - 1;
    add_form(body, sl.number);
  }
}

void ReadTabariActors(std::string_view text, bool agents, Builder* b) {
  if (agents) {
    ReadAgentsFile(text, DictFormat::kTabari, b);
  } else {
    ReadActorsFile(text, DictFormat::kTabari, b);
  }
}

void ReadTabariOptions(std::string_view text, Builder* b) {
  for (const SourceLine& sl : SplitLines(text)) {
    std::string_view t = Trim(sl.text);
    if (t.empty() || t.starts_with("//")) continue;
    size_t colon = t.find(':');
    if (colon == std::string_view::npos) {
      b->Warn(sl.number, "syntax", "options line without 'KEY:'");
      continue;
    }
    b->data().options.push_back(
        {std::string(Trim(t.substr(0, colon))), std::string(Trim(t.substr(colon + 1)))});
  }
}

}  // namespace khaldun::internal
