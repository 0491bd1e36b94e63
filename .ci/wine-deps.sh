#!/bin/sh
# Installs Debian's wine64, which test/dist runs circular-win-x64.exe under (docs/packaging.md). It puts
# the loader at /usr/lib/wine/wine64. Idempotent: installs only when it is missing. Needs root (or sudo).
set -eu
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
if [ -x /usr/lib/wine/wine64 ]; then
  echo "wine-deps: wine64 already present"
else
  echo "wine-deps: installing wine64"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends wine64
fi
/usr/lib/wine/wine64 --version
