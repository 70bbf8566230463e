#!/usr/bin/env bash
# Rewrites the README's metric tables (between `<!-- metrics: KIND -->` and
# `<!-- /metrics -->`) from the catalogues, as the README test prints them.
# Run after changing a model kind's metrics; then review the diff.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp)
swift test -c release -Xswiftc -enable-testing --skip-build --filter ReadmeMetricTables >"$out" 2>&1 || true
python3 - "$out" <<'PY'
import re, sys
lines = open(sys.argv[1]).read().split('\n')
blocks, current, i = {}, None, 0
while i < len(lines):
    line = lines[i]
    m = re.search(r'Test "The (\S+) table lists', line)
    if m: current = m.group(1)
    if line.endswith('README block should read:') and current:
        out = []
        i += 1
        while i < len(lines) and lines[i].startswith('  '):
            out.append(lines[i][2:]); i += 1
            if i < len(lines) and lines[i] == '' and i + 1 < len(lines) and lines[i + 1].startswith('  |'):
                out.append(''); i += 1
        blocks.setdefault(current, '\n'.join(out).rstrip('\n') + '\n')
        continue
    i += 1
readme = open('README.md').read()
for kind, text in blocks.items():
    readme = re.sub(r'(<!-- metrics: %s -->\n).*?(<!-- /metrics -->)' % re.escape(kind),
                    lambda m: m.group(1) + text + m.group(2), readme, flags=re.S)
    print('updated', kind)
open('README.md', 'w').write(readme)
PY
