#!/usr/bin/env bash
# Installs the Debian 12 packages morgue needs to build and test, when they
# are missing.  As root it runs apt-get; otherwise it prints the command.
set -euo pipefail
pkgs=(build-essential cmake pkg-config libzstd-dev libxxhash-dev libarchive-dev
      libutf8proc-dev libxml2-dev zlib1g-dev jq zstd p7zip-full python3)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  echo "installing: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "morgue needs these packages; run:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
