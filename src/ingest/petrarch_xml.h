// Internal: PETRARCH's XML records.
//
//   <Sentences>
//   <Sentence date="20080804" id="AFP0808020625_4" source="AFP" sentence="True">
//   <EventCoding sourcecode="USA" targetcode="CHN" eventcode="042"/>   (optional, gold codes)
//   <Text> The stopover came as the US leader prepared ... </Text>
//   <Parse> ( (S (NP (DT The) (NN stopover)) ... ) </Parse>             (optional)
//   </Sentence>
//   ...
//
// The file is cut into records at each <Sentence ...> start tag, a record
// ending at its </Sentence>, at the next <Sentence, at </Sentences> or at the
// end of the file; each record is then parsed on its own with pugixml. So one
// malformed record is one rejection and the records after it are still read,
// and a file of any size is read one record at a time. Markup between records
// (<?xml ...?>, <Sentences>, <Environment>, comments, '#' banners) is skipped.
//
// Document fields: id, date (YYYYMMDD) and source from the attributes; text =
// the <Text> content with each line break (and the spaces around it) folded
// into one space and the ends trimmed. Kept in Document::extra: "category"
// (attribute), "parse" (the <Parse> text) and "gold" (the <EventCoding>
// attributes, as an array of objects).
//
// Rejection reasons, besides the common ones (invalid UTF-8, empty document,
// over the size limit, "missing date", "invalid date 'x'"):
//   "malformed XML: <pugixml's description> at line N"
//   "<Sentence> without an id attribute"
//   "<Sentence> without a <Text> element"
#ifndef KHALDUN_INGEST_PETRARCH_XML_H_
#define KHALDUN_INGEST_PETRARCH_XML_H_

#include <memory>
#include <string>

#include "ingest/sources.h"

namespace khaldun::internal {

std::unique_ptr<RecordSource> NewPetrarchXmlSource(std::unique_ptr<ByteReader> in, std::string file,
                                                   const IngestOptions& options);

// True when `head` (the first bytes of a file) looks like PETRARCH XML: it
// holds a <Sentences> or <Sentence ...> tag.
bool LooksLikePetrarchXml(std::string_view head);

}  // namespace khaldun::internal

#endif  // KHALDUN_INGEST_PETRARCH_XML_H_
