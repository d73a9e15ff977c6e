// PETRARCH-mode coding; the rules are summarised in petrarch_engine.h.
#include "coder/petrarch_engine.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "coder/patterns.h"
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
  std::vector<std::string> actor_codes;                // beside `actors`
  std::vector<std::pair<TokenSpan, uint32_t>> agents;  // span, agent id
  std::vector<uint32_t> verbs;                         // first token of each verb
};

bool VerbAt(const SentenceMatches& m, uint32_t token) {
  return std::find(m.verbs.begin(), m.verbs.end(), token) != m.verbs.end();
}

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
    // "Russian police arrested students": the phrase ends at its verb.
    if (ActorAt(m, k) || VerbAt(m, k)) break;
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

// True when the CAMEO code holds `part` as one of its three-letter fields:
// GMWGOV holds GOV, not WGO.
bool HasField(std::string_view code, std::string_view part) {
  if (part.empty() || part.size() % 3 != 0) return code.find(part) != std::string_view::npos;
  for (size_t i = 0; i + part.size() <= code.size(); i += 3)
    if (code.substr(i, part.size()) == part) return true;
  return false;
}

std::string Compose(const Dictionary& dict, std::string code, const std::vector<uint32_t>& agents) {
  for (uint32_t id : agents) {
    const AgentEntry& agent = dict.agent(id);
    // "West German world government activists": WEST_GERMAN [GMWGOV] and
    // WORLD_GOVERNMENT [~WGO] give GMWGOVWGO.
    if (agent.code.empty() || HasField(code, agent.code)) continue;
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
                          const PetrarchTree* tree, std::vector<Event>* events,
                          ExplainTrace* trace) {
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

// The actors of the noun phrase `np` of the tree, as PETRARCH-2 codes a
// phrase: its one actor composed with the phrase's agents ("a senior Bree
// official" BREGOV), each actor of a coordination ("Fornost and Gondor"), or
// an agent alone ("the primary official news agency WFNA" ---GOV).
struct PhraseActors {
  std::vector<std::string> codes;
  TokenSpan tokens;  // within the sentence
};

PhraseActors ActorsOfPhrase(const Dictionary& dict, const PetrarchTree& tree, int np,
                            const Sentence& s, std::span<const PhraseMatch> found, Date date,
                            int new_actor_length = 0) {
  PhraseActors out;
  const auto& node = tree.nodes[np];
  // "Eriador's death and injury toll": each coordinated noun phrase is read
  // on its own (ERI, and with new_actor_length "INJURY TOLL").
  {
    bool cc = false;
    std::vector<int> parts;
    for (int c : node.children) {
      cc |= tree.nodes[c].label == "CC";
      if (tree.nodes[c].label == "NP") parts.push_back(c);
    }
    if (cc && parts.size() >= 2) {
      for (int part : parts) {
        PhraseActors a = ActorsOfPhrase(dict, tree, part, s, found, date, new_actor_length);
        for (std::string& code : a.codes)
          if (std::find(out.codes.begin(), out.codes.end(), code) == out.codes.end())
            out.codes.push_back(std::move(code));
      }
      if (!out.codes.empty()) {
        for (uint32_t t = 0; t < s.token_count; ++t) {
          int leaf = tree.token_leaf[s.first_token + t];
          if (leaf < static_cast<int>(node.begin) || leaf >= static_cast<int>(node.end)) continue;
          if (out.tokens.empty()) out.tokens.begin = t;
          out.tokens.end = t + 1;
        }
        return out;
      }
    }
  }
  auto inside = [&](TokenSpan span) {
    if (span.empty()) return false;
    for (uint32_t t : {span.begin, span.end - 1}) {
      int leaf = tree.token_leaf[s.first_token + t];
      if (leaf < static_cast<int>(node.begin) || leaf >= static_cast<int>(node.end)) return false;
    }
    return true;
  };
  std::vector<std::string> actors;
  std::vector<uint32_t> agents;
  for (const PhraseMatch& p : found) {
    if (!inside(p.span)) continue;
    if (p.kind == PhraseMatch::Kind::kActor) {
      std::string code(dict.actor(p.id).CodeAt(date));
      if (!code.empty() && code != "---") actors.push_back(std::move(code));
    } else if (p.kind == PhraseMatch::Kind::kAgent) {
      agents.push_back(p.id);
    }
  }
  for (uint32_t t = 0; t < s.token_count; ++t) {
    int leaf = tree.token_leaf[s.first_token + t];
    if (leaf < static_cast<int>(node.begin) || leaf >= static_cast<int>(node.end)) continue;
    if (out.tokens.empty()) out.tokens.begin = t;
    out.tokens.end = t + 1;
  }
  if (actors.size() == 1) {
    out.codes.push_back(Compose(dict, actors[0], agents));
  } else if (actors.size() > 1) {
    out.codes = std::move(actors);
  } else if (!agents.empty()) {
    // "Clerics and lawmakers believe ...": coordinated agents are one actor
    // each (---REL, ---LEG); otherwise the phrase's first agent.
    bool coordinated = false;
    for (int c : node.children) coordinated |= tree.nodes[c].label == "CC";
    for (size_t i = 0; i < (coordinated ? agents.size() : 1); ++i)
      out.codes.push_back(Compose(dict, "---", {agents[i]}));
  } else if (new_actor_length > 0) {
    // PETRARCH-2's new_actor_length: a phrase with no dictionary word and at
    // most that many words is an actor named by its words ("Gryffindor's
    // head Minerva McGonagall" -> "GRYFFINDOR HEAD MINERVA MCGONAGALL"; the
    // possessive ending is no word).
    std::string name;
    int words = 0;
    for (uint32_t l = node.begin; l < node.end; ++l) {
      const std::string& tag = tree.nodes[tree.leaf_node[l]].label;
      const std::string& w = tree.leaves[l];
      if (tag == "POS" || w.empty() || !std::isalnum(static_cast<unsigned char>(w[0]))) continue;
      if (!name.empty()) name += ' ';
      for (char c : w) name += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      ++words;
    }
    if (words > 0 && words <= new_actor_length) out.codes.push_back('"' + name + '"');
  }
  return out;
}

bool IsBeForm(std::string_view w) {
  for (std::string_view b : {"is", "was", "were", "are", "be", "been", "being", "am", "'s"})
    if (w.size() == b.size() && std::equal(w.begin(), w.end(), b.begin(), [](char x, char y) {
          return std::tolower(static_cast<unsigned char>(x)) == y;
        }))
      return true;
  return false;
}

// The pattern text of a core event's rule ("TABARI mode: verb 'burned'
// (BURN) pattern '- * DOWN [222]' (...)"), "" when the block code decided.
std::string PatternOfRule(const std::string& rule) {
  size_t at = rule.find(" pattern '");
  if (at == std::string::npos) return "";
  at += 10;
  size_t end = rule.find("' (", at);
  return rule.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

// The target of the verb at `leaf`: the first of its object phrases (see
// PetrarchTree::ObjectsOf) that holds an actor; *object is that phrase, or
// the first object phrase when none does (-1 when the verb has none).
PhraseActors ObjectActors(const Dictionary& dict, const PetrarchTree& tree, uint32_t leaf,
                          const Sentence& s, std::span<const PhraseMatch> found, Date date,
                          int* object, int new_actor_length = 0) {
  std::vector<int> objects = tree.ObjectsOf(leaf);
  *object = objects.empty() ? -1 : objects[0];
  for (int o : objects) {
    PhraseActors a = ActorsOfPhrase(dict, tree, o, s, found, date, new_actor_length);
    if (!a.codes.empty()) {
      *object = o;
      return a;
    }
  }
  return {};
}

// PETRARCH-2 codes every verb phrase of the tree, with the verb's subject
// noun phrase as the source and its object as the target; the shared core
// codes one verb per clause. "Fornost and Gondor welcome a resumption of
// ties with Osgiliath after a 12-year rift, the primary official news agency
// WFNA said on Thursday": the core codes "welcome"; this adds "said", with
// the agent-only source ---GOV and, without require_dyad, no target (the
// object "Thursday" is a noun phrase with no actor). A verb whose subject
// holds no actor or agent, or (with require_dyad) whose object holds none,
// codes nothing; nor does a verb with no object at all ("said today": the
// NP-TMP is a time).
void AddTreeVerbEvents(const CoderResources& resources, const CoderOptions& options,
                       const AnalyzedDocument& doc, const PetrarchTree& tree,
                       const std::vector<bool>& discarded, int new_actor_length,
                       std::vector<Event>* events, ExplainTrace* trace) {
  const Dictionary& dict = *resources.dictionary;
  MatchScratch scratch;
  std::vector<PhraseMatch> found;
  for (const Sentence& s : doc.sentences) {
    if (s.index < discarded.size() && discarded[s.index]) continue;
    std::span<const Token> tokens(doc.SentenceTokens(s), s.token_count);
    found.clear();
    dict.FindCandidates(tokens, scratch, &found);
    // The core takes a verb's source from an earlier clause when the clause
    // holds no actor before the verb ("..., between Eriador and Osgiliath
    // after a 12-year rift, the official news agency WFNA said on Thursday":
    // "said" got ERI); the tree gives the verb a subject of its own, whose
    // actors replace the source, with the verb's object as the target.
    std::vector<Event> recoded;
    for (size_t i = 0; i < events->size(); ++i) {
      Event& e = (*events)[i];
      if (e.sentence_index != s.index) continue;
      const PhraseMatch* verb = nullptr;
      for (const PhraseMatch& v : found)
        if (v.kind == PhraseMatch::Kind::kVerb &&
            SpanText(tokens, v.span) == e.evidence.verb_text) {
          verb = &v;
          break;
        }
      if (verb == nullptr) continue;
      int leaf = tree.token_leaf[s.first_token + verb->span.begin];
      // PETRARCH codes the parse it is given: a verb the tree does not hold
      // codes nothing.
      if (leaf < 0) {
        e.sentence_index = UINT32_MAX;
        continue;
      }
      // PETRARCH-2 codes verb phrases: "Gollum was in an accord with an
      // anti- Gondor parade" holds the verb PARADE only as a noun (NN). A
      // verb of several words needs one verb among them ("wire tapped":
      // NN VBD).
      bool verbal = false;
      for (uint32_t t = verb->span.begin; t < verb->span.end; ++t) {
        int l = tree.token_leaf[s.first_token + t];
        if (l >= 0 && tree.nodes[tree.leaf_node[l]].label.starts_with("VB")) {
          verbal = true;
          leaf = l;
          break;
        }
      }
      const std::string& label = tree.nodes[tree.leaf_node[leaf]].label;
      if (!verbal) {
        e.sentence_index = UINT32_MAX;
        continue;
      }
      // A paired code's reverse event ("left for Minas Tirith" GON 033
      // DAGGOV) has the verb's object as its source by design, and a passive
      // participle its agent; a pattern's '$' and '%' bind the source and its
      // '+' and '%' the target ("- * DOWN [222]" binds neither: "Calenardhon
      // crowds burned down its embassy" is coded CAL, not the ARN of an
      // earlier clause).
      const std::string pattern = PatternOfRule(e.evidence.rule);
      // "Rebuked by Eriador, the state's fiercest foe, Osgiliath is being
      // drawn into the peace process": a participle opening the sentence,
      // with no subject and no verb above it, modifies the clause and is no
      // event of its own.
      // (A participle inside a noun phrase, "A Pakistani woman believed
      // linked to Al-Qaeda", is the core's to code.)
      bool in_np = false;
      for (int n = tree.nodes[tree.leaf_node[leaf]].parent; n >= 0; n = tree.nodes[n].parent)
        in_np |= tree.nodes[n].label == "NP";
      if (label == "VBN" && !in_np && tree.SubjectOf(leaf) < 0 &&
          tree.GoverningVerbs(leaf).empty()) {
        e.sentence_index = UINT32_MAX;
        continue;
      }
      if (e.evidence.rule.ends_with("(reverse code)")) continue;
      // "Eriador's death and injury toll has risen in the dispute with
      // Osgiliath": every conjunct of a coordinated subject is a source; the
      // core coded ERI, the new actor "INJURY TOLL" is added. (Not for a
      // passive: "was attacked by" makes the subject the target.)
      const std::vector<int> governing = tree.GoverningVerbs(leaf);
      const bool passive = label == "VBN" && !governing.empty() &&
                           IsBeForm(tree.leaves[static_cast<size_t>(governing[0])]);
      if (int subject = tree.SubjectOf(leaf);
          subject >= 0 && !passive && !e.source.tokens.empty()) {
        int source_leaf = tree.token_leaf[s.first_token + e.source.tokens.begin];
        const auto& sn = tree.nodes[subject];
        if (source_leaf >= static_cast<int>(sn.begin) && source_leaf < static_cast<int>(sn.end)) {
          PhraseActors all =
              ActorsOfPhrase(dict, tree, subject, s, found, doc.document->date, new_actor_length);
          for (const std::string& code : all.codes) {
            if (!code.starts_with('"')) continue;
            bool present = false;
            for (const Event& x : *events)
              present |= x.sentence_index == s.index && x.cameo_code == e.cameo_code &&
                         x.evidence.verb_text == e.evidence.verb_text && x.source.code == code;
            for (const Event& x : recoded) present |= x.source.code == code;
            if (present || code == e.target.code) continue;
            Event copy = e;
            copy.source.code = code;
            recoded.push_back(std::move(copy));
          }
        }
      }
      if (label == "VBN") continue;
      // Words before the verb bind it too: "- NOTED + * [115]" on "Falastur
      // noted that Cirith Ungol regretted ..." keeps Falastur.
      const size_t star = pattern.find('*');
      const bool keep_source =
          pattern.find_first_of("$%") != std::string::npos ||
          (star != std::string::npos && pattern.find_first_not_of("- ") < star);
      const bool keep_target = pattern.find_first_of("+%") != std::string::npos;
      std::vector<std::string> sources, targets;
      TokenSpan source_span = e.source.tokens, target_span = e.target.tokens;
      bool changed = false;
      int subject = tree.SubjectOf(leaf);
      // The core's source before the verb's subject, or after the verb
      // ("Clerics and lawmakers believe Dagolath and Osgiliath can cope":
      // no actor before "believe", so the core took Dagolath).
      if (!keep_source && subject >= 0 && !e.source.tokens.empty()) {
        int source_leaf = tree.token_leaf[s.first_token + e.source.tokens.end - 1];
        if (source_leaf >= 0 && (source_leaf < static_cast<int>(tree.nodes[subject].begin) ||
                                 source_leaf > static_cast<int>(leaf))) {
          PhraseActors src = ActorsOfPhrase(dict, tree, subject, s, found, doc.document->date);
          // "Ethiopia indicated it would act": a pronoun subject keeps the
          // core's antecedent.
          if (!src.codes.empty()) {
            sources = std::move(src.codes);
            source_span = src.tokens;
            changed = true;
          }
        }
      }
      if (!changed) continue;
      if (sources.empty()) sources.push_back(e.source.code);
      if (keep_target) {
        targets.push_back(e.target.code);
      } else {
        int object = -1;
        PhraseActors tgt = ObjectActors(dict, tree, leaf, s, found, doc.document->date, &object);
        targets = std::move(tgt.codes);
        target_span = tgt.tokens;
        if (targets.empty() && !options.require_dyad && object >= 0) targets.push_back("");
      }
      if (trace != nullptr && !trace->sentences.empty())
        trace->sentences.back().lines.push_back(
            fmt::format("petrarch: '{}' has the subject '{}' and the object '{}': {} {} {} recoded",
                        e.evidence.verb_text, SpanText(tokens, source_span),
                        SpanText(tokens, target_span), e.source.code, e.cameo_code, e.target.code));
      for (const std::string& a : sources)
        for (const std::string& b : targets) {
          if (a == b || a.empty()) continue;
          Event copy = e;
          copy.source.code = a;
          copy.source.tokens = source_span;
          copy.source.matched_text = copy.source.name = SpanText(tokens, source_span);
          if (!keep_target) {
            copy.target = Actor{};
            if (!b.empty()) {
              copy.target.code = b;
              copy.target.tokens = target_span;
              copy.target.matched_text = copy.target.name = SpanText(tokens, target_span);
            }
          }
          bool seen = false;
          for (const Event& r : recoded)
            seen |= r.source.code == a && r.target.code == b && r.cameo_code == e.cameo_code;
          if (!seen) recoded.push_back(std::move(copy));
        }
      e.sentence_index = UINT32_MAX;  // replaced
    }
    std::erase_if(*events, [](const Event& e) { return e.sentence_index == UINT32_MAX; });
    for (Event& e : recoded) events->push_back(std::move(e));
    std::vector<std::string> coded;  // verbs the core coded, and their leaves
    std::vector<int> coded_leaves;
    for (const Event& e : *events) {
      if (e.sentence_index != s.index) continue;
      coded.push_back(e.evidence.verb_text);
      for (const PhraseMatch& v : found)
        if (v.kind == PhraseMatch::Kind::kVerb && SpanText(tokens, v.span) == e.evidence.verb_text)
          coded_leaves.push_back(tree.token_leaf[s.first_token + v.span.begin]);
    }
    std::vector<Mention> mentions;  // for the verbs' patterns, found once
    for (const PhraseMatch& v : found) {
      if (v.kind != PhraseMatch::Kind::kVerb) continue;
      const std::string verb_text = SpanText(tokens, v.span);
      if (std::find(coded.begin(), coded.end(), verb_text) != coded.end()) continue;
      int leaf = tree.token_leaf[s.first_token + v.span.begin];
      // A passive participle ("was extradited to the United States") is left
      // to the core, which reads the passive.
      if (leaf < 0 || !tree.nodes[tree.leaf_node[leaf]].label.starts_with("VB") ||
          tree.nodes[tree.leaf_node[leaf]].label == "VBN")
        continue;
      // "Gollum abandoned efforts to stop an anti- Gondor parade", "restore
      // full diplomatic ties with Gondor almost five years after Calenardhon
      // crowds burned down its embassy": a verb inside the phrase of a coded
      // verb is part of that event.
      bool governed = false;
      for (int g : tree.GoverningVerbs(leaf))
        governed |= std::find(coded_leaves.begin(), coded_leaves.end(), g) != coded_leaves.end();
      if (governed) continue;
      // The verb's patterns still decide its code: a pattern coded [---] or
      // [+++] ("- * FXLL DIPLOMATIC [+++]") codes nothing.
      if (mentions.empty() && !found.empty()) {
        CoreferenceMemory memory;
        MentionContext context{&dict, resources.gazetteer.get(), doc.document->date};
        mentions = FindMentions(tokens, found, context, &memory);
      }
      const EventCode code =
          ChoosePattern(dict, v, tokens, mentions, ClauseWindow{0, s.token_count}).code;
      if (code.empty() || code.is_null() || code.primary.empty() || code.is_discard() ||
          code.primary == "+++")
        continue;
      int subject = tree.SubjectOf(leaf), object = -1;
      if (subject < 0) continue;
      PhraseActors src =
          ActorsOfPhrase(dict, tree, subject, s, found, doc.document->date, new_actor_length);
      PhraseActors tgt =
          ObjectActors(dict, tree, leaf, s, found, doc.document->date, &object, new_actor_length);
      if (object < 0) continue;
      if (src.codes.empty()) continue;
      if (tgt.codes.empty()) {
        if (options.require_dyad) continue;
        tgt.codes.push_back("");
      }
      // A paired code [032:033] also gives the reverse event, the object
      // acting on the subject ("left for the Ministry of Magic").
      struct Emit {
        std::string code;
        const PhraseActors* from;
        const PhraseActors* to;
      };
      std::vector<Emit> emits = {{code.primary, &src, &tgt}};
      if (!code.reverse.empty()) emits.push_back({code.reverse, &tgt, &src});
      for (const Emit& emit : emits) {
        const CameoCode* info = resources.codebook->Find(emit.code);
        if (info == nullptr) continue;
        for (const std::string& a : emit.from->codes)
          for (const std::string& b : emit.to->codes) {
            if (a == b || a.empty()) continue;
            Event e;
            e.document_id = doc.document->id;
            e.sentence_index = s.index;
            e.id = fmt::format("{}:{}:v{}", e.document_id, s.index, events->size());
            e.date = doc.document->date;
            e.source.code = a;
            e.source.tokens = emit.from->tokens;
            e.source.matched_text = e.source.name = SpanText(tokens, emit.from->tokens);
            if (!b.empty()) {
              e.target.code = b;
              e.target.tokens = emit.to->tokens;
              e.target.matched_text = e.target.name = SpanText(tokens, emit.to->tokens);
            }
            SetEventCode(*info, emit.code, &e);
            e.evidence.sentence = std::string(doc.OriginalText(s));
            e.evidence.sentence_bytes = s.bytes;
            e.evidence.verb_text = verb_text;
            e.evidence.rule = "PETRARCH mode: verb '" + verb_text + "' with its subject and object";
            if (trace != nullptr && !trace->sentences.empty())
              trace->sentences.back().lines.push_back(fmt::format(
                  "petrarch: verb '{}' [{}], subject '{}', object '{}': EVENT {} {} {}", verb_text,
                  emit.code, e.source.matched_text, e.target.matched_text, a, emit.code, b));
            events->push_back(std::move(e));
          }
      }
    }
  }
}

// PETRARCH-2's terminal comma clause (<Config> comma_emin, comma_emax; its
// defaults 2 and 8, in force once a record sets either, and 0 switches it
// off): the words after a sentence's last comma, when more than emin and at
// most emax, are set aside before coding. "Arnor is about to restore full
// diplomatic ties with Gxndor, almost five years after Calenardhon crowds
// burned down its embassy, a senior official said on Saturday" with
// emin 3, emax 6 loses "a senior official said on Saturday" (6 words).
struct CommaLimits {
  bool configured = false;
  int emin = 2, emax = 8;
};

void DropTerminalClause(const AnalyzedDocument& doc, const CommaLimits& limits,
                        std::vector<Event>* events, ExplainTrace* trace) {
  if (limits.emax <= 0) return;
  for (const Sentence& s : doc.sentences) {
    std::span<const Token> tokens(doc.SentenceTokens(s), s.token_count);
    uint32_t comma = UINT32_MAX;
    for (uint32_t t = 0; t < tokens.size(); ++t)
      if (tokens[t].text == ",") comma = t;
    if (comma == UINT32_MAX) continue;
    int words = 0;
    for (uint32_t t = comma + 1; t < tokens.size(); ++t) {
      std::string_view w = tokens[t].text;
      if (!w.empty() && std::isalnum(static_cast<unsigned char>(w[0]))) ++words;
    }
    if (words <= limits.emin || words > limits.emax) continue;
    auto in_clause = [&](TokenSpan span) { return !span.empty() && span.begin > comma; };
    auto verb_in_clause = [&](const Event& e) {
      // The verb's (first word's) last occurrence: "said" after the comma.
      std::string_view verb = e.evidence.verb_text;
      verb = verb.substr(0, verb.find(' '));
      for (uint32_t t = static_cast<uint32_t>(tokens.size()); t-- > 0;)
        if (!verb.empty() && tokens[t].text == verb) return t > comma;
      return false;
    };
    const size_t before = events->size();
    std::erase_if(*events, [&](const Event& e) {
      return e.sentence_index == s.index &&
             (verb_in_clause(e) || in_clause(e.source.tokens) || in_clause(e.target.tokens));
    });
    if (events->size() != before && trace != nullptr && !trace->sentences.empty())
      trace->sentences.back().lines.push_back(fmt::format(
          "petrarch: terminal comma clause of {} words (comma_emin {}, comma_emax {}) set aside",
          words, limits.emin, limits.emax));
  }
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
  // PETRARCH's <Config> options, passed as (option, value) pairs; the core
  // reads TABARI's .options commands from the same field, so it gets none.
  int new_actor_length = 0;
  CommaLimits comma;
  for (const auto& [key, value] : options.tabari_options) {
    int n = 0;
    try {
      n = std::stoi(value);
    } catch (...) {
      continue;
    }
    if (key == "new_actor_length") new_actor_length = n;
    if (key == "comma_emin") comma.emin = n, comma.configured = true;
    if (key == "comma_emax") comma.emax = n, comma.configured = true;
  }
  CoderOptions core = options;
  core.mode = CodingMode::kTabari;
  core.tabari_options.clear();
  std::vector<Event> events = CodeTabari(resources, core, doc, trace);
  std::erase_if(events, [&](const Event& e) {
    return e.sentence_index < discarded.size() && discarded[e.sentence_index];
  });
  std::optional<PetrarchTree> tree;
  if (!parse.empty()) {
    tree = ReadPetrarchTree(parse);
    if (tree && !AlignTokens(std::span<const Token>(doc.tokens.data(), doc.tokens.size()), &*tree))
      tree.reset();
  }
  if (events.empty() && !tree) return events;
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
        if (p.kind == PhraseMatch::Kind::kActor) {
          m.actors.push_back(p.span);
          m.actor_codes.emplace_back(dict.actor(p.id).CodeAt(doc.document->date));
        }
        if (p.kind == PhraseMatch::Kind::kVerb) m.verbs.push_back(p.span.begin);
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
      // "Human rights activists in Arnor": an agent alone (---OPP) heading a
      // prepositional phrase of place or origin is that actor's agent
      // (ARNOPP), as in "Soldiers from Gondor".
      if (a->code.starts_with("---")) {
        uint32_t k = a->tokens.end;
        if (k + 1 < tokens.size() &&
            (Is(tokens[k], "in") || Is(tokens[k], "of") || Is(tokens[k], "from"))) {
          ++k;
          if (k + 1 < tokens.size() && Is(tokens[k], "the")) ++k;
          for (size_t x = 0; x < m.actors.size(); ++x)
            if (m.actors[x].begin == k && !m.actor_codes[x].empty() && m.actor_codes[x] != "---") {
              std::string code = m.actor_codes[x] + a->code.substr(3);
              if (trace != nullptr && !trace->sentences.empty())
                trace->sentences.back().lines.push_back(
                    fmt::format("petrarch: '{}' heads '{}': {} -> {}", a->matched_text,
                                SpanText(tokens, m.actors[x]), a->code, code));
              a->code = std::move(code);
              break;
            }
        }
      }
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
  if (tree) {
    MergeOnePhraseActors(dict, doc, &*tree, &events, trace);
    AddTreeVerbEvents(resources, options, doc, *tree, discarded, new_actor_length, &events, trace);
  }
  if (comma.configured) DropTerminalClause(doc, comma, &events, trace);
  return events;
}

}  // namespace khaldun::internal
