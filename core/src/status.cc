#include "resalta/status.h"

namespace resalta {

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return "ok";
    case ErrorCode::kInvalidArgument: return "invalid-argument";
    case ErrorCode::kInvalidInput: return "invalid-input";
    case ErrorCode::kTooLarge: return "too-large";
    case ErrorCode::kBadModel: return "bad-model";
    case ErrorCode::kNoModel: return "no-model";
    case ErrorCode::kInternal: return "internal";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  return std::string(ErrorCodeName(code_)) + ": " + message_;
}

}  // namespace resalta
