#!/usr/bin/env bash
# Refresh the translation sources from the code and compile them.
# Spanish is the source language; counter_es.ts only carries plural forms.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(find pos_client/ui -name '*.py' | sort)
for lang in es ca en; do
    .venv/bin/pyside6-lupdate $files -source-language es -target-language "$lang" \
        -ts "resources/translations/counter_$lang.ts" -no-obsolete
    .venv/bin/pyside6-lrelease "resources/translations/counter_$lang.ts" \
        -qm "resources/translations/counter_$lang.qm"
done
