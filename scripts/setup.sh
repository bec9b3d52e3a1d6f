#!/usr/bin/env bash
# Installs the Debian packages Interleave needs to build, test and run. Idempotent: it only calls
# apt-get when a package is missing. Uses sudo when not root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config python3
  doctest-dev libcli11-dev nlohmann-json3-dev libstb-dev
  libimgui-dev libglfw3-dev libgl-dev libbenchmark-dev
  fonts-dejavu-core fonts-wqy-microhei
  xvfb xauth libgl1-mesa-dri
  clang-tidy cppcheck
  clang libclang-rt-dev  # make fuzz: clang and libFuzzer (compiler-rt)
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
