#include "core/json_value.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "core/work_counters.h"

namespace diplograph {

std::string JsonValue::GetString(std::string_view key) const {
  const JsonValue* v = Find(key);
  return v != nullptr && v->is_string() ? v->text_ : std::string();
}

const JsonValue* JsonValue::Find(std::string_view key) const {
  for (const auto& [k, v] : members_)
    if (k == key) return &v;
  return nullptr;
}

class JsonParser {
 public:
  explicit JsonParser(std::string_view text) : s_(text) {}

  Result<JsonValue> ParseDocument() {
    JsonValue v;
    bool ok = ParseValue(v, 0);
    if (ok) SkipSpace();
    // The parser never steps back: what it read is where it stopped.
    ThreadWorkCounters().json_bytes += pos_;
    if (!ok) return Fail();
    if (pos_ != s_.size()) {
      error_ = "unexpected text after the JSON value";
      return Fail();
    }
    return v;
  }

 private:
  static constexpr int kMaxDepth = 256;

  Status Fail() const {
    ThreadWorkCounters().json_bytes += std::min(pos_, s_.size());
    int line = 1;
    for (size_t i = 0; i < pos_ && i < s_.size(); ++i)
      if (s_[i] == '\n') ++line;
    return Status::Error("", line, "invalid JSON at byte " + std::to_string(pos_) + ": " + error_);
  }

  void SkipSpace() {
    while (pos_ < s_.size() &&
           (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r'))
      ++pos_;
  }

  bool Expect(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) {
      error_ = "expected '" + std::string(word) + "'";
      return false;
    }
    pos_ += word.size();
    return true;
  }

  bool ParseValue(JsonValue& out, int depth) {
    ++ThreadWorkCounters().json_values;
    if (depth > kMaxDepth) {
      error_ = "nested too deeply";
      return false;
    }
    SkipSpace();
    if (pos_ >= s_.size()) {
      error_ = "unexpected end of input";
      return false;
    }
    char c = s_[pos_];
    switch (c) {
      case '{': return ParseObject(out, depth);
      case '[': return ParseArray(out, depth);
      case '"': out.type_ = JsonValue::Type::kString; return ParseString(out.text_);
      case 't': out.type_ = JsonValue::Type::kBool; out.bool_ = true; return Expect("true");
      case 'f': out.type_ = JsonValue::Type::kBool; return Expect("false");
      case 'n': out.type_ = JsonValue::Type::kNull; return Expect("null");
      default: break;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      size_t start = pos_;
      ++pos_;
      while (pos_ < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[pos_])) ||
                                  s_[pos_] == '.' || s_[pos_] == 'e' || s_[pos_] == 'E' ||
                                  s_[pos_] == '+' || s_[pos_] == '-'))
        ++pos_;
      out.type_ = JsonValue::Type::kNumber;
      out.text_ = std::string(s_.substr(start, pos_ - start));
      return true;
    }
    error_ = std::string("unexpected character '") + c + "'";
    return false;
  }

  bool ParseObject(JsonValue& out, int depth) {
    out.type_ = JsonValue::Type::kObject;
    ++pos_;
    SkipSpace();
    if (pos_ < s_.size() && s_[pos_] == '}') {
      ++pos_;
      return true;
    }
    for (;;) {
      SkipSpace();
      if (pos_ >= s_.size() || s_[pos_] != '"') {
        error_ = "expected a member name in quotes";
        return false;
      }
      std::string key;
      if (!ParseString(key)) return false;
      SkipSpace();
      if (!Expect(":")) return false;
      JsonValue v;
      if (!ParseValue(v, depth + 1)) return false;
      out.members_.emplace_back(std::move(key), std::move(v));
      SkipSpace();
      if (pos_ < s_.size() && s_[pos_] == ',') {
        ++pos_;
        continue;
      }
      return Expect("}");
    }
  }

  bool ParseArray(JsonValue& out, int depth) {
    out.type_ = JsonValue::Type::kArray;
    ++pos_;
    SkipSpace();
    if (pos_ < s_.size() && s_[pos_] == ']') {
      ++pos_;
      return true;
    }
    for (;;) {
      JsonValue v;
      if (!ParseValue(v, depth + 1)) return false;
      out.items_.push_back(std::move(v));
      SkipSpace();
      if (pos_ < s_.size() && s_[pos_] == ',') {
        ++pos_;
        continue;
      }
      return Expect("]");
    }
  }

  static void AppendUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  bool ParseHex4(uint32_t& cp) {
    if (pos_ + 4 > s_.size()) {
      error_ = "truncated \\u escape";
      return false;
    }
    cp = 0;
    for (int i = 0; i < 4; ++i) {
      char h = s_[pos_++];
      cp <<= 4;
      if (h >= '0' && h <= '9') cp |= static_cast<uint32_t>(h - '0');
      else if (h >= 'a' && h <= 'f') cp |= static_cast<uint32_t>(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F') cp |= static_cast<uint32_t>(h - 'A' + 10);
      else {
        error_ = "bad \\u escape";
        return false;
      }
    }
    return true;
  }

  bool ParseString(std::string& out) {
    ++pos_;  // opening quote
    while (pos_ < s_.size()) {
      char c = s_[pos_++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) {
        error_ = "control character inside a string";
        return false;
      }
      if (c != '\\') {
        out += c;
        continue;
      }
      if (pos_ >= s_.size()) break;
      char e = s_[pos_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          uint32_t cp = 0;
          if (!ParseHex4(cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF && s_.substr(pos_, 2) == "\\u") {
            pos_ += 2;
            uint32_t lo = 0;
            if (!ParseHex4(lo)) return false;
            if (lo >= 0xDC00 && lo <= 0xDFFF) cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            else cp = 0xFFFD;
          } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD;  // A lone surrogate cannot be written as UTF-8.
          }
          AppendUtf8(out, cp);
          break;
        }
        default:
          error_ = std::string("bad escape '\\") + e + "'";
          return false;
      }
    }
    error_ = "unterminated string";
    return false;
  }

  std::string_view s_;
  size_t pos_ = 0;
  std::string error_;
};

Result<JsonValue> ParseJson(std::string_view text) { return JsonParser(text).ParseDocument(); }

}  // namespace diplograph
