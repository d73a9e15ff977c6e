#include "coder/dep_roles.h"

#include <string_view>

#include "coder/dep_render.h"
#include "khaldun/syntax.h"

namespace khaldun::internal {

const std::vector<DepArc>* LazyParse::Get() {
  if (!available()) return nullptr;
  if (!done_) {
    model_->Parse(tokens_, &arcs_);
    done_ = true;
  }
  return &arcs_;
}

std::string RenderParse(std::span<const Token> tokens, std::span<const DepArc> arcs,
                        const DepModel& model) {
  std::string out;
  for (size_t i = 0; i < arcs.size() && i < tokens.size(); ++i) {
    if (i) out += ' ';
    out += tokens[i].text;
    out += '/';
    out += model.LabelName(arcs[i].label);
    out += '>';
    out += std::to_string(arcs[i].head + 1);
  }
  return out;
}

namespace {

class ParseView {
 public:
  ParseView(std::span<const Token> tokens, std::span<const DepArc> arcs, const DepModel& model)
      : tokens_(tokens), arcs_(arcs), model_(model) {}

  int size() const { return static_cast<int>(arcs_.size()); }
  int Head(int i) const { return i < 0 ? -1 : arcs_[i].head; }
  bool Is(int i, std::string_view rel) const {
    return i >= 0 && model_.LabelName(arcs_[i].label) == rel;
  }
  // The first dependent of h with relation rel, or -1.
  int Child(int h, std::string_view rel) const {
    if (h < 0) return -1;
    for (int i = 0; i < size(); ++i) {
      if (arcs_[i].head == h && Is(i, rel)) return i;
    }
    return -1;
  }
  bool HasSubject(int v) const {
    return Child(v, "nsubj") >= 0 || Child(v, "nsubj:pass") >= 0 || Child(v, "csubj") >= 0;
  }
  uint8_t Pos(int i) const { return tokens_[i].pos; }
  bool Word(int i, std::string_view w) const {
    std::string_view t = tokens_[i].text;
    if (t.size() != w.size()) return false;
    for (size_t k = 0; k < t.size(); ++k) {
      char c = t[k] >= 'A' && t[k] <= 'Z' ? static_cast<char>(t[k] + 32) : t[k];
      if (c != w[k]) return false;
    }
    return true;
  }

 private:
  std::span<const Token> tokens_;
  std::span<const DepArc> arcs_;
  const DepModel& model_;
};

// The mention that holds token d (the narrowest, when nested), or -1.
int PartyAt(std::span<const Mention> mentions, int d) {
  if (d < 0) return -1;
  int best = -1;
  for (size_t x = 0; x < mentions.size(); ++x) {
    const Mention& m = mentions[x];
    if (m.span.empty() || m.locative || m.code.size() < 3) continue;
    if (static_cast<uint32_t>(d) < m.span.begin || static_cast<uint32_t>(d) >= m.span.end) continue;
    if (best < 0 || m.span.size() < mentions[best].span.size()) best = static_cast<int>(x);
  }
  return best;
}

// The word of `span` whose head lies outside it: the phrase's syntactic head.
int SpanHead(const ParseView& p, TokenSpan span) {
  for (uint32_t i = span.begin; i < span.end && static_cast<int>(i) < p.size(); ++i) {
    int h = p.Head(static_cast<int>(i));
    if (h < static_cast<int>(span.begin) || h >= static_cast<int>(span.end)) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

bool IsRelativePronoun(const ParseView& p, int i) {
  return p.Pos(i) == kPosWDT || p.Pos(i) == kPosWP ||
         (p.Word(i, "that") && p.Pos(i) != kPosDT);
}

}  // namespace

DepRoles RolesFromParse(std::span<const Token> tokens, std::span<const DepArc> arcs,
                        const DepModel& model, std::span<const Mention> mentions,
                        TokenSpan trigger, bool nominal) {
  DepRoles r;
  if (arcs.size() != tokens.size()) return r;
  ParseView p(tokens, arcs, model);
  int t = SpanHead(p, trigger);
  if (t < 0) return r;
  // (Not a pronoun, which coreference resolves, nor a phrase holding the
  // trigger: "riot police" does not riot.)
  auto set_source = [&](int d, const char* why) {
    if (d < 0 || p.Pos(d) == kPosPRP) return;
    int x = PartyAt(mentions, d);
    if (x < 0 || (mentions[x].span.begin < trigger.end && trigger.begin < mentions[x].span.end))
      return;
    if (r.source < 0) r.source = x, r.why_source = why;
  };
  // Event nouns are left alone: measured on the gold sets, the parties a
  // parse gives them are mostly those of a background state ("its war with
  // X", "a pact with Y"), not of an event.
  if (nominal) return r;
  // Passive: "The envoy was expelled by Ankara": the agent acts on the subject.
  set_source(p.Child(t, "obl:agent"), "source: the passive's agent, 'by X' (parse)");
  int subj = p.Child(t, "nsubj");
  // "The general, who commands the northern army, ordered ...": a relative
  // pronoun stands for the noun its clause modifies.
  if (subj >= 0 && IsRelativePronoun(p, subj) && p.Is(t, "acl:relcl")) subj = p.Head(t);
  // "Rebels stormed the town and seized its mayor", "Hanoi agreed to free the
  // sailors", "Troops fired on the crowd, killing six": a verb with no
  // subject of its own shares the subject of the verb it is joined to.
  int v = t;
  for (int hops = 0; subj < 0 && !p.HasSubject(v) && hops < 3; ++hops) {
    if (!(p.Is(v, "conj") || p.Is(v, "xcomp") || (p.Is(v, "advcl") && p.Pos(v) == kPosVBG))) break;
    v = p.Head(v);
    subj = p.Child(v, "nsubj");
  }
  set_source(subj, "source: the verb's subject (parse)");
  return r;
}

}  // namespace khaldun::internal
