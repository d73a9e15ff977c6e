// A dependency parse as one line, for explain traces.
#ifndef KHALDUN_CODER_DEP_RENDER_H_
#define KHALDUN_CODER_DEP_RENDER_H_

#include <span>
#include <string>

#include "khaldun/dep_parser.h"
#include "khaldun/document.h"

namespace khaldun::internal {

// "Police/nsubj>2 arrested/root>0 two/nummod>4 ...": each word with its
// relation and its head's 1-based position (0 = root).
std::string RenderParse(std::span<const Token> tokens, std::span<const DepArc> arcs,
                        const DepModel& model);

}  // namespace khaldun::internal

#endif  // KHALDUN_CODER_DEP_RENDER_H_
