# Sourced, not run: need_debian_package COMMAND PACKAGE WHY installs a Debian package with apt-get when COMMAND is
# missing (needs root and apt-get, as on CI), running `apt-get update` at most once per shell. Used by setup.sh and
# by benchmarks that need a tool (wrk).
apt_updated=""
need_debian_package() {
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing $2 (apt-get) for $3" >&2
    [ -n "$apt_updated" ] || { apt-get update -qq >&2; apt_updated=1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" >&2
  else
    echo "$1 is missing and cannot be installed here (needs root and apt-get); $3 will fail until it is" >&2
  fi
}
