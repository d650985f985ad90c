// The date scanner's ground floor: the phrases of date_words.txt at a token (cached per key
// and token), the tense of a sentence, a point filled in from the publication date and its ISO
// value, the nouns and units that say a number counts something, and emitting spans.
#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <string>

#include "article/dates_scanner.h"

namespace resalta::date_scan {

void DateScanner::Run() {
  // A date never runs over a token an earlier pass took: "el 20 por ciento" is a percentage,
  // not "el 20" (the next covered token after i bounds the phrases read at i).
  size_t next_covered = 0;
  for (size_t i = 0; i < w_.size();) {
    size_t sentence_end = w_.sent_end[w_.sentence[i]];
    if (next_covered <= i) {
      next_covered = i + 1;
      while (next_covered < sentence_end && !covered_[next_covered]) ++next_covered;
    }
    end_ = std::min(sentence_end, next_covered);
    size_t n = covered_[i] || !MayStart(i) ? 0 : At(i);
    i += n ? n : 1;
  }
}

bool DateScanner::MayStart(size_t i) const {
  if (w_.Opens(i, kDateWords)) return true;
  if (const std::string* folded = w_.Folded(i)) {
    auto it = lex_.phrase_heads.find(*folded);
    if (it != lex_.phrase_heads.end() && it->second.test(kDateWords)) return true;
  }
  const size_t end = w_.end(i);
  for (size_t k = w_.start(i); k < end;) {
    UChar32 c;
    U16_NEXT(w_.text.data(), k, end, c);
    if (!u_isalpha(c)) return true;  // digits, signs, marks: "15Sep", "'90s", "2010-2015"
  }
  return false;
}

size_t DateScanner::Emit(size_t first, size_t last, const char* type, std::string iso) {
  if (last > w_.size()) last = w_.size();
  for (size_t k = first; k < last; ++k) covered_[k] = 1;
  Span s = w_.SpanOver(first, last, type);
  if (!iso.empty()) {
    s.value = SpanValue{};
    s.value->iso = std::move(iso);
  }
  spans_.push_back(std::move(s));
  return last - first;
}

int DateScanner::Tense(size_t i) const {
  uint32_t s = w_.sentence[i];
  if (!tense_cached_ || tense_sentence_ != s) {
    // The tense-marked words of the sentence, found once per sentence.
    tense_cached_ = true;
    tense_sentence_ = s;
    tense_marks_.clear();
    auto ends = [&](const std::string& t, const char* key) {
      auto it = lex_.date_phrases.find(key);
      if (it == lex_.date_phrases.end()) return false;
      for (const Phrase& p : it->second) {
        if (!p.empty() && HasEnding(t, p[0], 3)) {
          return true;
        }
      }
      return false;
    };
    for (size_t k = w_.sent_first[s]; k < w_.sent_end[s]; ++k) {
      if (!w_.Alpha(k) || (k > 0 && w_.Capitalized(k) && !w_.SentenceStart(k))) continue;
      const std::string& t = w_.lower[k];
      int tense = 0;
      if (Key("past_verbs", k) || Key("perfect_aux", k) || ends(t, "past_endings")) tense = -1;
      size_t aux = Key("future_aux", k);
      if (ends(t, "future_endings") || aux || Key("future_verbs", k)) tense = 1;
      if (tense != 0) tense_marks_.push_back({k, tense});
      if (aux > 1) k += aux - 1;  // "is expected to": its "expected" is no past
    }
  }
  // "ahead of Sunday's vote": a coming day, whatever the verb.
  if (EndsBefore("future_before", i)) return 1;
  int best = 0;
  size_t best_gap = static_cast<size_t>(-1);
  for (const auto& [k, tense] : tense_marks_) {
    size_t gap = k > i ? k - i : i - k;
    if (gap < best_gap) best_gap = gap, best = tense;
  }
  return best;
}

std::string DateScanner::Valid(Ymd t) const {
  // A year before 1 comes only with its era ("44 a. C."; 0 is "no year"): the day as written.
  if (t.y == 0 || t.y < -9999 || t.y > 9999 || t.m < 1 || t.m > 12 || t.d < 1 || t.d > DaysInMonth(t.y, t.m)) return "";
  return IsoDate(t);
}

bool DateScanner::Complete(Pt* p, int tense) const {
  if (p->y && p->m && p->d) return p->d <= DaysInMonth(p->y, p->m);
  if (!has_pub_) return false;
  if (p->m && p->d && !p->y) {
    long best_gap = 0;
    bool found = false;
    // A weekday must agree, even against the tense; with none agreeing there is no value.
    for (int pass = 0; pass < 2 && !found; ++pass) {
      for (int y = pub_.y - 1; y <= pub_.y + 1; ++y) {
        if (p->d > DaysInMonth(y, p->m)) continue;
        long day = DaysFromCivil({y, p->m, p->d});
        if (p->wd && IsoWeekday(day) != p->wd) continue;
        if (pass == 0 && tense < 0 && day > pub_days_) continue;
        if (pass == 0 && tense > 0 && day < pub_days_) continue;
        long gap = std::labs(day - pub_days_);
        if (!found || gap < best_gap) best_gap = gap, p->y = y, found = true;
      }
    }
    return found;
  }
  if (p->d && !p->m && !p->y) {
    // "el martes 3" with no tense, a day of the past week: that one (yesterday's Tuesday 3rd rather
    // than one eight months on); else the next, below.
    if (tense == 0 && p->wd) {
      for (long back = 1; back <= 7; ++back) {
        Ymd t = CivilFromDays(pub_days_ - back);
        if (t.d == p->d && IsoWeekday(pub_days_ - back) == p->wd) {
          p->y = t.y, p->m = t.m;
          return true;
        }
      }
    }
    // The month before, this one or the next; past tense counts back, else forward.
    for (int pass = 0; pass < 2; ++pass) {
      for (int k = 0; k <= 13; ++k) {
        int off = tense < 0 ? -k : k;
        long months = pub_.y * 12L + (pub_.m - 1) + off;
        int y = static_cast<int>(months / 12), m = static_cast<int>(months % 12) + 1;
        if (p->d > DaysInMonth(y, m)) continue;
        long day = DaysFromCivil({y, m, p->d});
        if (tense < 0 ? day > pub_days_ : day < pub_days_) continue;
        if (p->wd && IsoWeekday(day) != p->wd) continue;  // "el jueves 3": a 3rd that is a Thursday
        if (pass == 1 && k > 1) break;
        p->y = y, p->m = m;
        return true;
      }
    }
    return false;
  }
  if (p->m && !p->d && !p->y) {
    // A month alone: the past counts back, the future forward, else this year's.
    int y = pub_.y;
    if (tense < 0 && p->m > pub_.m) --y;
    if (tense > 0 && p->m < pub_.m) ++y;
    p->y = y;
    return true;
  }
  return p->y != 0;
}

std::string DateScanner::Iso(const Pt& p) const {
  std::string out;
  if (p.y && p.m && p.d) {
    Ymd t{p.y, p.m, p.d};
    if (p.next_day) t = CivilFromDays(DaysFromCivil(t) + 1);
    out = Valid(t);
    if (out.empty()) return "";
  } else if (p.y && p.m) {
    out = IsoMonth(p.y, p.m);
  } else if (p.y) {
    out = IsoYear(p.y);
  }
  if (p.Clock()) {
    if (!out.empty() && !(p.y && p.m && p.d)) return "";
    out += "T" + Two(p.hh) + ":" + Two(p.mi < 0 ? 0 : p.mi);
    if (p.ss >= 0) out += ":" + Two(p.ss);
  }
  return out;
}

bool DateScanner::AgeAfter(size_t k) const {
  auto age = lex_.quantity_phrases.find("age");
  if (age == lex_.quantity_phrases.end()) return false;
  for (const Phrase& p : age->second) {
    if (k + p.size() <= end_ && w_.Match(k, p)) return true;
  }
  return false;
}

bool DateScanner::AgeNoun(size_t k) const {
  auto it = lex_.quantity_phrases.find("age_nouns");
  if (it == lex_.quantity_phrases.end() || k >= w_.size()) return false;
  for (const Phrase& p : it->second) {
    if (p.size() == 1 && w_.lower[k] == p[0]) return true;
  }
  return false;
}

bool DateScanner::NounAt(size_t k) const {
  if (k >= end_ || !w_.Alpha(k) || w_.Capitalized(k) || lex_.stopwords.count(L(k)) || Key("part_of", k)) return false;
  const std::string& t = L(k);
  if (lex_.glued_units.count(t) || lex_.currencies.count(t) || Unit(k)) return true;  // "2000 miligramos"
  if (Key("past_verbs", k) || Key("perfect_aux", k) || Key("future_aux", k) || Key("future_verbs", k) || Key("present_verbs", k)) return false;  // "a las 9 hubo"
  if (Key("range_join", k)) return false;  // "de las 8 a las 12": "a" joins, it counts nothing
  auto it = lex_.date_phrases.find("verb_endings");
  if (it != lex_.date_phrases.end()) {
    for (const Phrase& p : it->second) {
      if (!p.empty() && !p[0].empty() && HasEnding(t, p[0], 3)) return false;
    }
  }
  return true;
}

bool DateScanner::CountedAt(size_t k) const {
  if (R(k) == "%" || NounAt(k)) return true;
  if (k < end_ && lex_.currencies.count(w_.lower[k])) return true;  // "2.50 €": a price
  if (!w_.Opens(k, kUnits)) return false;
  for (const auto& [phrase, unit] : lex_.units) {  // "15.30 por ciento"
    if (k + phrase.size() <= end_ && w_.Match(k, phrase)) return true;
  }
  return false;
}

bool DateScanner::DecimalPointDocument() const {
  int comma = 0, point = 0;
  for (size_t t = 0; t < w_.size(); ++t) {
    if (!w_.IsNumber(t)) continue;
    const std::string& s = w_.raw[t];
    size_t d = s.rfind('.'), c = s.rfind(',');
    if (d != std::string::npos && c != std::string::npos) {
      (d > c ? point : comma)++;
    } else if (c != std::string::npos && s.size() - c - 1 <= 2) {
      comma++;  // "2,5", "2,75"
    } else if (d != std::string::npos && s.find('.') == d) {
      size_t after = s.size() - d - 1;
      bool clock_like = after == 2 && d <= 2 && SmallInt(s.substr(0, d)) <= 23 && SmallInt(s.substr(d + 1)) <= 59;
      if ((after == 1 || after == 2) && !clock_like) point++;
    }
  }
  return point > comma;
}

bool DateScanner::MarkAt(const std::string& s) const {
  auto it = lex_.date_phrases.find("ordinal_mark");
  if (it == lex_.date_phrases.end() || s.empty()) return false;
  for (const Phrase& p : it->second) {
    if (p.size() == 1 && p[0] == s) return true;
  }
  return false;
}

void DateScanner::SetAnchor(Ymd day, size_t token) {
  anchor_ = day;
  has_anchor_ = true;
  anchor_sentence_ = w_.sentence[token];
}

size_t DateScanner::EmitPoint(size_t first, size_t last, const Pt& p) {
  std::string iso = Iso(p);
  if (p.y && p.m && p.d && !iso.empty()) SetAnchor({p.y, p.m, p.d}, first);
  return Emit(first, last, p.Clock() ? "TIME" : "DATE", iso);
}

const DateScanner::KeyPhrases& DateScanner::NewKeyEntry(const char* key) const {
  uint64_t h = (static_cast<uint64_t>(reinterpret_cast<uintptr_t>(key)) * 0x9E3779B97F4A7C15ull) >> 58;
  for (size_t probe = 0; probe < kKeySlots; ++probe, h = (h + 1) % kKeySlots) {
    KeyPhrases& slot = key_slots_[h];
    if (slot.key == key) return slot;
    if (slot.key == nullptr) {
      slot = NewKeyPhrases(key);
      return slot;
    }
  }
  auto overflow = key_overflow_.find(key);  // more keys than slots
  if (overflow == key_overflow_.end()) overflow = key_overflow_.emplace(key, NewKeyPhrases(key)).first;
  return overflow->second;
}

DateScanner::KeyPhrases DateScanner::NewKeyPhrases(const char* key) const {
  KeyPhrases entry;
  entry.key = key;
  auto it = lex_.date_phrases.find(key);
  auto bit = lex_.date_phrase_bits.find(key);
  if (it != lex_.date_phrases.end() && bit != lex_.date_phrase_bits.end()) {
    entry.phrases = &it->second;
    entry.bit = bit->second;
  }
  return entry;
}

}  // namespace resalta::date_scan
