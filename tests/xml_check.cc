// SPDX-License-Identifier: Apache-2.0
#include "tests/xml_check.h"

#include <expat.h>

namespace eventgraph::testing {
namespace {

void OnStart(void* data, const XML_Char* name, const XML_Char** attributes) {
  auto* summary = static_cast<XmlSummary*>(data);
  if (summary->root.empty()) summary->root = name;
  ++summary->elements[name];
  for (const XML_Char** a = attributes; *a != nullptr; a += 2) {
    ++summary->attributes[std::string(name) + "@" + a[0]];
  }
}

void OnEnd(void*, const XML_Char*) {}

void OnText(void* data, const XML_Char* text, int length) {
  static_cast<XmlSummary*>(data)->text.append(text, static_cast<size_t>(length));
}

}  // namespace

XmlSummary ParseXml(std::string_view xml) {
  XmlSummary summary;
  XML_Parser parser = XML_ParserCreate("UTF-8");
  XML_SetUserData(parser, &summary);
  XML_SetElementHandler(parser, OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser, OnText);
  if (XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_ERROR) {
    summary.error = std::to_string(XML_GetCurrentLineNumber(parser)) + ":" +
                    std::to_string(XML_GetCurrentColumnNumber(parser)) + ": " +
                    XML_ErrorString(XML_GetErrorCode(parser));
  }
  XML_ParserFree(parser);
  return summary;
}

}  // namespace eventgraph::testing
