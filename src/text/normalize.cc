// Unicode normalisation with an offset map back to the original bytes.
//
// Two passes, the first one usually skipped:
//   1. NFC via ICU's normalizeUTF8 with Edits (only when the text is not
//      already NFC, which news text nearly always is), giving a byte map from
//      the NFC text to the original;
//   2. one linear pass that folds quotes, dashes and spaces to ASCII and drops
//      invisible characters, composing the map.
// All-ASCII text without control characters takes neither pass: it is copied.
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include <numeric>

#include "khaldun/text.h"

namespace khaldun {
namespace {

// The replacement of a non-ASCII code point: nullptr keeps it, "" drops it.
// clang-format off
const char* Substitute(UChar32 c) {
  switch (c) {
    // ‘ ’ ‚ ‛ ‹ › ′ and the fullwidth apostrophe: "Syria’s" must tokenise like
    // "Syria's", and ‘quoted’ like 'quoted'.
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2039: case 0x203A:
    case 0x2032: case 0x02BC: case 0xFF07:
      return "'";
    // “ ” „ ‟ « » ″ 〝 〞 〟 and the fullwidth quotation mark.
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2033: case 0x301D: case 0x301E: case 0x301F: case 0xFF02:
      return "\"";
    // Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal
    // bar, minus sign, two/three-em dashes, small and fullwidth hyphen-minus:
    // "TEHRAN (Tasnim) – Iranian" and "TEHRAN (Tasnim) - Iranian" are one thing.
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0x2E3A: case 0x2E3B: case 0xFE58: case 0xFE63: case 0xFF0D:
      return "-";
    // No-break space, Ogham space, en/em/thin/hair... spaces, narrow no-break,
    // medium mathematical and ideographic space.
    case 0x00A0: case 0x1680: case 0x2000: case 0x2001: case 0x2002: case 0x2003:
    case 0x2004: case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009:
    case 0x200A: case 0x202F: case 0x205F: case 0x3000:
      return " ";
    case 0x0085: case 0x2028:  // next line, line separator
      return "\n";
    case 0x2029:  // paragraph separator: a paragraph break ends a sentence
      return "\n\n";
    case 0x2026:  // "…": the tokenizer knows "..."
      return "...";
    // Invisible: soft hyphen ("co\u00ADoperation" is "cooperation"), zero-width
    // space/joiners, bidi marks and embeddings, word joiner and invisible
    // operators, Mongolian vowel separator, BOM / zero-width no-break space.
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F:
    case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E: case 0x2060:
    case 0x2061: case 0x2062: case 0x2063: case 0x2064: case 0x2066: case 0x2067:
    case 0x2068: case 0x2069: case 0x180E: case 0xFEFF:
      return "";
    default:
      return nullptr;
  }
}
// clang-format on

bool NeedsWork(unsigned char b) { return b >= 0x7F || (b < 0x20 && b != '\t' && b != '\n'); }

// Pass 1: NFC of `original` into *nfc, with nfc_map[i] = the original offset of
// NFC byte i. Returns false (and leaves the outputs alone) if ICU fails.
bool ToNfc(std::string_view original, std::string* nfc, std::vector<uint32_t>* nfc_map) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return false;
  icu::StringPiece piece(original.data(), static_cast<int32_t>(original.size()));
  if (normalizer->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return false;
  status = U_ZERO_ERROR;
  icu::Edits edits;
  std::string out;
  out.reserve(original.size());
  icu::StringByteSink<std::string> sink(&out);
  normalizer->normalizeUTF8(0, piece, sink, &edits, status);
  if (U_FAILURE(status)) return false;
  std::vector<uint32_t> map(out.size());
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    const uint32_t src = static_cast<uint32_t>(it.sourceIndex());
    const uint32_t dst = static_cast<uint32_t>(it.destinationIndex());
    // An unchanged run maps byte for byte; a changed one (e + U+0301 -> é)
    // maps every output byte to the start of its source.
    for (int32_t k = 0; k < it.newLength(); ++k) {
      map[dst + k] = it.hasChange() ? src : src + k;
    }
  }
  if (U_FAILURE(status)) return false;
  *nfc = std::move(out);
  *nfc_map = std::move(map);
  return true;
}

}  // namespace

void NormalizeText(std::string_view original, std::string* normalized,
                   std::vector<uint32_t>* to_original) {
  normalized->clear();
  to_original->clear();
  const size_t n = original.size();
  bool simple = true;
  bool ascii = true;
  for (unsigned char b : original) {
    if (NeedsWork(b)) {
      simple = false;
      if (b >= 0x80) {
        ascii = false;
        break;
      }
    }
  }
  if (simple) {
    normalized->assign(original);
    to_original->resize(n + 1);
    std::iota(to_original->begin(), to_original->end(), 0u);
    return;
  }

  std::string nfc;
  std::vector<uint32_t> nfc_map;
  const bool changed = !ascii && ToNfc(original, &nfc, &nfc_map);
  const std::string_view text = changed ? std::string_view(nfc) : original;
  auto source = [&](int32_t i) { return changed ? nfc_map[i] : static_cast<uint32_t>(i); };

  normalized->reserve(text.size());
  to_original->reserve(text.size() + 1);
  auto emit = [&](char c, uint32_t from) {
    normalized->push_back(c);
    to_original->push_back(from);
  };
  const int32_t size = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < size) {
    const unsigned char b = text[i];
    if (b < 0x80) {
      if (!NeedsWork(b)) {
        emit(static_cast<char>(b), source(i));
      } else if (b == '\r') {
        // "\r\n" becomes "\n" (the '\n' keeps its own offset); a lone '\r' is a newline.
        if (i + 1 >= size || text[i + 1] != '\n') emit('\n', source(i));
      } else {
        emit(' ', source(i));
      }
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(text.data(), i, size, c);
    const char* replacement = c < 0 ? nullptr : Substitute(c);
    if (replacement == nullptr) {
      for (int32_t k = start; k < i; ++k) emit(text[k], source(start));
    } else {
      for (const char* r = replacement; *r != '\0'; ++r) emit(*r, source(start));
    }
  }
  to_original->push_back(static_cast<uint32_t>(n));
}

}  // namespace khaldun
