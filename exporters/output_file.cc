#include "exporters/output_file.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <mutex>

namespace diplograph {

namespace {

// The temporary files that exist now, for the signal handler to remove. A
// slot is claimed (1), its path copied, then published (2); the handler
// reads only published slots and calls only unlink, write and _exit, which
// are async-signal-safe, as are lock-free atomics.
constexpr size_t kSlots = 64;
constexpr size_t kPathMax = 4096;
std::array<std::array<char, kPathMax>, kSlots> g_paths;
std::array<std::atomic<int>, kSlots> g_state;
static_assert(std::atomic<int>::is_always_lock_free);

std::array<char, 1024> g_message;
std::atomic<size_t> g_message_size{0};
std::atomic<int> g_signal{0};
// Once a batch starts renaming, an interrupt no longer stops the process:
// the renames finish and the caller reports it (InterruptSignal).
std::atomic<int> g_renaming{0};

std::mutex g_batch_mutex;
OutputBatch* g_batch = nullptr;

// Returns the slot, or kSlots when the path is too long or all are taken
// (the file is still written; only an interrupt would leave it behind).
size_t Register(const std::string& path) {
  if (path.size() >= kPathMax) return kSlots;
  for (size_t i = 0; i < kSlots; ++i) {
    int free_slot = 0;
    if (!g_state[i].compare_exchange_strong(free_slot, 1)) continue;
    std::memcpy(g_paths[i].data(), path.c_str(), path.size() + 1);
    g_state[i].store(2);
    return i;
  }
  return kSlots;
}

void Unregister(size_t slot) {
  if (slot < kSlots) g_state[slot].store(0);
}

size_t SlotOf(const std::string& path) {
  for (size_t i = 0; i < kSlots; ++i)
    if (g_state[i].load() == 2 && path == g_paths[i].data()) return i;
  return kSlots;
}

void RemoveTemporary(const std::string& tmp) {
  std::error_code ec;
  std::filesystem::remove(tmp, ec);
  Unregister(SlotOf(tmp));
}

extern "C" void OnInterrupt(int sig) {
  g_signal.store(sig);
  if (g_renaming.load() != 0) return;
  for (size_t i = 0; i < kSlots; ++i)
    if (g_state[i].load() == 2) ::unlink(g_paths[i].data());
  size_t size = g_message_size.load();
  const char* p = g_message.data();
  while (size > 0) {
    ssize_t n = ::write(STDERR_FILENO, p, size);
    if (n <= 0) break;
    p += n;
    size -= static_cast<size_t>(n);
  }
  ::_exit(128 + sig);
}

std::string ErrnoText(int err) { return std::strerror(err); }

}  // namespace

Status WriteViaTemporary(const std::string& path, const std::function<Status(const std::string&)>& write) {
  std::string tmp = path + ".tmp-" + std::to_string(::getpid());
  size_t slot = Register(tmp);
  Status s = write(tmp);
  std::error_code ec;
  if (!s.ok()) {
    std::filesystem::remove(tmp, ec);
    Unregister(slot);
    return s;
  }
  {
    std::lock_guard<std::mutex> lock(g_batch_mutex);
    if (g_batch != nullptr) {
      g_batch->pending_.emplace_back(tmp, path);
      return Status();  // renamed at Commit; still registered until then
    }
  }
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    Unregister(slot);
    return Status::Error(path, 0, "cannot write: " + ec.message());
  }
  Unregister(slot);
  return Status();
}

Status WriteFileInPieces(const std::string& path, const std::function<void(const PieceSink&)>& produce) {
  return WriteViaTemporary(path, [&](const std::string& tmp) {
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0)
      return Status::Error(path, 0, "cannot create the file (" + ErrnoText(errno) +
                                        "); check the folder exists and is writable");
    auto failure = [&](int err) {
      return Status::Error(path, 0, "cannot write the file (" + ErrnoText(err) + ")" +
                                        (err == ENOSPC || err == EDQUOT ? "; the disk is full" : ""));
    };
    int error = 0;
    produce([&](std::string_view piece) {
      const char* p = piece.data();
      size_t left = piece.size();
      while (error == 0 && left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
          error = n < 0 ? errno : ENOSPC;
          break;
        }
        p += n;
        left -= static_cast<size_t>(n);
      }
      return error == 0;
    });
    if (error != 0) {
      ::close(fd);
      return failure(error);
    }
    if (::close(fd) != 0) return failure(errno);
    return Status();
  });
}

Status WriteFileAtomically(const std::string& path, std::string_view content) {
  return WriteFileInPieces(path, [&](const PieceSink& put) { put(content); });
}

OutputBatch::OutputBatch() {
  std::lock_guard<std::mutex> lock(g_batch_mutex);
  g_batch = this;
}

OutputBatch::~OutputBatch() {
  {
    std::lock_guard<std::mutex> lock(g_batch_mutex);
    if (g_batch == this) g_batch = nullptr;
  }
  if (!committed_)
    for (const auto& [tmp, path] : pending_) RemoveTemporary(tmp);
}

Status OutputBatch::Commit() {
  {
    std::lock_guard<std::mutex> lock(g_batch_mutex);
    if (g_batch == this) g_batch = nullptr;
  }
  committed_ = true;
  g_renaming.store(1);
  Status first;
  for (const auto& [tmp, path] : pending_) {
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
      if (first.ok()) first = Status::Error(path, 0, "cannot write: " + ec.message());
      std::filesystem::remove(tmp, ec);
    }
    Unregister(SlotOf(tmp));
  }
  return first;
}

void InstallInterruptHandlers(const std::string& message) {
  size_t size = std::min(message.size(), g_message.size());
  std::memcpy(g_message.data(), message.data(), size);
  g_message_size.store(size);
  struct sigaction action;
  std::memset(&action, 0, sizeof action);
  action.sa_handler = OnInterrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  ::sigaction(SIGINT, &action, nullptr);
  ::sigaction(SIGTERM, &action, nullptr);
}

int InterruptSignal() { return g_signal.load(); }

}  // namespace diplograph
