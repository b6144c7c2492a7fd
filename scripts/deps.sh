# Shared by scripts/run and scripts/test: installs the Debian 12 packages Zhuoping needs
# when they are missing. Nothing is downloaded from anywhere but Debian's archive.
ZP_PACKAGES=(
  build-essential cmake ninja-build pkg-config ccache gettext
  libwxgtk3.2-dev wx3.2-i18n libxml2-dev libxml2-utils libzip-dev libicu-dev
  libhunspell-dev hunspell-en-us libpodofo-dev libfreetype-dev
  fonts-wqy-microhei python3-fonttools
  nlohmann-json3-dev libcli11-dev
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  xvfb xauth poppler-utils
)

zp_missing_packages() {
  local missing=() p
  for p in "${ZP_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  echo "${missing[@]}"
}

zp_install_deps() {
  local missing
  missing=$(zp_missing_packages)
  [ -z "$missing" ] && return 0
  echo "Installing missing Debian packages: $missing"
  local SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      SUDO="sudo"
    else
      echo "error: these packages are missing and neither root nor sudo is available to install them:" >&2
      echo "  $missing" >&2
      echo "Ask an administrator to run: apt-get install $missing" >&2
      return 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  # shellcheck disable=SC2086
  if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends $missing; }; then
    echo "error: apt-get could not install: $missing" >&2
    return 1
  fi
}

zp_jobs() {
  local n
  n=$(nproc 2>/dev/null || echo 2)
  echo "$n"
}
