// SPDX-License-Identifier: Apache-2.0
// WriteFileAtomically: outputs are written to a temporary file beside the target and renamed.
#ifndef EVENTGRAPH_EXPORT_ATOMIC_FILE_H_
#define EVENTGRAPH_EXPORT_ATOMIC_FILE_H_

#include <functional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace eventgraph {

/// Writes `contents` to `path` via `path.tmp.<pid>` + fsync + rename, so readers see the old file
/// or the new one, never a torn one; an interrupted write leaves the previous file intact.
/// IoError naming the path on failure (the temporary file is removed).
Status WriteFileAtomically(const std::string& path, std::string_view contents);

/// Receives the bytes of a file in pieces; false once writing failed (later pieces are dropped).
using ByteSink = std::function<bool(std::string_view bytes)>;

/// WriteFileAtomically() for contents made in pieces: `produce` hands them to the sink as it
/// makes them, so the whole file never sits in memory. Same temporary file, fsync and rename;
/// nothing replaces `path` when a write failed.
Status WriteFileAtomicallyWith(const std::string& path,
                               const std::function<void(const ByteSink& sink)>& produce);

/// Reads a whole file. IoError/NotFound naming the path on failure.
Result<std::string> ReadFile(const std::string& path);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_ATOMIC_FILE_H_
