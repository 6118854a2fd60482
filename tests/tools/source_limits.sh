#!/bin/sh
# Keeps the code readable as it grows: no source file in the given folders over MAX_LINES
# lines, no function over MAX_FUNCTION lines. A function is counted from a line at
# namespace level that ends in "{" to its closing "}" at column 0 (the project's style).
# Usage: source_limits.sh MAX_LINES MAX_FUNCTION DIR...
max_lines=$1
max_function=$2
shift 2
status=0
for file in $(find "$@" -name '*.cpp' -o -name '*.h' | sort); do
    lines=$(wc -l < "$file")
    if [ "$lines" -gt "$max_lines" ]; then
        echo "$file: $lines lines (at most $max_lines)"
        status=1
    fi
    awk -v max="$max_function" -v file="$file" '
        # A function starts at a namespace-level line (not a namespace, type or directive)
        # whose signature, possibly continued on indented lines, ends in "{".
        !inside && /^[A-Za-z]/ && !/^(namespace|class|struct|enum|union|using|template|typedef|extern)[ {]/ && !/^(public|private|protected):/ { candidate = NR; name = $0 }
        !inside && candidate && /(;|[{][}])[ ]*$/ { candidate = 0 }
        !inside && candidate && /[{][ ]*$/ { inside = 1; start = candidate; candidate = 0; next }
        inside && /^}/ {
            if (NR - start + 1 > max) { printf "%s:%d: function of %d lines (at most %d): %s\n", file, start, NR - start + 1, max, name; bad = 1 }
            inside = 0
        }
        END { exit bad }' "$file" || status=1
done
exit $status
