// SPDX-License-Identifier: Apache-2.0
#include "core/diagnostics.h"

#include <algorithm>
#include <utility>

namespace eventgraph {

std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kNote:
      return "note";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "error";
}

std::string Diagnostic::ToString() const {
  std::string out = source;
  if (line > 0) {
    out += ':';
    out += std::to_string(line);
    if (column > 0) {
      out += ':';
      out += std::to_string(column);
    }
  }
  if (!out.empty()) out += ": ";
  out += SeverityName(severity);
  out += ": ";
  out += message;
  return out;
}

Diagnostic DiagnosticFromStatusMessage(Severity severity, std::string_view stage,
                                       std::string_view message) {
  Diagnostic d;
  d.severity = severity;
  d.stage = std::string(stage);
  const size_t sep = message.find(": ");
  if (sep == std::string_view::npos) {
    d.message = std::string(message);
  } else {
    d.source = std::string(message.substr(0, sep));
    d.message = std::string(message.substr(sep + 2));
  }
  return d;
}

void Diagnostics::Add(Diagnostic diagnostic) {
  if (enabled_) items_.push_back(std::move(diagnostic));
}

void Diagnostics::Add(Severity severity, std::string_view stage, std::string_view source,
                      uint32_t line, uint32_t column, std::string message) {
  if (!enabled_) return;
  items_.push_back(Diagnostic{severity, std::string(stage), std::string(source), line, column,
                              std::move(message)});
}

void Diagnostics::Append(const Diagnostics& other) {
  if (!enabled_) return;
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

size_t Diagnostics::error_count() const {
  return static_cast<size_t>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
    return d.severity == Severity::kError;
  }));
}

}  // namespace eventgraph
