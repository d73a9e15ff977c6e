// The compiled-dictionary cache file:
//
//   magic "KHDICT\0\0" | u32 format version | u64 hash of the sources |
//   u64 payload size | u64 payload checksum | payload (entries, phrases,
//   diagnostics, trie)
//
// Numbers are in host byte order: a cache is a local artifact, rebuilt on a
// mismatch, never exchanged between machines.
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dict/dictionary_data.h"
#include "dict/phrase_trie.h"
#include "khaldun/dictionary.h"

namespace khaldun {
namespace {

constexpr char kMagic[8] = {'K', 'H', 'D', 'I', 'C', 'T', 0, 0};
constexpr uint32_t kVersion = 7;  // 6: Synset::written; 7: PatternElement::alternatives_written

// A fast checksum over 8-byte words, so that a damaged payload is caught
// before any index in it is trusted.
uint64_t Checksum(std::string_view bytes) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ bytes.size();
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, bytes.data() + i, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  for (; i < bytes.size(); ++i) h = (h ^ static_cast<unsigned char>(bytes[i])) * 0x100000001b3ull;
  return h;
}

// Indices that the accessors trust; a cache that passed the checksum but
// breaks these was written by a buggy build.
bool IndicesValid(const internal::DictionaryData& d) {
  for (const auto& f : d.verb_forms)
    if (f.block >= d.verb_blocks.size()) return false;
  for (const auto& b : d.verb_blocks) {
    for (uint32_t f : b.forms)
      if (f >= d.verb_forms.size()) return false;
    for (const auto& p : b.patterns)
      for (const auto& e : p.elements)
        if (e.type == PatternElement::Type::kSynset && e.id >= d.synsets.size()) return false;
  }
  for (const auto& p : d.phrases) {
    size_t limit = 0;
    switch (p.kind) {
      case PhraseMatch::Kind::kActor: limit = d.actors.size(); break;
      case PhraseMatch::Kind::kAgent: limit = d.agents.size(); break;
      case PhraseMatch::Kind::kVerb:
      case PhraseMatch::Kind::kNominal: limit = d.verb_forms.size(); break;
      case PhraseMatch::Kind::kDiscard: limit = d.discards.size(); break;
      case PhraseMatch::Kind::kIssue: limit = d.issues.size(); break;
      case PhraseMatch::Kind::kNoun: limit = d.nouns.size(); break;
      case PhraseMatch::Kind::kAdjective: limit = d.adjectives.size(); break;
      case PhraseMatch::Kind::kTime: limit = d.times.size(); break;
      default: return false;
    }
    if (p.id >= limit || p.words.empty()) return false;
  }
  return true;
}

struct Writer {
  std::string out;
  template <typename T>
  void Pod(T v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void Str(const std::string& s) { Pod<uint32_t>(static_cast<uint32_t>(s.size())); out += s; }
  void Code(const EventCode& c) { Str(c.primary); Str(c.reverse); Pod(static_cast<uint8_t>(c.priority)); }
  template <typename T, typename F>
  void Vec(const std::vector<T>& v, F each) {
    Pod<uint64_t>(v.size());
    for (const auto& x : v) each(x);
  }
};

struct Reader {
  std::string_view in;
  bool ok = true;
  template <typename T>
  T Pod() {
    T v{};
    if (in.size() < sizeof v) { ok = false; return v; }
    std::memcpy(&v, in.data(), sizeof v);
    in.remove_prefix(sizeof v);
    return v;
  }
  std::string Str() {
    uint32_t n = Pod<uint32_t>();
    if (!ok || n > in.size()) { ok = false; return {}; }
    std::string s(in.substr(0, n));
    in.remove_prefix(n);
    return s;
  }
  EventCode Code() {
    EventCode c;
    c.primary = Str();
    c.reverse = Str();
    c.priority = static_cast<EventCode::Priority>(Pod<uint8_t>());
    return c;
  }
  template <typename T, typename F>
  void Vec(std::vector<T>* v, F each) {
    uint64_t n = Pod<uint64_t>();
    if (!ok || n > in.size()) { ok = false; return; }
    v->resize(n);
    for (auto& x : *v) {
      each(x);
      if (!ok) return;
    }
  }
};


void WriteData(Writer& w, const internal::DictionaryData& d) {
  w.Vec(d.actors, [&](const ActorEntry& a) {
    w.Str(a.name); w.Str(a.default_code); w.Str(a.file); w.Pod(a.line);
    w.Vec(a.dated, [&](const DatedCode& c) { w.Str(c.code); w.Pod(c.from); w.Pod(c.to); });
  });
  w.Vec(d.agents, [&](const AgentEntry& a) {
    w.Str(a.name); w.Str(a.code); w.Pod(static_cast<uint8_t>(a.composition)); w.Str(a.file); w.Pod(a.line);
  });
  w.Vec(d.verb_blocks, [&](const VerbBlock& b) {
    w.Str(b.name); w.Code(b.code); w.Pod<uint8_t>(b.nominal); w.Str(b.file); w.Pod(b.line);
    w.Vec(b.forms, [&](uint32_t f) { w.Pod(f); });
    w.Vec(b.patterns, [&](const VerbPattern& p) {
      w.Code(p.code); w.Str(p.file); w.Pod(p.line);
      w.Vec(p.elements, [&](const PatternElement& e) {
        w.Pod(static_cast<uint8_t>(e.type)); w.Str(e.text); w.Pod(e.id);
        w.Pod<uint8_t>(e.stem); w.Pod<uint8_t>(e.adjacent_to_next);
        w.Vec(e.alternatives, [&](const std::vector<std::string>& alt) {
          w.Vec(alt, [&](const std::string& s) { w.Str(s); });
        });
        w.Vec(e.alternative_words, [&](const std::vector<PhraseWord>& alt) {
          w.Vec(alt, [&](const PhraseWord& x) { w.Str(x.text); w.Pod<uint8_t>(x.prefix); });
        });
        w.Vec(e.alternatives_written, [&](const std::string& x) { w.Str(x); });
      });
    });
  });
  w.Vec(d.verb_forms, [&](const VerbForm& f) { w.Str(f.text); w.Str(f.lemma); w.Pod(f.block); w.Code(f.code); w.Pod(f.line); });
  w.Vec(d.synsets, [&](const Synset& s) {
    w.Str(s.name); w.Str(s.file); w.Pod(s.line);
    w.Vec(s.phrases, [&](const std::string& p) { w.Str(p); });
    w.Vec(s.written, [&](const std::string& p) { w.Str(p); });
  });
  w.Vec(d.transformations, [&](const Transformation& t) { w.Str(t.lhs); w.Str(t.rhs); w.Str(t.file); w.Pod(t.line); });
  w.Vec(d.discards, [&](const DiscardEntry& e) { w.Str(e.phrase); w.Pod<uint8_t>(e.story_level); w.Str(e.file); w.Pod(e.line); });
  w.Vec(d.issues, [&](const IssueEntry& e) {
    w.Str(e.phrase); w.Str(e.code); w.Str(e.category); w.Pod<uint8_t>(e.ignore); w.Str(e.file); w.Pod(e.line);
  });
  for (const auto* list : {&d.nouns, &d.adjectives, &d.times})
    w.Vec(*list, [&](const WordClassEntry& e) { w.Str(e.phrase); w.Str(e.code); w.Str(e.file); w.Pod(e.line); });
  w.Vec(d.options, [&](const OptionEntry& o) { w.Str(o.key); w.Str(o.value); });
  w.Vec(d.phrases, [&](const CompiledPhrase& p) {
    w.Pod(static_cast<uint8_t>(p.kind)); w.Pod(p.id); w.Pod(p.line);
    w.Vec(p.words, [&](const PhraseWord& x) { w.Str(x.text); w.Pod<uint8_t>(x.prefix); });
  });
  w.Vec(d.diagnostics, [&](const Diagnostic& x) {
    w.Pod(static_cast<uint8_t>(x.severity)); w.Str(x.file); w.Pod(x.line); w.Str(x.check); w.Str(x.message);
  });
}

void ReadData(Reader& r, internal::DictionaryData& d) {
  r.Vec(&d.actors, [&](ActorEntry& a) {
    a.name = r.Str(); a.default_code = r.Str(); a.file = r.Str(); a.line = r.Pod<uint32_t>();
    r.Vec(&a.dated, [&](DatedCode& c) { c.code = r.Str(); c.from = r.Pod<int32_t>(); c.to = r.Pod<int32_t>(); });
  });
  r.Vec(&d.agents, [&](AgentEntry& a) {
    a.name = r.Str(); a.code = r.Str();
    a.composition = static_cast<AgentEntry::Composition>(r.Pod<uint8_t>());
    a.file = r.Str(); a.line = r.Pod<uint32_t>();
  });
  r.Vec(&d.verb_blocks, [&](VerbBlock& b) {
    b.name = r.Str(); b.code = r.Code(); b.nominal = r.Pod<uint8_t>(); b.file = r.Str(); b.line = r.Pod<uint32_t>();
    r.Vec(&b.forms, [&](uint32_t& f) { f = r.Pod<uint32_t>(); });
    r.Vec(&b.patterns, [&](VerbPattern& p) {
      p.code = r.Code(); p.file = r.Str(); p.line = r.Pod<uint32_t>();
      r.Vec(&p.elements, [&](PatternElement& e) {
        e.type = static_cast<PatternElement::Type>(r.Pod<uint8_t>()); e.text = r.Str(); e.id = r.Pod<uint32_t>();
        e.stem = r.Pod<uint8_t>(); e.adjacent_to_next = r.Pod<uint8_t>();
        r.Vec(&e.alternatives, [&](std::vector<std::string>& alt) {
          r.Vec(&alt, [&](std::string& s) { s = r.Str(); });
        });
        r.Vec(&e.alternative_words, [&](std::vector<PhraseWord>& alt) {
          r.Vec(&alt, [&](PhraseWord& x) { x.text = r.Str(); x.prefix = r.Pod<uint8_t>(); });
        });
        r.Vec(&e.alternatives_written, [&](std::string& x) { x = r.Str(); });
      });
    });
  });
  r.Vec(&d.verb_forms, [&](VerbForm& f) { f.text = r.Str(); f.lemma = r.Str(); f.block = r.Pod<uint32_t>(); f.code = r.Code(); f.line = r.Pod<uint32_t>(); });
  r.Vec(&d.synsets, [&](Synset& s) {
    s.name = r.Str(); s.file = r.Str(); s.line = r.Pod<uint32_t>();
    r.Vec(&s.phrases, [&](std::string& p) { p = r.Str(); });
    r.Vec(&s.written, [&](std::string& p) { p = r.Str(); });
  });
  r.Vec(&d.transformations, [&](Transformation& t) { t.lhs = r.Str(); t.rhs = r.Str(); t.file = r.Str(); t.line = r.Pod<uint32_t>(); });
  r.Vec(&d.discards, [&](DiscardEntry& e) { e.phrase = r.Str(); e.story_level = r.Pod<uint8_t>(); e.file = r.Str(); e.line = r.Pod<uint32_t>(); });
  r.Vec(&d.issues, [&](IssueEntry& e) {
    e.phrase = r.Str(); e.code = r.Str(); e.category = r.Str(); e.ignore = r.Pod<uint8_t>(); e.file = r.Str(); e.line = r.Pod<uint32_t>();
  });
  for (auto* list : {&d.nouns, &d.adjectives, &d.times})
    r.Vec(list, [&](WordClassEntry& e) { e.phrase = r.Str(); e.code = r.Str(); e.file = r.Str(); e.line = r.Pod<uint32_t>(); });
  r.Vec(&d.options, [&](OptionEntry& o) { o.key = r.Str(); o.value = r.Str(); });
  r.Vec(&d.phrases, [&](CompiledPhrase& p) {
    p.kind = static_cast<PhraseMatch::Kind>(r.Pod<uint8_t>()); p.id = r.Pod<uint32_t>(); p.line = r.Pod<uint32_t>();
    r.Vec(&p.words, [&](PhraseWord& x) { x.text = r.Str(); x.prefix = r.Pod<uint8_t>(); });
  });
  r.Vec(&d.diagnostics, [&](Diagnostic& x) {
    x.severity = static_cast<Diagnostic::Severity>(r.Pod<uint8_t>()); x.file = r.Str(); x.line = r.Pod<uint32_t>();
    x.check = r.Str(); x.message = r.Str();
  });
}

}  // namespace

Status Dictionary::WriteCache(const std::string& path) const {
  Writer w;
  WriteData(w, *data_);
  trie_->Serialize(&w.out);
  std::string header(kMagic, sizeof kMagic);
  header.append(reinterpret_cast<const char*>(&kVersion), sizeof kVersion);
  uint64_t hash = data_->source_hash, size = w.out.size(), checksum = Checksum(w.out);
  header.append(reinterpret_cast<const char*>(&hash), sizeof hash);
  header.append(reinterpret_cast<const char*>(&size), sizeof size);
  header.append(reinterpret_cast<const char*>(&checksum), sizeof checksum);
  // Write then rename, so a reader never sees half a cache.
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IoError("cannot create dictionary cache", {tmp, 0, ""});
    out.write(header.data(), header.size());
    out.write(w.out.data(), w.out.size());
    if (!out) return Status::IoError("cannot write dictionary cache", {tmp, 0, ""});
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return Status::IoError("cannot rename dictionary cache: " + ec.message(), {path, 0, ""});
  return Status::Ok();
}

Result<std::shared_ptr<const Dictionary>> Dictionary::ReadCache(const std::string& path, uint64_t expected_hash) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open dictionary cache", {path, 0, ""});
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string bytes = std::move(ss).str();
  Reader r{bytes};
  ErrorContext ctx{path, 0, ""};
  if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return Status::Corruption("not a khaldun dictionary cache (bad magic number)", ctx);
  r.in.remove_prefix(sizeof kMagic);
  uint32_t version = r.Pod<uint32_t>();
  if (!r.ok || version != kVersion)
    return Status::Corruption("dictionary cache format version " + std::to_string(version) + ", expected " +
                                  std::to_string(kVersion), ctx);
  uint64_t hash = r.Pod<uint64_t>();
  uint64_t size = r.Pod<uint64_t>();
  uint64_t checksum = r.Pod<uint64_t>();
  if (!r.ok || hash != expected_hash)
    return Status::Corruption("dictionary cache was compiled from other sources (hash mismatch)", ctx);
  if (size != r.in.size()) return Status::Corruption("dictionary cache is truncated", ctx);
  if (Checksum(r.in) != checksum) return Status::Corruption("dictionary cache is damaged (checksum)", ctx);
  auto data = std::make_unique<internal::DictionaryData>();
  ReadData(r, *data);
  auto trie = std::make_unique<internal::PhraseTrie>();
  if (!r.ok || !trie->Deserialize(&r.in) || !r.in.empty() || !IndicesValid(*data) ||
      !trie->ConsistentWith(data->phrases))
    return Status::Corruption("dictionary cache is damaged", ctx);
  data->source_hash = hash;
  return std::shared_ptr<const Dictionary>(DictionaryBuilderAccess::Make(std::move(data), std::move(trie), true));
}

}  // namespace khaldun
