# The libFuzzer harnesses (tests/fuzz/NAME_fuzzer.cc), one list for the fuzz
# build (tests/fuzz/CMakeLists.txt) and the CTest fuzz.NAME tests
# (tests/CMakeLists.txt) and scripts/fuzz, which reads the set() line below.
#   analyze    the whole pipeline with the shipped models (under UBSan; scripts/fuzz
#              replays its corpus through analyze_asan, the same harness under ASan)
#   model      model bytes (Tagger::FromBytes, then tagging)
#   tokenizer  Segment (text/tokenizer.h)
#   scanners   FindDates and FindQuantities (article_passes.h)
#   quotes     FindQuotes with grouped PER mentions (article_passes.h)
set(RESALTA_FUZZERS analyze model tokenizer scanners quotes)
