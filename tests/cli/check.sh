# The check harness the shell tests share; source it, then:
#   check NAME COMMAND...   runs COMMAND; counts it passed or failed, names a failure
#   finish LABEL            prints "LABEL: N passed, M failed" and returns non-zero on failures
passed=0
failed=0
check() {
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAILED: $name" >&2
  fi
}
finish() {
  echo "$1: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
