// How every command reports trouble, in one voice:
//
//   ReportError(status);            // "diplograph: error: FILE:LINE: what"
//   return UsageError("build needs an output folder: -o DIR");  // exit status 2
#ifndef DIPLOGRAPH_CLI_REPORT_H_
#define DIPLOGRAPH_CLI_REPORT_H_

#include <iostream>
#include <string>

#include "core/status.h"

namespace diplograph {

inline void ReportError(const std::string& message) { std::cerr << "diplograph: error: " << message << "\n"; }
inline void ReportError(const Status& s) { ReportError(s.ToString()); }

// A usage error: the message and a pointer to --help; returns exit status 2.
inline int UsageError(const std::string& message) {
  std::cerr << "diplograph: error: " << message << "\nTry 'diplograph --help'.\n";
  return 2;
}

}  // namespace diplograph

#endif  // DIPLOGRAPH_CLI_REPORT_H_
