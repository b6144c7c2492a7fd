#pragma once
// Shared pieces of the zhuoping command-line tool: exit statuses, error reporting, and the
// list of subcommands (each lives in its own cmd_*.cpp and registers itself here).
#include <CLI/CLI.hpp>

#include <functional>
#include <iosfwd>
#include <string>

#include "util/error.h"

namespace zp::cli {

/// Exit statuses: 0 success, 1 the check or rule failed, 2 unusable input or usage.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;
inline constexpr int kExitUnusable = 2;

/// The action a subcommand runs once its options are parsed; returns the exit status.
using Action = std::function<int()>;

/// Each command file provides one of these; main() calls them all in order.
void register_standards(CLI::App& app, Action& action);
void register_standard_show(CLI::App& app, Action& action);
void register_new(CLI::App& app, Action& action);
void register_count(CLI::App& app, Action& action);
void register_score(CLI::App& app, Action& action);
void register_import(CLI::App& app, Action& action);
void register_export(CLI::App& app, Action& action);
void register_check(CLI::App& app, Action& action);

/// Print "zhuoping: <file>:<line>: <message>" to stderr.
void report_error(const Error& e);
void report_error(const std::string& message);

}  // namespace zp::cli
