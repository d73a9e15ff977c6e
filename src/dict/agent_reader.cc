// Agent files, both formats:
//
//   !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON   a substitution set (PETRARCH-2)
//   CONGRESS!PERSON! [~LEG]                     one phrase per member, no plurals
//   ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV] {} lists the plurals ({} = none)
//   AMBASSADOR [~GOV]                           regular plural generated
//   HUMAN_RIGHTS_BODY [NGO~]                    '~' after: the code goes first
#include <map>

#include "dict/dictionary_data.h"
#include "dict/text_util.h"

namespace khaldun::internal {
namespace {

using Kind = PhraseMatch::Kind;

void AddAgentPhrase(Builder* b, uint32_t line, std::vector<std::string> words, bool stem, uint32_t id) {
  b->AddPhrase(line, words, Kind::kAgent, id, stem);
}

}  // namespace

void ReadAgentsFile(std::string_view text, DictFormat format, Builder* b) {
  std::map<std::string, std::vector<std::string>, std::less<>> substitutions;
  bool in_xml_comment = false;
  for (const SourceLine& sl : SplitLines(text)) {
    std::string stripped = StripXmlComments(sl.text, &in_xml_comment);
    std::string_view t = Trim(stripped);
    if (format == DictFormat::kTabari && (t.starts_with('#') || t.starts_with('/'))) continue;
    if (t.starts_with("~FINISH")) break;
    t = Trim(CutComment(t, format == DictFormat::kTabari ? ";" : "#;"));
    if (t.empty()) continue;
    std::string brackets = CheckBrackets(t);
    if (!brackets.empty()) {
      b->Error(sl.number, "unbalanced-brackets", brackets + "; entry skipped");
      continue;
    }
    if (t[0] == '!' && t.find('=') != std::string_view::npos) {
      size_t eq = t.find('=');
      std::string name = ToUpper(Trim(t.substr(0, eq)));
      std::vector<std::string> members;
      std::string_view rest = t.substr(eq + 1);
      size_t s = 0;
      while (s <= rest.size()) {
        size_t comma = rest.find(',', s);
        std::string_view m = Trim(rest.substr(s, comma == std::string_view::npos ? std::string_view::npos : comma - s));
        if (!m.empty()) members.push_back(ToUpper(m));
        if (comma == std::string_view::npos) break;
        s = comma + 1;
      }
      substitutions[name] = std::move(members);
      continue;
    }
    std::string_view body, code_text;
    size_t open = t.rfind('[');
    if (open == std::string_view::npos) {
      b->Error(sl.number, "syntax", "agent without a [code]");
      continue;
    }
    body = Trim(t.substr(0, open));
    code_text = Trim(t.substr(open + 1, t.rfind(']') - open - 1));
    AgentEntry agent;
    if (code_text.starts_with('~')) {
      agent.code = std::string(Trim(code_text.substr(1)));
      agent.composition = AgentEntry::Composition::kSuffix;
    } else if (code_text.ends_with('~')) {
      agent.code = std::string(Trim(code_text.substr(0, code_text.size() - 1)));
      agent.composition = AgentEntry::Composition::kPrefix;
    } else {
      b->Warn(sl.number, "syntax", "agent code [" + std::string(code_text) + "] has no '~'; read as ~" +
                                       std::string(code_text));
      agent.code = std::string(code_text);
    }
    if (agent.code.empty()) {
      b->Error(sl.number, "syntax", "empty agent code");
      continue;
    }
    std::optional<std::vector<std::string>> plurals;
    size_t brace = body.find('{');
    std::string_view phrase = body;
    if (brace != std::string_view::npos) {
      size_t close = body.find('}', brace);
      std::string_view inside = Trim(body.substr(brace + 1, close - brace - 1));
      plurals.emplace();
      if (!inside.empty()) plurals->push_back(std::string(inside));
      phrase = Trim(body.substr(0, brace));
    }
    auto& agents = b->data().agents;
    uint32_t id = static_cast<uint32_t>(agents.size());
    bool exact = false;
    std::vector<std::string> words = SplitPhrase(phrase, &exact);
    if (words.empty()) {
      b->Error(sl.number, "syntax", "agent without a phrase");
      continue;
    }
    agent.name = JoinWords(words);
    agent.file = b->file();
    agent.line = sl.number;
    agents.push_back(std::move(agent));
    bool tabari = format == DictFormat::kTabari;
    size_t bang = phrase.find('!');
    if (bang != std::string_view::npos) {
      size_t end = phrase.find('!', bang + 1);
      std::string marker = ToUpper(phrase.substr(bang, end == std::string_view::npos ? 1 : end - bang + 1));
      auto it = substitutions.find(marker);
      if (end == std::string_view::npos || it == substitutions.end()) {
        b->Error(sl.number, "syntax", "unknown substitution " + marker);
        continue;
      }
      for (const auto& member : it->second) {
        std::string expanded(phrase.substr(0, bang));
        expanded += member;
        expanded += phrase.substr(end + 1);
        AddAgentPhrase(b, sl.number, SplitPhrase(expanded), false, id);
      }
      continue;
    }
    AddAgentPhrase(b, sl.number, words, tabari && !exact, id);
    if (plurals) {
      for (const auto& p : *plurals) AddAgentPhrase(b, sl.number, SplitPhrase(p), false, id);
    } else if (!tabari) {
      words.back() = NounPlural(words.back());
      AddAgentPhrase(b, sl.number, words, false, id);
    } else if (exact) {
      std::string last = words.back();
      for (auto& ending : TabariNounEndings(last)) {
        words.back() = ending;
        AddAgentPhrase(b, sl.number, words, false, id);
      }
    }
  }
}

void ReadPetrarchAgents(std::string_view text, Builder* b) { ReadAgentsFile(text, DictFormat::kPetrarch2, b); }

}  // namespace khaldun::internal
