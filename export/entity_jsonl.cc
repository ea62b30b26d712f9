// SPDX-License-Identifier: Apache-2.0
#include "export/entity_jsonl.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/internal/json_util.h"

namespace eventgraph {
namespace {

using JsonWriter = rapidjson::Writer<internal::JsonBuffer>;

void String(JsonWriter* w, std::string_view s) {
  w->String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void Field(JsonWriter* w, const char* key, std::string_view value) {
  if (value.empty()) return;
  w->Key(key);
  String(w, value);
}

void List(JsonWriter* w, const char* key, const std::vector<std::string>& values) {
  w->Key(key);
  w->StartArray();
  for (const std::string& value : values) String(w, value);
  w->EndArray();
}

std::string_view FormName(MentionForm form) {
  switch (form) {
    case MentionForm::kName:
      return "name";
    case MentionForm::kTitle:
      return "title";
    case MentionForm::kDemonym:
      return "demonym";
    case MentionForm::kPronoun:
      return "pronoun";
    case MentionForm::kAcronym:
      return "acronym";
  }
  return "name";
}

}  // namespace

std::string WriteEntitiesJsonl(const Document& document, const std::vector<Mention>& mentions,
                               const std::vector<Entity>& entities,
                               const std::vector<std::string>* explanations,
                               const EntityJsonlOptions& options) {
  std::string out;
  for (size_t index = 0; index < entities.size(); ++index) {
    const Entity& entity = entities[index];
    internal::JsonBuffer buffer;
    JsonWriter w(buffer);
    w.StartObject();
    Field(&w, "doc", document.id());
    Field(&w, "name", entity.name);
    Field(&w, "kind", EntityKindName(entity.kind));
    Field(&w, "key", entity.key);
    List(&w, "aliases", entity.aliases);
    List(&w, "titles", entity.titles);
    Field(&w, "country", entity.country);
    Field(&w, "iso_code", entity.iso_code);
    if (entity.latitude && entity.longitude) {
      w.Key("latitude");
      w.Double(*entity.latitude);
      w.Key("longitude");
      w.Double(*entity.longitude);
    }
    Field(&w, "parent", entity.parent);
    w.Key("mentions");
    w.Uint(entity.mention_count);
    w.Key("author");
    w.Bool(entity.author);
    if (entity.unconfirmed_person) {
      w.Key("unconfirmed_person");
      w.Bool(true);
    }
    if (options.explain) {
      w.Key("mentions_detail");
      w.StartArray();
      for (size_t m = 0; m < mentions.size(); ++m) {
        const Mention& mention = mentions[m];
        if (mention.entity != static_cast<int32_t>(index)) continue;
        w.StartObject();
        Field(&w, "text", document.Slice(mention.span));
        w.Key("begin");
        w.Uint(mention.span.begin);
        w.Key("end");
        w.Uint(mention.span.end);
        w.Key("sentence");
        w.Uint(mention.sentence);
        Field(&w, "form", FormName(mention.form));
        Field(&w, "rule", mention.rule);
        if (explanations != nullptr && m < explanations->size()) {
          Field(&w, "resolution", (*explanations)[m]);
        }
        if (mention.author) {
          w.Key("author");
          w.Bool(true);
        }
        w.EndObject();
      }
      w.EndArray();
    }
    w.EndObject();
    out.append(buffer.GetString(), buffer.GetSize());
    out.push_back('\n');
  }
  return out;
}

}  // namespace eventgraph
