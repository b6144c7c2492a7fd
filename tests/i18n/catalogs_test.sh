#!/usr/bin/env bash
# Every user-visible message of app/ has a Chinese translation: the messages are extracted
# afresh (as i18n/update.sh does) and compared with the catalogs. zh_CN must translate every
# one (no untranslated or fuzzy entries); en must at least list every one (English entries may
# stay empty: the message is its own English). Fails naming the missing messages; the fix is
# `i18n/update.sh`, then translating what it reports.
#   catalogs_test.sh SOURCE_DIR
set -uo pipefail
SRC=${1:?usage: catalogs_test.sh SOURCE_DIR}
cd "$SRC" || exit 2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
files=$(find app -name '*.cpp' -o -name '*.h' | LC_ALL=C sort)
# shellcheck disable=SC2086
xgettext --language=C++ --from-code=UTF-8 --keyword=ZP_ --keyword=ZP_N_ --keyword=_ --keyword=wxTRANSLATE \
  --flag=ZP_:1:no-c-format --flag=ZP_N_:1:no-c-format --no-wrap -o "$T/now.pot" $files || exit 2
# The messages msgcmp reports as missing, by their msgid line in the fresh template.
missing() {
  grep -o 'now.pot:[0-9]*: this message is used but not defined' "$1" | cut -d: -f2 |
    while read -r line; do sed -n "$((line - 2)),${line}p" "$T/now.pot" | grep "^msgid "; done
}
fail=0
if ! msgcmp i18n/zh_CN.po "$T/now.pot" 2>"$T/zh.err"; then
  echo "i18n/zh_CN.po lacks translations of these messages of app/ (run i18n/update.sh and translate them):"
  missing "$T/zh.err"
  fail=1
fi
if ! msgcmp --use-untranslated i18n/en.po "$T/now.pot" 2>"$T/en.err"; then
  echo "i18n/en.po lacks these messages of app/ (run i18n/update.sh):"
  missing "$T/en.err"
  fail=1
fi
fuzzy=$(msgattrib --only-fuzzy --no-obsolete i18n/zh_CN.po | grep -c '^msgid ' || true)
if [ "${fuzzy:-0}" -gt 0 ]; then
  echo "i18n/zh_CN.po has $fuzzy fuzzy entries: check and confirm their translations"
  fail=1
fi
for po in i18n/zh_CN.po i18n/en.po; do
  msgfmt --check -o /dev/null "$po" || { echo "$po does not compile"; fail=1; }
done
[ $fail = 0 ] && echo "catalogs complete"
exit $fail
