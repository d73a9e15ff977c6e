// Hashing helpers shared by the feature extractors and the model file.
// Feature ids are 32-bit: with about a million distinct features a handful
// collide, which costs nothing measurable in accuracy and halves the model.
#ifndef KHALDUN_SYNTAX_HASHING_H_
#define KHALDUN_SYNTAX_HASHING_H_

#include <cstdint>
#include <string_view>

namespace khaldun::internal {

inline constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
inline constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

inline uint64_t Fnv1a(std::string_view s, uint64_t h = kFnvOffset) {
  for (unsigned char c : s) h = (h ^ c) * kFnvPrime;
  return h;
}

// splitmix64's finaliser: every input bit affects every output bit.
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// A feature id from a template number and up to two values.
inline uint32_t Feature(uint32_t templ, uint64_t a, uint64_t b = 0) {
  uint64_t h = Mix64((static_cast<uint64_t>(templ) << 56) ^ a);
  h = Mix64(h + b * 0x9e3779b97f4a7c15ULL);
  auto f = static_cast<uint32_t>(h ^ (h >> 32));
  return f == 0 ? 1 : f;  // 0 marks an empty slot in the weight table
}

uint32_t TagSetHash();

}  // namespace khaldun::internal

#endif  // KHALDUN_SYNTAX_HASHING_H_
