// A small JSON reader for article inputs (JSON Lines, JSON arrays).
//
//   Result<JsonValue> v = ParseJson(text);
//   if (v.ok() && v->is_object()) std::string title = v->GetString("title");
//
// core/ must not depend on RapidJSON (only exporters/ does), and reading
// articles needs no more than values, objects, arrays and strings, with an
// error that says where the input went wrong.
#ifndef DIPLOGRAPH_CORE_JSON_VALUE_H_
#define DIPLOGRAPH_CORE_JSON_VALUE_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace diplograph {

class JsonValue {
 public:
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };

  Type type() const { return type_; }
  bool is_object() const { return type_ == Type::kObject; }
  bool is_array() const { return type_ == Type::kArray; }
  bool is_string() const { return type_ == Type::kString; }

  const std::string& str() const { return text_; }  // strings and numbers
  const std::vector<JsonValue>& items() const { return items_; }
  const std::vector<std::pair<std::string, JsonValue>>& members() const { return members_; }

  // The string member named `key`, or "" when absent or not a string.
  std::string GetString(std::string_view key) const;
  const JsonValue* Find(std::string_view key) const;

 private:
  friend class JsonParser;
  Type type_ = Type::kNull;
  bool bool_ = false;
  std::string text_;
  std::vector<JsonValue> items_;
  std::vector<std::pair<std::string, JsonValue>> members_;
};

// Parses one JSON text. On failure the Status message names the byte offset
// and the line (counted from 1) where parsing stopped.
Result<JsonValue> ParseJson(std::string_view text);

}  // namespace diplograph

#endif  // DIPLOGRAPH_CORE_JSON_VALUE_H_
