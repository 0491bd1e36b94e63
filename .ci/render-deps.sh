#!/bin/sh
# Installs what test/render needs to read a .docx the way a person would: LibreOffice (headless PDF
# export; Calc for re-saving workbooks), poppler (pdfinfo, pdftotext, pdftoppm), Noto CJK fonts, Liberation (metric-compatible with
# Times New Roman, so digits measure as in Word), and a fontconfig alias file that maps the 公文 font
# names (仿宋_GB2312, 黑体, 方正小标宋简体 …) to Noto CJK. Idempotent: installs only what is missing.
# Needs root (or sudo) on Debian/Ubuntu.
set -eu

here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
repo=$(dirname -- "$here")

if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi

missing=""
command -v soffice >/dev/null 2>&1 || missing="$missing libreoffice-writer-nogui"
# Calc too: the reader's tests re-save the sample workbooks through LibreOffice.
dpkg -s libreoffice-calc-nogui >/dev/null 2>&1 || dpkg -s libreoffice-calc >/dev/null 2>&1 || missing="$missing libreoffice-calc-nogui"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
command -v fc-cache >/dev/null 2>&1 || missing="$missing fontconfig"
if ! fc-list 2>/dev/null | grep -q 'Noto Serif CJK'; then missing="$missing fonts-noto-cjk"; fi
if ! fc-list 2>/dev/null | grep -q 'Liberation Serif'; then missing="$missing fonts-liberation2"; fi

if [ -n "$missing" ]; then
  echo "render-deps: installing$missing"
  $sudo apt-get update
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing
else
  echo "render-deps: packages already present"
fi

$sudo install -m 0644 "$repo/test/render/fonts.conf" /etc/fonts/conf.d/65-circular-gongwen.conf
$sudo fc-cache -f >/dev/null
echo "render-deps: 仿宋_GB2312 → $(fc-match -f '%{family[0]}' '仿宋_GB2312')"
echo "render-deps: 黑体 → $(fc-match -f '%{family[0]}' '黑体')"
echo "render-deps: Times New Roman → $(fc-match -f '%{family[0]}' 'Times New Roman')"
