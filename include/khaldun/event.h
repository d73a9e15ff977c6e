// The coder's output: one political event, with the evidence that explains it.
#ifndef KHALDUN_EVENT_H_
#define KHALDUN_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "khaldun/document.h"

namespace khaldun {

// An actor as found in a sentence: "Syria's Prime Minister Imad Khamis" -> SYRGOV.
struct Actor {
  std::string code;          // CAMEO actor code: "SYRGOV", "USAMIL", "IGOUNO"
  std::string name;          // a readable name: "Syria government"
  std::string matched_text;  // the words in the sentence that produced the code
  ByteSpan bytes;            // of matched_text in Document::text
  TokenSpan tokens;          // within the sentence
  // How the actor was found, for explanations: "dictionary", "coreference: Rouhani".
  std::string how;

  bool empty() const { return code.empty(); }
};

struct Location {
  std::string name;        // "Tehran"
  std::string country;     // ISO-3166 alpha-3: "IRN"
  double latitude = 0;
  double longitude = 0;
  std::string matched_text;  // "in Tehran"
  ByteSpan bytes;
};

// CAMEO's four classes of events.
enum class QuadClass : uint8_t {
  kVerbalCooperation = 1,
  kMaterialCooperation = 2,
  kVerbalConflict = 3,
  kMaterialConflict = 4,
};

struct Evidence {
  std::string sentence;   // the sentence as written
  ByteSpan sentence_bytes;
  std::string verb_text;  // "assassination", "called for"
  ByteSpan verb_bytes;
  std::string rule;       // the rule or dictionary pattern that fired
};

struct Event {
  std::string id;           // stable: document id + sentence + position
  std::string document_id;
  uint32_t sentence_index = 0;
  Date date;
  Actor source;
  Actor target;
  std::string cameo_code;   // "186"
  std::string root_code;    // "18"
  QuadClass quad_class = QuadClass::kVerbalCooperation;
  double goldstein = 0;
  std::string plover_type;  // "ASSAULT"; empty when the mapping has none
  std::string plover_mode;  // "" or e.g. "assassinate"
  std::optional<Location> location;
  bool negated = false;     // the clause was negated (see docs/CODING.md)
  Evidence evidence;
};

}  // namespace khaldun

#endif  // KHALDUN_EVENT_H_
