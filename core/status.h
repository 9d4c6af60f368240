// Status and Result<T>: how diplograph reports failures on user input.
//
//   Result<Document> doc = ReadArticle(path);
//   if (!doc.ok()) {
//     std::cerr << "diplograph: error: " << doc.status().ToString() << "\n";
//     return 1;
//   }
//   Use(*doc);
//
// A Status carries a location (file and, where known, line) so that messages
// read like a compiler's: "news/x.txt:12: no publication date found; ...".
#ifndef DIPLOGRAPH_CORE_STATUS_H_
#define DIPLOGRAPH_CORE_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace diplograph {

class [[nodiscard]] Status {
 public:
  Status() = default;
  static Status Error(std::string file, int line, std::string message) {
    Status s;
    s.ok_ = false;
    s.file_ = std::move(file);
    s.line_ = line;
    s.message_ = std::move(message);
    return s;
  }
  static Status Error(std::string message) { return Error("", 0, std::move(message)); }

  bool ok() const { return ok_; }
  const std::string& file() const { return file_; }
  int line() const { return line_; }
  const std::string& message() const { return message_; }

  // "FILE:LINE: message", "FILE: message" or "message".
  std::string ToString() const {
    std::string out;
    if (!file_.empty()) {
      out += file_;
      if (line_ > 0) out += ":" + std::to_string(line_);
      out += ": ";
    }
    return out + message_;
  }

 private:
  bool ok_ = true;
  std::string file_;
  int line_ = 0;
  std::string message_;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design.
  Result(Status status) : status_(std::move(status)) {}  // NOLINT

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T&& take() { return std::move(*value_); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_CORE_STATUS_H_
