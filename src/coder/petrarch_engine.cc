// PETRARCH-mode coding; the rules are summarised in petrarch_engine.h.
#include "coder/petrarch_engine.h"

#include <fmt/format.h>

#include <cctype>
#include <span>
#include <string>
#include <string_view>

#include "coder/petrarch_tree.h"
#include "coder/tabari_engine.h"

namespace khaldun::internal {
namespace {

bool Is(const Token& t, std::string_view word) {
  if (t.text.size() != word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = t.text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[i]) return false;
  }
  return true;
}

// The dictionary phrases of one sentence, by kind.
struct SentenceMatches {
  std::vector<TokenSpan> actors;
  std::vector<std::pair<TokenSpan, uint32_t>> agents;  // span, agent id
};

const std::pair<TokenSpan, uint32_t>* AgentEndingAt(const SentenceMatches& m, uint32_t end) {
  for (const auto& a : m.agents)
    if (a.first.end == end) return &a;
  return nullptr;
}

const std::pair<TokenSpan, uint32_t>* AgentStartingAt(const SentenceMatches& m, uint32_t begin) {
  for (const auto& a : m.agents)
    if (a.first.begin == begin) return &a;
  return nullptr;
}

bool ActorAt(const SentenceMatches& m, uint32_t token) {
  for (const TokenSpan& s : m.actors)
    if (token >= s.begin && token < s.end) return true;
  return false;
}

// The agents of the noun phrase around the actor at `span`.
std::vector<uint32_t> NounPhraseAgents(std::span<const Token> tokens, const SentenceMatches& m,
                                       TokenSpan span,
                                       std::vector<std::vector<uint32_t>>* alternatives) {
  std::vector<uint32_t> out;
  // "an MSF Arnor diplomat": every agent inside the mention composes, not
  // only the first.
  for (const auto& a : m.agents)
    if (a.first.begin >= span.begin && a.first.end <= span.end) out.push_back(a.second);
  // "Soldiers from Gondor", "Lawmakers in Fornost and Gondor": the head before
  // a preposition of place or origin, reached over the actor's coordinated
  // neighbours.
  uint32_t b = span.begin;
  while (b > 1 && (Is(tokens[b - 1], "and") || Is(tokens[b - 1], ",")) && ActorAt(m, b - 2)) {
    uint32_t k = b - 2;
    while (k > 0 && ActorAt(m, k - 1)) --k;
    b = k;
  }
  if (b > 1 && (Is(tokens[b - 1], "of") || Is(tokens[b - 1], "in") || Is(tokens[b - 1], "from")))
    if (const auto* a = AgentEndingAt(m, b - 1)) {
      // "Lawmakers and officials in Fornost": each coordinated head is an
      // actor of its own (FORLEG and FORGOV); `alternatives` gets the agent
      // lists with the head replaced.
      const size_t head = out.size();
      out.push_back(a->second);
      uint32_t k = a->first.begin;
      while (k > 1 && (Is(tokens[k - 1], "and") || Is(tokens[k - 1], ","))) {
        const auto* other = AgentEndingAt(m, k - 1);
        if (other == nullptr) break;
        if (alternatives != nullptr) {
          alternatives->push_back(out);
          alternatives->back()[head] = other->second;
        }
        k = other->first.begin;
      }
    }
  // "Dagolath's first Deputy Prime Minister Telemar", "an MSF Arnor
  // diplomat": an agent inside the same phrase after the actor, past at most
  // two modifiers.
  uint32_t e = span.end;
  if (e < tokens.size() && Is(tokens[e], "'s")) ++e;
  for (uint32_t k = e; k < tokens.size() && k < e + 3; ++k) {
    if (ActorAt(m, k)) break;
    if (const auto* a = AgentStartingAt(m, k)) {
      out.push_back(a->second);
      break;
    }
    const Token& t = tokens[k];
    if (t.text.empty() || !(std::isalpha(static_cast<unsigned char>(t.text[0])))) break;
    if (Is(t, "and") || Is(t, "or") || Is(t, "of") || Is(t, "in") || Is(t, "the")) break;
  }
  return out;
}

std::string Compose(const Dictionary& dict, std::string code, const std::vector<uint32_t>& agents) {
  for (uint32_t id : agents) {
    const AgentEntry& agent = dict.agent(id);
    if (agent.code.empty() || code.find(agent.code) != std::string::npos) continue;
    if (agent.composition == AgentEntry::Composition::kPrefix)
      code = agent.code + code;
    else
      code += agent.code;
  }
  return code;
}

// True when the actors at token spans a and b are one noun phrase: their
// lowest common constituent is an NP in which no coordinator stands between
// them. "Ithilen's awful and evil minister Calimehtar" is one actor (the
// "and" joins adjectives); "Fornost and Gondor" are two.
bool OnePhrase(const PetrarchTree& tree, TokenSpan a, TokenSpan b, int* phrase) {
  // Each actor by its last word: "The ambassadors of Arnor" stands where
  // "Arnor" does, beside the "Osgiliath and Gondor" it is coordinated with.
  if (a.empty() || b.empty() || a.end > tree.token_leaf.size() || b.end > tree.token_leaf.size())
    return false;
  int la = tree.token_leaf[a.end - 1], lb = tree.token_leaf[b.end - 1];
  if (la < 0 || lb < 0 || la == lb) return false;
  if (la > lb) std::swap(la, lb);
  int n = tree.CommonAncestor(la, lb);
  if (n < 0 || tree.nodes[n].label != "NP") return false;
  for (int c : tree.nodes[n].children) {
    const auto& child = tree.nodes[c];
    if (child.begin > static_cast<uint32_t>(la) && child.begin <= static_cast<uint32_t>(lb) &&
        (child.label == "CC" || child.label == "," || child.label == "CONJP"))
      return false;
  }
  *phrase = n;
  return true;
}

// With the record's parse: two events of one verb whose sources (or targets)
// the tree puts in one noun phrase are one event, coded by the phrase's first
// actor with the phrase's agents (see OnePhrase).
void MergeOnePhraseActors(const Dictionary& dict, const AnalyzedDocument& doc,
                          std::string_view parse, std::vector<Event>* events, ExplainTrace* trace) {
  std::optional<PetrarchTree> tree = ReadPetrarchTree(parse);
  if (!tree) return;
  std::span<const Token> all(doc.tokens.data(), doc.tokens.size());
  if (!AlignTokens(all, &*tree)) return;
  MatchScratch scratch;
  std::vector<bool> drop(events->size(), false);
  for (size_t i = 0; i < events->size(); ++i) {
    Event& a = (*events)[i];
    if (drop[i] || a.sentence_index >= doc.sentences.size()) continue;
    const Sentence& s = doc.sentences[a.sentence_index];
    auto global = [&](TokenSpan t) {
      return TokenSpan{t.begin + s.first_token, t.end + s.first_token};
    };
    for (size_t j = i + 1; j < events->size(); ++j) {
      const Event& b = (*events)[j];
      if (drop[j] || b.sentence_index != a.sentence_index || b.cameo_code != a.cameo_code ||
          b.evidence.verb_bytes != a.evidence.verb_bytes)
        continue;
      Actor* keep = nullptr;
      const Actor* other = nullptr;
      if (b.target.code == a.target.code && b.target.tokens == a.target.tokens &&
          b.source.tokens != a.source.tokens) {
        keep = &a.source;
        other = &b.source;
      } else if (b.source.code == a.source.code && b.source.tokens == a.source.tokens &&
                 b.target.tokens != a.target.tokens) {
        keep = &a.target;
        other = &b.target;
      }
      if (keep == nullptr || keep->tokens.empty() || other->tokens.empty()) continue;
      int phrase = -1;
      if (!OnePhrase(*tree, global(keep->tokens), global(other->tokens), &phrase)) continue;
      drop[j] = true;
      // The phrase's agents compose with its first actor.
      std::vector<PhraseMatch> found;
      std::span<const Token> tokens(doc.SentenceTokens(s), s.token_count);
      dict.FindCandidates(tokens, scratch, &found);
      std::vector<uint32_t> agents;
      const auto& node = tree->nodes[phrase];
      for (const PhraseMatch& p : found) {
        if (p.kind != PhraseMatch::Kind::kAgent) continue;
        int leaf = tree->token_leaf[s.first_token + p.span.begin];
        if (leaf >= static_cast<int>(node.begin) && leaf < static_cast<int>(node.end))
          agents.push_back(p.id);
      }
      std::string code = keep->code;
      keep->code = Compose(dict, keep->code, agents);
      if (trace != nullptr && !trace->sentences.empty())
        trace->sentences.back().lines.push_back(
            fmt::format("petrarch: '{}' and '{}' are one noun phrase: {} -> {}", keep->matched_text,
                        other->matched_text, code, keep->code));
    }
  }
  size_t k = 0;
  for (size_t i = 0; i < events->size(); ++i) {
    if (drop[i]) continue;
    if (k != i) (*events)[k] = std::move((*events)[i]);
    ++k;
  }
  events->resize(k);
}

}  // namespace

std::vector<Event> CodePetrarch(const CoderResources& resources, const CoderOptions& options,
                                const AnalyzedDocument& doc, ExplainTrace* trace) {
  return CodePetrarch(resources, options, doc, {}, trace);
}

std::vector<Event> CodePetrarch(const CoderResources& resources, const CoderOptions& options,
                                const AnalyzedDocument& doc, std::string_view parse,
                                ExplainTrace* trace) {
  const Dictionary& dict = *resources.dictionary;
  MatchScratch scratch;
  std::vector<PhraseMatch> found;
  // Discards (PETRARCH-2's discard file): "a typhoon trashed its embassy"
  // holds the sentence-level discard TYPHOON and the sentence gives no
  // events; a '+' phrase ("+World Golf Championships") discards the story.
  std::vector<bool> discarded(doc.sentences.size(), false);
  for (const Sentence& s : doc.sentences) {
    found.clear();
    dict.FindCandidates(std::span<const Token>(doc.SentenceTokens(s), s.token_count), scratch,
                        &found);
    for (const PhraseMatch& p : found) {
      if (p.kind != PhraseMatch::Kind::kDiscard) continue;
      if (dict.discard(p.id).story_level) return {};
      if (s.index < discarded.size()) discarded[s.index] = true;
    }
  }
  CoderOptions core = options;
  core.mode = CodingMode::kTabari;
  std::vector<Event> events = CodeTabari(resources, core, doc, trace);
  std::erase_if(events, [&](const Event& e) {
    return e.sentence_index < discarded.size() && discarded[e.sentence_index];
  });
  if (events.empty()) return events;
  std::vector<Event> extra;  // one per coordinated agent head
  uint32_t matched_sentence = UINT32_MAX;
  SentenceMatches m;
  std::span<const Token> tokens;
  for (Event& e : events) {
    if (e.sentence_index >= doc.sentences.size()) continue;
    if (e.sentence_index != matched_sentence) {
      const Sentence& s = doc.sentences[e.sentence_index];
      tokens = std::span<const Token>(doc.SentenceTokens(s), s.token_count);
      found.clear();
      dict.FindCandidates(tokens, scratch, &found);
      m = {};
      for (const PhraseMatch& p : found) {
        if (p.kind == PhraseMatch::Kind::kActor) m.actors.push_back(p.span);
        if (p.kind == PhraseMatch::Kind::kAgent) m.agents.push_back({p.span, p.id});
      }
      // The longest phrase wins: "main opposition group" is one agent (MOP),
      // not also "opposition group" (OPP).
      std::erase_if(m.agents, [&](const auto& a) {
        for (const auto& b : m.agents)
          if (b.first.size() > a.first.size() && b.first.begin <= a.first.begin &&
              a.first.end <= b.first.end)
            return true;
        return false;
      });
      matched_sentence = e.sentence_index;
    }
    std::vector<std::pair<bool, std::string>> copies;  // (is source, code)
    for (Actor* a : {&e.source, &e.target}) {
      if (a->code.empty() || a->tokens.empty() || a->tokens.end > tokens.size()) continue;
      std::vector<std::vector<uint32_t>> alternatives;
      std::string composed =
          Compose(dict, a->code, NounPhraseAgents(tokens, m, a->tokens, &alternatives));
      for (const auto& agents : alternatives) {
        std::string code = Compose(dict, a->code, agents);
        if (code != composed) copies.push_back({a == &e.source, std::move(code)});
      }
      if (composed != a->code && trace != nullptr && !trace->sentences.empty())
        trace->sentences.back().lines.push_back(fmt::format(
            "petrarch: noun phrase '{}' composes {} -> {}", a->matched_text, a->code, composed));
      a->code = std::move(composed);
    }
    for (auto& [is_source, code] : copies) {
      Event copy = e;
      (is_source ? copy.source : copy.target).code = std::move(code);
      extra.push_back(std::move(copy));
    }
  }
  for (Event& e : extra) events.push_back(std::move(e));
  if (!parse.empty()) MergeOnePhraseActors(dict, doc, parse, &events, trace);
  return events;
}

}  // namespace khaldun::internal
