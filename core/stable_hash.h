// Content-derived ids: a stable 64-bit hash (FNV-1a) as 16 hex digits, the
// same on every run and platform, so ids in exports never depend on memory
// addresses or input order.
//
//   std::string id = "doc-" + StableHash(url);
#ifndef DIPLOGRAPH_CORE_STABLE_HASH_H_
#define DIPLOGRAPH_CORE_STABLE_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace diplograph {

inline std::string StableHash(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<size_t>(i)] = "0123456789abcdef"[h & 15];
  return out;
}

}  // namespace diplograph

#endif  // DIPLOGRAPH_CORE_STABLE_HASH_H_
