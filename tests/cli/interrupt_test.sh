#!/usr/bin/env bash
# An interrupted or failed build leaves the previous outputs as they were:
# SIGINT while reading, SIGTERM while the outputs are being written, a full
# disk (a small tmpfs, when this runs as root and may mount one) and an
# unwritable output folder.
#
#   tests/cli/interrupt_test.sh BUILD/cli/diplograph SOURCE_DIR
set -u
bin="$1"
src="$2"
tmp=$(mktemp -d)
mounted=""
cleanup() {
  if [ -n "$mounted" ]; then umount "$mounted" 2>/dev/null; fi
  chmod -R u+w "$tmp" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
source "$(dirname "$0")/check.sh"
# Every file's bytes, to compare before and after.
fingerprint() { (cd "$1" && find . -type f | LC_ALL=C sort | xargs sha256sum); }
no_temporaries() { [ -z "$(find "$1" -name '*.tmp-*')" ]; }

# The previous outputs: a build of the samples.
"$bin" build "$src/samples" -o "$tmp/out" > /dev/null 2>&1 || { echo "FAIL: the samples do not build"; exit 1; }
fingerprint "$tmp/out" > "$tmp/before.sum"
check "the previous outputs exist" test -s "$tmp/out/graph.jsonld"

# A big input (generated here): enough articles that reading and extracting
# them takes seconds, and with them the outputs are slow to write.
awk 'BEGIN {
  for (i = 0; i < 20000; i++) {
    day = 1 + i % 28;
    printf "{\"url\": \"https://example.org/big/%d\", \"date\": \"2025-03-%02d\", \"title\": \"Talks %d\", ", i, day, i;
    printf "\"text\": \"Rubio met Lavrov in Geneva on Monday to discuss the ceasefire, round %d.\\n", i;
    printf "Russia and Ukraine agreed to exchange %d prisoners, Lavrov said after the talks.\\n", i;
    printf "The foreign minister of Turkey hosted the delegations in Istanbul on %d March.\"}\n", day;
  }
}' > "$tmp/big.jsonl"
check "the big input was generated" test "$(wc -l < "$tmp/big.jsonl")" -eq 20000

# SIGINT while the articles are being read and extracted.
"$bin" build "$tmp/big.jsonl" -o "$tmp/out" > "$tmp/int.log" 2> "$tmp/int.err" &
pid=$!
sleep 0.5  # a full build of it takes seconds (7 s on a 2-core test machine)
kill -INT "$pid"
wait "$pid"
rc=$?
check "SIGINT: exit status 130 (got $rc)" test "$rc" -eq 130
check "SIGINT: says the previous outputs were left" \
  grep -qF "diplograph: interrupted; previous outputs in $tmp/out left as they were" "$tmp/int.err"
fingerprint "$tmp/out" > "$tmp/after-int.sum"
check "SIGINT: previous outputs byte for byte the same" cmp -s "$tmp/before.sum" "$tmp/after-int.sum"
check "SIGINT: no temporary file left" no_temporaries "$tmp/out"

# SIGTERM once the first output is written (to its temporary file): the
# outputs are replaced together, so none may have changed.
"$bin" build "$tmp/big.jsonl" -o "$tmp/out" > "$tmp/term.log" 2> "$tmp/term.err" &
pid=$!
seen=""
for _ in $(seq 1 12000); do
  if [ -n "$(find "$tmp/out" -name '*.tmp-*' 2>/dev/null)" ]; then
    seen=yes
    break
  fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.01
done
kill -TERM "$pid" 2>/dev/null
wait "$pid"
rc=$?
check "SIGTERM: caught while outputs were being written" test -n "$seen"
check "SIGTERM: exit status 143 (got $rc)" test "$rc" -eq 143
check "SIGTERM: says the previous outputs were left" \
  grep -qF "diplograph: interrupted; previous outputs in $tmp/out left as they were" "$tmp/term.err"
fingerprint "$tmp/out" > "$tmp/after-term.sum"
check "SIGTERM: previous outputs byte for byte the same" cmp -s "$tmp/before.sum" "$tmp/after-term.sum"
check "SIGTERM: no temporary file left" no_temporaries "$tmp/out"

# A full disk: the previous outputs on a small tmpfs, the rest of it filled.
one="$src/samples/en-2025-05-17-rubio-lavrov.txt"
mkdir -p "$tmp/disk"
if [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o size=4m tmpfs "$tmp/disk" 2>/dev/null; then
  mounted="$tmp/disk"
  "$bin" build "$one" -o "$tmp/disk/out" > /dev/null 2>&1
  fingerprint "$tmp/disk/out" > "$tmp/disk-before.sum"
  dd if=/dev/zero of="$tmp/disk/filler" bs=64k > /dev/null 2>&1  # until the disk is full
  "$bin" build "$src/samples" -o "$tmp/disk/out" > "$tmp/full.log" 2> "$tmp/full.err"
  rc=$?
  check "disk full: exit status 1 (got $rc)" test "$rc" -eq 1
  check "disk full: the file and the reason named" \
    grep -qE "^diplograph: error: $tmp/disk/out/[a-z.]+: cannot (create|write) the file \(No space left on device\)" "$tmp/full.err"
  check "disk full: says nothing was replaced" \
    grep -qF "diplograph: error: $tmp/disk/out: nothing replaced; previous outputs left as they were" "$tmp/full.err"
  check "disk full: no 'wrote' line" test ! -s "$tmp/full.log"
  fingerprint "$tmp/disk/out" > "$tmp/disk-after.sum"
  check "disk full: previous outputs byte for byte the same" cmp -s "$tmp/disk-before.sum" "$tmp/disk-after.sum"
  check "disk full: no temporary file left" no_temporaries "$tmp/disk/out"

  # Unwritable: root writes through chmod, so the tmpfs is made read-only.
  rm -f "$tmp/disk/filler"
  if mount -o remount,ro "$tmp/disk" 2>/dev/null; then
    "$bin" build "$src/samples" -o "$tmp/disk/out" > /dev/null 2> "$tmp/ro.err"
    rc=$?
    check "read-only folder: exit status 1 (got $rc)" test "$rc" -eq 1
    check "read-only folder: the file and the reason named" \
      grep -qF "diplograph: error: $tmp/disk/out/graph.jsonld: cannot create the file (Read-only file system)" "$tmp/ro.err"
    fingerprint "$tmp/disk/out" > "$tmp/ro-after.sum"
    check "read-only folder: previous outputs byte for byte the same" cmp -s "$tmp/disk-before.sum" "$tmp/ro-after.sum"
  else
    echo "skip: cannot remount the tmpfs read-only"
  fi
  umount "$tmp/disk" && mounted=""
elif [ "$(id -u)" -eq 0 ]; then
  echo "skip: disk full and unwritable folder (running as root, and no tmpfs could be mounted)"
else
  echo "skip: disk full (needs root to mount a small tmpfs)"
  chmod a-w "$tmp/out"
  "$bin" build "$src/samples" -o "$tmp/out" > /dev/null 2> "$tmp/ro.err"
  rc=$?
  chmod u+w "$tmp/out"
  check "unwritable folder: exit status 1 (got $rc)" test "$rc" -eq 1
  check "unwritable folder: the file and the reason named" \
    grep -qF "diplograph: error: $tmp/out/graph.jsonld: cannot create the file (Permission denied)" "$tmp/ro.err"
  fingerprint "$tmp/out" > "$tmp/ro-after.sum"
  check "unwritable folder: previous outputs byte for byte the same" cmp -s "$tmp/before.sum" "$tmp/ro-after.sum"
fi

finish interrupt
