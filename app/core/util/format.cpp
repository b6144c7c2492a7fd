#include "util/format.h"

namespace zp {
namespace detail {

std::string format_impl(std::string_view p, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(p.size() + 16);
  for (size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c == '{' && i + 1 < p.size() && p[i + 1] == '{') {
      out += '{';
      ++i;
      continue;
    }
    if (c == '}' && i + 1 < p.size() && p[i + 1] == '}') {
      out += '}';
      ++i;
      continue;
    }
    if (c == '{') {
      size_t j = i + 1;
      size_t n = 0;
      bool digits = false;
      while (j < p.size() && p[j] >= '0' && p[j] <= '9') {
        n = n * 10 + static_cast<size_t>(p[j] - '0');
        ++j;
        digits = true;
      }
      if (digits && j < p.size() && p[j] == '}' && n < args.size()) {
        out += args[n];
        i = j;
        continue;
      }
    }
    out += c;
  }
  return out;
}

}  // namespace detail

std::string group_digits(long long n) {
  bool neg = n < 0;
  unsigned long long u = neg ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
  std::string digits = std::to_string(u);
  std::string out;
  int count = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (count && count % 3 == 0) out += ',';
    out += *it;
    ++count;
  }
  if (neg) out += '-';
  return std::string(out.rbegin(), out.rend());
}

}  // namespace zp
