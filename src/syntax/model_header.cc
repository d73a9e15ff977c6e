#include "syntax/model_header.h"

#include <cstring>

#include "syntax/hashing.h"
#include "syntax/weight_table.h"

namespace khaldun::internal {

std::string WriteModelHeader(const ModelHeaderSpec& spec, uint64_t source_hash,
                             std::string_view payload) {
  std::string out;
  ByteWriter w(&out);
  w.Raw(spec.magic, 8);
  w.U32(spec.format_version);
  w.U32(TagSetHash());
  w.U64(source_hash);
  w.U64(Fnv1a(payload));
  out += payload;
  return out;
}

Result<ModelHeader> ReadModelHeader(std::string_view bytes, const ModelHeaderSpec& spec) {
  const std::string kind(spec.kind);
  const std::string retrain = "; retrain it with `" + std::string(spec.retrain) + "`";
  ByteReader r(bytes);
  char magic[8];
  r.Raw(magic, 8);
  if (!r.ok() || std::memcmp(magic, spec.magic, 8) != 0) {
    return Status::Corruption("not a khaldun " + kind + " (bad magic number)");
  }
  ModelHeader h;
  h.format_version = r.U32();
  uint32_t tagset = r.U32();
  h.source_hash = r.U64();
  uint64_t checksum = r.U64();
  if (!r.ok()) return Status::Corruption(kind + " truncated in its header");
  if (h.format_version != spec.format_version) {
    return Status::Corruption(kind + " has format version " + std::to_string(h.format_version) +
                              ", this build reads version " +
                              std::to_string(spec.format_version) + retrain);
  }
  if (tagset != TagSetHash()) {
    return Status::Corruption(kind + " was trained with another " + std::string(spec.tag_ids) +
                              " numbering" + retrain);
  }
  h.payload = bytes.substr(r.position());
  if (Fnv1a(h.payload) != checksum) {
    return Status::Corruption(kind + " is damaged (payload checksum mismatch)");
  }
  return h;
}

}  // namespace khaldun::internal
