// SPDX-License-Identifier: Apache-2.0
// FileSource: the file-system interface readers use, so tests can substitute memory and errors.
#ifndef EVENTGRAPH_CORE_FILE_SOURCE_H_
#define EVENTGRAPH_CORE_FILE_SOURCE_H_

#include <string>
#include <vector>

#include "core/status.h"

namespace eventgraph {

enum class FileType { kNotFound, kRegular, kDirectory, kOther };

/// Read-only access to files. Implementations must be thread-safe for concurrent reads.
class FileSource {
 public:
  virtual ~FileSource() = default;
  /// The whole file. IoError/NotFound with a message naming `path`.
  virtual Result<std::string> ReadFile(const std::string& path) const = 0;
  virtual FileType Stat(const std::string& path) const = 0;
  /// Regular files below `dir`, recursively, as paths starting with `dir`, sorted by byte order.
  virtual Result<std::vector<std::string>> ListTree(const std::string& dir) const = 0;
};

/// The real file system (std::filesystem, error_code overloads; never throws).
class DiskFileSource : public FileSource {
 public:
  Result<std::string> ReadFile(const std::string& path) const override;
  FileType Stat(const std::string& path) const override;
  Result<std::vector<std::string>> ListTree(const std::string& dir) const override;
};

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_FILE_SOURCE_H_
