#include "coder/render.h"

#include <filesystem>

#include <fmt/format.h>

namespace khaldun::internal {
namespace {

std::string Where(const std::string& file, uint32_t line) {
  return fmt::format("{}:{}", std::filesystem::path(file).filename().string(), line);
}

}  // namespace

std::string RenderTokens(std::span<const Token> tokens) {
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out.push_back('|');
    out.append(t.text);
  }
  return out;
}

std::string RenderMatch(const Dictionary& dict, const PhraseMatch& m, std::span<const Token> tokens,
                        Date date) {
  std::string text = SpanText(tokens, m.span);
  using K = PhraseMatch::Kind;
  switch (m.kind) {
    case K::kActor: {
      const ActorEntry& a = dict.actor(m.id);
      std::string_view code = a.CodeAt(date);
      return fmt::format("actor '{}' {} [{}] ({})", text, a.name, code.empty() ? "---" : code,
                         Where(a.file, a.line));
    }
    case K::kAgent: {
      const AgentEntry& a = dict.agent(m.id);
      return fmt::format("agent '{}' {} [{}{}{}] ({})", text, a.name,
                         a.composition == AgentEntry::Composition::kSuffix ? "~" : "", a.code,
                         a.composition == AgentEntry::Composition::kPrefix ? "~" : "",
                         Where(a.file, a.line));
    }
    case K::kVerb:
    case K::kNominal: {
      const VerbForm& f = dict.verb_form(m.id);
      const VerbBlock& b = dict.verb_block(f.block);
      return fmt::format("{} '{}' {} in block {} [{}] ({})", m.kind == K::kVerb ? "verb" : "event noun",
                         text, f.lemma, b.name, f.EffectiveCode(dict.verb_blocks()).ToString(),
                         Where(b.file, b.line));
    }
    case K::kDiscard:
      return fmt::format("discard phrase '{}'", text);
    case K::kIssue:
      return fmt::format("issue phrase '{}' [{}]", text, dict.issue(m.id).code);
    default:
      return fmt::format("{} '{}'", PhraseKindName(m.kind), text);
  }
}

std::string RenderMention(const Mention& m, std::span<const Token> tokens) {
  std::string flags;
  if (m.possessive) flags += " possessive";
  // A locative mention need not name a gazetteer place ("at the White
  // House" is a place of the event, not an actor, without coordinates).
  if (m.locative && m.place) flags += fmt::format(" place={}/{}", m.place->name, m.place->country);
  else if (m.locative) flags += " place";
  if (m.person) flags += " person";
  return fmt::format("mention '{}' = {} ({}){}", SpanText(tokens, m.span),
                     m.code.empty() ? "?" : m.code, m.how, flags);
}

std::string RenderPattern(const VerbPattern& pattern) {
  std::string out = "-";
  using T = PatternElement::Type;
  for (const PatternElement& e : pattern.elements) {
    switch (e.type) {
      case T::kWord: out += " " + e.text; break;
      case T::kSynset: out += " &" + e.text; break;
      case T::kVerb: out += " *"; break;
      case T::kSource: out += " $"; break;
      case T::kTarget: out += " +"; break;
      case T::kSkip: out += " ^"; break;
      case T::kCompound: out += " %"; break;
      case T::kAlternatives: out += " {...}"; break;
      case T::kNounBegin: out += " {"; break;
      case T::kNounEnd: out += " }"; break;
      case T::kPrepBegin: out += " ("; break;
      case T::kPrepEnd: out += " )"; break;
    }
  }
  return out + " [" + pattern.code.ToString() + "]";
}

std::string RenderTrigger(const Dictionary& dict, const PhraseMatch& m, const PatternChoice& choice,
                          std::span<const Token> tokens) {
  const VerbForm& f = dict.verb_form(m.id);
  const VerbBlock& b = dict.verb_block(f.block);
  std::string kind = m.kind == PhraseMatch::Kind::kNominal ? "event noun" : "verb";
  if (choice.pattern != nullptr) {
    return fmt::format("{} '{}' ({}) pattern '{}' ({})", kind, SpanText(tokens, m.span), b.name,
                       RenderPattern(*choice.pattern), Where(choice.pattern->file, choice.pattern->line));
  }
  return fmt::format("{} '{}' ({}) block code [{}] ({})", kind, SpanText(tokens, m.span), b.name,
                     choice.code.ToString(), Where(b.file, b.line));
}

}  // namespace khaldun::internal
