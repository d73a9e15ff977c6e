// Checks that need the whole dictionary: synset references (a synset may be
// defined after its first use), codes against the CAMEO code list, and
// duplicate phrases whose codes conflict.
#include <map>
#include <set>
#include <unordered_map>

#include "dict/dictionary_data.h"
#include "dict/text_util.h"

namespace khaldun::internal {
namespace {

using Kind = PhraseMatch::Kind;
using Severity = Diagnostic::Severity;

struct CodeChecker {
  std::set<std::string, std::less<>> labels;  // the valid code list; empty = CAMEO shape
  std::set<std::string, std::less<>> named;   // TABARI .options LABEL lines: valid too

  bool Valid(std::string_view code) const {
    // "+++" is TABARI's "too complex to code" verdict (manual 6.6).
    if (code.empty() || code == "---" || code == "###" || code == "+++") return true;
    if (named.count(code) > 0) return true;
    if (!labels.empty()) return labels.count(code) > 0;
    return IsCameoShaped(code);
  }
  // The first invalid part of an event code, or "".
  std::string Invalid(const EventCode& c) const {
    if (!Valid(c.primary)) return c.primary;
    if (!Valid(c.reverse)) return c.reverse;
    return "";
  }
};

std::string PhraseKey(const CompiledPhrase& p) {
  std::string key(1, static_cast<char>('a' + static_cast<int>(p.kind)));
  for (const auto& w : p.words) {
    key += ' ';
    key += w.text;
    if (w.prefix) key += '*';
  }
  return key;
}

// Replaces every "&NAME" word of a synset phrase by each phrase of synset NAME
// ("+&TIETYPES_MEMOS" -> "ECONOMIC MEMOS", "CULTURAL MEMOS", ...), to a depth
// of 8; an unknown or too deeply nested reference drops the phrase. Synsets
// that name each other ("&A" lists "+&B_X" and "+&B_Y", "&B" lists "+&A_Z"
// twice) double at every level; a synset stops growing at
// kMaxExpandedPhrases, with an error (found by the dict_fuzz campaign: a
// 480-byte file took over 2 GB).
constexpr size_t kMaxExpandedPhrases = 4096;
// Each level may also double a phrase's length; no real phrase comes near this.
constexpr size_t kMaxExpandedPhraseBytes = 4096;

template <typename Report>
void ExpandNestedSynsets(DictionaryData* data, const std::unordered_map<std::string, uint32_t>& ids,
                         std::vector<std::string> Synset::*list, Report&& report) {
  for (int depth = 0; depth < 8; ++depth) {
    bool changed = false;
    for (Synset& s : data->synsets) {
      std::vector<std::string> out;
      for (const std::string& phrase : s.*list) {
        size_t amp = phrase.find('&');
        if (amp == std::string::npos) {
          out.push_back(phrase);
          continue;
        }
        changed = true;
        size_t end = phrase.find_first_of(" _", amp);
        if (end == std::string::npos) end = phrase.size();
        std::string name = ToUpper(phrase.substr(amp + 1, end - amp - 1));
        auto it = ids.find(name);
        if (it == ids.end() || &data->synsets[it->second] == &s) {
          if (list == &Synset::written) continue;  // reported for `phrases`
          report(Diagnostic::Severity::kError, s.file, s.line, "unknown-synset",
                 "synset &" + s.name + " names unknown synset &" + name + "; phrase dropped");
          continue;
        }
        for (const std::string& inner : data->synsets[it->second].*list) {
          if (out.size() >= kMaxExpandedPhrases) break;
          if (phrase.size() + inner.size() > kMaxExpandedPhraseBytes) continue;
          out.push_back(phrase.substr(0, amp) + inner + phrase.substr(end));
        }
        if (out.size() >= kMaxExpandedPhrases) {
          if (list == &Synset::phrases)
            report(Diagnostic::Severity::kError, s.file, s.line, "synset-too-large",
                   "synset &" + s.name + " expands to more than " +
                       std::to_string(kMaxExpandedPhrases) + " phrases; the rest are dropped");
          break;
        }
      }
      s.*list = std::move(out);
    }
    if (!changed) return;
  }
  for (Synset& s : data->synsets)
    std::erase_if(s.*list, [](const std::string& p) { return p.find('&') != std::string::npos; });
}

}  // namespace

void ResolveAndCheck(DictionaryData* data, const std::vector<std::string>& event_codes,
                     std::vector<Diagnostic>* diagnostics) {
  auto report = [&](Severity s, const std::string& file, uint32_t line, std::string check, std::string msg) {
    if (diagnostics) diagnostics->push_back({s, file, line, std::move(check), std::move(msg)});
  };
  CodeChecker codes;
  codes.labels.insert(event_codes.begin(), event_codes.end());
  // TABARI's LABEL lines only name codes for its output; they do not restrict
  // the codes a dictionary may use (Validate.text expects 043 and 225, which
  // Validate.options does not label). So a labelled code is valid too.
  for (const auto& o : data->options) {
    if (o.key != "LABEL") continue;
    size_t eq = o.value.find('=');
    codes.named.insert(std::string(Trim(std::string_view(o.value).substr(0, eq))));
  }
  // Later definitions of a name are ignored (first wins, as for phrases).
  std::unordered_map<std::string, uint32_t> synset_ids;
  for (uint32_t i = 0; i < data->synsets.size(); ++i) {
    const Synset& s = data->synsets[i];
    if (!synset_ids.emplace(s.name, i).second)
      report(Severity::kWarning, s.file, s.line, "conflicting-duplicate", "synset &" + s.name + " defined twice");
  }
  ExpandNestedSynsets(data, synset_ids, &Synset::phrases, report);
  ExpandNestedSynsets(data, synset_ids, &Synset::written, report);
  for (const Synset& s : data->synsets)
    if (s.phrases.empty())
      report(Severity::kWarning, s.file, s.line, "never-matches", "synset &" + s.name + " has no phrases");
  for (auto& block : data->verb_blocks) {
    if (block.forms.empty())
      report(Severity::kWarning, block.file, block.line, "never-matches",
             "block " + block.name + " has no words, so its patterns can never match");
    if (std::string bad = codes.Invalid(block.code); !bad.empty()) {
      report(Severity::kError, block.file, block.line, "not-cameo-code",
             "block code [" + block.code.ToString() + "] is not a CAMEO code; block words code nothing");
      block.code = EventCode{"---", ""};
    }
    std::vector<VerbPattern> kept;
    std::map<std::string, const VerbPattern*> seen;
    for (auto& p : block.patterns) {
      bool ok = true;
      for (auto& e : p.elements) {
        if (e.type != PatternElement::Type::kSynset) continue;
        std::string name = e.text;
        if (name.ends_with('_')) name.pop_back();
        auto it = synset_ids.find(name);
        if (it == synset_ids.end()) {
          report(Severity::kError, p.file, p.line, "unknown-synset", "unknown synset &" + e.text + "; pattern dropped");
          ok = false;
          break;
        }
        e.text = name;
        e.id = it->second;
      }
      if (!ok) continue;
      if (std::string bad = codes.Invalid(p.code); !bad.empty()) {
        report(Severity::kError, p.file, p.line, "not-cameo-code",
               "[" + p.code.ToString() + "] is not a CAMEO code; pattern dropped");
        continue;
      }
      kept.push_back(std::move(p));
    }
    block.patterns = std::move(kept);
    for (const auto& p : block.patterns) {
      std::string key;
      for (const auto& e : p.elements) key += std::to_string(static_cast<int>(e.type)) + e.text + (e.stem ? "*" : "") + " ";
      auto [it, inserted] = seen.emplace(key, &p);
      if (!inserted && !(it->second->code == p.code))
        report(Severity::kWarning, p.file, p.line, "conflicting-duplicate",
               "same pattern as line " + std::to_string(it->second->line) + " with code [" +
                   it->second->code.ToString() + "], here [" + p.code.ToString() + "]");
    }
  }
  std::set<std::pair<uint32_t, uint32_t>> reported;  // (block, line): one report per written word
  for (auto& form : data->verb_forms) {
    if (std::string bad = codes.Invalid(form.code); !bad.empty()) {
      const VerbBlock& b = data->verb_blocks[form.block];
      if (reported.insert({form.block, form.line}).second)
        report(Severity::kError, b.file, form.line, "not-cameo-code",
               "code [" + form.code.ToString() + "] of " + form.lemma + " is not a CAMEO code; block code used");
      form.code = {};
    }
  }
  // Duplicate phrases: the first definition wins in matching; a later one
  // with a different code is almost always a dictionary mistake.
  std::unordered_map<std::string, uint32_t> first;
  auto code_of = [&](const CompiledPhrase& p) -> std::string {
    switch (p.kind) {
      case Kind::kActor: {
        const ActorEntry& a = data->actors[p.id];
        std::string c = a.default_code;
        for (const auto& d : a.dated) c += " " + d.code + std::to_string(d.from) + "-" + std::to_string(d.to);
        return c;
      }
      case Kind::kAgent: {
        const AgentEntry& a = data->agents[p.id];
        return a.composition == AgentEntry::Composition::kSuffix ? "~" + a.code : a.code + "~";
      }
      case Kind::kVerb:
      case Kind::kNominal:
        return data->verb_forms[p.id].EffectiveCode(data->verb_blocks).ToString();
      default:
        return "";
    }
  };
  auto where = [&](const CompiledPhrase& p) -> std::pair<std::string, uint32_t> {
    switch (p.kind) {
      case Kind::kActor: return {data->actors[p.id].file, p.line};
      case Kind::kAgent: return {data->agents[p.id].file, p.line};
      case Kind::kVerb:
      case Kind::kNominal: return {data->verb_blocks[data->verb_forms[p.id].block].file, p.line};
      default: return {"", p.line};
    }
  };
  for (uint32_t i = 0; i < data->phrases.size(); ++i) {
    const CompiledPhrase& p = data->phrases[i];
    if (p.kind != Kind::kActor && p.kind != Kind::kAgent && p.kind != Kind::kVerb && p.kind != Kind::kNominal) continue;
    auto [it, inserted] = first.emplace(PhraseKey(p), i);
    if (inserted) continue;
    const CompiledPhrase& q = data->phrases[it->second];
    if (q.id == p.id) continue;
    std::string a = code_of(q), b = code_of(p);
    if (a == b) continue;
    auto [qf, ql] = where(q);
    auto [pf, pl] = where(p);
    std::string text;
    for (const auto& w : p.words) text += (text.empty() ? "" : " ") + w.text;
    report(Severity::kWarning, pf, pl, "conflicting-duplicate",
           std::string(PhraseKindName(p.kind)) + " \"" + text + "\" [" + b + "] already defined at " + qf + ":" +
               std::to_string(ql) + " as [" + a + "]; the first is used");
  }
}

}  // namespace khaldun::internal
