// SPDX-License-Identifier: Apache-2.0
// Event and Relation: what happened (trigger + arguments) and the actor-to-actor edges it implies.
#ifndef EVENTGRAPH_CORE_EVENT_H_
#define EVENTGRAPH_CORE_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "core/timex.h"

namespace eventgraph {

/// Stable: appears in JSON as "occurred", "planned", "negated", "uncertain".
enum class EventStatus : uint8_t { kOccurred, kPlanned, kNegated, kUncertain };
std::string_view EventStatusName(EventStatus status);
std::optional<EventStatus> ParseEventStatus(std::string_view name);

/// Stable: appears in JSON as "agent", "patient", "participant", "companion".
enum class ParticipantRole : uint8_t { kAgent, kPatient, kParticipant, kCompanion };
std::string_view ParticipantRoleName(ParticipantRole role);
std::optional<ParticipantRole> ParseParticipantRole(std::string_view name);

struct Participant {
  int32_t entity = -1;  // index into Annotations::entities
  ParticipantRole role = ParticipantRole::kParticipant;
  Span span;  // the mention that filled the role

  friend bool operator==(const Participant&, const Participant&) = default;
};

/// `value` rounded to hundredths: sums of confidence steps drift in binary floating point
/// (0.5 + 0.2 + 0.1 is 0.7999999999999999), and graph.json should say 0.8.
double RoundConfidence(double value);

/// One event in one document. `type` is a name from event_types.txt ("meeting", "attack", ...).
struct Event {
  std::string type;
  Span trigger;
  uint32_t sentence = 0;
  std::vector<Participant> participants;
  int32_t place = -1;  // index into Annotations::entities
  int32_t timex = -1;  // index into Annotations::timexes that dates it, or -1
  TimeValue time;      // the event's time (from the timex, the sentence or the article)
  EventStatus status = EventStatus::kOccurred;
  double confidence = 0.0;   // 0..1
  std::string rule;          // rule id
  int32_t corefers_to = -1;  // index of an earlier event in this document it refers back to
  /// The relation type the trigger implies when it differs from the type's ("blamed" for a
  /// criticism triggered by "blamed", "negotiated" for "negotiations"); "" = the type's.
  std::string relation;
  /// The place and the places the text says contain it, most specific first: "at Joint Base
  /// Elmendorf-Richardson in Anchorage, Alaska" gives {JBER, Anchorage, Alaska}. place ==
  /// place_chain[0] when both are set. Indices into Annotations::entities.
  std::vector<int32_t> place_chain;
  /// Entities the text says were not present ("Zelenskiy, who was not invited to the summit"):
  /// never participants of this event or the one it corefers to.
  std::vector<int32_t> excluded;

  friend bool operator==(const Event&, const Event&) = default;
};

/// A directed (or symmetric) actor-to-actor edge derived from an event. Types: met, spoke_with,
/// called, visited, greeted, accompanied, invited, negotiated, agreed, signed, exchanged,
/// transferred, attacked, annexed, criticized, accused, blamed, threatened, praised, interfered.
struct Relation {
  std::string type;
  int32_t source = -1;  // index into Annotations::entities
  int32_t target = -1;
  int32_t event = -1;  // index into Annotations::events, or -1
  EventStatus status = EventStatus::kOccurred;
  bool symmetric = false;
  TimeValue time;
  uint32_t sentence = 0;
  Span span;

  friend bool operator==(const Relation&, const Relation&) = default;
};

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_EVENT_H_
