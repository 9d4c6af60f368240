#include "exporters/output_file.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace diplograph {

Status WriteViaTemporary(const std::string& path, const std::function<Status(const std::string&)>& write) {
  std::string tmp = path + ".tmp-" + std::to_string(::getpid());
  Status s = write(tmp);
  std::error_code ec;
  if (!s.ok()) {
    std::filesystem::remove(tmp, ec);
    return s;
  }
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    return Status::Error(path, 0, "cannot write: " + ec.message());
  }
  return Status();
}

Status WriteFileAtomically(const std::string& path, std::string_view content) {
  return WriteViaTemporary(path, [&](const std::string& tmp) {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::Error(path, 0, "cannot create the file; check the folder exists and is writable");
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out) return Status::Error(path, 0, "write failed (disk full?)");
    return Status();
  });
}

}  // namespace diplograph
