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

// "key: word word ..." lines: each word, normalized by `norm`, maps to its
// key (cue_verbs: "dijo" -> "decir"). A line without "key: " is malformed.
void IndexKeyedWords(std::string_view lang, const char* file, std::string (*norm)(std::string_view),
                     std::unordered_map<std::string, std::string>* out, std::vector<std::string>* malformed) {
  for (std::string_view line : LangDataLines(lang, file)) {
    std::string_view key, rest;
    if (!SplitKey(line, &key, &rest)) {
      malformed->push_back(std::string(file) + ": " + std::string(line));
      continue;
    }
    for (std::string_view w : SplitSpaces(rest)) (*out)[norm(w)] = std::string(key);
  }
}

// A number_words value: a number ("1000", "0.25") or a fraction ("1/3": a third as exactly as
// a double holds it).
bool ParseNumberWordValue(std::string_view text, double* value) {
  const std::string s(text);
  char* end = nullptr;
  *value = std::strtod(s.c_str(), &end);
  if (s.empty() || end == s.c_str()) return false;
  if (*end == '/') {
    const char* den = end + 1;
    double d = std::strtod(den, &end);
    if (end == den || d == 0) return false;
    *value /= d;
  }
  return *end == '\0';
}

// speech.txt, role_nouns.txt and given_names.txt: "key: words", one key per line.
void LoadSpeechAndRoleWords(std::string_view lang, LanguageData* lex) {
  auto words = [](std::string_view rest, auto add) {
    for (std::string_view w : SplitSpaces(rest)) add(DataWord(w));
  };
  for (const char* file : {"speech", "role_nouns", "given_names"}) {
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
      } else if (key == "addressee_preposition") {
        words(rest, [&](std::string w) { lex->addressee_prepositions.insert(w); });
      } else if (key == "term_noun") {
        words(rest, [&](std::string w) { lex->term_nouns.insert(w); });
      } else if (key == "list_joiner") {
        words(rest, [&](std::string w) { lex->list_joiners.insert(w); });
      } else if (key == "group_determiner") {
        words(rest, [&](std::string w) { lex->group_determiners.insert(w); });
      } else if (key == "relation_determiner") {
        words(rest, [&](std::string w) { lex->relation_determiners.insert(w); });
      } else if (key == "collective_noun") {
        words(rest, [&](std::string w) { lex->collective_nouns.insert(w); });
      } else if (key == "partitive") {
        words(rest, [&](std::string w) { lex->partitives.insert(w); });
      } else if (key == "plural_ending") {
        words(rest, [&](std::string w) { lex->plural_verb_endings.push_back(w); });
      } else if (key == "passive_auxiliary") {
        words(rest, [&](std::string w) { lex->passive_auxiliaries.insert(w); });
      } else if (key == "participle_ending") {
        words(rest, [&](std::string w) { lex->participle_endings.push_back(w); });
      } else if (key == "not_speech" || key == "not_speech_after") {
        // "contar con": the lemma's forms before (after) these words say no speech.
        auto& table = key == "not_speech" ? lex->not_speech_before : lex->not_speech_after;
        std::vector<std::string_view> parts = SplitSpaces(rest);
        for (size_t k = 1; k < parts.size(); ++k) table[DataWord(parts[0])].insert(DataWord(parts[k]));
      } else if (key == "subject_pronoun") {
        words(rest, [&](std::string w) { lex->subject_pronouns.insert(w); });
      } else if (key == "subject_pronoun_m" || key == "subject_pronoun_f") {
        char g = key == "subject_pronoun_m" ? 'm' : 'f';
        words(rest, [&](std::string w) {
          lex->subject_pronouns.insert(w);
          lex->pronoun_gender[w] = g;
        });
      } else if (key == "question_open") {
        words(rest, [&](std::string w) { lex->question_openers.insert(w); });
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
      } else if (key == "given_name_m" || key == "given_name_f") {
        char g = key == "given_name_m" ? 'm' : 'f';
        words(rest, [&](std::string w) { lex->given_name_gender[w] = g; });
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
      } else if (key == "word_order") {
        lex->modifiers_before_title = Trim(rest) == "modifiers_before_title";
        if (!lex->modifiers_before_title && Trim(rest) != "title_before_modifiers") {
          lex->malformed.push_back(std::string(file) + ": " + std::string(line));
        }
      } else if (key == "possessive") {
        words(rest, [&](std::string w) { lex->possessives.insert(w); });
      } else if (key == "descriptor_ending") {
        words(rest, [&](std::string w) { lex->descriptor_endings.push_back(w); });
      } else if (key == "honorific") {
        words(rest, [&](std::string w) { lex->honorifics.insert(w); });
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

std::string FoldAccents(std::string_view w) {
  static const char* const kPairs[][2] = {{"á", "a"}, {"é", "e"}, {"í", "i"}, {"ó", "o"}, {"ú", "u"}, {"ü", "u"}};
  std::string s(w);
  for (const auto& p : kPairs) {
    for (size_t at = s.find(p[0]); at != std::string::npos; at = s.find(p[0], at)) s.replace(at, 2, p[1]);
  }
  return s;
}

namespace {

template <typename Map>
void AddFolded(Map* m) {
  std::vector<std::pair<std::string, typename Map::mapped_type>> extra;
  for (const auto& [k, v] : *m) {
    std::string f = FoldAccents(k);
    if (f != k) extra.push_back({f, v});
  }
  for (auto& [k, v] : extra) m->emplace(k, v);
}

Phrase FoldPhrase(const Phrase& p) {
  Phrase out;
  for (const std::string& w : p) out.push_back(FoldAccents(w));
  return out;
}

// A phrase list with the unaccented spellings added, longest first.
template <typename T>
void AddFoldedPhrases(std::vector<std::pair<Phrase, T>>* v) {
  size_t n = v->size();
  for (size_t k = 0; k < n; ++k) {
    Phrase f = FoldPhrase((*v)[k].first);
    if (f != (*v)[k].first) v->push_back({f, (*v)[k].second});
  }
  std::stable_sort(v->begin(), v->end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

bool ParseInt(std::string_view s, int* out) {
  if (s.empty() || s.size() > 9) return false;
  int v = 0;
  bool neg = s[0] == '-';
  if (s[0] == '+') s.remove_prefix(1);
  if (s.empty()) return false;
  for (size_t k = neg; k < s.size(); ++k) {
    if (s[k] < '0' || s[k] > '9') return false;
    v = v * 10 + (s[k] - '0');
  }
  *out = neg ? -v : v;
  return s.size() > static_cast<size_t>(neg);
}

bool ParseMonthDay(std::string_view s, LanguageData::MonthDay* out) {
  return s.size() == 5 && s[2] == '-' && ParseInt(s.substr(0, 2), &out->m) && ParseInt(s.substr(3, 2), &out->d) &&
         out->m >= 1 && out->m <= 12 && out->d >= 1 && out->d <= 31;
}

void LoadDateAndNumberData(std::string_view lang, LanguageData* lex) {
  auto bad = [&](const char* file, std::string_view line) {
    lex->malformed.push_back(std::string(file) + ": " + std::string(line));
  };
  {
    int n = 0;
    for (std::string_view line : LangDataLines(lang, "weekday_abbrs")) {
      ++n;
      for (std::string_view w : SplitSpaces(line)) lex->weekday_abbrs[Lower(w)] = n;
    }
    if (n != 0 && n != 7) bad("weekday_abbrs", "expected 7 lines");
  }
  for (std::string_view line : LangDataLines(lang, "date_words")) {
    std::string_view key, rest;
    if (!SplitKey(line, &key, &rest)) {
      bad("date_words", line);
      continue;
    }
    std::vector<std::string_view> parts = SplitSpaces(rest);
    if (key == "day" || key == "night") {
      int offset = 0;
      if (parts.size() != 2 || !ParseInt(parts[1], &offset)) {
        bad("date_words", line);
        continue;
      }
      Phrase p = SplitPhrase(DataWord(parts[0]));
      if (key == "night") lex->night_words[DataWord(parts[0])] = offset;
      else lex->day_phrases.push_back({p, offset});
      continue;
    }
    auto& v = lex->date_phrases[std::string(key)];
    for (std::string_view w : parts) {
      v.push_back(SplitPhrase(DataWord(w)));
      Phrase f = FoldPhrase(v.back());
      bool ending = key.size() > 8 && key.substr(key.size() - 8) == "_endings";  // "ó" must not become "o"
      if (f != v.back() && !ending) v.push_back(f);
    }
    std::stable_sort(v.begin(), v.end(), [](const Phrase& a, const Phrase& b) { return a.size() > b.size(); });
  }
  AddFoldedPhrases(&lex->day_phrases);
  for (std::string_view line : LangDataLines(lang, "parts_of_day")) {
    std::vector<std::string_view> parts = SplitSpaces(line);
    LanguageData::PartOfDay p;
    if (parts.size() < 3 || parts.size() > 4 || !ParseInt(parts[1], &p.from) || !ParseInt(parts[2], &p.to) ||
        p.from < 0 || p.to > 24 || p.from >= p.to || (parts.size() == 4 && parts[3] != "pm")) {
      bad("parts_of_day", line);
      continue;
    }
    p.pm = parts.size() == 4;
    lex->parts_of_day[Lower(parts[0])] = p;
  }
  AddFolded(&lex->parts_of_day);
  for (std::string_view line : LangDataLines(lang, "clock_words")) {
    std::vector<std::string_view> parts = SplitSpaces(line);
    LanguageData::ClockWord c;
    if (parts.size() < 2 || parts.size() > 3 || !ParseInt(parts[1], &c.hour) || c.hour < 0 || c.hour > 23 ||
        (parts.size() == 3 && parts[2] != "next")) {
      bad("clock_words", line);
      continue;
    }
    c.next_day = parts.size() == 3;
    lex->clock_words.push_back({SplitPhrase(DataWord(parts[0])), c});
  }
  AddFoldedPhrases(&lex->clock_words);
  for (std::string_view line : LangDataLines(lang, "seasons")) {
    std::vector<std::string_view> parts = SplitSpaces(line);
    LanguageData::MonthDay a, b;
    if (parts.size() != 3 || !ParseMonthDay(parts[1], &a) || !ParseMonthDay(parts[2], &b)) {
      bad("seasons", line);
      continue;
    }
    lex->seasons[Lower(parts[0])] = {a.m, a.d, b.m, b.d};
  }
  AddFolded(&lex->seasons);
  for (std::string_view line : LangDataLines(lang, "holidays")) {
    std::vector<std::string_view> parts = SplitSpaces(line);
    LanguageData::MonthDay md;
    if (parts.size() == 2 && parts[0].substr(0, 6) == "easter") {
      // "easter-2", "easter-7..0": days from Easter Sunday.
      std::string_view spec = parts[0].substr(6);
      size_t dots = spec.find("..");
      int from = 0, to = 0;
      bool ok = dots == std::string_view::npos ? ParseInt(spec.empty() ? "0" : spec, &from) && (to = from, true)
                                               : ParseInt(spec.substr(0, dots), &from) && ParseInt(spec.substr(dots + 2), &to);
      if (!ok || from > to || from < -100 || to > 100) {
        bad("holidays", line);
        continue;
      }
      lex->easter_holidays.push_back({SplitPhrase(DataWord(parts[1])), {from, to}});
      continue;
    }
    if (parts.size() != 2 || !ParseMonthDay(parts[0], &md)) {
      bad("holidays", line);
      continue;
    }
    lex->holidays.push_back({SplitPhrase(DataWord(parts[1])), md});
  }
  AddFoldedPhrases(&lex->holidays);
  AddFoldedPhrases(&lex->easter_holidays);
  for (std::string_view line : LangDataLines(lang, "ordinals")) {
    std::vector<std::string_view> parts = SplitSpaces(line);
    int v = 0;
    if (parts.size() != 2 || !ParseInt(parts[1], &v)) {
      bad("ordinals", line);
      continue;
    }
    lex->ordinals[Lower(parts[0])] = v;
  }
  AddFolded(&lex->ordinals);
  for (std::string_view line : LangDataLines(lang, "units")) {
    std::string_view key, rest;
    std::vector<std::string_view> head;
    if (SplitKey(line, &key, &rest)) head = SplitSpaces(key);
    if (head.size() != 2 || rest.empty()) {
      bad("units", line);
      continue;
    }
    LanguageData::Unit u{std::string(head[0]), std::string(head[1])};
    for (std::string_view w : SplitSpaces(rest)) {
      Phrase p = SplitPhrase(DataWord(w));
      if (p.size() == 1) {
        lex->glued_units.emplace(std::string(w), u);
        lex->glued_units.emplace(Lower(w), u);
      }
      lex->units.push_back({p, u});
    }
  }
  AddFoldedPhrases(&lex->units);
  for (std::string_view line : LangDataLines(lang, "currencies")) {
    std::string_view key, rest;
    if (!SplitKey(line, &key, &rest)) continue;
    for (std::string_view w : SplitSpaces(rest)) {
      Phrase p = SplitPhrase(DataWord(w));
      if (p.size() > 1) lex->currency_names.push_back({p, std::string(key)});
    }
  }
  AddFoldedPhrases(&lex->currency_names);
  for (std::string_view line : LangDataLines(lang, "local_currency")) {
    std::string_view key, rest;
    if (!SplitKey(line, &key, &rest) || key.size() != 3) {
      bad("local_currency", line);
      continue;
    }
    for (std::string_view w : SplitSpaces(rest)) lex->local_currency_cues[Lower(w)] = std::string(key);
  }
  AddFolded(&lex->local_currency_cues);
  for (std::string_view line : LangDataLines(lang, "quantity_words")) {
    std::string_view key, rest;
    if (!SplitKey(line, &key, &rest)) {
      bad("quantity_words", line);
      continue;
    }
    auto& v = lex->quantity_phrases[std::string(key)];
    for (std::string_view w : SplitSpaces(rest)) {
      v.push_back(SplitPhrase(DataWord(w)));
      if (Phrase f = FoldPhrase(v.back()); f != v.back()) v.push_back(f);  // "centimos" typed without the accent
    }
    std::stable_sort(v.begin(), v.end(), [](const Phrase& a, const Phrase& b) { return a.size() > b.size(); });
  }
  AddFolded(&lex->months);
  AddFolded(&lex->month_abbrs);
  AddFolded(&lex->weekdays);
  AddFolded(&lex->weekday_abbrs);
  AddFolded(&lex->time_units);
  AddFolded(&lex->numbers);
}

// LanguageData::phrase_heads and the keyed lists' bits, from the phrase lists.
void IndexPhraseHeads(LanguageData* lex) {
  auto add = [lex](const Phrase& p, size_t bit) {
    if (!p.empty() && bit < kPhraseHeadBits) lex->phrase_heads[p[0]].set(bit);
  };
  for (const auto& entry : lex->day_phrases) add(entry.first, kDayPhrases);
  for (const auto& entry : lex->clock_words) add(entry.first, kClockWords);
  for (const auto& entry : lex->holidays) add(entry.first, kHolidays);
  for (const auto& entry : lex->easter_holidays) add(entry.first, kEasterHolidays);
  for (const auto& entry : lex->units) add(entry.first, kUnits);
  for (const auto& entry : lex->currency_names) add(entry.first, kCurrencyNames);
  for (const auto& entry : lex->qualifiers) add(entry.first, kQualifiers);
  size_t next = kPhraseListCount;
  auto index_keys = [&](const std::unordered_map<std::string, std::vector<Phrase>>& keyed,
                        std::unordered_map<std::string, size_t>* bits) {
    for (const auto& entry : keyed) {
      size_t bit = next < kPhraseHeadBits ? next++ : kNoPhraseBit;
      (*bits)[entry.first] = bit;
      for (const Phrase& p : entry.second) add(p, bit);
    }
  };
  index_keys(lex->date_phrases, &lex->date_phrase_bits);
  index_keys(lex->quantity_phrases, &lex->quantity_phrase_bits);

  // kDateWords: every word of the lists the date scanner (dates*.cc) and the number reader
  // (numbers.cc) read, keys and phrases alike. A list they start reading needs adding here.
  auto date_word = [lex](const std::string& words) {
    for (const std::string& w : SplitPhrase(words)) {
      lex->phrase_heads[w].set(kDateWords);
      lex->phrase_heads[FoldAccents(w)].set(kDateWords);
    }
  };
  auto date_phrase = [&](const Phrase& p) {
    for (const std::string& w : p) date_word(w);
  };
  auto keys = [&](const auto& map) {
    for (const auto& entry : map) date_word(entry.first);
  };
  keys(lex->months);
  keys(lex->month_abbrs);
  keys(lex->weekdays);
  keys(lex->weekday_abbrs);
  keys(lex->day_words);
  keys(lex->time_units);
  keys(lex->numbers);
  keys(lex->ordinals);
  keys(lex->night_words);
  keys(lex->parts_of_day);
  keys(lex->seasons);
  keys(lex->currencies);
  keys(lex->glued_units);
  keys(lex->number_suffixes);
  for (const auto& entry : lex->date_words) {
    for (const std::string& w : entry.second) date_word(w);
  }
  for (const auto* keyed : {&lex->date_phrases, &lex->quantity_phrases}) {
    for (const auto& entry : *keyed) {
      for (const Phrase& p : entry.second) date_phrase(p);
    }
  }
  for (const auto& entry : lex->day_phrases) date_phrase(entry.first);
  for (const auto& entry : lex->clock_words) date_phrase(entry.first);
  for (const auto& entry : lex->holidays) date_phrase(entry.first);
  for (const auto& entry : lex->easter_holidays) date_phrase(entry.first);
  for (const auto& entry : lex->units) date_phrase(entry.first);
  for (const auto& entry : lex->currency_names) date_phrase(entry.first);
}

}  // namespace

const LanguageData::NumberWord* LanguageData::FindNumberWord(const std::string& lower) const {
  auto it = numbers.find(lower);
  if (it == numbers.end() && !IsAscii(lower)) it = numbers.find(FoldAccents(lower));
  return it == numbers.end() ? nullptr : &it->second;
}

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
  IndexKeyedWords(lang, "time_units", Lower, &lex.time_units, &lex.malformed);
  for (std::string_view line : LangDataLines(lang, "number_words")) {
    std::vector<std::string_view> parts = SplitSpaces(line);
    static const char* const kKinds[] = {"scale", "collective", "half", "fraction", "part", "and", "decimal", "decimal_inner", "negative", "suffix"};
    bool known = parts.size() == 2;
    for (const char* k : kKinds) known = known || (parts.size() == 3 && parts[2] == k);
    double value = 0;
    if (!known || !ParseNumberWordValue(parts.size() >= 2 ? parts[1] : std::string_view(), &value)) {
      lex.malformed.push_back("number_words: " + std::string(line));
      continue;
    }
    LanguageData::NumberWord nw;
    nw.value = value;
    nw.kind = parts.size() > 2 ? std::string(parts[2]) : std::string();
    nw.scale = nw.kind == "scale";
    nw.collective = nw.kind == "collective";
    if (nw.kind == "suffix") {
      lex.number_suffixes[std::string(parts[0])] = value;  // case-sensitive: "M" is a million, "m" a metre
      continue;
    }
    lex.numbers[Lower(parts[0])] = nw;
  }
  // Tens and units joined by a hyphen, as English writes them ("twenty-five"), from the listed
  // cardinals; a language that does not write them never meets these forms.
  {
    std::vector<std::pair<std::string, double>> tens, units;
    for (const auto& [word, nw] : lex.numbers) {
      if (!nw.kind.empty() || word.find('-') != std::string::npos) continue;
      if (nw.value >= 20 && nw.value <= 90 && static_cast<int>(nw.value) % 10 == 0) tens.emplace_back(word, nw.value);
      if (nw.value >= 1 && nw.value <= 9 && nw.value == static_cast<int>(nw.value)) units.emplace_back(word, nw.value);
    }
    for (const auto& [ten, t] : tens) {
      for (const auto& [unit, u] : units) {
        LanguageData::NumberWord compound;
        compound.value = t + u;
        lex.numbers.emplace(ten + "-" + unit, compound);
      }
    }
  }
  for (std::string_view line : LangDataLines(lang, "qualifiers")) {
    size_t bar = line.find('|');
    if (bar == std::string_view::npos) continue;
    lex.qualifiers.push_back({SplitPhrase(line.substr(0, bar)), std::string(Trim(line.substr(bar + 1)))});
  }
  std::stable_sort(lex.qualifiers.begin(), lex.qualifiers.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  IndexKeyedWords(lang, "currencies", DataWord, &lex.currencies, &lex.malformed);
  // "GBP/100: p": a hundredth, read only glued after digits ("50p"), never as a word.
  for (auto it = lex.currencies.begin(); it != lex.currencies.end();) {
    if (size_t slash = it->second.find("/100"); slash != std::string::npos && slash + 4 == it->second.size()) {
      lex.glued_hundredths.emplace(it->first, it->second.substr(0, slash));
      it = lex.currencies.erase(it);
    } else {
      ++it;
    }
  }
  AddFolded(&lex.currencies);  // "10 dolares" typed without the accent
  IndexKeyedWords(lang, "demonyms", Lower, &lex.demonyms, &lex.malformed);
  IndexKeyedWords(lang, "cue_verbs", Lower, &lex.cue_verbs, &lex.malformed);
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
    if (SplitKey(line, &key, &rest) && key == "after") {
      lex.source_cues_after.push_back(SplitPhrase(rest));
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
  LoadDateAndNumberData(lang, &lex);
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
      for (std::string_view spelling : SplitBars(line)) {
        lex.name_types.emplace(NameKey(spelling), "ORG");
        lex.listed_org_names.insert(NameKey(spelling));
        if (std::string_view(file) == "outlets") lex.outlet_names.insert(NameKey(spelling));
      }
    }
  }
  for (std::string_view line : LangDataLines(lang, "parties")) {
    for (std::string_view spelling : SplitBars(line)) {
      lex.name_types.emplace(NameKey(spelling), "ORG");
      lex.listed_org_names.insert(NameKey(spelling));
    }
  }
  for (std::string_view line : LangDataLines(lang, "products")) {
    for (std::string_view spelling : SplitBars(line)) lex.name_types.emplace(NameKey(spelling), "MISC");
  }
  IndexPhraseHeads(&lex);
  return lex;
}

}  // namespace resalta
