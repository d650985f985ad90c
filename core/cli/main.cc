// resalta: the command-line tool (batch work and tests). All I/O of the
// project lives here; the core only sees bytes.
//
//   resalta analyze [--lang es|en|auto] [--date YYYY-MM-DD] [--model FILE] [--no-tokens] [FILE|-]
//   resalta tag [--lang es|en] [--model FILE] [FILE|-]
//   resalta batch [--threads N] [--errors FILE] [analyze's options] [FILE|-]   (core/cli/batch.cc)
//   resalta --version | --help
#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "batch.h"
#include "resalta/analyzer.h"

namespace {

constexpr const char* kUsage =
    "Usage:\n"
    "  resalta analyze [--lang es|en|auto] [--date YYYY-MM-DD] [--model FILE] [--no-tokens] [FILE|-]\n"
    "      Analyze an article (UTF-8 text) and print the Document as JSON.\n"
    "      --date is the publication date relative dates resolve against (default: a dateline\n"
    "      in the text, else today).\n"
    "  resalta tag [--lang es|en] [--model FILE] [FILE|-]\n"
    "      Read CoNLL columns (token first; blank line ends a sentence) and print each\n"
    "      line with the predicted IOB2 entity tag appended as a last column.\n"
    "  resalta batch [--threads N] [--errors FILE] [--lang ..] [--date ..] [--model FILE] [--no-tokens] [FILE|-]\n"
    "      Analyze NDJSON articles, one {\"id\", \"text\", \"date\"?, \"lang\"?, ...} a line, on N threads\n"
    "      (default: every core). Prints one line per article in input order: {\"id\", \"meta\"?, \"document\"}\n"
    "      or {\"id\", \"meta\"?, \"error\": {\"code\", \"message\", \"line\"}}; --errors also writes the error\n"
    "      lines to FILE. A record's \"date\" and \"lang\" replace --date and --lang. Exit status 3 when\n"
    "      some records failed (the others are all written).\n"
    "  resalta --version\n"
    "  resalta --help\n"
    "\n"
    "Input is read from FILE, or from standard input when FILE is - or absent.\n"
    "Without --model, the shipped models beside the executable (models/<lang>.bin) are used.\n";

// Exit codes: 1 for a failure at run time, 2 for bad usage.
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

int UsageError(const std::string& message) {
  std::cerr << "resalta: " << message << "\nTry 'resalta --help'.\n";
  return kExitUsage;
}

int Fail(const std::string& message) {
  std::cerr << "resalta: " << message << "\n";
  return kExitFailure;
}

bool ReadAll(const std::string& path, std::string* out) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    *out = ss.str();
    return !std::cin.bad();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return !in.bad();
}

std::string ExecutableDir() {
  std::vector<char> buf(4096);
  ssize_t n = readlink("/proc/self/exe", buf.data(), buf.size() - 1);
  if (n <= 0) return ".";
  std::string path(buf.data(), n);
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

std::string Today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
  return buf;
}

struct Args {
  std::string command;
  std::string lang;
  std::string date;
  std::string model;
  std::string input = "-";
  bool tokens = true;
  std::string threads;  // batch only
  std::string errors;   // batch only
};

// Loads --model, or every shipped model that exists. A model file that is
// present but broken is always an error.
int LoadModels(const Args& args, resalta::Analyzer* analyzer) {
  std::vector<std::string> paths;
  if (!args.model.empty()) {
    paths.push_back(args.model);
  } else {
    for (const char* lang : {"es", "en"}) {
      std::string p = ExecutableDir() + "/models/" + lang + ".bin";
      if (access(p.c_str(), R_OK) == 0) paths.push_back(p);
    }
  }
  for (const std::string& p : paths) {
    std::string bytes;
    if (!ReadAll(p, &bytes)) return Fail("cannot read model " + p);
    if (resalta::Status s = analyzer->LoadModel(bytes); !s.ok()) return Fail("model " + p + ": " + s.ToString());
  }
  return 0;
}

// What analyze's flags mean; batch uses the same for its records.
resalta::AnalyzeOptions AnalyzeOptionsOf(const Args& args) {
  resalta::AnalyzeOptions options;
  options.lang = args.lang.empty() ? "auto" : args.lang;
  // Without --date the core reads a dateline; today only when there is none.
  options.date = args.date;
  if (args.date.empty()) options.default_date = Today();
  options.tokens = args.tokens;
  return options;
}

int RunAnalyze(const Args& args, const resalta::Analyzer& analyzer) {
  std::string text;
  if (!ReadAll(args.input, &text)) return Fail("cannot read " + args.input);
  resalta::AnalyzeOptions options = AnalyzeOptionsOf(args);
  resalta::Result<resalta::Document> doc = analyzer.Analyze(text, options);
  if (!doc.ok()) return Fail(doc.status().ToString());
  std::string json = resalta::ToJson(doc.value());
  json.push_back('\n');
  std::fwrite(json.data(), 1, json.size(), stdout);
  return 0;
}

// Tags one document's sentences and writes its lines.
int FlushConll(const resalta::Analyzer& analyzer, const std::string& lang, std::vector<std::string>* lines,
               std::string* out) {
  std::vector<std::vector<std::string_view>> sentences(1);
  for (const std::string& line : *lines) {
    if (line.empty()) {
      if (!sentences.back().empty()) sentences.emplace_back();
      continue;
    }
    size_t end = line.find_first_of(" \t");
    sentences.back().push_back(std::string_view(line).substr(0, end));
  }
  std::vector<std::vector<std::string>> labels;
  if (resalta::Status s = analyzer.Tag(lang, sentences, &labels); !s.ok()) return Fail(s.ToString());
  size_t si = 0, ti = 0;
  for (const std::string& line : *lines) {
    if (line.empty()) {
      out->push_back('\n');
      if (ti > 0) ++si, ti = 0;
      continue;
    }
    out->append(line).append(" ").append(labels[si][ti++]).push_back('\n');
  }
  lines->clear();
  return 0;
}

int RunTag(const Args& args, const resalta::Analyzer& analyzer) {
  std::string input;
  if (!ReadAll(args.input, &input)) return Fail("cannot read " + args.input);
  const std::string lang = args.lang.empty() ? "es" : args.lang;
  if (!analyzer.HasModel(lang)) return Fail("no entity model for language \"" + lang + "\"");
  std::string out;
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos < input.size()) {
    size_t nl = input.find('\n', pos);
    std::string line = input.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
    pos = nl == std::string::npos ? input.size() : nl + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("-DOCSTART-", 0) == 0) {  // a document boundary, passed through unchanged
      if (int rc = FlushConll(analyzer, lang, &lines, &out); rc != 0) return rc;
      out.append(line).push_back('\n');
      continue;
    }
    // A line of only blanks ends a sentence too.
    if (line.find_first_not_of(" \t") == std::string::npos) line.clear();
    lines.push_back(std::move(line));
  }
  if (int rc = FlushConll(analyzer, lang, &lines, &out); rc != 0) return rc;
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> argv_s(argv + 1, argv + argc);
  if (argv_s.empty()) return UsageError("missing command");
  Args args;
  bool have_input = false;
  for (size_t i = 0; i < argv_s.size(); ++i) {
    const std::string& a = argv_s[i];
    auto value = [&](std::string* dst) -> bool {
      if (i + 1 >= argv_s.size()) return false;
      *dst = argv_s[++i];
      return true;
    };
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (a == "--version") {
      std::cout << "resalta " << resalta::Version() << "\n";
      return 0;
    } else if (a == "--lang") {
      if (!value(&args.lang)) return UsageError("--lang needs a value");
    } else if (a == "--date") {
      if (!value(&args.date)) return UsageError("--date needs a value");
    } else if (a == "--model") {
      if (!value(&args.model)) return UsageError("--model needs a file");
    } else if (a == "--no-tokens") {
      args.tokens = false;
    } else if (a == "--threads") {
      if (!value(&args.threads)) return UsageError("--threads needs a number");
    } else if (a == "--errors") {
      if (!value(&args.errors)) return UsageError("--errors needs a file");
    } else if (a.size() > 1 && a[0] == '-' ) {
      return UsageError("unknown option " + a);
    } else if (args.command.empty()) {
      args.command = a;
    } else if (!have_input) {
      args.input = a;
      have_input = true;
    } else {
      return UsageError("unexpected argument " + a);
    }
  }
  const bool analyzes = args.command == "analyze" || args.command == "batch";
  if (!analyzes && args.command != "tag") {
    return UsageError(args.command.empty() ? "missing command" : "unknown command " + args.command);
  }
  if (!args.lang.empty() && args.lang != "es" && args.lang != "en" && !(args.lang == "auto" && analyzes)) {
    return UsageError("--lang must be es, en" + std::string(analyzes ? " or auto" : ""));
  }
  if (!args.date.empty() && !resalta::IsValidDate(args.date)) return UsageError("--date must be YYYY-MM-DD, got " + args.date);
  if (!args.tokens && !analyzes) return UsageError("--no-tokens applies to analyze and batch only");
  resalta::cli::BatchConfig batch;
  if (std::string e = resalta::cli::ParseBatchFlags(args.command, args.threads, args.errors, &batch); !e.empty()) {
    return UsageError(e);
  }

  resalta::Analyzer analyzer;
  if (int rc = LoadModels(args, &analyzer); rc != 0) return rc;
  if (args.command == "batch") {
    return resalta::cli::RunBatch(analyzer, AnalyzeOptionsOf(args), batch, args.input, args.errors);
  }
  return args.command == "analyze" ? RunAnalyze(args, analyzer) : RunTag(args, analyzer);
}
