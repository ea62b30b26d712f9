// SPDX-License-Identifier: Apache-2.0
#include "core/token.h"

namespace eventgraph {

std::string_view TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunct:
      return "punct";
    case TokenKind::kDash:
      return "dash";
    case TokenKind::kSymbol:
      return "symbol";
  }
  return "symbol";
}

std::string_view SentenceKindName(SentenceKind kind) {
  switch (kind) {
    case SentenceKind::kBody:
      return "body";
    case SentenceKind::kHeadline:
      return "headline";
    case SentenceKind::kByline:
      return "byline";
    case SentenceKind::kDateline:
      return "dateline";
  }
  return "body";
}

}  // namespace eventgraph
