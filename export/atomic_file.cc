// SPDX-License-Identifier: Apache-2.0
// Atomic replacement: write `path.tmp.<pid>`, flush and fsync, then rename(2) over `path`. POSIX
// rename is atomic within a file system, so a reader or a crash never sees a torn file.
#include "export/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

#include "core/file_source.h"

namespace eventgraph {

Status WriteFileAtomically(const std::string& path, std::string_view contents) {
  return WriteFileAtomicallyWith(path, [&](const ByteSink& sink) { sink(contents); });
}

Status WriteFileAtomicallyWith(const std::string& path,
                               const std::function<void(const ByteSink& sink)>& produce) {
  const std::string tmp = path + ".tmp." + std::to_string(::getpid());
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Status::IoError(path + ": cannot write: " + std::strerror(errno));
  std::string error;  // strerror of the first failed write
  const ByteSink sink = [&](std::string_view contents) {
    if (!error.empty()) return false;
    size_t written = 0;
    while (written < contents.size()) {
      const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
      if (n < 0) {
        if (errno == EINTR) continue;
        error = std::strerror(errno);
        return false;
      }
      written += static_cast<size_t>(n);
    }
    return true;
  };
  produce(sink);
  if (!error.empty()) {
    ::close(fd);
    ::unlink(tmp.c_str());
    std::string message = path;
    message += ": write failed: ";
    message += error;
    return Status::IoError(message);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const std::string err = std::strerror(errno);
    ::unlink(tmp.c_str());
    return Status::IoError(path + ": write failed: " + err);
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string err = std::strerror(errno);
    ::unlink(tmp.c_str());
    return Status::IoError(path + ": cannot replace: " + err);
  }
  return Status::Ok();
}

Result<std::string> ReadFile(const std::string& path) { return DiskFileSource().ReadFile(path); }

}  // namespace eventgraph
