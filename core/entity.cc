// SPDX-License-Identifier: Apache-2.0
#include "core/entity.h"

namespace eventgraph {

std::string_view EntityKindName(EntityKind kind) {
  switch (kind) {
    case EntityKind::kPerson:
      return "person";
    case EntityKind::kOrganization:
      return "organization";
    case EntityKind::kCountry:
      return "country";
    case EntityKind::kPlace:
      return "place";
    case EntityKind::kGroup:
      return "group";
  }
  return "group";
}

std::optional<EntityKind> ParseEntityKind(std::string_view name) {
  for (EntityKind kind : {EntityKind::kPerson, EntityKind::kOrganization, EntityKind::kCountry,
                          EntityKind::kPlace, EntityKind::kGroup}) {
    if (EntityKindName(kind) == name) return kind;
  }
  return std::nullopt;
}

}  // namespace eventgraph
