#!/usr/bin/env bash
# `make fresh-check`: does a fresh Debian bookworm machine really set up with
# the README's two commands? Builds a minimal bookworm root with debootstrap
# (from the Debian mirror this machine's own apt sources name), adds only the
# toolchain, copies a clean clone of HEAD (plus the external test suites beside
# it, as CI has them) and runs, as root inside it, `make site` then `make test`,
# then checks that site/index.html exists.
#
# The bare root + toolchain is cached as a tarball under ~/.cache/shnor/ and
# extracted fresh on every run (FRESH_REFRESH=1 rebuilds it). The host's extra
# CA certificates and its apt/npm client settings are carried into the root: a
# machine on the same network trusts the same authorities (without them npm
# fails with SELF_SIGNED_CERT_IN_CHAIN behind an inspecting proxy).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
suite=bookworm
toolchain=(g++ cmake make git)
home="${HOME:-/root}"
cache="${XDG_CACHE_HOME:-$home/.cache}/shnor"
suites="${SHNOR_TESTSUITES:-$repo/../shared/testsuites}"
start=$SECONDS
step_start=$SECONDS

step() {
  echo "fresh-check: [$((SECONDS - start))s total, last step $((SECONDS - step_start))s] $*"
  step_start=$SECONDS
}
die() {
  echo "fresh-check: FAILED: $*" >&2
  exit 1
}

[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot, mounts); run it as root or with sudo"
command -v debootstrap >/dev/null || {
  step "installing debootstrap (Debian package)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
}

# --- The Debian mirror, read from this machine's apt sources -----------------
# Prints "URI SUITE" for every enabled deb entry of the bookworm suites, both
# one-line (.list) and deb822 (.sources) formats.
apt_entries() {
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    awk '$1 == "deb" { i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
                       print $i, $(i + 1) }' "$f"
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk 'function flush() { if (types ~ /(^| )deb( |$)/ && enabled != "no")
                              for (u in uris) for (s in suites) print uris[u], suites[s]
                            types = ""; enabled = ""; delete uris; delete suites }
         /^[ \t]*$/ { flush(); next }
         /^#/ { next }
         { key = tolower($1); sub(/:$/, "", key); $1 = ""; sub(/^ /, "") }
         key == "types" { types = $0 }
         key == "enabled" { enabled = tolower($0) }
         key == "uris" { n = split($0, a, " "); for (i = 1; i <= n; i++) uris[i] = a[i] }
         key == "suites" { n = split($0, a, " "); for (i = 1; i <= n; i++) suites[i] = a[i] }
         END { flush() }' "$f"
  done
}
entries="$(apt_entries | awk -v s="$suite" '$2 == s || $2 == s "-updates" || $2 == s "-security"' | sort -u)"
mirror="$(awk -v s="$suite" '$2 == s { print $1; exit }' <<<"$entries")"
[ -n "$mirror" ] || die "no '$suite' entry in /etc/apt/sources.list*: cannot tell which Debian mirror to use"
[ -d "$suites" ] || die "test suites not found at $suites (set SHNOR_TESTSUITES)"

# --- The cached bare root + toolchain ----------------------------------------
key="$(printf '%s\n' "$suite" "$mirror" "${toolchain[@]}" | sha256sum | cut -c1-12)"
tarball="$cache/fresh-root-$suite-$key.tar"
work="$(mktemp -d "${TMPDIR:-/tmp}/shnor-fresh.XXXXXX")"
root="$work/root"
mounts=()

mount_in() { # mount_in <target inside root> <mount args...>
  local target="$root$1"
  shift
  mkdir -p "$target"
  mount "$@" "$target"
  mounts=("$target" "${mounts[@]}")
}
cleanup() {
  local rc=$? m
  trap - EXIT INT TERM
  for m in "${mounts[@]}"; do
    umount "$m" 2>/dev/null || umount -l "$m" || echo "fresh-check: could not unmount $m" >&2
  done
  # Never delete through a mount point that is still there (it could be /dev).
  if findmnt -rn -o TARGET | grep -q "^$work/"; then
    echo "fresh-check: mounts remain under $work; not deleting it" >&2
  else
    rm -rf --one-file-system "$work"
  fi
  [ $rc -eq 0 ] || echo "fresh-check: FAILED (exit $rc) after $((SECONDS - start))s" >&2
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Files the host's network needs: DNS, extra CA certificates, the apt settings
# no package owns (the local administrator's), npm's client configuration.
carry_host_config() {
  local f
  cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
  if [ -d /usr/local/share/ca-certificates ]; then
    mkdir -p "$root/usr/local/share/ca-certificates"
    cp -a /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
  fi
  # The host's bundle (it includes those extra authorities) until the root's
  # own ca-certificates, if installed, rebuilds it from the same files.
  if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
    mkdir -p "$root/etc/ssl/certs"
    cp -L /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
  fi
  for f in /etc/apt/apt.conf.d/* /etc/apt/apt.conf; do
    [ -f "$f" ] || continue
    dpkg -S "$f" >/dev/null 2>&1 || cp -L "$f" "$root$f"
  done
  if [ -f /etc/npmrc ]; then cp -L /etc/npmrc "$root/etc/npmrc"; fi
  if [ -f "$home/.npmrc" ]; then
    mkdir -p "$root/root"
    install -m 600 "$home/.npmrc" "$root/root/.npmrc"
  fi
  # Files named by the CA environment variables (same path inside).
  local v p
  for v in NODE_EXTRA_CA_CERTS SSL_CERT_FILE CURL_CA_BUNDLE GIT_SSL_CAINFO; do
    p="${!v:-}"
    if [ -n "$p" ] && [ -f "$p" ] && [ ! -e "$root$p" ]; then
      mkdir -p "$(dirname "$root$p")"
      cp -L "$p" "$root$p"
    fi
  done
}

# The Debian entries of the host's sources (mirror, updates, security). And
# dpkg without fsync: the root is thrown away, and it saves minutes per run
# without changing what gets installed.
prepare_root() {
  awk '{ print "deb " $1 " " $2 " main" }' <<<"$entries" >"$root/etc/apt/sources.list"
  echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/shnor-fresh-check-unsafe-io"
}

in_root() { # in_root <command...>: a clean login-like environment, as root
  local envs=(HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
    DEBIAN_FRONTEND=noninteractive)
  local v
  for v in NODE_EXTRA_CA_CERTS SSL_CERT_FILE SSL_CERT_DIR CURL_CA_BUNDLE GIT_SSL_CAINFO \
    http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
    [ -n "${!v:-}" ] && envs+=("$v=${!v}")
  done
  chroot "$root" /usr/bin/env -i "${envs[@]}" "$@"
}

mount_api() {
  mount_in /proc -t proc proc
  mount_in /dev --bind /dev
  mount_in /dev/pts --bind /dev/pts
  mount_in /dev/shm -t tmpfs -o mode=1777 shm
}
unmount_all() {
  local m
  for m in "${mounts[@]}"; do umount "$m"; done
  mounts=()
}

mkdir -p "$cache"
if [ -f "$tarball" ] && [ -z "${FRESH_REFRESH:-}" ]; then
  step "extracting the cached $suite root ($tarball)"
  mkdir -p "$root"
  tar -xf "$tarball" -C "$root"
else
  step "debootstrap $suite (minbase) from $mirror"
  debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -30 "$work/debootstrap.log" >&2; die "debootstrap failed (log above)"; }
  carry_host_config
  prepare_root
  mount_api
  step "adding the toolchain: ${toolchain[*]}"
  in_root apt-get update -qq
  in_root apt-get install -y -qq "${toolchain[@]}" >/dev/null
  in_root apt-get clean
  unmount_all
  step "caching the root as $tarball"
  # Uncompressed: compressing takes minutes on two cores, disk is cheap.
  tar -cf "$tarball.tmp" -C "$root" . && mv "$tarball.tmp" "$tarball"
fi
carry_host_config
prepare_root

step "cloning HEAD ($(git -C "$repo" rev-parse --short HEAD)) and copying the test suites beside it"
mkdir -p "$root/work/shared"
git clone -q --no-checkout "$repo" "$root/work/shnor"
git -C "$root/work/shnor" checkout -q "$(git -C "$repo" rev-parse HEAD)"
cp -a "$suites" "$root/work/shared/testsuites"
mount_api

step "make site (the README's first command)"
in_root sh -c 'cd /work/shnor && make site' || die "make site failed"
step "make test (the README's second command)"
in_root sh -c 'cd /work/shnor && make test' || die "make test failed"
[ -f "$root/work/shnor/site/index.html" ] || die "site/index.html was not produced"
step "site/index.html exists"
unmount_all
step "passed"
