#pragma once
/// Positional message formatting: format("{0} of {1}", a, b). Translators may reorder the
/// placeholders. (GCC 12 has no std::format; this small helper stands in for it.)
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace zp {

namespace detail {
std::string format_impl(std::string_view pattern, const std::vector<std::string>& args);

template <typename T>
std::string to_arg(const T& v) {
  if constexpr (std::is_convertible_v<T, std::string_view>) {
    return std::string(std::string_view(v));
  } else {
    std::ostringstream os;
    os << v;
    return os.str();
  }
}
}  // namespace detail

/// Replace {0}, {1}, … in pattern with the arguments; "{{" gives "{".
template <typename... Args>
std::string format(std::string_view pattern, const Args&... args) {
  return detail::format_impl(pattern, {detail::to_arg(args)...});
}

/// A number with thousands separators: 30000 → "30,000".
std::string group_digits(long long n);

}  // namespace zp
