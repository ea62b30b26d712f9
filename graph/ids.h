// SPDX-License-Identifier: Apache-2.0
// Strong id types: DocId, EntityId, EventId, RelationId (stable strings) and NodeId, EdgeId.
#ifndef EVENTGRAPH_GRAPH_IDS_H_
#define EVENTGRAPH_GRAPH_IDS_H_

#include <compare>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace eventgraph {

/// A string id that can only be constructed explicitly, so an EntityId is never passed where an
/// EventId is meant. Ids are derived from content (never from addresses or ordering accidents).
template <typename Tag>
class StringId {
 public:
  StringId() = default;
  explicit StringId(std::string value) : value_(std::move(value)) {}
  const std::string& value() const { return value_; }
  bool empty() const { return value_.empty(); }
  friend auto operator<=>(const StringId&, const StringId&) = default;

 private:
  std::string value_;
};

/// An index id (vertex or edge of the KnowledgeGraph); explicit construction only.
template <typename Tag>
class IndexId {
 public:
  IndexId() = default;
  explicit IndexId(uint32_t value) : value_(value) {}
  uint32_t value() const { return value_; }
  friend auto operator<=>(const IndexId&, const IndexId&) = default;

 private:
  uint32_t value_ = 0;
};

struct DocIdTag {};
struct EntityIdTag {};
struct EventIdTag {};
struct RelationIdTag {};
struct NodeIdTag {};
struct EdgeIdTag {};

using DocId = StringId<DocIdTag>;            // the document id ("000_41eb13e3a0f21562.txt")
using EntityId = StringId<EntityIdTag>;      // "ent:" + hash of the merge key
using EventId = StringId<EventIdTag>;        // "evt:" + hash of the merged event's content
using RelationId = StringId<RelationIdTag>;  // "rel:" + hash of type, ends, event
using NodeId = IndexId<NodeIdTag>;
using EdgeId = IndexId<EdgeIdTag>;

/// A stable 64-bit FNV-1a hash of `text`, printed as 16 lower-case hex digits. Used for ids.
std::string StableHash(std::string_view text);

}  // namespace eventgraph

template <typename Tag>
struct std::hash<eventgraph::StringId<Tag>> {
  size_t operator()(const eventgraph::StringId<Tag>& id) const noexcept {
    return std::hash<std::string>()(id.value());
  }
};

#endif  // EVENTGRAPH_GRAPH_IDS_H_
