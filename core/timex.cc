// SPDX-License-Identifier: Apache-2.0
#include "core/timex.h"

namespace eventgraph {

std::string_view TimexTypeName(TimexType type) {
  switch (type) {
    case TimexType::kDate:
      return "DATE";
    case TimexType::kTime:
      return "TIME";
    case TimexType::kDuration:
      return "DURATION";
    case TimexType::kSet:
      return "SET";
  }
  return "DATE";
}

std::string_view PrecisionName(Precision precision) {
  switch (precision) {
    case Precision::kNone:
      return "none";
    case Precision::kCentury:
      return "century";
    case Precision::kDecade:
      return "decade";
    case Precision::kYear:
      return "year";
    case Precision::kQuarter:
      return "quarter";
    case Precision::kMonth:
      return "month";
    case Precision::kWeek:
      return "week";
    case Precision::kDay:
      return "day";
    case Precision::kTime:
      return "time";
  }
  return "none";
}

}  // namespace eventgraph
