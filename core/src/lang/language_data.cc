#include "lang/language_data.h"

#include <algorithm>
#include <cstdlib>

#include "lang/lang_data.h"
#include "text/text.h"

namespace resalta {

Phrase SplitPhrase(std::string_view phrase) {
  Phrase out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(Lower(cur));
    cur.clear();
  };
  for (char c : phrase) {
    if (c == ' ' || c == '\t') {
      flush();
    } else if (c == ':' || c == '(' || c == ')' || c == ',') {
      flush();
      out.push_back(std::string(1, c));
    } else {
      cur.push_back(c == '_' ? ' ' : c);
    }
  }
  flush();
  return out;
}

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "key: a b c" -> key, words.
bool SplitKey(std::string_view line, std::string_view* key, std::string_view* rest) {
  size_t colon = line.find(": ");
  if (colon == std::string_view::npos) return false;
  *key = Trim(line.substr(0, colon));
  *rest = Trim(line.substr(colon + 2));
  return true;
}

std::vector<std::string_view> SplitSpaces(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// "Name|other spellings" -> the spellings, trimmed, empty ones dropped.
std::vector<std::string_view> SplitBars(std::string_view line) {
  std::vector<std::string_view> out;
  while (!line.empty()) {
    size_t bar = line.find('|');
    std::string_view spelling = Trim(line.substr(0, bar));
    if (!spelling.empty()) out.push_back(spelling);
    line = bar == std::string_view::npos ? std::string_view() : line.substr(bar + 1);
  }
  return out;
}

// Data words may join multiword entries with '_' ("primer_ministro").
std::string DataWord(std::string_view w) {
  std::string s = Lower(w);
  std::replace(s.begin(), s.end(), '_', ' ');
  return s;
}

// speech.txt and role_nouns.txt: "key: words", one key per line.
void LoadSpeechAndRoleWords(std::string_view lang, LanguageData* lex) {
  auto words = [](std::string_view rest, auto add) {
    for (std::string_view w : SplitSpaces(rest)) add(DataWord(w));
  };
  for (const char* file : {"speech", "role_nouns"}) {
    for (std::string_view line : LangDataLines(lang, file)) {
      std::string_view key, rest;
      if (!SplitKey(line, &key, &rest)) {
        // "clitic:" with nothing after it is an empty list, not an error.
        if (line.size() > 1 && line.back() == ':') continue;
        lex->malformed.push_back(std::string(file) + ": " + std::string(line));
        continue;
      }
      if (key == "auxiliary") {
        words(rest, [&](std::string w) { lex->speech_auxiliaries.insert(w); });
      } else if (key == "clitic") {
        words(rest, [&](std::string w) { lex->speech_clitics.insert(w); });
      } else if (key == "preposition") {
        words(rest, [&](std::string w) { lex->prepositions.insert(w); });
      } else if (key == "complementizer") {
        words(rest, [&](std::string w) { lex->complementizers.insert(w); });
      } else if (key == "topic_preposition") {
        words(rest, [&](std::string w) { lex->topic_prepositions.insert(w); });
      } else if (key == "subject_pronoun") {
        words(rest, [&](std::string w) { lex->subject_pronouns.insert(w); });
      } else if (key == "relative") {
        words(rest, [&](std::string w) { lex->relatives.insert(w); });
      } else if (key == "according") {
        lex->according_cues.push_back(SplitPhrase(rest));
      } else if (key == "backward") {
        lex->backward_cues.push_back(SplitPhrase(rest));
      } else if (key == "according_lead") {
        lex->according_lead_cues.push_back(SplitPhrase(rest));
      } else if (key == "determiner" || key == "determiner_m" || key == "determiner_f") {
        char g = key == "determiner_m" ? 'm' : key == "determiner_f" ? 'f' : 0;
        words(rest, [&](std::string w) { lex->determiners[w] = g; });
      } else if (key == "masculine" || key == "feminine") {
        char g = key == "masculine" ? 'm' : 'f';
        words(rest, [&](std::string w) { lex->noun_gender[w] = g; });
      } else if (key == "definite") {
        words(rest, [&](std::string w) { lex->definite_articles.insert(w); });
      } else if (key == "generic") {
        words(rest, [&](std::string w) { lex->generic_role_nouns.insert(w); });
      } else if (key == "organisation") {
        words(rest, [&](std::string w) { lex->org_anaphors.insert(w); });
      } else if (key == "former") {
        words(rest, [&](std::string w) { lex->former_prefixes.push_back(w); });
      } else if (key == "title_adjective") {
        words(rest, [&](std::string w) { lex->title_adjectives.insert(w); });
      } else if (key == "apposition_lead") {
        words(rest, [&](std::string w) { lex->apposition_leads.insert(w); });
      } else if (key == "breaker") {
        words(rest, [&](std::string w) { lex->role_breakers.insert(w); });
      } else if (key == "complement") {
        words(rest, [&](std::string w) { lex->role_complements.insert(w); });
      } else if (key == "place_complement") {
        words(rest, [&](std::string w) { lex->place_complements.insert(w); });
      } else if (key == "name_joiner") {
        words(rest, [&](std::string w) { lex->name_joiners.insert(w); });
      } else if (key == "title_joiner") {
        words(rest, [&](std::string w) { lex->title_joiners.insert(w); });
      } else if (key == "copula") {
        words(rest, [&](std::string w) { lex->copulas.insert(w); });
      } else if (key == "age") {
        lex->age_phrase = SplitPhrase(rest);
      } else {
        lex->malformed.push_back(std::string(file) + ": " + std::string(line));
      }
    }
  }
  std::stable_sort(lex->according_cues.begin(), lex->according_cues.end(),
                   [](const Phrase& a, const Phrase& b) { return a.size() > b.size(); });
  std::stable_sort(lex->backward_cues.begin(), lex->backward_cues.end(),
                   [](const Phrase& a, const Phrase& b) { return a.size() > b.size(); });
  std::stable_sort(lex->former_prefixes.begin(), lex->former_prefixes.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

}  // namespace

bool LanguageData::InDateWords(std::string_view key, const std::string& w) const {
  auto it = date_words.find(std::string(key));
  if (it == date_words.end()) return false;
  return std::find(it->second.begin(), it->second.end(), w) != it->second.end();
}

bool LanguageData::InClass(std::string_view key, const std::string& w) const {
  auto it = word_classes.find(std::string(key));
  return it != word_classes.end() && it->second.count(w) > 0;
}

LanguageData LoadLanguageData(std::string_view lang) {
  LanguageData lex;
  int n = 0;
  for (std::string_view line : LangDataLines(lang, "months")) {
    ++n;
    // The full name first, then abbreviations ("mar" is also "sea": only a
    // month next to a day number).
    std::vector<std::string_view> parts = SplitSpaces(line);
    for (size_t k = 0; k < parts.size(); ++k) {
      if (k == 0) {
        lex.months[Lower(parts[k])] = n;
      } else {
        lex.month_abbrs[Lower(parts[k])] = n;
        lex.month_abbrs[Lower(parts[k]) + "."] = n;
      }
    }
  }
  n = 0;
  for (std::string_view line : LangDataLines(lang, "weekdays")) {
    ++n;
    for (std::string_view w : SplitSpaces(line)) lex.weekdays[Lower(w)] = n;
  }
  for (std::string_view line : LangDataLines(lang, "date_words")) {
    std::string_view key, rest;
    if (!SplitKey(line, &key, &rest)) continue;
    std::vector<std::string_view> parts = SplitSpaces(rest);
    if (key == "day" && parts.size() == 2) {
      lex.day_words[Lower(parts[0])] = std::atoi(std::string(parts[1]).c_str());
      continue;
    }
    auto& v = lex.date_words[std::string(key)];
    for (std::string_view w : parts) v.push_back(Lower(w));
  }
  for (std::string_view line : LangDataLines(lang, "time_units")) {
    std::string_view key, rest;
    if (!SplitKey(line, &key, &rest)) continue;
    for (std::string_view w : SplitSpaces(rest)) lex.time_units[Lower(w)] = std::string(key);
  }
  for (std::string_view line : LangDataLines(lang, "number_words")) {
    std::vector<std::string_view> parts = SplitSpaces(line);
    if (parts.size() < 2) continue;
    LanguageData::NumberWord nw;
    nw.value = std::strtod(std::string(parts[1]).c_str(), nullptr);
    nw.scale = parts.size() > 2 && parts[2] == "scale";
    nw.collective = parts.size() > 2 && parts[2] == "collective";
    lex.numbers[Lower(parts[0])] = nw;
  }
  for (std::string_view line : LangDataLines(lang, "qualifiers")) {
    size_t bar = line.find('|');
    if (bar == std::string_view::npos) continue;
    lex.qualifiers.push_back({SplitPhrase(line.substr(0, bar)), std::string(Trim(line.substr(bar + 1)))});
  }
  std::stable_sort(lex.qualifiers.begin(), lex.qualifiers.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (std::string_view line : LangDataLines(lang, "currencies")) {
    std::string_view key, rest;
    if (!SplitKey(line, &key, &rest)) continue;
    for (std::string_view w : SplitSpaces(rest)) lex.currencies[DataWord(w)] = std::string(key);
  }
  for (std::string_view line : LangDataLines(lang, "demonyms")) {
    std::string_view key, rest;
    if (!SplitKey(line, &key, &rest)) continue;
    for (std::string_view w : SplitSpaces(rest)) lex.demonyms[Lower(w)] = std::string(key);
  }
  for (std::string_view line : LangDataLines(lang, "cue_verbs")) {
    std::string_view key, rest;
    if (!SplitKey(line, &key, &rest)) continue;
    for (std::string_view w : SplitSpaces(rest)) lex.cue_verbs[Lower(w)] = std::string(key);
  }
  for (std::string_view line : LangDataLines(lang, "titles")) {
    std::vector<std::string_view> parts = SplitSpaces(line);
    if (parts.empty()) continue;
    std::string group = DataWord(parts[0]);
    for (std::string_view w : parts) lex.titles.emplace(DataWord(w), group);
  }
  for (std::string_view line : LangDataLines(lang, "org_titles")) {
    for (std::string_view w : SplitSpaces(line)) lex.org_titles.insert(Lower(w));
  }
  for (std::string_view line : LangDataLines(lang, "agencies")) {
    std::string_view rest = line;
    std::string canonical;
    while (!rest.empty()) {
      size_t bar = rest.find('|');
      std::string_view spelling = Trim(rest.substr(0, bar));
      if (canonical.empty()) canonical = std::string(spelling);
      if (!spelling.empty()) lex.agencies.push_back({canonical, SplitPhrase(spelling)});
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
    }
  }
  std::stable_sort(lex.agencies.begin(), lex.agencies.end(),
                   [](const auto& a, const auto& b) { return a.words.size() > b.words.size(); });
  for (std::string_view line : LangDataLines(lang, "source_cues")) {
    std::string_view key, rest;
    if (SplitKey(line, &key, &rest) && key == "filler") {
      for (std::string_view w : SplitSpaces(rest)) lex.source_filler.insert(Lower(w));
      continue;
    }
    if (SplitKey(line, &key, &rest) && key == "weak") {
      for (std::string_view w : SplitSpaces(rest)) lex.weak_source_cues.insert(Lower(w));
      continue;
    }
    if (SplitKey(line, &key, &rest) && key == "interview") {
      lex.source_cues.push_back(SplitPhrase(rest));
      lex.interview_cues.push_back(SplitPhrase(rest));
      continue;
    }
    if (SplitKey(line, &key, &rest) && key == "telling") {
      for (std::string_view w : SplitSpaces(rest)) lex.telling_verbs.insert(Lower(w));
      continue;
    }
    lex.source_cues.push_back(SplitPhrase(line));
  }
  for (std::string_view line : LangDataLines(lang, "boilerplate")) {
    size_t bar = line.find('|');
    if (bar == std::string_view::npos) {
      lex.malformed.push_back("boilerplate: " + std::string(line));
      continue;
    }
    LanguageData::Promo p;
    p.reason = std::string(Trim(line.substr(0, bar)));
    std::string_view phrase = Trim(line.substr(bar + 1));
    if (!phrase.empty() && phrase[0] == '^') {
      p.anchored = true;
      phrase.remove_prefix(1);
    } else if (!phrase.empty() && phrase[0] == '=') {
      p.whole_line = true;
      phrase.remove_prefix(1);
    }
    p.words = SplitPhrase(phrase);
    if (!p.words.empty()) lex.promos[p.words[0]].push_back(std::move(p));
  }
  for (std::string_view w : LangDataLines(lang, "stopwords")) lex.stopwords.insert(Lower(w));
  for (const char* file : {"boilerplate_words", "entity_words"}) {
    for (std::string_view line : LangDataLines(lang, file)) {
      std::string_view key, rest;
      if (!SplitKey(line, &key, &rest) || key.empty() || rest.empty()) {
        lex.malformed.push_back(std::string(file) + ": " + std::string(line));
        continue;
      }
      auto& words = lex.word_classes[std::string(key)];
      for (std::string_view w : SplitSpaces(rest)) words.insert(DataWord(w));
    }
  }
  LoadSpeechAndRoleWords(lang, &lex);
  // Lexicon-backed types. Places first: a name on both kinds of list keeps
  // the place type (none is today).
  for (const auto& [form, country] : lex.demonyms) lex.name_types.emplace(NameKey(country), "LOC");
  for (const char* file : {"countries", "capitals", "regions"}) {
    for (std::string_view line : LangDataLines(lang, file)) {
      for (std::string_view spelling : SplitBars(line)) lex.name_types.emplace(NameKey(spelling), "LOC");
    }
  }
  for (const char* file : {"agencies", "outlets"}) {
    for (std::string_view line : LangDataLines(lang, file)) {
      for (std::string_view spelling : SplitBars(line)) lex.name_types.emplace(NameKey(spelling), "ORG");
    }
  }
  for (std::string_view line : LangDataLines(lang, "parties")) {
    for (std::string_view spelling : SplitBars(line)) lex.name_types.emplace(NameKey(spelling), "ORG");
  }
  for (std::string_view line : LangDataLines(lang, "products")) {
    for (std::string_view spelling : SplitBars(line)) lex.name_types.emplace(NameKey(spelling), "MISC");
  }
  return lex;
}

}  // namespace resalta
