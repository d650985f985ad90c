// resalta-train: builds the entity tagger's model (scripts/train drives it).
//
//   resalta-train clusters --out LEX.tsv [--vocab N] [--context N] [--dims D]
//                 [--k K0,K1,K2] [--iters N] [--seed S] < raw-text
//       Induces word clusters from unlabeled text: left/right context counts
//       over the most frequent words, Hellinger transform, random projection,
//       spherical k-means at three granularities. Also records how often each
//       word is capitalised away from the start of a sentence.
//       --vectors WORDS.vec: cluster word vectors trained elsewhere (fastText
//       .vec text format, words lowercased as `tokenize` writes them) instead
//       of the context counts; words without a vector get no cluster.
//   resalta-train tokenize < raw-text > tokens
//       Writes each non-empty line as lowercase tokens split as `clusters`
//       splits them (punctuation apart), one space between: the input for
//       training those vectors (fasttext), so its words are the lexicon's.
//   resalta-train train --train F1[,F2..] --out MODEL [--dev FILE] [--lex LEX.tsv]
//                 [--epochs N] [--seed S] [--groups base,bigrams,clusters,cap,conj|all]
//                 [--min-count N] [--iob1] [--lang es] [--gaz SILVER.conll,..] [--places WORDS.txt]
//       (groups also gaz, doc, stack, wide, quotes, ctx, lists; --places: place-name
//       words, one a line, marked kGazPlace in the lexicon; lists: the one-word
//       names of core/data/<lang>'s closed lists, kGazListOrg/kGazListPlace)
//       Trains the averaged perceptron and prints dev scores after each epoch
//       (--report-exact 1: also the average of --average N members scored
//       exact, int8, beside the compact model that is written).
//   resalta-train eval --model MODEL --data FILE [--iob1]
//       Tags CoNLL data and prints conlleval-style scores.
//   resalta-train tokinfo --model MODEL --data FILE > TOK
//       The tagger's analysis of each token (cap bin, gazetteer bits, word
//       class, caps sentence, flags, lexicon key): the input of the neural
//       prototype core/train/neural/proto.py.
//   resalta-train bench --model MODEL --data FILE [--seconds S]
//       Model load time and single-thread tagging throughput (scripts/bench).
//
// Not shipped: this file may do I/O and use exceptions.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <numeric>
#include <sstream>
#include <string>
#include <thread>
#include <ctime>
#include <unordered_map>
#include <vector>

#include "lang/lang_data.h"
#include "tagger/tagger.h"
#include "tagger/tagger_features.h"
#include "tagger/tagger_model.h"
#include "tagger_trainer.h"

using namespace resalta;
using namespace resalta::tagger_internal;

namespace {

double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double CpuNow() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

[[noreturn]] void Die(const std::string& msg) {
  std::cerr << "resalta-train: " << msg << "\n";
  std::exit(1);
}

std::map<std::string, std::string> ParseFlags(int argc, char** argv, int start) {
  std::map<std::string, std::string> f;
  for (int i = start; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind("--", 0) != 0) Die("unexpected argument " + a);
    a = a.substr(2);
    if (a == "iob1") {
      f[a] = "1";
      continue;
    }
    if (i + 1 >= argc) Die("--" + a + " needs a value");
    f[a] = argv[++i];
  }
  return f;
}

std::string Get(const std::map<std::string, std::string>& f, const std::string& k, const std::string& def) {
  auto it = f.find(k);
  return it == f.end() ? def : it->second;
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep))
    if (!cur.empty()) out.push_back(cur);
  return out;
}

// ---------------------------------------------------------------- CoNLL

struct Sentence {
  std::vector<std::string> tokens;
  std::vector<std::string> tags;
};

// First column is the token, last column the tag; -DOCSTART- lines are
// skipped. With iob1, tags are converted to IOB2.
std::vector<Sentence> ReadConll(const std::string& path, bool iob1) {
  std::ifstream in(path);
  if (!in) Die("cannot read " + path);
  std::vector<Sentence> out;
  Sentence cur;
  std::string line;
  auto flush = [&]() {
    if (!cur.tokens.empty()) {
      if (iob1) {
        for (size_t i = 0; i < cur.tags.size(); ++i) {
          std::string& t = cur.tags[i];
          if (t.size() > 2 && t[0] == 'I') {
            const std::string prev = i == 0 ? "O" : cur.tags[i - 1];
            if (prev == "O" || prev.substr(2) != t.substr(2)) t[0] = 'B';
          }
        }
      }
      out.push_back(std::move(cur));
    }
    cur = Sentence();
  };
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    if (line.rfind("-DOCSTART-", 0) == 0) {
      flush();
      continue;
    }
    auto sp = line.find(' ');
    auto lsp = line.rfind(' ');
    if (sp == std::string::npos) Die("bad CoNLL line in " + path + ": " + line);
    cur.tokens.push_back(line.substr(0, sp));
    cur.tags.push_back(line.substr(lsp + 1));
  }
  flush();
  return out;
}

// ---------------------------------------------------------------- scoring

// conlleval's chunk boundaries (works for IOB1 and IOB2 tags).
bool EndOfChunk(const std::string& pt, const std::string& ptype, const std::string& t, const std::string& type) {
  bool e = false;
  if (pt == "B" && t == "B") e = true;
  if (pt == "B" && t == "O") e = true;
  if (pt == "I" && t == "B") e = true;
  if (pt == "I" && t == "O") e = true;
  if (pt != "O" && pt != "." && ptype != type) e = true;
  return e;
}
bool StartOfChunk(const std::string& pt, const std::string& ptype, const std::string& t, const std::string& type) {
  bool s = false;
  if (pt == "B" && t == "B") s = true;
  if (pt == "I" && t == "B") s = true;
  if (pt == "O" && t == "B") s = true;
  if (pt == "O" && t == "I") s = true;
  if (t != "O" && t != "." && ptype != type) s = true;
  return s;
}

struct Chunk {
  size_t begin, end;
  std::string type;
  bool operator<(const Chunk& o) const {
    return std::tie(begin, end, type) < std::tie(o.begin, o.end, o.type);
  }
};

void Chunks(const std::vector<std::string>& tags, size_t base, std::vector<Chunk>* out) {
  std::string pt = "O", ptype;
  size_t start = 0;
  bool in = false;
  auto split = [](const std::string& tag, std::string* t, std::string* type) {
    if (tag == "O" || tag.size() < 2) {
      *t = "O";
      type->clear();
    } else {
      *t = tag.substr(0, 1);
      *type = tag.substr(2);
    }
  };
  for (size_t i = 0; i <= tags.size(); ++i) {
    std::string t = "O", type;
    if (i < tags.size()) split(tags[i], &t, &type);
    if (in && EndOfChunk(pt, ptype, t, type)) {
      out->push_back({base + start, base + i, ptype});
      in = false;
    }
    if (i < tags.size() && StartOfChunk(pt, ptype, t, type)) {
      start = i;
      in = true;
    }
    pt = t;
    ptype = type;
  }
}

struct Scores {
  std::map<std::string, std::array<long, 3>> by_type;  // correct, guessed, gold
  double f1 = 0;
};

Scores Score(const std::vector<Sentence>& gold, const std::vector<std::vector<std::string>>& pred, bool print) {
  std::vector<Chunk> g, p;
  size_t base = 0;
  for (size_t s = 0; s < gold.size(); ++s) {
    Chunks(gold[s].tags, base, &g);
    Chunks(pred[s], base, &p);
    base += gold[s].tags.size() + 1;
  }
  std::sort(g.begin(), g.end());
  std::sort(p.begin(), p.end());
  Scores sc;
  std::array<long, 3> all{0, 0, 0};
  for (auto& c : g) sc.by_type[c.type][2]++;
  for (auto& c : p) sc.by_type[c.type][1]++;
  std::vector<Chunk> both;
  std::set_intersection(g.begin(), g.end(), p.begin(), p.end(), std::back_inserter(both));
  for (auto& c : both) sc.by_type[c.type][0]++;
  auto prf = [](const std::array<long, 3>& a, double* P, double* R, double* F) {
    *P = a[1] ? 100.0 * a[0] / a[1] : 0;
    *R = a[2] ? 100.0 * a[0] / a[2] : 0;
    *F = *P + *R > 0 ? 2 * *P * *R / (*P + *R) : 0;
  };
  for (auto& kv : sc.by_type)
    for (int k = 0; k < 3; ++k) all[k] += kv.second[k];
  double P, R, F;
  prf(all, &P, &R, &F);
  sc.f1 = F;
  if (print) {
    std::printf("overall  precision %6.2f  recall %6.2f  F1 %6.2f  (%ld gold, %ld found, %ld correct)\n", P, R, F,
                all[2], all[1], all[0]);
    for (auto& kv : sc.by_type) {
      prf(kv.second, &P, &R, &F);
      std::printf("%-8s precision %6.2f  recall %6.2f  F1 %6.2f  (%ld)\n", kv.first.c_str(), P, R, F, kv.second[2]);
    }
  }
  return sc;
}

// The whole file as one document, as `resalta tag` does for a file without
// -DOCSTART- lines.
std::vector<std::vector<std::string>> TagAll(const Tagger& t, const std::vector<Sentence>& data) {
  std::vector<std::vector<std::string>> out;
  std::vector<std::vector<std::string_view>> doc;
  for (const auto& s : data) doc.emplace_back(s.tokens.begin(), s.tokens.end());
  t.TagDocument(doc, &out);
  return out;
}

// Document values for training sentences (consecutive sentences form the
// documents) from first-pass labels.
void SetDocValues(const std::vector<std::vector<std::string>>& tokens,
                  const std::vector<std::vector<std::string>>& labels, std::vector<std::vector<uint8_t>>* doc) {
  std::vector<DocToken> dt;
  for (size_t s = 0; s < tokens.size(); ++s)
    for (size_t i = 0; i < tokens[s].size(); ++i) {
      bool up = false;
      uint64_t lower = LowerHash(tokens[s][i], &up);
      dt.push_back({lower, static_cast<uint32_t>(s), DocTypeOfLabel(labels[s][i]), up});
    }
  std::vector<uint8_t> values(dt.size());
  std::vector<uint32_t> order;
  ComputeDocValues(dt, Tagger::kDocWindow, &order, values.data());
  doc->resize(tokens.size());
  size_t off = 0;
  for (size_t s = 0; s < tokens.size(); ++s) {
    (*doc)[s].assign(values.begin() + off, values.begin() + off + tokens[s].size());
    off += tokens[s].size();
  }
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) Die("cannot read " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// ---------------------------------------------------------------- lexicon file

// TSV: word, count, cluster level 0, 1, 2, cap bin ("-" for none).
void ReadLexicon(const std::string& path, TrainerOptions* opt) {
  std::ifstream in(path);
  if (!in) Die("cannot read lexicon " + path);
  std::string line;
  std::getline(in, line);  // header: "#clusters K0 K1 K2"
  {
    std::istringstream h(line);
    std::string tag;
    h >> tag;
    if (tag != "#clusters") Die("bad lexicon header in " + path);
    for (int l = 0; l < kNumClusterLevels; ++l) h >> opt->clusters_per_level[l];
  }
  while (std::getline(in, line)) {
    auto f = Split(line, '\t');
    if (f.size() != 6) continue;
    LexEntry e;
    for (int l = 0; l < kNumClusterLevels; ++l) e.cluster[l] = static_cast<uint16_t>(std::stoi(f[2 + l]));
    e.cap_bin = static_cast<uint8_t>(std::stoi(f[5]));
    e.gaz = 0;
    opt->lex_keys.push_back(LexKey(LowerHash(f[0], nullptr)));
    opt->lex_entries.push_back(e);
  }
}

// ORs gazetteer bits into the lexicon entries of the given keys, in the
// order given; a key the lexicon lacks gets a new entry (no clusters, no
// capitalisation bin) at the end. Returns how many were added.
size_t MarkLexicon(const std::vector<std::pair<uint32_t, uint8_t>>& marks, TrainerOptions* opt) {
  std::unordered_map<uint32_t, size_t> where;
  for (size_t i = 0; i < opt->lex_keys.size(); ++i) where[opt->lex_keys[i]] = i;
  size_t added = 0;
  for (const auto& [key, bits] : marks) {
    auto it = where.find(key);
    if (it != where.end()) {
      opt->lex_entries[it->second].gaz |= bits;
    } else {
      LexEntry e;
      for (int l = 0; l < kNumClusterLevels; ++l) e.cluster[l] = kNoCluster;
      e.cap_bin = 0;
      e.gaz = bits;
      opt->lex_keys.push_back(key);
      opt->lex_entries.push_back(e);
      ++added;
    }
  }
  return added;
}

// Place-name words (one lowercase word a line, e.g. the tokens of GeoNames
// city names and of country names; scripts/train derives the list): each
// gets kGazPlace in the lexicon. Only a hint: the CRF weighs it against
// the context ("el Valencia" is a team).
void AddPlaces(const std::string& path, TrainerOptions* opt) {
  std::ifstream in(path);
  if (!in) Die("cannot read " + path);
  std::vector<uint32_t> keys;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) keys.push_back(LexKey(LowerHash(line, nullptr)));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::vector<std::pair<uint32_t, uint8_t>> marks;
  for (uint32_t key : keys) marks.push_back({key, kGazPlace});
  const size_t added = MarkLexicon(marks, opt);
  std::fprintf(stderr, "places: %zu words, %zu added to the lexicon\n", keys.size(), added);
}

// The closed lists of core/data/<lang> that the article layer types by
// (parties, outlets and agencies ORG; countries, capitals and regions LOC):
// each one-word name or spelling ("PRI", "Morena", "EFE", "Coahuila") gets
// kGazListOrg or kGazListPlace in the lexicon (group `lists`). Names of
// several words are left out: their words ("partido", "nacional", "baja")
// are no names alone. Editing those files changes what `scripts/train`
// builds, not what a shipped model reads at run time (the bits are stored).
void AddListWords(const std::string& lang, TrainerOptions* opt) {
  std::map<uint32_t, uint8_t> bits;  // ordered: deterministic new entries
  const std::pair<const char*, uint8_t> files[] = {
      {"parties", kGazListOrg},   {"outlets", kGazListOrg},  {"agencies", kGazListOrg},
      {"countries", kGazListPlace}, {"capitals", kGazListPlace}, {"regions", kGazListPlace}};
  for (const auto& [name, bit] : files) {
    for (std::string_view line : LangDataLines(lang, name)) {
      for (const std::string& spelling : Split(std::string(line), '|')) {
        if (spelling.empty() || spelling.find(' ') != std::string::npos) continue;
        bits[LexKey(LowerHash(spelling, nullptr))] |= bit;
      }
    }
  }
  const size_t added = MarkLexicon({bits.begin(), bits.end()}, opt);
  std::fprintf(stderr, "lists: %zu one-word names, %zu added to the lexicon\n", bits.size(), added);
}

// Token-level gazetteer from (silver) annotated CoNLL files: a word gets the
// bit of each entity type that covers at least kGazShare of its occurrences
// (and at least twice), and kGazFirst when it starts a name that often.
constexpr double kGazShare = 0.3;
uint32_t gaz_min = 2;  // --gaz-min

void AddGazetteer(const std::vector<std::string>& paths, TrainerOptions* opt) {
  struct Stat {
    uint32_t total = 0, first = 0, type[4] = {0, 0, 0, 0};
  };
  std::unordered_map<uint32_t, Stat> st;
  const char* types[4] = {"PER", "ORG", "LOC", "MISC"};
  for (const auto& path : paths) {
    for (const auto& s : ReadConll(path, false)) {
      for (size_t i = 0; i < s.tokens.size(); ++i) {
        Stat& x = st[LexKey(LowerHash(s.tokens[i], nullptr))];
        ++x.total;
        const std::string& tag = s.tags[i];
        if (tag.size() < 3) continue;
        for (int t = 0; t < 4; ++t)
          if (tag.compare(2, std::string::npos, types[t]) == 0) ++x.type[t];
        if (tag[0] == 'B') ++x.first;
      }
    }
  }
  std::vector<std::pair<uint32_t, uint8_t>> marks;
  std::vector<uint32_t> keys;
  for (const auto& kv : st) keys.push_back(kv.first);
  std::sort(keys.begin(), keys.end());  // deterministic order of new entries
  for (uint32_t key : keys) {
    const Stat& x = st[key];
    uint8_t bits = 0;
    for (int t = 0; t < 4; ++t)
      if (x.type[t] >= gaz_min && x.type[t] >= kGazShare * x.total) bits |= static_cast<uint8_t>(1u << t);
    if (bits == 0) continue;
    if (x.first >= kGazShare * x.total) bits |= kGazFirst;
    marks.push_back({key, bits});
  }
  // The first bits a lexicon word gets (ReadLexicon leaves them 0).
  const size_t marked = marks.size(), added = MarkLexicon(marks, opt);
  std::fprintf(stderr, "gazetteer: %zu words marked, %zu added to the lexicon\n", marked, added);
}

// ---------------------------------------------------------------- clusters

float Dot(const float* a, const float* b, int d) {
  float acc[8] = {0, 0, 0, 0, 0, 0, 0, 0};
  int i = 0;
  for (; i + 8 <= d; i += 8)
    for (int k = 0; k < 8; ++k) acc[k] += a[i + k] * b[i + k];
  float s = 0;
  for (; i < d; ++i) s += a[i] * b[i];
  for (int k = 0; k < 8; ++k) s += acc[k];
  return s;
}

void Normalize(float* v, int d) {
  double n = 0;
  for (int i = 0; i < d; ++i) n += static_cast<double>(v[i]) * v[i];
  if (n <= 0) return;
  float inv = static_cast<float>(1.0 / std::sqrt(n));
  for (int i = 0; i < d; ++i) v[i] *= inv;
}

struct SplitMix {
  uint64_t s;
  uint64_t Next() {
    s += 0x9E3779B97F4A7C15ULL;
    return Mix64(s);
  }
  double Uniform() { return (Next() >> 11) * (1.0 / 9007199254740992.0); }
};

// Spherical k-means over unit vectors X (n x d); deterministic for a seed.
std::vector<uint16_t> KMeans(const std::vector<float>& X, size_t n, int d, int K, int iters, uint64_t seed) {
  SplitMix rng{seed};
  std::vector<float> C(static_cast<size_t>(K) * d);
  // Init: K distinct points chosen at random among the n.
  std::vector<size_t> idx(n);
  std::iota(idx.begin(), idx.end(), 0);
  for (int k = 0; k < K; ++k) {
    size_t j = k + rng.Next() % (n - k);
    std::swap(idx[k], idx[j]);
    std::copy(&X[idx[k] * d], &X[idx[k] * d] + d, &C[static_cast<size_t>(k) * d]);
  }
  std::vector<uint16_t> assign(n, 0);
  const int nthreads = 2;
  for (int it = 0; it < iters; ++it) {
    std::vector<size_t> changed(nthreads, 0);
    auto work = [&](int t) {
      for (size_t i = t; i < n; i += nthreads) {
        const float* x = &X[i * d];
        int best = 0;
        float bs = -1e30f;
        for (int k = 0; k < K; ++k) {
          float s = Dot(x, &C[static_cast<size_t>(k) * d], d);
          if (s > bs) {
            bs = s;
            best = k;
          }
        }
        if (assign[i] != best || it == 0) ++changed[t];
        assign[i] = static_cast<uint16_t>(best);
      }
    };
    std::vector<std::thread> th;
    for (int t = 0; t < nthreads; ++t) th.emplace_back(work, t);
    for (auto& t : th) t.join();
    std::vector<double> sum(static_cast<size_t>(K) * d, 0.0);
    std::vector<size_t> cnt(K, 0);
    for (size_t i = 0; i < n; ++i) {
      ++cnt[assign[i]];
      for (int j = 0; j < d; ++j) sum[static_cast<size_t>(assign[i]) * d + j] += X[i * d + j];
    }
    for (int k = 0; k < K; ++k) {
      float* c = &C[static_cast<size_t>(k) * d];
      if (cnt[k] == 0) {  // empty cluster: reseed from a random point
        size_t j = rng.Next() % n;
        std::copy(&X[j * d], &X[j * d] + d, c);
        continue;
      }
      for (int j = 0; j < d; ++j) c[j] = static_cast<float>(sum[static_cast<size_t>(k) * d + j]);
      Normalize(c, d);
    }
    std::fprintf(stderr, "  k-means K=%d iter %d: %zu changed\n", K, it + 1, changed[0] + changed[1]);
    if (it > 0 && changed[0] + changed[1] < n / 1000) break;
  }
  return assign;
}

int TokenizeCmd() {
  std::ios::sync_with_stdio(false);
  std::string line, out;
  std::vector<std::string> toks;
  while (std::getline(std::cin, line)) {
    TokenizeRaw(line, &toks);
    if (toks.empty()) continue;
    out.clear();
    for (const auto& t : toks) {
      if (!out.empty()) out += ' ';
      out += LowerUtf8(t);
    }
    out += '\n';
    std::cout << out;
  }
  return 0;
}

// Reads a fastText .vec file ("N D" header, then word and D floats a line)
// into unit vectors keyed by the word's LowerHash.
std::unordered_map<uint64_t, std::vector<float>> ReadVectors(const std::string& path, int* dims) {
  std::ifstream in(path);
  if (!in) Die("cannot read vectors " + path);
  size_t n = 0;
  in >> n >> *dims;
  if (*dims <= 0 || *dims > 4096) Die("bad vector header in " + path);
  std::unordered_map<uint64_t, std::vector<float>> vec;
  vec.reserve(n);
  std::string word;
  for (size_t i = 0; i < n && (in >> word); ++i) {
    std::vector<float> v(*dims);
    for (int k = 0; k < *dims; ++k) in >> v[k];
    if (!in) Die("truncated vector file " + path);
    Normalize(v.data(), *dims);
    vec.emplace(LowerHash(word, nullptr), std::move(v));
  }
  return vec;
}

int Clusters(const std::map<std::string, std::string>& f) {
  const std::string out_path = Get(f, "out", "");
  if (out_path.empty()) Die("clusters: --out is required");
  const size_t V = std::stoul(Get(f, "vocab", "60000"));
  // Words past the first `dense` get sparse context counts (they are rare).
  const size_t dense = std::stoul(Get(f, "dense", "60000"));
  const uint64_t min_count = std::stoull(Get(f, "min-count", "3"));
  const size_t Cn = std::stoul(Get(f, "context", "500"));
  const int D = std::stoi(Get(f, "dims", "96"));
  const int iters = std::stoi(Get(f, "iters", "20"));
  const uint64_t seed = std::stoull(Get(f, "seed", "1"));
  std::vector<int> Ks;
  for (auto& k : Split(Get(f, "k", "64,256,1024"), ',')) Ks.push_back(std::stoi(k));
  if (Ks.size() != kNumClusterLevels) Die("clusters: --k needs three sizes");
  double t0 = Now();

  // 1. Stream of type ids; type 0 is the line boundary.
  std::unordered_map<uint64_t, uint32_t> type_of;
  type_of.reserve(4 << 20);
  std::vector<std::string> surface(1, "<s>");
  std::vector<uint64_t> count(1, 0), mid(1, 0), mid_cap(1, 0), hash_of(1, 0);
  std::vector<uint32_t> stream;
  std::vector<uint8_t> capflag;  // per stream position: capitalised away from a sentence start
  // --caps-only: cluster words by the contexts of their capitalised,
  // mid-sentence occurrences only (name-like uses).
  const bool caps_only = Get(f, "caps-only", "0") == "1";
  stream.reserve(32 << 20);
  std::string line;
  std::vector<std::string> toks;
  while (std::getline(std::cin, line)) {
    TokenizeRaw(line, &toks);
    if (toks.empty()) continue;
    stream.push_back(0);
    capflag.push_back(0);
    bool initial = true;
    for (const auto& t : toks) {
      bool up = false;
      uint64_t h = LowerHash(t, &up);
      auto [it, inserted] = type_of.emplace(h, static_cast<uint32_t>(surface.size()));
      if (inserted) {
        surface.push_back(t);
        hash_of.push_back(h);
        count.push_back(0);
        mid.push_back(0);
        mid_cap.push_back(0);
      }
      uint32_t id = it->second;
      stream.push_back(id);
      capflag.push_back(!initial && up);
      ++count[id];
      if (!initial) {
        ++mid[id];
        if (up) ++mid_cap[id];
      }
      initial = t == "." || t == "?" || t == "!" || t == "¿" || t == "¡" || t == ":" || t == "\"" || t == "«" ||
                t == "—" || t == "-" || t == "…";
    }
  }
  stream.push_back(0);
  capflag.push_back(0);
  std::fprintf(stderr, "clusters: %zu tokens, %zu types read in %.1fs\n", stream.size(), surface.size(), Now() - t0);

  // 2. Vocabulary (most frequent, ties by first occurrence) and context words.
  std::vector<uint32_t> byfreq(surface.size() - 1);
  std::iota(byfreq.begin(), byfreq.end(), 1);
  std::stable_sort(byfreq.begin(), byfreq.end(), [&](uint32_t a, uint32_t b) { return count[a] > count[b]; });
  std::vector<uint32_t> ctxfreq = byfreq;  // context words: always by overall frequency
  if (caps_only) {
    std::stable_sort(byfreq.begin(), byfreq.end(), [&](uint32_t a, uint32_t b) { return mid_cap[a] > mid_cap[b]; });
  }
  auto vcount = [&](uint32_t id) { return caps_only ? mid_cap[id] : count[id]; };
  size_t nv = std::min(V, byfreq.size());
  while (nv > 0 && vcount(byfreq[nv - 1]) < min_count) --nv;
  const size_t nd = std::min(nv, dense);
  const size_t nc = std::min(Cn, byfreq.size());
  std::vector<int32_t> vrow(surface.size(), -1), cslot(surface.size(), -1);
  for (size_t i = 0; i < nv; ++i) vrow[byfreq[i]] = static_cast<int32_t>(i);
  cslot[0] = 0;  // boundary is context slot 0
  for (size_t i = 0; i < nc; ++i) cslot[ctxfreq[i]] = static_cast<int32_t>(i + 1);
  const size_t W = nc + 1;  // slots per side

  // 3. One unit vector per vocabulary word: from --vectors, or from left and
  //    right context counts (Hellinger transform, random projection). With
  //    --vectors, words that have none get no cluster (row -1).
  const std::string vectors_path = Get(f, "vectors", "");
  std::vector<int32_t> xrow(nv);
  std::iota(xrow.begin(), xrow.end(), 0);
  size_t nx = nv;
  int XD = D;
  std::vector<float> X;
  if (!vectors_path.empty()) {
    auto vec = ReadVectors(vectors_path, &XD);
    nx = 0;
    for (size_t v = 0; v < nv; ++v) {
      auto it = vec.find(hash_of[byfreq[v]]);
      if (it == vec.end()) {
        xrow[v] = -1;
        continue;
      }
      xrow[v] = static_cast<int32_t>(nx++);
      X.insert(X.end(), it->second.begin(), it->second.end());
    }
  } else {
    // 3. Left and right context counts (dense), Hellinger transform, projection.
    std::vector<uint32_t> M(nd * 2 * W, 0);
    std::unordered_map<uint64_t, uint32_t> tail;  // (row - nd) * 2W + slot -> count
    auto bump = [&](size_t r, size_t slot) {
      if (r < nd) ++M[r * 2 * W + slot];
      else ++tail[(r - nd) * 2 * W + slot];
    };
    for (size_t i = 1; i + 1 < stream.size(); ++i) {
      int32_t r = vrow[stream[i]];
      if (stream[i] == 0 || r < 0 || (caps_only && !capflag[i])) continue;
      int32_t l = cslot[stream[i - 1]], rt = cslot[stream[i + 1]];
      if (l >= 0) bump(r, l);
      if (rt >= 0) bump(r, W + rt);
    }
    // Tail rows, densified one at a time below.
    std::vector<std::vector<std::pair<uint32_t, uint32_t>>> tail_rows(nv - nd);
    {
      std::vector<uint64_t> tk;
      tk.reserve(tail.size());
      for (const auto& kv : tail) tk.push_back(kv.first);
      std::sort(tk.begin(), tk.end());
      for (uint64_t k : tk) tail_rows[k / (2 * W)].push_back({static_cast<uint32_t>(k % (2 * W)), tail[k]});
      tail.clear();
    }
    std::vector<uint32_t> scratch_row(2 * W);
    SplitMix rng{seed};
    std::vector<float> R(2 * W * D);
    for (auto& x : R) x = (rng.Next() & 1) ? 1.0f : -1.0f;
    X.assign(nv * D, 0.0f);
    for (size_t v = 0; v < nv; ++v) {
      const uint32_t* row;
      if (v < nd) {
        row = &M[v * 2 * W];
      } else {
        std::fill(scratch_row.begin(), scratch_row.end(), 0);
        for (auto [slot, c] : tail_rows[v - nd]) scratch_row[slot] = c;
        row = scratch_row.data();
      }
      float* x = &X[v * D];
      for (int side = 0; side < 2; ++side) {
        double tot = 0;
        for (size_t j = 0; j < W; ++j) tot += row[side * W + j];
        if (tot <= 0) continue;
        for (size_t j = 0; j < W; ++j) {
          uint32_t c = row[side * W + j];
          if (!c) continue;
          float h = static_cast<float>(std::sqrt(c / tot));
          const float* rr = &R[(side * W + j) * D];
          for (int k = 0; k < D; ++k) x[k] += h * rr[k];
        }
      }
      Normalize(x, D);
    }
    M.clear();
    M.shrink_to_fit();
  }
  std::fprintf(stderr, "clusters: vectors for %zu words in %.1fs\n", nv, Now() - t0);

  // 4. k-means at three granularities.
  std::vector<std::vector<uint16_t>> lv;
  for (int l = 0; l < kNumClusterLevels; ++l) lv.push_back(KMeans(X, nx, XD, Ks[l], iters, seed + 17 * (l + 1)));

  // 5. Capitalisation-ratio bins (words seen at least 5 times mid-sentence).
  std::ofstream out(out_path);
  out << "#clusters " << Ks[0] << " " << Ks[1] << " " << Ks[2] << "\n";
  for (size_t v = 0; v < nv; ++v) {
    uint32_t id = byfreq[v];
    int bin = 0;
    if (mid[id] >= 5) {
      double r = static_cast<double>(mid_cap[id]) / mid[id];
      bin = r < 0.05 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 0.95 ? 4 : 5;
    }
    if (surface[id].find('\t') != std::string::npos) continue;
    out << surface[id] << "\t" << count[id];
    for (int l = 0; l < kNumClusterLevels; ++l) out << "\t" << (xrow[v] < 0 ? kNoCluster : lv[l][xrow[v]]);
    out << "\t" << bin << "\n";
  }
  std::fprintf(stderr, "clusters: wrote %s in %.1fs\n", out_path.c_str(), Now() - t0);
  return 0;
}

// ---------------------------------------------------------------- train / eval

uint32_t ParseGroups(const std::string& s) {
  if (s == "all") return kAllFeatureGroups;
  uint32_t g = 0;
  for (auto& p : Split(s, ',')) {
    if (p == "base") g |= kFeatBase;
    else if (p == "bigrams") g |= kFeatBigrams;
    else if (p == "clusters") g |= kFeatClusters;
    else if (p == "cap") g |= kFeatCapRatio;
    else if (p == "conj") g |= kFeatLexConj;
    else if (p == "gaz") g |= kFeatGazetteer;
    else if (p == "doc") g |= kFeatDocument;
    else if (p == "wide") g |= kFeatWide;
    else if (p == "stack") g |= kFeatStack;
    else if (p == "quotes") g |= kFeatQuotes;
    else if (p == "ctx") g |= kFeatContext;
    else if (p == "lists") g |= kFeatLists;
    else Die("unknown feature group " + p);
  }
  return g;
}

// Averages the weights and transitions of models that share labels, feature
// groups and lexicon (a feature missing from a model counts as 0).
Result<std::string> AverageModels(const std::vector<std::string>& models, const ModelEncoding& enc = ModelEncoding()) {
  std::vector<TaggerModelData> ms;
  for (const auto& b : models) {
    auto m = ParseTaggerModel(b);
    if (!m.ok()) return m.status();
    ms.push_back(std::move(m.value()));
  }
  TaggerModelData out = ms[0];
  const size_t L = out.labels.size();
  std::map<uint32_t, std::vector<double>> sum;
  for (const auto& m : ms) {
    for (size_t f = 0; f < m.keys.size(); ++f) {
      auto& row = sum[m.keys[f]];
      row.resize(L, 0.0);
      for (size_t y = 0; y < L; ++y) row[y] += m.qweights[f * L + y] * static_cast<double>(m.qscale[f]);
    }
  }
  for (size_t i = 0; i < out.transitions.size(); ++i) {
    double t = 0;
    for (const auto& m : ms) t += m.transitions[i];
    out.transitions[i] = static_cast<float>(t / ms.size());
  }
  out.keys.clear();
  out.weights.clear();
  for (const auto& kv : sum) {
    out.keys.push_back(kv.first);
    for (double w : kv.second) out.weights.push_back(static_cast<float>(w / ms.size()));
  }
  return SerializeTaggerModel(out, enc);
}

int Train(const std::map<std::string, std::string>& f) {
  TrainerOptions opt;
  opt.lang = Get(f, "lang", "es");
  opt.epochs = std::stoi(Get(f, "epochs", "10"));
  opt.seed = std::stoull(Get(f, "seed", "1"));
  opt.min_count = std::stoi(Get(f, "min-count", "1"));
  opt.prune = std::stof(Get(f, "prune", "0"));
  opt.dropout = std::stof(Get(f, "dropout", "0"));
  std::string algo = Get(f, "algo", "perceptron");
  if (algo == "crf") opt.algorithm = TrainerOptions::kCrf;
  else if (algo != "perceptron") Die("unknown --algo " + algo);
  opt.learning_rate = std::stof(Get(f, "lr", "0.1"));
  opt.l2 = std::stof(Get(f, "l2", "0"));
  opt.feature_groups = ParseGroups(Get(f, "groups", "all"));
  const bool iob1 = f.count("iob1") > 0;
  const std::string out_path = Get(f, "out", "");
  if (out_path.empty()) Die("train: --out is required");
  std::string lex = Get(f, "lex", "");
  if (!lex.empty()) ReadLexicon(lex, &opt);
  if (lex.empty()) opt.feature_groups &= ~(kFeatClusters | kFeatCapRatio);
  gaz_min = static_cast<uint32_t>(std::stoul(Get(f, "gaz-min", "2")));
  std::string gaz = Get(f, "gaz", "");
  if (!gaz.empty()) AddGazetteer(Split(gaz, ','), &opt);
  std::string places = Get(f, "places", "");
  if (!places.empty()) AddPlaces(places, &opt);
  if (gaz.empty() && places.empty()) opt.feature_groups &= ~kFeatGazetteer;
  if (opt.feature_groups & kFeatLists) AddListWords(opt.lang, &opt);
  double t0 = Now();

  // BILOU: the model learns O plus B-/I-/L-/U- labels (Tag still reports IOB2).
  const bool bilou = Get(f, "scheme", "iob2") == "bilou";
  if (bilou) {
    opt.labels = {"O"};
    for (const char* t : {"PER", "ORG", "LOC", "MISC"})
      for (const char* p : {"B-", "I-", "L-", "U-"}) opt.labels.push_back(std::string(p) + t);
  }
  auto to_scheme = [&](std::vector<std::string>* tags) {
    if (!bilou) return;
    for (size_t i = 0; i < tags->size(); ++i) {
      std::string& t = (*tags)[i];
      if (t.size() < 3) continue;
      const bool ends = i + 1 == tags->size() || (*tags)[i + 1] != "I" + t.substr(1);
      if (t[0] == 'B' && ends) t[0] = 'U';
      else if (t[0] == 'I' && ends) t[0] = 'L';
    }
  };
  std::vector<TrainSentence> data;
  for (auto& path : Split(Get(f, "train", ""), ',')) {
    for (auto& s : ReadConll(path, iob1)) {
      to_scheme(&s.tags);
      TrainSentence ts;
      ts.tokens = std::move(s.tokens);
      for (auto& t : s.tags) {
        auto it = std::find(opt.labels.begin(), opt.labels.end(), t);
        if (it == opt.labels.end()) Die("unknown tag " + t + " in " + path);
        ts.labels.push_back(static_cast<int>(it - opt.labels.begin()));
      }
      data.push_back(std::move(ts));
    }
  }
  if (data.empty()) Die("train: no training data (--train)");
  // Extra data in its own domain (feature augmentation), e.g. silver labels.
  for (auto& path : Split(Get(f, "extra", ""), ',')) {
    for (auto& s : ReadConll(path, false)) {
      to_scheme(&s.tags);
      TrainSentence ts;
      ts.tokens = std::move(s.tokens);
      ts.domain = 1;
      for (auto& t : s.tags) {
        auto it = std::find(opt.labels.begin(), opt.labels.end(), t);
        if (it == opt.labels.end()) Die("unknown tag " + t + " in " + path);
        ts.labels.push_back(static_cast<int>(it - opt.labels.begin()));
      }
      data.push_back(std::move(ts));
    }
  }
  std::vector<Sentence> dev;
  std::string dev_path = Get(f, "dev", "");
  if (!dev_path.empty()) dev = ReadConll(dev_path, iob1);
  std::fprintf(stderr, "train: %zu sentences, lexicon %zu words, groups 0x%x\n", data.size(), opt.lex_keys.size(),
               opt.feature_groups);

  // --average N: N models from seeds seed..seed+N-1, weights averaged.
  const int average = std::stoi(Get(f, "average", "1"));
  const uint64_t seed0 = opt.seed;
  std::vector<std::string> members;
  for (int member = 0; member < average; ++member) {
  opt.seed = seed0 + member;
  for (auto& s : data) {
    s.doc.clear();
    s.first.clear();
  }
  // Document features: first-pass labels for the training sentences come
  // from models trained on the other folds (jackknife), so they carry the
  // first pass's real mistakes. A share of sentences keeps no document
  // values, so the model also learns the first pass (doc = 0).
  if (opt.feature_groups & (kFeatDocument | kFeatStack)) {
    const int folds = std::stoi(Get(f, "folds", "4"));
    const float blank = std::stof(Get(f, "doc-blank", "0.3"));
    TrainerOptions o1 = opt;
    o1.feature_groups &= ~(kFeatDocument | kFeatStack);
    o1.epochs = std::stoi(Get(f, "fold-epochs", std::to_string(opt.epochs)));
    size_t ntarget = 0;
    while (ntarget < data.size() && data[ntarget].domain == 0) ++ntarget;
    std::vector<std::vector<std::string>> toks(ntarget), first(ntarget);
    for (size_t s = 0; s < ntarget; ++s) toks[s] = data[s].tokens;
    for (int k = 0; k < folds; ++k) {
      size_t b = ntarget * k / folds, e = ntarget * (k + 1) / folds;
      std::vector<TrainSentence> part;
      for (size_t s = 0; s < data.size(); ++s)
        if (s < b || s >= e) part.push_back(data[s]);
      auto m = TrainTagger(part, o1, nullptr);
      if (!m.ok()) Die(m.status().message());
      auto tg = Tagger::FromBytes(m.value());
      tg->set_name_lists(false);  // the model's own first pass, as the second pass sees it
      std::vector<std::vector<std::string_view>> held;
      for (size_t s = b; s < e; ++s) held.emplace_back(toks[s].begin(), toks[s].end());
      std::vector<std::vector<std::string>> lab;
      tg->TagDocument(held, &lab);
      for (size_t s = b; s < e; ++s) first[s] = std::move(lab[s - b]);
      std::fprintf(stderr, "doc: fold %d/%d first pass done (%.1fs)\n", k + 1, folds, Now() - t0);
    }
    std::vector<std::vector<uint8_t>> doc;
    SetDocValues(toks, first, &doc);
    uint64_t rs = opt.seed * 7919 + 1;
    size_t blanked = 0;
    for (size_t s = 0; s < ntarget; ++s) {
      rs += 0x9E3779B97F4A7C15ULL;
      if ((Mix64(rs) >> 11) * (1.0 / 9007199254740992.0) < blank) {
        ++blanked;
        continue;
      }
      data[s].doc = std::move(doc[s]);
      data[s].first.resize(first[s].size());
      for (size_t i = 0; i < first[s].size(); ++i) data[s].first[i] = DocTypeOfLabel(first[s][i]) + 1;
    }
    std::fprintf(stderr, "doc: values set, %zu of %zu sentences left blank\n", blanked, ntarget);
  }

  auto res = TrainTagger(data, opt, [&](int epoch, const std::string& bytes) {
    if (dev.empty()) {
      std::fprintf(stderr, "epoch %d done (%.1fs)\n", epoch, Now() - t0);
      return true;
    }
    auto t = Tagger::FromBytes(bytes);
    if (!t.ok()) Die("trained model does not load: " + t.status().message());
    Scores sc = Score(dev, TagAll(t.value(), dev), false);
    std::fprintf(stderr, "epoch %d: dev F1 %.2f  (%zu features, %.1f MB, %.1fs)\n", epoch, sc.f1,
                 t->num_features(), bytes.size() / 1e6, Now() - t0);
    return true;
  });
  if (!res.ok()) Die(res.status().message());
  members.push_back(std::move(res.value()));
  }  // members
  // The members are stored exactly (int8); the model written is re-encoded
  // compactly (ModelEncoding's defaults: 4-bit, flat rows dropped), also
  // when there is only one.
  Result<std::string> res = AverageModels(members);
  if (!res.ok()) Die(res.status().message());
  if (members.size() > 1 && !dev.empty()) {
    auto t = Tagger::FromBytes(res.value());
    std::fprintf(stderr, "average of %zu: dev F1 %.2f\n", members.size(), Score(dev, TagAll(t.value(), dev), false).f1);
    // --report-exact 1: the same average kept exact (int8, nothing dropped),
    // to tell what the compact encoding costs; not what is written.
    if (Get(f, "report-exact", "0") == "1") {
      Result<std::string> exact = AverageModels(members, ModelEncoding::Exact());
      if (!exact.ok()) Die(exact.status().message());
      auto te = Tagger::FromBytes(exact.value());
      if (!te.ok()) Die(te.status().message());
      std::fprintf(stderr, "average of %zu, exact int8: dev F1 %.2f\n", members.size(),
                   Score(dev, TagAll(te.value(), dev), false).f1);
    }
  }
  std::ofstream out(out_path, std::ios::binary);
  out.write(res.value().data(), static_cast<std::streamsize>(res.value().size()));
  if (!out) Die("cannot write " + out_path);
  out.close();
  std::fprintf(stderr, "train: wrote %s (%zu bytes) in %.1fs\n", out_path.c_str(), res.value().size(), Now() - t0);
  if (!dev.empty()) {
    auto t = Tagger::FromBytes(res.value());
    std::printf("dev: %s\n", dev_path.c_str());
    Score(dev, TagAll(t.value(), dev), true);
  }
  return 0;
}

int Eval(const std::map<std::string, std::string>& f) {
  auto t = Tagger::FromBytes(ReadFile(Get(f, "model", "")));
  if (!t.ok()) Die(t.status().message());
  auto data = ReadConll(Get(f, "data", ""), f.count("iob1") > 0);
  Score(data, TagAll(t.value(), data), true);
  return 0;
}

// Single-thread speed of the shipped path: model load (FromBytes) and
// tagging throughput over the sentences of a CoNLL file, repeated.
int Bench(const std::map<std::string, std::string>& f) {
  const std::string bytes = ReadFile(Get(f, "model", "core/models/es.bin"));
  const double min_s = std::stod(Get(f, "seconds", "2"));
  std::vector<double> loads;
  for (int r = 0; r < 15; ++r) {
    double t = Now();
    auto tg = Tagger::FromBytes(bytes);
    loads.push_back(Now() - t);
    if (!tg.ok()) Die(tg.status().message());
  }
  std::sort(loads.begin(), loads.end());
  auto t = Tagger::FromBytes(bytes);
  auto data = ReadConll(Get(f, "data", ""), false);
  std::vector<std::vector<std::string_view>> sents;
  size_t tokens = 0;
  for (const auto& s : data) {
    sents.emplace_back(s.tokens.begin(), s.tokens.end());
    tokens += s.tokens.size();
  }
  // Articles of 40 sentences, as the analyzer hands them over.
  std::vector<std::vector<std::vector<std::string_view>>> docs;
  for (size_t i = 0; i < sents.size(); i += 40)
    docs.emplace_back(sents.begin() + i, sents.begin() + std::min(sents.size(), i + 40));
  Tagger::Scratch sc;
  std::vector<std::vector<int>> ids;
  std::vector<std::vector<std::string>> labels;
  // Wall time, and the thread's CPU time (steadier on a busy machine).
  double cpu_rate = 0;
  auto run = [&](bool strings) {
    size_t done = 0;
    double t0 = Now(), c0 = CpuNow(), el = 0;
    do {
      for (const auto& d : docs) {
        if (strings) t->TagDocument(d, &labels);
        else t->TagDocumentIds(d, &sc, &ids);
      }
      done += tokens;
      el = Now() - t0;
    } while (el < min_s);
    cpu_rate = done / (CpuNow() - c0);
    return done / el;
  };
  run(false);  // warm-up
  std::printf("model_bytes %zu\n", bytes.size());
  std::printf("model_features %zu\n", t->num_features());
  std::printf("model_lexicon_words %zu\n", t->lexicon_size());
  std::printf("load_ms_median %.2f\n", loads[loads.size() / 2] * 1e3);
  std::printf("native_tokens_per_s_ids %.0f\n", run(false));
  std::printf("native_tokens_per_cpu_s_ids %.0f\n", cpu_rate);
  std::printf("native_tokens_per_s_strings %.0f\n", run(true));
  std::printf("native_tokens_per_cpu_s_strings %.0f\n", cpu_rate);
  return 0;
}

// The tagger's analysis of each token of a CoNLL file, as the model's lexicon
// and trigger words give it: "cap_bin gaz wclass sent_caps flags lexkey" per
// token, a blank line after each sentence. The neural prototype
// (core/train/neural/proto.py) reads its token features and word keys from
// here, so they are the ones the C++ tagger computes.
int TokInfo(const std::map<std::string, std::string>& f) {
  auto m = resalta::tagger_internal::ParseTaggerModel(ReadFile(Get(f, "model", "core/models/es.bin")));
  if (!m.ok()) Die(m.status().ToString());
  resalta::tagger_internal::WordTable lex;
  lex.Build(m.value().lex_keys, m.value().lex_entries);
  const auto triggers = resalta::tagger_internal::TriggerWords::ForLanguage(m.value().lang);
  std::string out;
  for (const auto& s : ReadConll(Get(f, "data", ""), false)) {
    std::vector<resalta::tagger_internal::TokenInfo> toks(s.tokens.size());
    for (size_t i = 0; i < toks.size(); ++i) resalta::tagger_internal::AnalyzeToken(s.tokens[i], &lex, &triggers, &toks[i]);
    resalta::tagger_internal::MarkCapsSentence(toks.data(), static_cast<int>(toks.size()));
    for (const auto& t : toks) {
      out += std::to_string(t.cap_bin) + ' ' + std::to_string(t.gaz) + ' ' + std::to_string(t.wclass) + ' ' +
             std::to_string(t.sent_caps) + ' ' + std::to_string(t.flags) + ' ' +
             std::to_string(resalta::tagger_internal::LexKey(t.lower)) + '\n';
    }
    out += '\n';
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) Die("usage: resalta-train clusters|train|eval [flags] (see core/tools/train.cc)");
  std::string cmd = argv[1];
  auto f = ParseFlags(argc, argv, 2);
  if (cmd == "clusters") return Clusters(f);
  if (cmd == "tokenize") return TokenizeCmd();
  if (cmd == "train") return Train(f);
  if (cmd == "eval") return Eval(f);
  if (cmd == "bench") return Bench(f);
  if (cmd == "tokinfo") return TokInfo(f);
  Die("unknown command " + cmd);
}
