# Shared by the tests/cli/*_tests.sh scripts: a scratch directory, pass/fail counting and
# the assertions. Source it after setting Z (the zhuoping binary); it sets T and the counters
# and, at exit, prints "N passed, M failed" and removes T.
T=$(mktemp -d)
pass=0
fail=0

zp_finish() {
  local rc=$?
  rm -rf "$T"
  echo "$pass passed, $fail failed"
  if [ "$fail" -ne 0 ]; then exit 1; fi
  exit "$rc"
}
trap zp_finish EXIT

check() {  # check NAME EXPECTED_STATUS COMMAND...: run COMMAND (output in $T/out, $T/err)
  local name=$1 want=$2
  shift 2
  "$@" >"$T/out" 2>"$T/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL: $name: exit $got, expected $want"
    sed 's/^/  out: /' "$T/out" | head -5
    sed 's/^/  err: /' "$T/err" | head -5
  fi
}

expect_in() {  # expect_in NAME FILE TEXT
  if grep -qF -- "$3" "$2"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL: $1: '$3' not in $(basename "$2")"
    head -5 "$2" | sed 's/^/  /'
  fi
}

expect_eq() {  # expect_eq NAME GOT WANT
  if [ "$2" = "$3" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL: $1: got '$2', expected '$3'"
  fi
}

json_get() {  # json_get FILE PYTHON_EXPR (d is the parsed JSON)
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"
}
