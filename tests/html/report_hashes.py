#!/usr/bin/env python3
"""Checks (or, with --fix, rewrites) the CSP hashes in exporters/html_report.cc.

The report's Content-Security-Policy runs only the script and style whose
SHA-256 it names: an edit to either must come with its new hash.
usage: report_hashes.py SOURCE_DIR [--fix]
"""
import base64
import hashlib
import re
import sys

path = sys.argv[1] + "/exporters/html_report.cc"
text = open(path, encoding="utf-8").read()
ok = True
for name, tag in (("Script", "JS"), ("Style", "CSS")):
    body = re.search(r'const char kHtmlReport%s\[\] = R"%s\((.*?)\)%s";' % (name, tag, tag), text, re.S).group(1)
    want = "sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
    decl = re.compile(r'(const char kHtmlReport%sHash\[\] = ")([^"]*)(";)' % name)
    have = decl.search(text).group(2)
    if have != want:
        ok = False
        print(f"kHtmlReport{name}Hash is {have}; the {tag} text hashes to {want}")
        text = decl.sub(lambda m: m.group(1) + want + m.group(3), text)
if not ok and "--fix" in sys.argv:
    open(path, "w", encoding="utf-8").write(text)
    print("fixed", path)
    ok = True
sys.exit(0 if ok else 1)
