// SPDX-License-Identifier: Apache-2.0
// Parses alias files, TSV or JSON. Each name is folded with FoldName() so that "U.S." in the
// file matches "US" in the text.
//
// JSON is read by a small recursive-descent reader of the whole JSON grammar (RFC 8259: objects,
// arrays, strings with every escape, numbers, true/false/null) that keeps the offset of each
// value, so errors point at line and column: core/ may not use RapidJSON, and alias files are
// small. Only the shape documented in the header is accepted.
#include "core/alias_table.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/name_key.h"
#include "core/text.h"

namespace eventgraph {
namespace {

Status LineError(std::string_view source, uint32_t line, std::string_view message) {
  return Status::ParseError(std::string(source) + ":" + std::to_string(line) +
                            ":1: " + std::string(message));
}

// One JSON value of an alias file and the byte offset where it starts.
struct AliasJsonValue {
  enum class Type : uint8_t { kNull, kBool, kNumber, kString, kArray, kObject };
  Type type = Type::kNull;
  size_t offset = 0;
  std::string text;                    // kString: the decoded string
  std::vector<std::string> keys;       // kObject: member names, parallel to `values`
  std::vector<size_t> key_offsets;     // kObject: where each member name starts
  std::vector<AliasJsonValue> values;  // kObject: member values; kArray: the items
};

// Recursive descent over `content`; the first error stops it.
class AliasJsonReader {
 public:
  AliasJsonReader(std::string_view source, std::string_view content)
      : source_(source), content_(content) {}

  Result<AliasJsonValue> ReadDocument() {
    AliasJsonValue value;
    SkipSpace();
    Status status = ReadValue(&value, 0);
    if (!status.ok()) return status;
    SkipSpace();
    if (pos_ < content_.size()) return Error(pos_, "unexpected text after the JSON value");
    return value;
  }

  // "aliases.json:3:5: message" for the byte at `offset`.
  Status Error(size_t offset, std::string_view message) const {
    LineColumn lc = LineColumnAt(content_, std::min(offset, content_.size()));
    return Status::ParseError(std::string(source_) + ":" + std::to_string(lc.line) + ":" +
                              std::to_string(lc.column) + ": " + std::string(message));
  }

 private:
  static constexpr int kMaxDepth = 64;  // alias files nest three levels; this stops a stack bomb

  void SkipSpace() {
    while (pos_ < content_.size() && (content_[pos_] == ' ' || content_[pos_] == '\t' ||
                                      content_[pos_] == '\n' || content_[pos_] == '\r')) {
      ++pos_;
    }
  }

  Status ReadValue(AliasJsonValue* value, int depth) {
    if (depth > kMaxDepth) return Error(pos_, "nested too deeply");
    value->offset = pos_;
    if (pos_ >= content_.size()) return Error(pos_, "unexpected end of file");
    const char c = content_[pos_];
    if (c == '{') return ReadObject(value, depth);
    if (c == '[') return ReadArray(value, depth);
    if (c == '"') {
      value->type = AliasJsonValue::Type::kString;
      return ReadString(&value->text);
    }
    for (std::string_view word : {"true", "false", "null"}) {
      if (content_.substr(pos_, word.size()) == word) {
        value->type = word == "null" ? AliasJsonValue::Type::kNull : AliasJsonValue::Type::kBool;
        pos_ += word.size();
        return Status::Ok();
      }
    }
    if (c == '-' || (c >= '0' && c <= '9')) return ReadNumber(value);
    return Error(pos_, "expected a JSON value");
  }

  Status ReadObject(AliasJsonValue* value, int depth) {
    value->type = AliasJsonValue::Type::kObject;
    ++pos_;  // '{'
    SkipSpace();
    if (pos_ < content_.size() && content_[pos_] == '}') {
      ++pos_;
      return Status::Ok();
    }
    while (true) {
      SkipSpace();
      if (pos_ >= content_.size() || content_[pos_] != '"') return Error(pos_, "expected a name");
      std::string key;
      const size_t key_offset = pos_;
      if (Status s = ReadString(&key); !s.ok()) return s;
      SkipSpace();
      if (pos_ >= content_.size() || content_[pos_] != ':') return Error(pos_, "expected ':'");
      ++pos_;
      SkipSpace();
      AliasJsonValue member;
      if (Status s = ReadValue(&member, depth + 1); !s.ok()) return s;
      value->keys.push_back(std::move(key));
      value->key_offsets.push_back(key_offset);
      value->values.push_back(std::move(member));
      SkipSpace();
      if (pos_ < content_.size() && content_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (pos_ < content_.size() && content_[pos_] == '}') {
        ++pos_;
        return Status::Ok();
      }
      return Error(pos_, "expected ',' or '}'");
    }
  }

  Status ReadArray(AliasJsonValue* value, int depth) {
    value->type = AliasJsonValue::Type::kArray;
    ++pos_;  // '['
    SkipSpace();
    if (pos_ < content_.size() && content_[pos_] == ']') {
      ++pos_;
      return Status::Ok();
    }
    while (true) {
      SkipSpace();
      AliasJsonValue item;
      if (Status s = ReadValue(&item, depth + 1); !s.ok()) return s;
      value->values.push_back(std::move(item));
      SkipSpace();
      if (pos_ < content_.size() && content_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (pos_ < content_.size() && content_[pos_] == ']') {
        ++pos_;
        return Status::Ok();
      }
      return Error(pos_, "expected ',' or ']'");
    }
  }

  // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?; the value itself is never needed.
  Status ReadNumber(AliasJsonValue* value) {
    value->type = AliasJsonValue::Type::kNumber;
    auto digits = [&] {
      const size_t start = pos_;
      while (pos_ < content_.size() && content_[pos_] >= '0' && content_[pos_] <= '9') ++pos_;
      return pos_ > start;
    };
    if (content_[pos_] == '-') ++pos_;
    if (pos_ < content_.size() && content_[pos_] == '0') {
      ++pos_;
    } else if (!digits()) {
      return Error(pos_, "invalid number");
    }
    if (pos_ < content_.size() && content_[pos_] == '.') {
      ++pos_;
      if (!digits()) return Error(pos_, "invalid number");
    }
    if (pos_ < content_.size() && (content_[pos_] == 'e' || content_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < content_.size() && (content_[pos_] == '+' || content_[pos_] == '-')) ++pos_;
      if (!digits()) return Error(pos_, "invalid number");
    }
    return Status::Ok();
  }

  Result<uint32_t> ReadHex4() {
    if (pos_ + 4 > content_.size()) return Error(pos_, "invalid \\u escape");
    uint32_t code = 0;
    for (int k = 0; k < 4; ++k) {
      const char h = content_[pos_ + static_cast<size_t>(k)];
      uint32_t digit = 0;
      if (h >= '0' && h <= '9') {
        digit = static_cast<uint32_t>(h - '0');
      } else if (h >= 'a' && h <= 'f') {
        digit = static_cast<uint32_t>(h - 'a' + 10);
      } else if (h >= 'A' && h <= 'F') {
        digit = static_cast<uint32_t>(h - 'A' + 10);
      } else {
        return Error(pos_, "invalid \\u escape");
      }
      code = code * 16 + digit;
    }
    pos_ += 4;
    return code;
  }

  Status ReadString(std::string* out) {
    const size_t open = pos_;
    ++pos_;  // '"'
    while (pos_ < content_.size()) {
      const char c = content_[pos_];
      if (c == '"') {
        ++pos_;
        return Status::Ok();
      }
      if (static_cast<unsigned char>(c) < 0x20) {
        return Error(pos_, "control character in string (write it as an escape)");
      }
      if (c != '\\') {
        out->push_back(c);
        ++pos_;
        continue;
      }
      const size_t escape = pos_;
      if (++pos_ >= content_.size()) break;
      const char e = content_[pos_++];
      switch (e) {
        case '"':
        case '\\':
        case '/':
          out->push_back(e);
          break;
        case 'b':
          out->push_back('\b');
          break;
        case 'f':
          out->push_back('\f');
          break;
        case 'n':
          out->push_back('\n');
          break;
        case 'r':
          out->push_back('\r');
          break;
        case 't':
          out->push_back('\t');
          break;
        case 'u': {
          Result<uint32_t> code = ReadHex4();
          if (!code.ok()) return code.status();
          uint32_t cp = code.value();
          if (cp >= 0xD800 && cp <= 0xDBFF) {  // a surrogate pair: "\ud83d\ude00"
            if (content_.substr(pos_, 2) != "\\u") return Error(escape, "unpaired surrogate");
            pos_ += 2;
            Result<uint32_t> low = ReadHex4();
            if (!low.ok()) return low.status();
            if (low.value() < 0xDC00 || low.value() > 0xDFFF) {
              return Error(escape, "unpaired surrogate");
            }
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low.value() - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return Error(escape, "unpaired surrogate");
          }
          AppendUtf8(static_cast<char32_t>(cp), out);
          break;
        }
        default:
          return Error(escape, "invalid escape");
      }
    }
    return Error(open, "unterminated string");
  }

  std::string_view source_;
  std::string_view content_;
  size_t pos_ = 0;
};

}  // namespace

bool AliasEntry::forbidden_key(std::string_view folded) const {
  if (folded_forbidden.empty()) return false;
  if (folded == folded_canonical) return true;
  return std::find(folded_forbidden.begin(), folded_forbidden.end(), folded) !=
         folded_forbidden.end();
}

Status AliasTable::Add(AliasEntry entry, std::string_view source, uint32_t column) {
  const size_t index = entries_.size();
  std::vector<std::string> names = {entry.folded_canonical};
  for (const std::string& alias : entry.aliases) names.push_back(FoldName(alias));
  names.insert(names.end(), entry.folded_forbidden.begin(), entry.folded_forbidden.end());
  for (std::string& name : names) {
    if (name.empty()) continue;
    auto [it, inserted] = index_.emplace(std::move(name), index);
    if (!inserted && it->second != index) {
      return Status::ParseError(std::string(source) + ":" + std::to_string(entry.line) + ":" +
                                std::to_string(column) + ": '" + it->first +
                                "' already appears on line " +
                                std::to_string(entries_[it->second].line));
    }
  }
  entries_.push_back(std::move(entry));
  return Status::Ok();
}

Result<AliasTable> AliasTable::ParseTsv(std::string_view source, std::string_view content) {
  AliasTable table;
  if (size_t bad = FindInvalidUtf8(content); bad != std::string_view::npos) {
    LineColumn lc = LineColumnAt(content, bad);
    return Status::ParseError(std::string(source) + ":" + std::to_string(lc.line) + ":" +
                              std::to_string(lc.column) + ": invalid UTF-8");
  }
  uint32_t line_no = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields;
    for (size_t start = 0;;) {
      size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string_view::npos ? line.npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (fields.size() > 3) return LineError(source, line_no, "expected at most 3 fields");
    AliasEntry entry;
    entry.line = line_no;
    entry.canonical = std::string(fields[0]);
    entry.folded_canonical = FoldName(entry.canonical);
    if (entry.folded_canonical.empty()) return LineError(source, line_no, "empty canonical name");
    if (fields.size() >= 2) {
      std::string_view list = fields[1];
      for (size_t start = 0; start <= list.size();) {
        size_t bar = list.find('|', start);
        if (bar == std::string_view::npos) bar = list.size();
        std::string_view name = list.substr(start, bar - start);
        start = bar + 1;
        if (name.empty()) continue;
        if (name.front() == '!') {
          name.remove_prefix(1);
          entry.forbidden.emplace_back(name);
          entry.folded_forbidden.push_back(FoldName(name));
        } else {
          entry.aliases.emplace_back(name);
        }
      }
    }
    if (fields.size() == 3 && !fields[2].empty()) {
      entry.kind = ParseEntityKind(fields[2]);
      if (!entry.kind) {
        return LineError(source, line_no, "unknown kind '" + std::string(fields[2]) + "'");
      }
    }
    if (Status s = table.Add(std::move(entry), source, 1); !s.ok()) return s;
  }
  return table;
}

Result<AliasTable> AliasTable::ParseJson(std::string_view source, std::string_view content) {
  if (size_t bad = FindInvalidUtf8(content); bad != std::string_view::npos) {
    LineColumn lc = LineColumnAt(content, bad);
    return Status::ParseError(std::string(source) + ":" + std::to_string(lc.line) + ":" +
                              std::to_string(lc.column) + ": invalid UTF-8");
  }
  AliasJsonReader reader(source, content);
  Result<AliasJsonValue> document = reader.ReadDocument();
  if (!document.ok()) return document.status();
  using Type = AliasJsonValue::Type;
  const AliasJsonValue* list = &document.value();
  if (list->type == Type::kObject) {
    const AliasJsonValue* found = nullptr;
    for (size_t k = 0; k < list->keys.size(); ++k) {
      if (list->keys[k] == "aliases") {
        found = &list->values[k];
      } else {
        return reader.Error(list->key_offsets[k],
                            "unknown member '" + list->keys[k] + "' (expected \"aliases\")");
      }
    }
    if (found == nullptr) return reader.Error(list->offset, "missing member \"aliases\"");
    list = found;
  }
  if (list->type != Type::kArray) return reader.Error(list->offset, "expected an array of entries");
  AliasTable table;
  for (const AliasJsonValue& item : list->values) {
    if (item.type != Type::kObject) return reader.Error(item.offset, "expected an entry object");
    const LineColumn at = LineColumnAt(content, item.offset);
    AliasEntry entry;
    entry.line = at.line;
    bool has_canonical = false;
    for (size_t k = 0; k < item.keys.size(); ++k) {
      const std::string& key = item.keys[k];
      const AliasJsonValue& value = item.values[k];
      if (key == "canonical" || key == "kind") {
        if (value.type != Type::kString) return reader.Error(value.offset, "expected a string");
        if (key == "canonical") {
          has_canonical = true;
          entry.canonical = value.text;
          entry.folded_canonical = FoldName(entry.canonical);
          if (entry.folded_canonical.empty()) {
            return reader.Error(value.offset, "empty canonical name");
          }
        } else if (!value.text.empty()) {
          entry.kind = ParseEntityKind(value.text);
          if (!entry.kind) return reader.Error(value.offset, "unknown kind '" + value.text + "'");
        }
      } else if (key == "aliases" || key == "forbidden") {
        if (value.type != Type::kArray) {
          return reader.Error(value.offset, "expected an array of strings");
        }
        for (const AliasJsonValue& name : value.values) {
          if (name.type != Type::kString) return reader.Error(name.offset, "expected a string");
          std::string_view text = name.text;
          // "!name" among the aliases is forbidden, as in the TSV form.
          const bool forbidden = key == "forbidden" || text.starts_with('!');
          if (key == "aliases" && forbidden) text.remove_prefix(1);
          if (FoldName(text).empty()) continue;
          if (forbidden) {
            entry.forbidden.emplace_back(text);
            entry.folded_forbidden.push_back(FoldName(text));
          } else {
            entry.aliases.emplace_back(text);
          }
        }
      } else {
        return reader.Error(
            item.key_offsets[k],
            "unknown member '" + key + "' (expected canonical, aliases, forbidden, kind)");
      }
    }
    if (!has_canonical) return reader.Error(item.offset, "missing member \"canonical\"");
    if (Status s = table.Add(std::move(entry), source, at.column); !s.ok()) return s;
  }
  return table;
}

Result<AliasTable> AliasTable::Parse(std::string_view source, std::string_view content) {
  size_t pos = 0;
  while (pos < content.size()) {
    const char c = content[pos];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++pos;
    } else if (c == '#') {  // a TSV comment line; JSON has none, so this is TSV anyway
      break;
    } else {
      if (c == '{' || c == '[') return ParseJson(source, content);
      break;
    }
  }
  return ParseTsv(source, content);
}

namespace {

Result<std::string> ReadAliasFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open alias file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

Result<AliasTable> AliasTable::LoadTsv(const std::string& path) {
  Result<std::string> content = ReadAliasFile(path);
  if (!content.ok()) return content.status();
  return ParseTsv(path, content.value());
}

Result<AliasTable> AliasTable::Load(const std::string& path) {
  Result<std::string> content = ReadAliasFile(path);
  if (!content.ok()) return content.status();
  return Parse(path, content.value());
}

const AliasEntry* AliasTable::Find(std::string_view folded) const {
  auto it = index_.find(folded);
  return it == index_.end() ? nullptr : &entries_[it->second];
}

bool AliasTable::Forbids(std::string_view a, std::string_view b) const {
  std::string fa = FoldName(a);
  std::string fb = FoldName(b);
  for (const auto& [first, second] : {std::pair{&fa, &fb}, std::pair{&fb, &fa}}) {
    const AliasEntry* entry = Find(*first);
    if (entry == nullptr || entry->folded_canonical != *first) continue;
    if (std::find(entry->folded_forbidden.begin(), entry->folded_forbidden.end(), *second) !=
        entry->folded_forbidden.end()) {
      return true;
    }
  }
  return false;
}

}  // namespace eventgraph
