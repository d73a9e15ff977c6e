// The model file: a fixed header, then the payload.
//
//   offset  size  field
//   0       8     magic "KHLDSYNX"
//   8       4     format version (kModelFormatVersion)
//   12      4     tag set hash (ids of syntax.h's tables)
//   16      8     source hash (training files + options)
//   24      8     FNV-1a 64 checksum of the payload
//   32      ...   payload: provenance string, tag dictionary, POS table, chunk table
//
// All integers little-endian. Any mismatch is reported as kCorruption with the
// reason, so that a stale or foreign file never silently mis-tags text.
#include <cstring>
#include <fstream>
#include <sstream>

#include "khaldun/syntax.h"
#include "syntax/hashing.h"
#include "syntax/model_data.h"

namespace khaldun {
namespace internal {

std::string SerializeModel(const SyntaxModelData& m, uint64_t source_hash,
                           const std::string& provenance) {
  std::string payload;
  ByteWriter pw(&payload);
  pw.Str(provenance);
  m.dictionary.Write(pw);
  m.pos.Write(pw);
  m.chunk.Write(pw);
  std::string out;
  ByteWriter w(&out);
  w.Raw(kModelMagic, sizeof(kModelMagic));
  w.U32(kModelFormatVersion);
  w.U32(TagSetHash());
  w.U64(source_hash);
  w.U64(Fnv1a(payload));
  out += payload;
  return out;
}

}  // namespace internal

Result<std::shared_ptr<const SyntaxModel>> SyntaxModel::FromBytes(std::string_view bytes) {
  using internal::ByteReader;
  ByteReader r(bytes);
  char magic[8];
  r.Raw(magic, 8);
  if (!r.ok() || std::memcmp(magic, internal::kModelMagic, 8) != 0) {
    return Status::Corruption("not a khaldun syntax model (bad magic number)");
  }
  SyntaxModelInfo info;
  info.format_version = r.U32();
  uint32_t tagset = r.U32();
  info.source_hash = r.U64();
  uint64_t checksum = r.U64();
  if (!r.ok()) return Status::Corruption("syntax model truncated in its header");
  if (info.format_version != internal::kModelFormatVersion) {
    return Status::Corruption("syntax model has format version " +
                              std::to_string(info.format_version) + ", this build reads version " +
                              std::to_string(internal::kModelFormatVersion) +
                              "; retrain it with `khaldun train-syntax`");
  }
  if (tagset != internal::TagSetHash()) {
    return Status::Corruption(
        "syntax model was trained with another tag set numbering; retrain it with "
        "`khaldun train-syntax`");
  }
  std::string_view payload = bytes.substr(r.position());
  if (internal::Fnv1a(payload) != checksum) {
    return Status::Corruption("syntax model is damaged (payload checksum mismatch)");
  }
  auto data = std::make_unique<internal::SyntaxModelData>();
  ByteReader pr(payload);
  info.provenance = pr.Str();
  if (!pr.ok() || !internal::TagDictionary::Read(pr, &data->dictionary) ||
      !internal::WeightTable::Read(pr, &data->pos) ||
      !internal::WeightTable::Read(pr, &data->chunk) || pr.remaining() != 0) {
    return Status::Corruption("syntax model payload is malformed");
  }
  if (data->pos.num_classes() != kNumPosTags || data->chunk.num_classes() != kNumChunkTags) {
    return Status::Corruption("syntax model has the wrong number of tag classes");
  }
  data->BuildTransitions();
  info.file_bytes = bytes.size();
  info.pos_features = static_cast<uint32_t>(data->pos.num_features());
  info.chunk_features = static_cast<uint32_t>(data->chunk.num_features());
  info.tag_dictionary_words = static_cast<uint32_t>(data->dictionary.size());
  return std::shared_ptr<const SyntaxModel>(
      std::make_shared<SyntaxModel>(std::move(data), std::move(info)));
}

Result<std::shared_ptr<const SyntaxModel>> SyntaxModel::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open syntax model", ErrorContext{path, 0, {}});
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read syntax model", ErrorContext{path, 0, {}});
  auto model = FromBytes(ss.str());
  if (!model.ok()) return model.status().WithContext(ErrorContext{path, 0, {}});
  return model;
}

}  // namespace khaldun
