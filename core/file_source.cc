// SPDX-License-Identifier: Apache-2.0
#include "core/file_source.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace eventgraph {

Result<std::string> DiskFileSource::ReadFile(const std::string& path) const {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    return Status::NotFound(path + ": no such file");
  }
  if (std::filesystem::is_directory(status)) return Status::IoError(path + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  std::string data;
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size > 0) {
    data.resize(static_cast<size_t>(size));
    in.seekg(0, std::ios::beg);
    in.read(data.data(), size);
    if (!in) return Status::IoError(path + ": read failed");
  } else {
    // Not seekable (a pipe): read in chunks.
    in.clear();
    in.seekg(0, std::ios::beg);
    char buf[65536];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
      data.append(buf, static_cast<size_t>(in.gcount()));
    }
  }
  return data;
}

FileType DiskFileSource::Stat(const std::string& path) const {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) return FileType::kNotFound;
  if (std::filesystem::is_regular_file(status)) return FileType::kRegular;
  if (std::filesystem::is_directory(status)) return FileType::kDirectory;
  return FileType::kOther;
}

Result<std::vector<std::string>> DiskFileSource::ListTree(const std::string& dir) const {
  std::vector<std::string> files;
  std::error_code ec;
  std::filesystem::recursive_directory_iterator it(
      dir, std::filesystem::directory_options::skip_permission_denied, ec);
  if (ec) return Status::IoError(dir + ": cannot list directory: " + ec.message());
  for (; it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) return Status::IoError(dir + ": cannot list directory: " + ec.message());
    std::error_code fec;
    if (it->is_regular_file(fec)) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace eventgraph
