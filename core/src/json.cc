// Document -> JSON. The field names and order here are the wire contract
// (schema/document.schema.json); nlohmann's number formatting is the same in
// the native and wasm builds, so their bytes match.
#include <nlohmann/json.hpp>

#include "resalta/analyzer.h"

namespace resalta {
namespace {

using Json = nlohmann::ordered_json;

Json RangeJson(uint32_t start, uint32_t end, const std::string& text) {
  Json j;
  j["start"] = start;
  j["end"] = end;
  j["text"] = text;
  return j;
}

Json ValueJson(const SpanValue& v) {
  Json j = Json::object();
  if (!v.iso.empty()) j["iso"] = v.iso;
  if (v.number) j["number"] = *v.number;
  if (v.number_to) j["number_to"] = *v.number_to;
  if (!v.unit.empty()) j["unit"] = v.unit;
  if (!v.currency.empty()) j["currency"] = v.currency;
  if (!v.qualifier.empty()) j["qualifier"] = v.qualifier;
  return j;
}

}  // namespace

std::string ToJson(const Document& doc) {
  Json j;
  j["schema"] = doc.schema;
  j["lang"] = doc.lang;
  j["text_length"] = doc.text_length;
  Json& published = j["published"] = Json::object();
  published["date"] = doc.published.date;
  published["source"] = doc.published.source;
  if (doc.published.source == "text") {
    published["start"] = doc.published.start;
    published["end"] = doc.published.end;
    published["text"] = doc.published.text;
  }
  Json& sentences = j["sentences"] = Json::array();
  for (const Sentence& s : doc.sentences) {
    sentences.push_back({{"start", s.start}, {"end", s.end}, {"first_token", s.first_token}, {"token_count", s.token_count}});
  }
  Json& tokens = j["tokens"] = Json::array();
  for (const Token& t : doc.tokens) tokens.push_back(RangeJson(t.start, t.end, t.text));
  Json& entities = j["entities"] = Json::array();
  for (const Entity& e : doc.entities) {
    Json je;
    je["id"] = e.id;
    je["type"] = e.type;
    je["name"] = e.name;
    je["role"] = e.role;
    je["salience"] = e.salience;
    Json& mentions = je["mentions"] = Json::array();
    for (const Mention& m : e.mentions) mentions.push_back(RangeJson(m.start, m.end, m.text));
    entities.push_back(std::move(je));
  }
  Json& spans = j["spans"] = Json::array();
  for (const Span& s : doc.spans) {
    Json js = RangeJson(s.start, s.end, s.text);
    js["type"] = s.type;
    if (!s.entity.empty()) js["entity"] = s.entity;
    if (s.value) js["value"] = ValueJson(*s.value);
    if (!s.refers_to.empty()) js["refers_to"] = s.refers_to;
    spans.push_back(std::move(js));
  }
  auto quote_json = [](const Quote& q) {
    Json jq = RangeJson(q.start, q.end, q.text);
    jq["speaker"] = q.speaker;
    jq["cue"] = q.cue;
    jq["kind"] = q.kind;
    jq["attribution"] = q.attribution;
    return jq;
  };
  Json& quotes = j["quotes"] = Json::array();
  for (const Quote& q : doc.quotes) quotes.push_back(quote_json(q));
  Json& reported = j["reported_speech"] = Json::array();
  for (const Quote& q : doc.reported_speech) reported.push_back(quote_json(q));
  Json& sources = j["sources"] = Json::array();
  for (const Source& s : doc.sources) {
    Json js;
    js["name"] = s.name;
    js["entity"] = s.entity;
    js["evidence"] = RangeJson(s.evidence.start, s.evidence.end, s.evidence.text);
    sources.push_back(std::move(js));
  }
  Json& boilerplate = j["boilerplate"] = Json::array();
  for (const Boilerplate& b : doc.boilerplate) {
    Json jb = RangeJson(b.start, b.end, b.text);
    jb["reason"] = b.reason;
    boilerplate.push_back(std::move(jb));
  }
  j["tags"] = doc.tags;
  j["warnings"] = doc.warnings;
  return j.dump();
}

}  // namespace resalta
