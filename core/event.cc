// SPDX-License-Identifier: Apache-2.0
#include "core/event.h"

#include <cmath>

namespace eventgraph {

std::string_view EventStatusName(EventStatus status) {
  switch (status) {
    case EventStatus::kOccurred:
      return "occurred";
    case EventStatus::kPlanned:
      return "planned";
    case EventStatus::kNegated:
      return "negated";
    case EventStatus::kUncertain:
      return "uncertain";
  }
  return "occurred";
}

std::optional<EventStatus> ParseEventStatus(std::string_view name) {
  for (EventStatus s : {EventStatus::kOccurred, EventStatus::kPlanned, EventStatus::kNegated,
                        EventStatus::kUncertain}) {
    if (EventStatusName(s) == name) return s;
  }
  return std::nullopt;
}

std::string_view ParticipantRoleName(ParticipantRole role) {
  switch (role) {
    case ParticipantRole::kAgent:
      return "agent";
    case ParticipantRole::kPatient:
      return "patient";
    case ParticipantRole::kParticipant:
      return "participant";
    case ParticipantRole::kCompanion:
      return "companion";
  }
  return "participant";
}

std::optional<ParticipantRole> ParseParticipantRole(std::string_view name) {
  for (ParticipantRole r : {ParticipantRole::kAgent, ParticipantRole::kPatient,
                            ParticipantRole::kParticipant, ParticipantRole::kCompanion}) {
    if (ParticipantRoleName(r) == name) return r;
  }
  return std::nullopt;
}

double RoundConfidence(double value) { return std::round(value * 100.0) / 100.0; }

}  // namespace eventgraph
