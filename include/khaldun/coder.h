// The coder: from an analysed document to CAMEO events with their evidence.
//
//   Coder coder(resources, options);
//   std::vector<Event> events = coder.Code(analyzed_document);
//
// Per sentence the coder
//   1. finds dictionary phrases (actors, agents, verbs, event nouns),
//   2. groups them into actor mentions and composes codes
//      ("Syria's Prime Minister Imad Khamis" -> SYR + GOV = SYRGOV),
//   3. resolves names and pronouns against earlier mentions in the article,
//   4. for each verb and event noun, finds its source and target in the clause
//      (passive voice, possessive and noun-modifier sources of event nouns),
//   5. picks the code from the verb block's patterns, and
//   6. attaches the place named in the clause and the evidence.
// The rules, each with an example sentence, are in src/coder/*.cc and
// docs/CODING.md.
//
// Thread-safety: a Coder is immutable after construction; Code() may be called
// from many threads at once. The resources are shared, never copied.
#ifndef KHALDUN_CODER_H_
#define KHALDUN_CODER_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "khaldun/cameo.h"
#include "khaldun/dictionary.h"
#include "khaldun/document.h"
#include "khaldun/event.h"
#include "khaldun/gazetteer.h"
#include "khaldun/syntax.h"

namespace khaldun {

struct CoderResources {
  std::shared_ptr<const Dictionary> dictionary;   // required
  std::shared_ptr<const CameoCodebook> codebook;  // required: names, Goldstein, QuadClass, PLOVER
  std::shared_ptr<const Gazetteer> gazetteer;     // optional: no locations without it
  // Optional. When set, a sentence that holds both an actor and a trigger is
  // POS-tagged before its clauses are read (sentences without candidates are
  // never tagged), and the tags decide verb/noun readings and voice.
  std::shared_ptr<const SyntaxModel> syntax;
};

// Which coding semantics to apply.
//   kKhaldun:  khaldun's own rules (the default; documented in docs/CODING.md).
//   kTabari:   TABARI 0.8's sparse-parse semantics, for users of TABARI
//              dictionaries (first verb per clause, default actor search,
//              compound clauses, pattern length ordering); src/coder/tabari_*.
//   kPetrarch: PETRARCH-2's semantics over Penn Treebank parses;
//              src/coder/petrarch_*.
enum class CodingMode : uint8_t { kKhaldun, kTabari, kPetrarch };

struct CoderOptions {
  CodingMode mode = CodingMode::kKhaldun;
  // Emit an event only when both source and target are known (PETRARCH's
  // require_dyad). Default: true.
  bool require_dyad = true;
  // Negated clauses ("did not attack") produce no event by default; see
  // docs/CODING.md. When true they are emitted with Event::negated set.
  bool emit_negated = false;
  // khaldun mode: a country named on its own as a party to an event ("Russia
  // condemned ...", "Moscow said ...", "urged Iran to ...") is coded as that
  // country's government, XXXGOV, as ICEWS does and as khaldun's gold standard
  // is written. When false, such actors keep CAMEO's bare country code (RUS).
  // A demonym before a noun ("a Russian company") is never promoted.
  bool state_actors = true;
  // CodingMode::kTabari: the TABARI .options commands in force, as (command,
  // value) pairs read by the TABARI mode: ("SET: CODE", "BY SENTENCE"),
  // ("DEFAULT", "SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER"), ("COMMA",
  // "OFF"), ("COMPLEX", "VERBS[5] CONJ[4] NOACTPRIOR") ... (see
  // src/coder/tabari_engine.h). Empty (no .options file): no sentence-length
  // limit and no comma-clause deletion.
  std::vector<std::pair<std::string, std::string>> tabari_options;
};

// A human-readable account of what the coder saw and decided, for
// `khaldun explain`. One line per finding, grouped by sentence.
struct ExplainTrace {
  struct SentenceTrace {
    uint32_t index = 0;
    std::string text;
    std::string tokens;             // "Rouhani|thanked|the|Syrian|government"
    std::vector<std::string> lines;  // matches, mentions, decisions
  };
  std::vector<SentenceTrace> sentences;
};

namespace internal {
struct PatternIndex;
}

class Coder {
 public:
  Coder(CoderResources resources, CoderOptions options = {});

  // Codes every sentence of `doc` (its title is not coded). Events are in
  // sentence order. When `trace` is not null it receives the explanation.
  std::vector<Event> Code(const AnalyzedDocument& doc, ExplainTrace* trace = nullptr) const;

  const CoderResources& resources() const { return resources_; }

 private:
  CoderResources resources_;
  CoderOptions options_;
  // Read once from the dictionary; shared, immutable (see coder/patterns.h).
  std::shared_ptr<const internal::PatternIndex> pattern_index_;
};

}  // namespace khaldun

#endif  // KHALDUN_CODER_H_
