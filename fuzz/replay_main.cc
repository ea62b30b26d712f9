// SPDX-License-Identifier: Apache-2.0
// A main() for builds without libFuzzer: runs LLVMFuzzerTestOneInput over every file named on the
// command line, descending into directories (sorted, so runs are reproducible). libFuzzer flags
// (arguments starting with '-') are ignored, so the same command line works for both builds.
//
//   build/fuzz/tokenizer_fuzzer fuzz/corpus/tokenizer crash-1234

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

// Appends the regular files under `path` (or `path` itself) to `files`; false if it is missing.
bool CollectFiles(const std::filesystem::path& path, std::vector<std::filesystem::path>* files) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    std::vector<std::filesystem::path> found;
    for (std::filesystem::recursive_directory_iterator it(path, ec), end; !ec && it != end;
         it.increment(ec)) {
      if (it->is_regular_file(ec)) found.push_back(it->path());
    }
    std::sort(found.begin(), found.end());
    files->insert(files->end(), found.begin(), found.end());
    return !ec;
  }
  if (std::filesystem::is_regular_file(path, ec)) {
    files->push_back(path);
    return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::filesystem::path> files;
  int status = 0;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (!arg.empty() && arg[0] == '-') continue;  // a libFuzzer flag
    if (!CollectFiles(arg, &files)) {
      std::cerr << arg << ": no such file or directory\n";
      status = 1;
    }
  }
  for (const std::filesystem::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::cerr << file.string() << ": cannot open\n";
      status = 1;
      continue;
    }
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // A copy into an exactly sized buffer, so ASan catches reads past the end as libFuzzer would.
    std::vector<uint8_t> input(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(input.data(), input.size());
  }
  std::cerr << "replayed " << files.size() << " input(s)\n";
  return status;
}
