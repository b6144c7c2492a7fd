#!/usr/bin/env bash
# Extracts the translatable messages of app/ into i18n/zhuoping.pot (keywords ZP_, ZP_N_,
# _ and wxTRANSLATE; messages use {0} placeholders, not printf) and merges them into every catalog (zh_CN.po, en.po). Run it after
# adding or changing user-visible strings, then translate the new or fuzzy entries.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(find app -name '*.cpp' -o -name '*.h' | LC_ALL=C sort)
# shellcheck disable=SC2086
xgettext --language=C++ --from-code=UTF-8 --keyword=ZP_ --keyword=ZP_N_ --keyword=_ --keyword=wxTRANSLATE \
  --flag=ZP_:1:no-c-format --flag=ZP_N_:1:no-c-format \
  --add-comments=TRANSLATORS: --package-name=zhuoping --msgid-bugs-address=zhuoping@localhost \
  --sort-by-file --no-wrap -o i18n/zhuoping.pot $files
for lang in zh_CN en; do
  po=i18n/$lang.po
  if [ -f "$po" ]; then
    msgmerge --quiet --update --backup=none --no-wrap "$po" i18n/zhuoping.pot
    msgattrib --no-obsolete --no-wrap -o "$po" "$po"
  else
    msginit --no-translator --no-wrap --locale="$lang.UTF-8" --input=i18n/zhuoping.pot --output-file="$po"
  fi
done
for lang in zh_CN en; do
  printf '%s: ' "$lang"
  msgfmt --check --statistics -o /dev/null "i18n/$lang.po" 2>&1
done
