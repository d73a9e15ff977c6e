// The id of a coded event: "<document id>:<sentence index>:<ordinal>".
//
// Contract: `ordinal` is the number of events already in the document's event list when this
// one is appended, so ids are unique within a document and stable for the same input and
// dictionaries; the store and `khaldun explain` look events up by this id. Every code path
// that appends an event (the main coder, derived events such as mediation or admissions, and
// the TABARI engine) names it through this one function so the format cannot drift.
#ifndef KHALDUN_CODER_EVENT_ID_H_
#define KHALDUN_CODER_EVENT_ID_H_

#include <cstddef>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace khaldun {

inline std::string EventIdAt(std::string_view document_id, std::size_t sentence_index,
                             std::size_t ordinal) {
  return fmt::format("{}:{}:{}", document_id, sentence_index, ordinal);
}

}  // namespace khaldun

#endif  // KHALDUN_CODER_EVENT_ID_H_
