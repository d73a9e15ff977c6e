// Rendering clauses as compact strings, for tests and `khaldun explain`.
#include <string>

#include "khaldun/syntax_clause.h"

namespace khaldun {
namespace {

void AppendSpans(std::string& out, std::span<const Token> s, const std::vector<TokenSpan>& spans) {
  if (spans.empty()) out += "[]";
  for (size_t i = 0; i < spans.size(); ++i) {
    if (i) out += '+';
    out += '[' + SpanText(s, spans[i]) + ']';
  }
}

}  // namespace

std::string_view ClauseKindName(ClauseKind kind) {
  switch (kind) {
    case ClauseKind::kMain: return "main";
    case ClauseKind::kRelative: return "rel";
    case ClauseKind::kSubordinate: return "sub";
    case ClauseKind::kComplement: return "comp";
    case ClauseKind::kReported: return "rep";
    case ClauseKind::kNominal: return "nom";
  }
  return "";
}

std::string_view TenseName(Tense tense) {
  switch (tense) {
    case Tense::kNone: return "none";
    case Tense::kPresent: return "present";
    case Tense::kPast: return "past";
    case Tense::kFuture: return "future";
    case Tense::kModal: return "modal";
    case Tense::kNonFinite: return "nonfinite";
  }
  return "";
}

std::string SpanText(std::span<const Token> s, TokenSpan span) {
  std::string out;
  for (uint32_t i = span.begin; i < span.end && i < s.size(); ++i) {
    if (i > span.begin) out += ' ';
    out += s[i].text;
  }
  return out;
}

std::string RenderClause(const Clause& c, std::span<const Token> s) {
  std::string out = "S=";
  AppendSpans(out, s, c.subjects);
  out += " V=[" + SpanText(s, c.verb) + "] O=";
  AppendSpans(out, s, c.objects);
  out += c.negated ? " neg=1" : " neg=0";
  out += c.passive ? " pass=1" : " pass=0";
  if (!c.agent.empty()) out += " A=[" + SpanText(s, c.agent) + "]";
  for (const PrepAttachment& p : c.preps) {
    out += " P=[" + SpanText(s, {p.prep, p.prep + 1}) + " " + SpanText(s, p.object) + "]";
  }
  if (c.kind != ClauseKind::kMain) out += " kind=" + std::string(ClauseKindName(c.kind));
  if (!c.speaker.empty()) out += " speaker=[" + SpanText(s, c.speaker) + "]";
  if (c.in_quotation) out += " quote=1";
  return out;
}

}  // namespace khaldun
