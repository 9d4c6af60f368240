#include "core/flat_index.h"

#include <catch2/catch.hpp>

#include <deque>
#include <string>
#include <unordered_map>

namespace diplograph {

TEST_CASE("FlatIndex finds what was inserted, keeps the first value, and grows", "[core][index]") {
  FlatIndex<uint32_t> index;  // no size given: it grows many times
  std::deque<std::string> keys;
  std::unordered_map<std::string, uint32_t> expected;
  for (uint32_t i = 0; i < 50000; ++i) {
    // Ids alike in their first bytes, as graph ids are, and Arabic ones.
    keys.push_back(i % 3 == 0 ? "event-" + std::to_string(i * 7919) : i % 3 == 1 ? "actor " + std::to_string(i) : "مدينة " + std::to_string(i));
    auto [value, fresh] = index.Insert(keys.back(), i);
    bool seen = expected.count(keys.back()) > 0;
    CHECK(fresh == !seen);
    if (!seen) expected[keys.back()] = i;
    CHECK(*value == expected[keys.back()]);
  }
  CHECK(index.size() == expected.size());
  for (size_t i = 0; i < keys.size(); i += 97) {
    std::string again = keys[i];  // an equal key at another address
    auto [value, fresh] = index.Insert(keys[i], 999999);
    CHECK_FALSE(fresh);
    CHECK(*value == expected[again]);
  }
  CHECK(index.size() == expected.size());
  for (const auto& [key, value] : expected) {
    const uint32_t* found = index.Find(key);  // a copy of the key, not the same bytes
    REQUIRE(found != nullptr);
    CHECK(*found == value);
  }
  CHECK(index.Find("event-") == nullptr);
  CHECK(index.Find("") == nullptr);
  CHECK(index.Find("actor 1 ") == nullptr);
  std::string empty;
  CHECK(index.Insert(empty, 7).second);
  REQUIRE(index.Find("") != nullptr);
  CHECK(*index.Find("") == 7);
  index.clear();
  CHECK(index.size() == 0);
  CHECK(index.Find("actor 1") == nullptr);
}

}  // namespace diplograph
