// Parsing with a loaded dependency model, and its model file:
//
//   offset  size  field
//   0       8     magic "KHLDDEPS"
//   8       4     format version (kDepFormatVersion)
//   12      4     POS tag set hash (the parser reads syntax.h's tag ids)
//   16      8     source hash (training files + options)
//   24      8     FNV-1a 64 checksum of the payload
//   32      ...   payload: provenance string, label count and names, weight table
#include <fstream>
#include <sstream>

#include "khaldun/dep_parser.h"
#include "syntax/dep_state.h"
#include "syntax/hashing.h"
#include "syntax/model_header.h"

namespace khaldun {
namespace internal {
namespace {

constexpr ModelHeaderSpec kDepHeader = {kDepMagic, kDepFormatVersion, "dependency model",
                                        "POS tag", "khaldun train-deps"};

struct DepScratch {
  std::vector<DepToken> toks;
  DepState state;
  std::vector<int32_t> scores;
};

DepScratch& ThreadDepScratch() {
  thread_local DepScratch scratch;
  return scratch;
}

}  // namespace

std::string SerializeDepModel(const DepModelData& m, uint64_t source_hash,
                              const std::string& provenance) {
  std::string payload;
  ByteWriter pw(&payload);
  pw.Str(provenance);
  pw.U32(static_cast<uint32_t>(m.labels.size()));
  for (const auto& l : m.labels) pw.Str(l);
  m.weights.Write(pw);
  return WriteModelHeader(kDepHeader, source_hash, payload);
}

}  // namespace internal

DepModel::DepModel(std::unique_ptr<internal::DepModelData> data, DepModelInfo info)
    : data_(std::move(data)), info_(std::move(info)) {}
DepModel::~DepModel() = default;

std::string DepModel::DefaultPath() { return KHALDUN_SOURCE_DIR "/models/deps.bin"; }

std::string_view DepModel::LabelName(uint8_t label) const {
  return label < data_->labels.size() ? std::string_view(data_->labels[label]) : "";
}

int DepModel::LabelId(std::string_view name) const {
  for (size_t i = 0; i < data_->labels.size(); ++i) {
    if (data_->labels[i] == name) return static_cast<int>(i);
  }
  return -1;
}

int DepModel::num_labels() const { return static_cast<int>(data_->labels.size()); }

void DepModel::Parse(std::span<const Token> sentence, std::vector<DepArc>* out) const {
  int n = static_cast<int>(sentence.size());
  out->resize(n);
  if (n == 0) return;
  auto& scratch = internal::ThreadDepScratch();
  internal::HashDepTokens(sentence, &scratch.toks);
  internal::DepDecode(*data_, scratch.toks.data(), n, scratch.state, scratch.scores);
  for (int i = 0; i < n; ++i) {
    (*out)[i] = {scratch.state.head(i), scratch.state.label(i)};
  }
}

Result<std::shared_ptr<const DepModel>> DepModel::FromBytes(std::string_view bytes) {
  using internal::ByteReader;
  auto header = internal::ReadModelHeader(bytes, internal::kDepHeader);
  if (!header.ok()) return header.status();
  DepModelInfo info;
  info.format_version = header->format_version;
  info.source_hash = header->source_hash;
  std::string_view payload = header->payload;
  auto data = std::make_unique<internal::DepModelData>();
  ByteReader pr(payload);
  info.provenance = pr.Str();
  uint32_t num_labels = pr.U32();
  if (!pr.ok() || num_labels == 0 || num_labels > 126) {
    return Status::Corruption("dependency model has a bad label count");
  }
  for (uint32_t i = 0; i < num_labels; ++i) data->labels.push_back(pr.Str());
  if (!pr.ok() || data->labels[0] != "root" ||
      !internal::WeightTable::Read(pr, &data->weights) || pr.remaining() != 0) {
    return Status::Corruption("dependency model payload is malformed");
  }
  if (data->weights.num_classes() != data->num_classes()) {
    return Status::Corruption("dependency model has the wrong number of classes");
  }
  info.file_bytes = bytes.size();
  info.features = static_cast<uint32_t>(data->weights.num_features());
  return std::shared_ptr<const DepModel>(
      std::make_shared<DepModel>(std::move(data), std::move(info)));
}

Result<std::shared_ptr<const DepModel>> DepModel::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open dependency model", ErrorContext{path, 0, {}});
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read dependency model", ErrorContext{path, 0, {}});
  auto model = FromBytes(ss.str());
  if (!model.ok()) return model.status().WithContext(ErrorContext{path, 0, {}});
  return model;
}

}  // namespace khaldun
