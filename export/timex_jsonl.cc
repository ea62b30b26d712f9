// SPDX-License-Identifier: Apache-2.0
#include "export/timex_jsonl.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/internal/json_util.h"

namespace eventgraph {
namespace {

Status LineError(std::string_view source, uint32_t line, size_t column, std::string_view message) {
  return Status::ParseError(std::string(source) + ":" + std::to_string(line) + ":" +
                            std::to_string(column) + ": " + std::string(message));
}

}  // namespace

Result<Document> ParseTimexJsonlLine(std::string_view line, std::string_view source,
                                     uint32_t line_number) {
  rapidjson::Document json;
  json.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(line.data(),
                                                                                     line.size());
  if (json.HasParseError()) {
    return LineError(source, line_number, json.GetErrorOffset() + 1,
                     rapidjson::GetParseError_En(json.GetParseError()));
  }
  if (!json.IsObject()) return LineError(source, line_number, 1, "expected a JSON object");
  auto id = json.FindMember("id");
  if (id == json.MemberEnd() || !id->value.IsString()) {
    return LineError(source, line_number, 1, "missing string field 'id'");
  }
  auto text = json.FindMember("text");
  if (text == json.MemberEnd() || !text->value.IsString()) {
    return LineError(source, line_number, 1, "missing string field 'text'");
  }
  Document document(std::string(id->value.GetString(), id->value.GetStringLength()),
                    std::string(source) + ":" + std::to_string(line_number),
                    std::string(text->value.GetString(), text->value.GetStringLength()));
  auto dct = json.FindMember("dct");
  if (dct == json.MemberEnd()) dct = json.FindMember("date");  // corpus JSONL spells it "date"
  if (dct != json.MemberEnd() && !dct->value.IsNull()) {
    std::optional<CivilDate> date;
    if (dct->value.IsString()) {
      date = ParseIsoDate(std::string_view(dct->value.GetString(), dct->value.GetStringLength()));
    }
    if (!date) return LineError(source, line_number, 1, "field 'dct' is not a YYYY-MM-DD date");
    document.set_dct(date, DctSource::kHeader);
  }
  return document;
}

std::string FormatTimexJsonlLine(const Document& document, const std::vector<Timex>& timexes) {
  internal::JsonBuffer buffer;
  rapidjson::Writer<internal::JsonBuffer> writer(buffer);
  writer.StartObject();
  writer.Key("id");
  writer.String(document.id().data(), static_cast<rapidjson::SizeType>(document.id().size()));
  writer.Key("timexes");
  writer.StartArray();
  for (const Timex& timex : timexes) {
    std::string_view text = document.Slice(timex.span);
    std::string_view type = TimexTypeName(timex.type);
    writer.StartObject();
    writer.Key("begin");
    writer.Uint(timex.span.begin);
    writer.Key("end");
    writer.Uint(timex.span.end);
    writer.Key("text");
    writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    writer.Key("type");
    writer.String(type.data(), static_cast<rapidjson::SizeType>(type.size()));
    writer.Key("value");
    writer.String(timex.value.data(), static_cast<rapidjson::SizeType>(timex.value.size()));
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace eventgraph
