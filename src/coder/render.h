// Compact text renderings of the coder's intermediate results, used by
// `khaldun explain`, by the evidence's rule string and by tests.
#ifndef KHALDUN_SRC_CODER_RENDER_H_
#define KHALDUN_SRC_CODER_RENDER_H_

#include <span>
#include <string>

#include "coder/mentions.h"
#include "coder/patterns.h"
#include "khaldun/dictionary.h"

namespace khaldun::internal {

std::string RenderTokens(std::span<const Token> tokens);  // "Rouhani|thanked|the"
// "actor 'Syrian' SYRIA [SYR] (countries.actors.txt:812)"
std::string RenderMatch(const Dictionary& dict, const PhraseMatch& m, std::span<const Token> tokens,
                        Date date);
// "mention 'Iranian President Hassan Rouhani' = IRNGOV (dictionary: IRAN + PRESIDENT)"
std::string RenderMention(const Mention& m, std::span<const Token> tokens);
// "- * (WITH +) [040]"
std::string RenderPattern(const VerbPattern& pattern);
// "verb 'called' CALL: pattern '- * FOR [100]' (verbs.txt:88)"
std::string RenderTrigger(const Dictionary& dict, const PhraseMatch& m, const PatternChoice& choice,
                          std::span<const Token> tokens);

}  // namespace khaldun::internal

#endif  // KHALDUN_SRC_CODER_RENDER_H_
