// SPDX-License-Identifier: Apache-2.0
#include "core/internal/wire_dateline.h"

#include <algorithm>
#include <string_view>

namespace eventgraph::internal {

std::optional<WireDateline> FindWireDateline(std::string_view text, const Token* tokens,
                                             uint32_t begin, uint32_t end) {
  const auto slice = [&](uint32_t k) {
    return text.substr(tokens[k].span.begin, tokens[k].span.size());
  };
  const uint32_t limit = std::min(end, begin + 16);
  WireDateline d;
  bool group = false;  // one parenthesized group seen
  for (uint32_t k = begin; k < limit; ++k) {
    const Token& token = tokens[k];
    switch (token.kind) {
      case TokenKind::kDash:
        if (k == begin) return std::nullopt;
        d.dash = k;
        return d;
      case TokenKind::kWord:
        if (!token.Has(kTokenCapitalized)) return std::nullopt;
        break;
      case TokenKind::kNumber:
        break;
      case TokenKind::kPunct: {
        const std::string_view p = slice(k);
        if (p == "," || p == ".") break;
        if (p != "(" || group) return std::nullopt;
        uint32_t close = k + 1;
        while (close < limit && slice(close) != ")") ++close;
        if (close >= limit || close == k + 1) return std::nullopt;
        group = true;
        if (close + 1 < end && tokens[close + 1].kind == TokenKind::kDash) {
          d.agency_begin = k + 1;
          d.agency_end = close;
          d.dash = close + 1;
          return d;
        }
        k = close;
        break;
      }
      case TokenKind::kSymbol:
        return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace eventgraph::internal
