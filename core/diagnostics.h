// SPDX-License-Identifier: Apache-2.0
// Diagnostic and Diagnostics: odd but usable input is reported, and processing continues.
#ifndef EVENTGRAPH_CORE_DIAGNOSTICS_H_
#define EVENTGRAPH_CORE_DIAGNOSTICS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eventgraph {

/// Stable: appears in CLI output; do not rename.
enum class Severity { kNote, kWarning, kError };

/// "note", "warning" or "error".
std::string_view SeverityName(Severity severity);

/// One report about the input. `source` is a path or document id; `line` and `column` are 1-based
/// (0 = unknown; column counts bytes). `stage` is the stage id ("ingest", "timex_tagger", ...).
struct Diagnostic {
  Severity severity = Severity::kWarning;
  std::string stage;
  std::string source;
  uint32_t line = 0;
  uint32_t column = 0;
  std::string message;

  /// `<source>:<line>:<col>: <severity>: <message>`; the line/col parts are left out when unknown.
  std::string ToString() const;

  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

/// A diagnostic from a non-OK status whose message reads `<location>: <what>`: the location
/// (path, maybe with :line:col) becomes `source`, so ToString() gives
/// `<location>: <severity>: <what>`.
Diagnostic DiagnosticFromStatusMessage(Severity severity, std::string_view stage,
                                       std::string_view message);

/// An append-only list of diagnostics (LevelDB's Reporter). Not thread-safe: use one per thread
/// and Append() them afterwards. When disabled, Add() drops everything (fuzzers, benchmarks).
class Diagnostics {
 public:
  Diagnostics() = default;
  explicit Diagnostics(bool enabled) : enabled_(enabled) {}

  void Add(Diagnostic diagnostic);
  void Add(Severity severity, std::string_view stage, std::string_view source, uint32_t line,
           uint32_t column, std::string message);
  void Append(const Diagnostics& other);

  const std::vector<Diagnostic>& items() const { return items_; }
  bool empty() const { return items_.empty(); }
  size_t size() const { return items_.size(); }
  /// Number of items with severity kError.
  size_t error_count() const;
  bool enabled() const { return enabled_; }

 private:
  bool enabled_ = true;
  std::vector<Diagnostic> items_;
};

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_DIAGNOSTICS_H_
