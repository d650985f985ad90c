#include "batch.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <charconv>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

namespace resalta::cli {

namespace {

constexpr int kMaxThreads = 1024;

using Json = nlohmann::ordered_json;  // keeps "meta" in the record's own key order

// Serializes a value parsed from valid UTF-8; `replace` only so that dump()
// can never throw.
std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

// Byte offset of the first invalid UTF-8 sequence (overlong forms,
// surrogates and code points past U+10FFFF are invalid), or npos.
size_t FindInvalidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return i;
    unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    // The second byte's range is narrower after E0, ED, F0 and F4.
    unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    if (c1 < lo || c1 > hi) return i;
    for (int k = 2; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

// s with each byte that starts no valid UTF-8 sequence replaced by U+FFFD.
std::string RepairUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  while (!s.empty()) {
    size_t bad = FindInvalidUtf8(s);
    out.append(s.substr(0, bad));
    if (bad == std::string_view::npos) break;
    out.append("\xEF\xBF\xBD");
    s.remove_prefix(bad + 1);
  }
  return out;
}

// The fields batch reads itself; every other one is passed through in "meta".
bool IsRecordField(std::string_view key) { return key == "id" || key == "text" || key == "lang" || key == "date"; }

// A SAX consumer that builds nothing and keeps the parser's error message:
// run only on lines that failed to parse, to say why without exceptions.
class ErrorMessageSax : public nlohmann::json_sax<Json> {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
    message = ex.what();
    // "[json.exception.parse_error.101] parse error at ...": the bracket is noise to a user.
    if (size_t close = message.find("] "); message.rfind("[json.exception.", 0) == 0 && close != std::string::npos) {
      message.erase(0, close + 2);
    }
    return false;
  }
  std::string message = "invalid JSON";
};

// The record's fields that batch reads; the rest go to "meta".
struct Record {
  Json id;  // null when absent
  Json meta = Json::object();
  std::string text;
  std::string lang, date;  // empty: not given
};

std::string ResultLine(const Record& r, const std::string* document, const Status* error, uint64_t line_no) {
  std::string out = "{\"id\":" + Dump(r.id);
  if (!r.meta.empty()) out += ",\"meta\":" + Dump(r.meta);
  if (document) {
    out += ",\"document\":";
    out += *document;
  } else {
    Json e = Json::object();
    e["code"] = ErrorCodeName(error->code());
    e["message"] = error->message();
    e["line"] = line_no;
    out += ",\"error\":" + Dump(e);
  }
  out += '}';
  return out;
}

// Reads one line into r; a Status says why the line is not a usable record
// (r.id and r.meta hold whatever could be read, for the error line).
Status ParseRecord(std::string_view line, bool oversize, size_t max_line_bytes, Record* r) {
  if (oversize) {
    return Status(ErrorCode::kTooLarge, "the line is over " + std::to_string(max_line_bytes) + " bytes");
  }
  if (size_t bad = FindInvalidUtf8(line); bad != std::string_view::npos) {
    // The error line still names the record when the rest of it reads.
    Json j = Json::parse(RepairUtf8(line), nullptr, /*allow_exceptions=*/false);
    if (j.is_object()) {
      for (auto& [key, value] : j.items()) {
        if (key == "id") {
          r->id = value;
        } else if (!IsRecordField(key)) {
          r->meta[key] = std::move(value);
        }
      }
    }
    return Status(ErrorCode::kInvalidInput, "invalid UTF-8 at byte " + std::to_string(bad) + " of the line");
  }
  Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    ErrorMessageSax sax;
    Json::sax_parse(line, &sax);
    return Status(ErrorCode::kInvalidInput, "invalid JSON: " + sax.message);
  }
  if (!j.is_object()) return Status(ErrorCode::kInvalidInput, "a record must be a JSON object");
  for (auto& [key, value] : j.items()) {
    if (key == "id") {
      r->id = value;
    } else if (!IsRecordField(key)) {
      r->meta[key] = std::move(value);
    }
  }
  if (!r->id.is_null() && !r->id.is_string() && !r->id.is_number()) {
    return Status(ErrorCode::kInvalidInput, "\"id\" must be a string or a number");
  }
  auto text = j.find("text");
  if (text == j.end() || text->is_null()) return Status(ErrorCode::kInvalidInput, "the record has no \"text\"");
  if (!text->is_string()) return Status(ErrorCode::kInvalidInput, "\"text\" must be a string");
  r->text = std::move(text->get_ref<std::string&>());
  for (auto [name, dst] : {std::pair{"lang", &r->lang}, std::pair{"date", &r->date}}) {
    auto it = j.find(name);
    if (it == j.end() || it->is_null()) continue;
    if (!it->is_string()) return Status(ErrorCode::kInvalidArgument, "\"" + std::string(name) + "\" must be a string");
    *dst = it->get<std::string>();
  }
  return Status::Ok();
}

std::string ProcessRecordWithLimit(const Analyzer& analyzer, const AnalyzeOptions& defaults, std::string_view line,
                                   uint64_t line_no, bool oversize, size_t max_line_bytes, bool* failed) {
  Record r;
  Status s = ParseRecord(line, oversize, max_line_bytes, &r);
  if (s.ok()) {
    // What analyze does with --lang and --date: the record's own fields
    // stand for the flags, the command line's for records without them.
    AnalyzeOptions options = defaults;
    if (!r.lang.empty()) options.lang = r.lang;
    if (!r.date.empty()) options.date = r.date;
    Result<Document> doc = analyzer.Analyze(r.text, options);
    if (doc.ok()) {
      *failed = false;
      std::string json = ToJson(doc.value());
      return ResultLine(r, &json, nullptr, line_no);
    }
    s = doc.status();
  }
  *failed = true;
  return ResultLine(r, nullptr, &s, line_no);
}

// Reads lines from a file descriptor without ever holding more than
// max_line_bytes of one line. Stops early once *cancel is set, even while
// a pipe has nothing to read.
class LineReader {
 public:
  LineReader(int fd, size_t max_line_bytes, const std::atomic<bool>* cancel)
      : fd_(fd), max_(max_line_bytes), cancel_(cancel), buf_(1u << 20) {}

  // False at the end of input (or on a read error: see error()). `line` has
  // no newline and no trailing '\r'; `consumed` counts every byte read.
  bool Next(std::string* line, bool* oversize, uint64_t* consumed) {
    line->clear();
    *oversize = false;
    bool any = false;
    for (;;) {
      if (pos_ == end_) {
        if (eof_ || !Fill()) break;
      }
      any = true;
      const char* start = buf_.data() + pos_;
      const void* nl = std::memchr(start, '\n', end_ - pos_);
      size_t n = nl ? static_cast<const char*>(nl) - start : end_ - pos_;
      if (!*oversize && line->size() + n <= max_) {
        line->append(start, n);
      } else if (!*oversize) {
        line->append(start, max_ - line->size());  // keep the start: the error line names the record by line number
        *oversize = true;
      }
      pos_ += n + (nl ? 1 : 0);
      *consumed += n + (nl ? 1 : 0);
      if (nl) break;
    }
    if (!line->empty() && line->back() == '\r' && !*oversize) line->pop_back();
    return any;
  }
  bool error() const { return error_; }

 private:
  bool Fill() {
    for (;;) {
      if (cancel_->load()) {
        eof_ = true;
        return false;
      }
      pollfd p{fd_, POLLIN, 0};
      if (poll(&p, 1, 200) == 0) continue;  // nothing yet: look at *cancel again
      ssize_t n = read(fd_, buf_.data(), buf_.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) error_ = true;
      if (n <= 0) {
        eof_ = true;
        return false;
      }
      pos_ = 0;
      end_ = static_cast<size_t>(n);
      return true;
    }
  }
  int fd_;
  size_t max_;
  const std::atomic<bool>* cancel_;
  std::vector<char> buf_;
  size_t pos_ = 0, end_ = 0;
  bool eof_ = false, error_ = false;
};

bool IsBlank(std::string_view s) { return s.find_first_not_of(" \t\r") == std::string_view::npos; }

// One record in the window.
struct Slot {
  uint64_t line_no = 0;
  bool oversize = false;
  std::string line;
  size_t bytes = 0;  // line's size while it counts against the window
  std::string out;
  bool failed = false;
  bool done = false;
};

std::string Duration(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%ldh%02ldm", s / 3600, s / 60 % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ldm%02lds", s / 60, s % 60);
  }
  return buf;
}

long PeakRssMiB() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;  // KiB on Linux
}

}  // namespace

std::string ProcessRecord(const Analyzer& analyzer, const AnalyzeOptions& defaults, std::string_view line,
                          uint64_t line_no, bool oversize, bool* failed) {
  return ProcessRecordWithLimit(analyzer, defaults, line, line_no, oversize, kMaxLineBytes, failed);
}

int AvailableCpus() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0) {
    int n = CPU_COUNT(&set);
    if (n > 0) return n;
  }
  unsigned n = std::thread::hardware_concurrency();
  return n > 0 ? static_cast<int>(n) : 1;
}

std::string ParseBatchFlags(const std::string& command, const std::string& threads, const std::string& errors,
                            BatchConfig* config) {
  if (command != "batch") {
    if (!threads.empty()) return "--threads applies to batch only";
    if (!errors.empty()) return "--errors applies to batch only";
    return "";
  }
  config->threads = AvailableCpus();
  if (!threads.empty()) {
    int n = 0;
    auto [end, ec] = std::from_chars(threads.data(), threads.data() + threads.size(), n);
    if (ec != std::errc() || end != threads.data() + threads.size() || n < 1 || n > kMaxThreads) {
      return "--threads must be a number from 1 to " + std::to_string(kMaxThreads) + ", got " + threads;
    }
    config->threads = n;
  }
  config->progress = isatty(STDERR_FILENO) == 1;
  return "";
}

Status ProcessStream(const Analyzer& analyzer, const AnalyzeOptions& defaults, const BatchConfig& config,
                     int input_fd, std::FILE* out, std::FILE* errors, BatchStats* stats) {
  using Clock = std::chrono::steady_clock;
  const Clock::time_point start = Clock::now();
  const int threads = config.threads > 0 ? config.threads : 1;
  const size_t max_records =
      config.window_records > 0 ? config.window_records : std::max<size_t>(16, 4 * static_cast<size_t>(threads));
  *stats = BatchStats();

  // The input's size, when it has one, for the progress line's share and ETA.
  struct stat st{};
  const uint64_t input_size = fstat(input_fd, &st) == 0 && S_ISREG(st.st_mode) ? st.st_size : 0;

  // The window: records in input order from front_seq on. Workers take them
  // in order (next_take); the writer pops the front once it is done.
  std::mutex mu;
  std::condition_variable reader_cv, worker_cv, writer_cv;
  std::deque<std::unique_ptr<Slot>> window;
  uint64_t front_seq = 0, next_take = 0;
  size_t window_bytes = 0;
  bool input_done = false, read_failed = false, stop = false;
  std::atomic<bool> cancel_read{false};

  std::thread reader([&] {
    LineReader lines(input_fd, config.max_line_bytes, &cancel_read);
    uint64_t line_no = 0, consumed = 0;
    auto slot = std::make_unique<Slot>();
    while (lines.Next(&slot->line, &slot->oversize, &consumed)) {
      ++line_no;
      if (line_no == 1 && slot->line.rfind("\xEF\xBB\xBF", 0) == 0) slot->line.erase(0, 3);  // a byte order mark
      if (!slot->oversize && IsBlank(slot->line)) continue;
      slot->line_no = line_no;
      slot->bytes = slot->line.size();
      std::unique_lock lock(mu);
      reader_cv.wait(lock, [&] {
        return stop || window.empty() ||
               (window.size() < max_records && window_bytes + slot->bytes <= config.window_bytes);
      });
      if (stop) return;
      window_bytes += slot->bytes;
      window.push_back(std::move(slot));
      stats->input_bytes = consumed;
      stats->peak_window_records = std::max(stats->peak_window_records, window.size());
      stats->peak_window_bytes = std::max(stats->peak_window_bytes, window_bytes);
      lock.unlock();
      worker_cv.notify_one();
      slot = std::make_unique<Slot>();
    }
    std::lock_guard lock(mu);
    stats->input_bytes = consumed;
    input_done = true;
    read_failed = lines.error();
    worker_cv.notify_all();
    writer_cv.notify_all();
  });
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      for (;;) {
        std::unique_lock lock(mu);
        worker_cv.wait(lock, [&] { return stop || next_take < front_seq + window.size() || input_done; });
        if (stop || next_take >= front_seq + window.size()) return;  // input_done and nothing left to take
        Slot* slot = window[next_take - front_seq].get();
        ++next_take;
        lock.unlock();
        slot->out = ProcessRecordWithLimit(analyzer, defaults, slot->line, slot->line_no, slot->oversize,
                                           config.max_line_bytes, &slot->failed);
        std::string().swap(slot->line);  // the input is no longer needed; its bytes stay counted until written
        lock.lock();
        slot->done = true;
        if (window.front().get() == slot) writer_cv.notify_one();
      }
    });
  }

  // The writer: this thread, in input order.
  Status status;
  Clock::time_point last_progress = start;
  uint64_t read_bytes = 0;  // stats->input_bytes, copied under the lock
  auto progress = [&](bool final) {
    if (!config.progress) return;
    double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    double rate = elapsed > 0 ? stats->records / elapsed : 0;
    std::string line = "\rresalta batch: " + std::to_string(stats->records) + " records, " +
                       std::to_string(static_cast<long>(rate)) + " records/s";
    if (input_size > 0 && read_bytes > 0 && !final) {
      double share = std::min(1.0, static_cast<double>(read_bytes) / input_size);
      char pct[16];
      std::snprintf(pct, sizeof pct, ", %.0f%%", share * 100);
      line += pct;
      if (share > 0.001) line += ", ETA " + Duration(elapsed / share - elapsed);
    }
    line += "\x1b[K";  // clear what a longer earlier line left
    if (final) line = "\r\x1b[K";
    std::fputs(line.c_str(), stderr);
    std::fflush(stderr);
  };
  for (;;) {
    std::vector<std::unique_ptr<Slot>> ready;
    {
      std::unique_lock lock(mu);
      auto can_write = [&] { return stop || (!window.empty() && window.front()->done) || (input_done && window.empty()); };
      if (config.progress) {
        writer_cv.wait_for(lock, std::chrono::milliseconds(250), can_write);
      } else {
        writer_cv.wait(lock, can_write);
      }
      read_bytes = stats->input_bytes;
      while (!window.empty() && window.front()->done) {
        window_bytes -= window.front()->bytes;
        ready.push_back(std::move(window.front()));
        window.pop_front();
        ++front_seq;
      }
      if (ready.empty() && input_done && window.empty()) break;
    }
    if (!ready.empty()) reader_cv.notify_one();
    for (const auto& slot : ready) {
      slot->out.push_back('\n');
      bool ok = std::fwrite(slot->out.data(), 1, slot->out.size(), out) == slot->out.size();
      if (slot->failed && errors) ok = ok && std::fwrite(slot->out.data(), 1, slot->out.size(), errors) == slot->out.size();
      if (!ok) {
        status = Status(ErrorCode::kInvalidInput, std::string("cannot write the output: ") + std::strerror(errno));
        break;
      }
      ++stats->records;
      stats->failed += slot->failed;
    }
    if (!status.ok()) {
      std::lock_guard lock(mu);
      stop = true;
      break;
    }
    if (config.progress && Clock::now() - last_progress > std::chrono::milliseconds(250)) {
      progress(false);
      last_progress = Clock::now();
    }
  }
  {
    std::lock_guard lock(mu);
    stop = true;
  }
  cancel_read = true;
  reader_cv.notify_all();
  worker_cv.notify_all();
  reader.join();
  for (std::thread& w : workers) w.join();
  progress(true);
  if (status.ok() && read_failed) status = Status(ErrorCode::kInvalidInput, std::string("cannot read the input"));
  if (status.ok() && (std::fflush(out) != 0 || (errors && std::fflush(errors) != 0))) {
    status = Status(ErrorCode::kInvalidInput, std::string("cannot write the output: ") + std::strerror(errno));
  }
  stats->seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return status;
}

int RunBatch(const Analyzer& analyzer, const AnalyzeOptions& defaults, const BatchConfig& config,
             const std::string& input, const std::string& errors_path) {
  int fd = input == "-" ? 0 : open(input.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    std::fprintf(stderr, "resalta: cannot read %s: %s\n", input.c_str(), std::strerror(errno));
    return 1;
  }
  std::FILE* errors = nullptr;
  if (!errors_path.empty() && !(errors = std::fopen(errors_path.c_str(), "wb"))) {
    std::fprintf(stderr, "resalta: cannot write %s: %s\n", errors_path.c_str(), std::strerror(errno));
    return 1;
  }
  BatchStats stats;
  Status s = ProcessStream(analyzer, defaults, config, fd, stdout, errors, &stats);
  if (errors && std::fclose(errors) != 0 && s.ok()) s = Status(ErrorCode::kInvalidInput, "cannot write " + errors_path);
  if (fd != 0) close(fd);
  double rate = stats.seconds > 0 ? stats.records / stats.seconds : 0;
  std::fprintf(stderr,
               "resalta batch: %llu records, %llu ok, %llu failed, %.1f s, %.1f records/s, %d thread%s, "
               "peak RSS %ld MiB\n",
               static_cast<unsigned long long>(stats.records),
               static_cast<unsigned long long>(stats.records - stats.failed),
               static_cast<unsigned long long>(stats.failed), stats.seconds, rate, config.threads, config.threads == 1 ? "" : "s", PeakRssMiB());
  if (!s.ok()) {
    std::fprintf(stderr, "resalta: %s\n", s.message().c_str());
    return 1;
  }
  return stats.failed > 0 ? kExitRecordsFailed : 0;
}

}  // namespace resalta::cli
