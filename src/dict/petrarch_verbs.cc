// The PETRARCH-2 verbs file (CAMEO.2.0.txt) and khaldun's nominals files:
//
//   &CURRENCY            a synset; '+' lines are its phrases
//   +DOLLAR
//   --- GRANT [070] ---  a verb block and its default code
//   GIVE {GAVE GIVEN}    a block word; {} lists all its forms
//   +CALL_OFF [160]      a multi-word verb: '+' marks the inflected word
//   - * &CURRENCY [903]  a pattern
//   ~ a (a b ATTACK) SAY = a b 015   a transformation
#include "dict/dictionary_data.h"
#include "dict/pattern_parser.h"
#include "dict/text_util.h"

namespace khaldun::internal {
namespace {

using Kind = PhraseMatch::Kind;

// Words as the tokenizer splits them ("PEOPLE'S" -> PEOPLE 'S).
std::vector<std::string> TokenWords(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const auto& w : words)
    for (auto& piece : SplitClitics(w)) out.push_back(std::move(piece));
  return out;
}

// PETRARCH-2 has no dominant/subordinate codes; "[080!]" is a TABARI leftover.
void DropTabariPriority(EventCode* code, Builder* b, uint32_t line) {
  if (code->priority == EventCode::Priority::kNormal) return;
  b->Warn(line, "syntax", "'!'/'?' code markers are TABARI-only; read as [" +
                              (code->priority = EventCode::Priority::kNormal, code->ToString()) + "]");
}

struct VerbReader {
  Builder* b;
  bool nominal;
  int block = -1;        // current verb block
  int synset = -1;       // synset open for '+' lines
  bool synset_plurals = true;

  void StartBlock(std::string name, EventCode code, uint32_t line) {
    VerbBlock vb;
    vb.name = std::move(name);
    vb.code = std::move(code);
    vb.nominal = nominal;
    vb.file = b->file();
    vb.line = line;
    b->data().verb_blocks.push_back(std::move(vb));
    block = static_cast<int>(b->data().verb_blocks.size()) - 1;
  }

  void Header(std::string_view text, uint32_t line) {
    std::string_view body = text, code_text;
    EventCode code{"---", ""};
    if (SplitTrailingCode(text, &body, &code_text)) {
      auto parsed = ParseEventCode(code_text);
      if (!parsed) {
        b->Error(line, "syntax", "malformed block code [" + std::string(code_text) + "]");
      } else {
        code = *parsed;
        DropTabariPriority(&code, b, line);
      }
    }
    std::string name(Trim(body));
    while (!name.empty() && (name.front() == '-' || name.front() == '#' || name.front() == ' ')) name.erase(0, 1);
    while (!name.empty() && (name.back() == '-' || name.back() == '#' || name.back() == ' ')) name.pop_back();
    StartBlock(std::move(name), std::move(code), line);
  }

  void SynsetLine(std::string_view text, uint32_t line) {
    std::string name = ToUpper(Trim(text.substr(1)));
    synset_plurals = !name.ends_with('_');
    if (!synset_plurals) name.pop_back();
    b->data().synsets.push_back({name, {}, b->file(), line});
    synset = static_cast<int>(b->data().synsets.size()) - 1;
  }

  void SynsetMember(std::string_view text, uint32_t line) {
    // "+&TIETYPES": a nested synset, expanded in ResolveAndCheck
    // (PETR.Validate.verbs.txt &ACCORDSYN).
    bool exact = false;
    std::vector<std::string> words = SplitPhrase(text.substr(1), &exact);
    if (words.empty()) return;
    auto& phrases = b->data().synsets[synset].phrases;
    phrases.push_back(JoinWords(TokenWords(words)));
    if (synset_plurals && !exact) {
      words.back() = NounPlural(words.back());
      phrases.push_back(JoinWords(TokenWords(words)));
    }
  }

  // The forms of one block word, with '+' marking the inflected word.
  void Word(std::string_view text, uint32_t line) {
    std::string_view body = text, code_text;
    EventCode code;
    if (text.find('[') != std::string_view::npos && SplitTrailingCode(text, &body, &code_text)) {
      auto parsed = ParseEventCode(code_text);
      if (!parsed) {
        b->Error(line, "syntax", "malformed code [" + std::string(code_text) + "]");
        return;
      }
      code = *parsed;
      DropTabariPriority(&code, b, line);
    }
    std::vector<std::vector<std::string>> forms;
    bool listed = false;
    size_t brace = body.find('{');
    std::string_view base = body;
    if (brace != std::string_view::npos) {
      listed = true;
      size_t close = body.find('}', brace);
      std::string_view inside = body.substr(brace + 1, close - brace - 1);
      base = body.substr(0, brace);
      size_t s = 0;
      while (s < inside.size()) {
        while (s < inside.size() && (inside[s] == ' ' || inside[s] == '\t')) ++s;
        size_t e = inside.find_first_of(" \t", s);
        std::string_view form = inside.substr(s, e == std::string_view::npos ? std::string_view::npos : e - s);
        if (!form.empty()) {
          std::string f;
          for (char c : form) if (c != '+') f.push_back(c);
          forms.push_back(SplitPhrase(f));
        }
        if (e == std::string_view::npos) break;
        s = e;
      }
    }
    base = Trim(base);
    size_t plus = base.find('+');
    std::string plain;
    for (char c : base) if (c != '+') plain.push_back(c);
    std::vector<std::string> words = SplitPhrase(plain);
    if (words.empty()) {
      b->Error(line, "syntax", "block word line without a word");
      return;
    }
    // Which word inflects: the one after '+', else the first (verbs) or the last (nouns).
    size_t head = nominal ? words.size() - 1 : 0;
    if (plus != std::string_view::npos) {
      std::vector<std::string> before = SplitPhrase(std::string(base.substr(0, plus)));
      head = std::min(before.size(), words.size() - 1);
    }
    std::vector<std::vector<std::string>> all = {words};
    if (listed) {
      for (auto& f : forms) all.push_back(std::move(f));
    } else if (nominal) {
      auto w = words;
      w[head] = NounPlural(words[head]);
      all.push_back(std::move(w));
    } else {
      for (auto& inflected : RegularVerbForms(words[head])) {
        auto w = words;
        w[head] = inflected;
        all.push_back(std::move(w));
      }
    }
    if (block < 0) StartBlock(JoinWords(words), EventCode{"---", ""}, line);
    std::string lemma = JoinWords(words);
    for (const auto& w : all) {
      auto& data = b->data();
      uint32_t id = static_cast<uint32_t>(data.verb_forms.size());
      if (b->AddPhrase(line, w, nominal ? Kind::kNominal : Kind::kVerb, id)) {
        data.verb_forms.push_back({JoinWords(w), lemma, static_cast<uint32_t>(block), code, line});
        data.verb_blocks[block].forms.push_back(id);
      }
    }
  }

  void Pattern(std::string_view text, uint32_t line) {
    std::string_view body, code_text;
    if (!SplitTrailingCode(text.substr(1), &body, &code_text)) {
      b->Error(line, "syntax", "pattern without a [code]");
      return;
    }
    auto code = ParseEventCode(code_text);
    if (!code) {
      b->Error(line, "syntax", "malformed code [" + std::string(code_text) + "]");
      return;
    }
    DropTabariPriority(&*code, b, line);
    VerbPattern p;
    std::string error;
    if (!ParsePetrarchPattern(body, &p.elements, &error)) {
      b->Error(line, error.find("never") != std::string::npos || error.find("tokenizer") != std::string::npos
                         ? "never-matches" : "syntax", error);
      return;
    }
    if (block < 0) {
      b->Error(line, "syntax", "pattern outside a verb block");
      return;
    }
    p.code = *code;
    p.file = b->file();
    p.line = line;
    b->data().verb_blocks[block].patterns.push_back(std::move(p));
  }

  void TransformationLine(std::string_view text, uint32_t line) {
    size_t eq = text.find('=');
    if (eq == std::string_view::npos) {
      b->Error(line, "syntax", "transformation without '='");
      return;
    }
    b->data().transformations.push_back({std::string(Trim(text.substr(1, eq - 1))),
                                         std::string(Trim(text.substr(eq + 1))), b->file(), line});
  }
};

}  // namespace

void ReadPetrarchVerbs(std::string_view text, bool nominal, Builder* b) {
  VerbReader r{b, nominal};
  bool in_xml_comment = false;
  for (const SourceLine& sl : SplitLines(text)) {
    std::string stripped = StripXmlComments(sl.text, &in_xml_comment);
    std::string_view t = Trim(stripped);
    if (t.starts_with("---")) {
      r.Header(CutComment(t.substr(3), "#;"), sl.number);
      r.synset = -1;
      continue;
    }
    t = Trim(CutComment(t, "#;"));
    if (t.empty()) continue;
    std::string brackets = CheckBrackets(t);
    if (!brackets.empty()) {
      b->Error(sl.number, "unbalanced-brackets", brackets + "; line skipped");
      continue;
    }
    if (t[0] == '&') {
      r.SynsetLine(t, sl.number);
    } else if (t[0] == '+' && r.synset >= 0) {
      r.SynsetMember(t, sl.number);
    } else if (t[0] == '-') {
      r.synset = -1;
      r.Pattern(t, sl.number);
    } else if (t[0] == '~') {
      r.synset = -1;
      r.TransformationLine(t, sl.number);
    } else {
      r.synset = -1;
      r.Word(t, sl.number);
    }
  }
}

}  // namespace khaldun::internal
