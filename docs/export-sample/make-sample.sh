#!/usr/bin/env bash
# Pictures of the Word export for the documentation: builds the sample project, codes the study
# codebook's example passages (and a few more), exports DOCX with inline citations and with
# footnotes, converts each to PDF with LibreOffice and renders the first page and the codebook
# appendix to PNG in this folder (org.scholion.bench.ExportSample).
#
#   docs/export-sample/make-sample.sh
#
# Needs LibreOffice (Debian: apt-get install libreoffice-writer-nogui); the test suite does not.
# Set SCHOLION_BUILD_DIR to build outside ./target.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${SCHOLION_BUILD_DIR:-$here/target}"
command -v soffice >/dev/null || { echo "make-sample: needs LibreOffice's soffice on PATH" >&2; exit 1; }
jdk="$("$here/bin/find-jdk")" || { echo "make-sample: needs a JDK 25 or newer" >&2; exit 1; }

classpath_file="$build/bench-classpath.txt"
(cd "$here" && JAVA_HOME="$jdk" ./mvnw -q -B test-compile dependency:build-classpath \
    -Dscholion.build.dir="$build" -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" >&2)

cd "$here"
exec "$jdk/bin/java" -Xmx1g -Dfile.encoding=UTF-8 -Djava.awt.headless=true \
  -Dorg.slf4j.simpleLogger.log.org.apache.pdfbox=error --enable-native-access=ALL-UNNAMED \
  -cp "$build/test-classes:$build/classes:$(cat "$classpath_file")" \
  org.scholion.bench.ExportSample "$here/docs/export-sample"
