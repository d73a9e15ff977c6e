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
#include <fstream>
#include <sstream>

#include "khaldun/syntax.h"
#include "syntax/hashing.h"
#include "syntax/model_data.h"
#include "syntax/model_header.h"

namespace khaldun {
namespace internal {

constexpr ModelHeaderSpec kSyntaxHeader = {kModelMagic, kModelFormatVersion, "syntax model",
                                           "tag set", "khaldun train-syntax"};

std::string SerializeModel(const SyntaxModelData& m, uint64_t source_hash,
                           const std::string& provenance) {
  std::string payload;
  ByteWriter pw(&payload);
  pw.Str(provenance);
  m.dictionary.Write(pw);
  m.pos.Write(pw);
  m.chunk.Write(pw);
  return WriteModelHeader(kSyntaxHeader, source_hash, payload);
}

}  // namespace internal

Result<std::shared_ptr<const SyntaxModel>> SyntaxModel::FromBytes(std::string_view bytes) {
  using internal::ByteReader;
  auto header = internal::ReadModelHeader(bytes, internal::kSyntaxHeader);
  if (!header.ok()) return header.status();
  SyntaxModelInfo info;
  info.format_version = header->format_version;
  info.source_hash = header->source_hash;
  std::string_view payload = header->payload;
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
