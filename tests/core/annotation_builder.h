// SPDX-License-Identifier: Apache-2.0
// AnnotationBuilder: Annotations for event/relation/graph tests, with tokens and sentences from
// the real tokenizer and splitter and mentions, entities and timexes given by hand.
#ifndef EVENTGRAPH_TESTS_CORE_ANNOTATION_BUILDER_H_
#define EVENTGRAPH_TESTS_CORE_ANNOTATION_BUILDER_H_

#include <string>
#include <vector>

#include "core/entity.h"
#include "core/pipeline.h"
#include "core/timex.h"

namespace eventgraph::testing {

/// Builds Annotations for `text`. Entity(): every whole-word occurrence of each form becomes a
/// mention of one entity (longer forms first, no overlaps). Timex(): the n-th occurrence of
/// `surface` is a DATE timex with `value` ("2025-08-15", "2022-02", "2018"), or a DURATION for a
/// value starting with P ("P3D").
class AnnotationBuilder {
 public:
  explicit AnnotationBuilder(std::string text, std::string dct = "", std::string id = "doc.txt");

  AnnotationBuilder& Entity(const std::string& name, EntityKind kind,
                            std::vector<std::string> forms, const std::string& parent = "");
  /// Marks the person `name` as the recognizer marks a person name without person evidence:
  /// an organization keyed as a person (Entity::unconfirmed_person).
  AnnotationBuilder& Unconfirmed(const std::string& name);
  /// Gives the entity `name` a title ("German foreign minister"), as appositions give one.
  AnnotationBuilder& Title(const std::string& name, const std::string& title);
  /// Forms of an existing entity that name it as an affiliation ("Russian" → Russia).
  AnnotationBuilder& Demonym(const std::string& name, std::vector<std::string> forms);
  AnnotationBuilder& Timex(const std::string& surface, const std::string& value, int nth = 0);

  /// Tokenizes, splits, places mentions and timexes, then runs nothing else.
  Annotations Build() const;

 private:
  struct Form {
    std::string text;
    int32_t entity;
    MentionForm form;
  };
  struct TimexSpec {
    std::string surface;
    std::string value;
    int nth;
  };
  std::string text_;
  std::string dct_;
  std::string id_;
  std::vector<eventgraph::Entity> entities_;
  std::vector<Form> forms_;
  std::vector<TimexSpec> timexes_;
};

/// A builder with the people, countries and places of the tests' own example sentences (Scholz,
/// Macron, Xi, Biden, Modi, their aides; Germany, France, China, the United States, Israel, Iran;
/// Paris, Beijing, San Francisco ⊂ California ...), with demonyms (German, French, ...).
AnnotationBuilder TestWorld(const std::string& text, const std::string& dct = "2024-03-02",
                            const std::string& id = "doc.txt");

/// One line per event: "meeting occurred 2025-08-15 @Anchorage<Alaska [Donald Trump/participant,
/// Vladimir Putin/participant] rule" with " ->N" when it corefers to event N and " -X" for each
/// excluded entity.
std::string DumpEvents(const Annotations& annotations);
/// One line per relation: "met Donald Trump <-> Vladimir Putin occurred 2025-08-15 e0".
std::string DumpRelations(const Annotations& annotations);

}  // namespace eventgraph::testing

#endif  // EVENTGRAPH_TESTS_CORE_ANNOTATION_BUILDER_H_
