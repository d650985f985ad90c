// resalta batch: NDJSON articles in, one NDJSON result line per article out,
// in input order, on many threads sharing one Analyzer.
//
// Input, one record a line:  {"id": ..., "text": "...", "date"?: "YYYY-MM-DD", "lang"?: "es|en|auto", ...}
// Output, one line a record: {"id": ..., "meta"?: {...}, "document": {...}}
//                        or: {"id": ..., "meta"?: {...}, "error": {"code": "...", "message": "...", "line": N}}
// Fields other than id, text, date and lang are passed through, in their
// order, under "meta". "document" is exactly what `resalta analyze` prints
// for that text with that date and lang. Blank lines are skipped.
//
// Memory is bounded: at most a window of records is in flight (read, being
// analyzed, or waiting for an earlier record to be written), so an input of
// any size streams through.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "resalta/analyzer.h"

namespace resalta::cli {

// Exit status of a batch run where every record was read but at least one
// got an error line (1 is a failure of the run itself, 2 bad usage).
inline constexpr int kExitRecordsFailed = 3;

// Longest input line read: the longest text analyze accepts, written with
// every character as a \uXXXX escape, plus room for the other fields. A
// longer line is skipped (without being held in memory) with a too-large error.
inline constexpr size_t kMaxLineBytes = 6 * kMaxTextBytes + (1u << 20);

struct BatchConfig {
  int threads = 1;
  // The window: records in flight at most, and their input bytes at most
  // (one record is always admitted, whatever its size). Ordinary articles
  // meet the record bound first; the byte bound is for archives of huge
  // texts, whose documents take about 12 times their input (with tokens).
  size_t window_records = 0;  // 0: four per thread, at least 16
  size_t window_bytes = 64u << 20;
  size_t max_line_bytes = kMaxLineBytes;
  bool progress = false;  // a progress line on stderr, redrawn in place
};

struct BatchStats {
  uint64_t records = 0;  // records read (blank lines are not records)
  uint64_t failed = 0;   // records that got an error line
  uint64_t input_bytes = 0;
  size_t peak_window_records = 0;
  size_t peak_window_bytes = 0;
  double seconds = 0;
};

// The output line (no newline) for one input line; `line_no` counts from 1.
// `oversize` says the line was longer than max_line_bytes and `line` holds
// only its start. Sets *failed when the line is an error line. Safe to call
// from many threads at once on one Analyzer.
std::string ProcessRecord(const Analyzer& analyzer, const AnalyzeOptions& defaults, std::string_view line,
                          uint64_t line_no, bool oversize, bool* failed);

// Streams the records of input_fd to out (and each error line also to
// errors, when not null). `defaults` are the options analyze would use
// given the same flags; a record's own "lang" and "date" replace them.
// A failure to read or write is an error Status; bad records are not.
Status ProcessStream(const Analyzer& analyzer, const AnalyzeOptions& defaults, const BatchConfig& config,
                     int input_fd, std::FILE* out, std::FILE* errors, BatchStats* stats);

// The CPUs this process may run on (the default --threads).
int AvailableCpus();

// Checks batch's own flags (--threads, --errors: given only to batch) and
// fills config (threads, progress when stderr is a terminal). Returns a
// usage error message, or "".
std::string ParseBatchFlags(const std::string& command, const std::string& threads, const std::string& errors,
                            BatchConfig* config);

// `resalta batch`: opens input ("-" for stdin) and errors_path (empty for
// none), runs ProcessStream to stdout, prints the summary on stderr.
// Returns the exit status.
int RunBatch(const Analyzer& analyzer, const AnalyzeOptions& defaults, const BatchConfig& config,
             const std::string& input, const std::string& errors_path);

}  // namespace resalta::cli
