package org.scholion.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.CodePath;
import org.scholion.codebook.Codebook;
import org.scholion.export.CitationStyle;
import org.scholion.export.ExcerptOrder;
import org.scholion.export.ExcerptSelection;
import org.scholion.export.ExportContent;
import org.scholion.export.ExportFormat;
import org.scholion.export.ExportOptions;
import org.scholion.export.MemoKind;
import org.scholion.json.ExportWriters;
import org.scholion.project.Project;
import org.scholion.source.SourceId;
import org.scholion.source.SourceType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export coded excerpts with their citations (and, for md, a BibTeX or CSL-JSON file of the cited sources).")
final class ExportCommand extends ProjectCommand {

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "docx, md, html, csv, xlsx or json.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path outFile;

    @Option(names = "--force", description = "Replace FILE (and what is written beside it) if it exists.")
    boolean force;

    @Option(names = "--code", paramLabel = "PATH", description = "Only this code and its sub-codes; may be repeated.")
    List<String> codes = List.of();

    @Option(names = "--exact", description = "With --code: leave out the sub-codes.")
    boolean exact;

    @Option(names = "--source", paramLabel = "ID", description = "Only this source; may be repeated.")
    List<Long> sources = List.of();

    @Option(names = "--type", paramLabel = "T", description = "Only sources of this type (thesis, article, news, interview, other).")
    String type;

    @Option(names = "--years", paramLabel = "A-B", description = "Only sources dated in these years: 2015-2021, 2015-, -2021 or 2020.")
    String years;

    @Option(names = "--coder", paramLabel = "NAME", description = "Only this coder's codings.")
    String coder;

    @Option(names = "--memo", paramLabel = "TEXT", description = "Only codings whose memo contains TEXT (ignoring case).")
    String memo;

    @Option(names = "--order", paramLabel = "ORDER", description = "code (code, then source, then position; the default) or source.")
    String order = "code";

    @Option(names = "--citation", paramLabel = "STYLE", description = "inline (the default) or footnote.")
    String citation = "inline";

    @Option(names = "--context", paramLabel = "N", description = "Words of context before and after each excerpt (0-100, default 0).")
    int context;

    @Option(names = "--no-codebook", description = "Leave out the codebook appendix.")
    boolean noCodebook;

    @Option(names = "--memos", paramLabel = "KINDS", description = "Memos to add besides the coding memos: "
            + "project, source, code (comma-separated), all or none (the default). Source and code memos follow the "
            + "source and code choices. For csv they go to FILE.memos.csv beside it.")
    String memoKinds = "none";

    @Option(names = "--no-coding-memos", description = "Leave the coding memos out of the excerpts.")
    boolean noCodingMemos;

    @Option(names = "--bibliography", paramLabel = "FORMAT", description = "For md: bibtex (FILE.bib, the default) "
            + "or csl-json (FILE.json).")
    String bibliography = "bibtex";

    @Override
    int run(Project project) throws Exception {
        ExportFormat exportFormat = ExportOptionWords.format(format, spec);
        ExcerptSelection selection = new ExcerptSelection(codeIds(project), !exact,
                Set.copyOf(sources.stream().map(SourceId::new).toList()), type == null ? null : ExportOptionWords.type(type, spec),
                ExportOptionWords.fromYear(years, spec), ExportOptionWords.toYear(years, spec), coder, memo,
                ExportOptionWords.order(order, spec), ExportOptionWords.context(context, spec));
        ExportOptions options = new ExportOptions(ExportOptionWords.citation(citation, spec), !noCodebook, context > 0,
                !noCodingMemos, ExportOptionWords.bibliography(bibliography, spec));
        Set<MemoKind> kinds = ExportOptionWords.memoKinds(memoKinds, spec);
        for (Path file : ExportWriters.filesOf(exportFormat, options, outFile, !kinds.isEmpty())) {
            ExportOptionWords.checkOverwrite(file, force);
        }
        for (long id : sources) {
            if (project.sources().list().stream().noneMatch(s -> s.id().value() == id)) {
                throw new IllegalArgumentException("no source " + id + " in the project");
            }
        }
        ExportContent content = project.exports().content(selection, kinds);
        List<Path> written = ExportWriters.write(content, exportFormat, options, outFile);
        out().printf("exported %d excerpt%s from %d source%s%s to %s%n", content.excerpts().size(),
                content.excerpts().size() == 1 ? "" : "s", content.sources().size(),
                content.sources().size() == 1 ? "" : "s",
                content.memos().isEmpty() ? "" : " and " + content.memos().size() + " memo" + (content.memos().size() == 1 ? "" : "s"),
                String.join(" and ", written.stream().map(Path::toString).toList()));
        return ScholionCli.OK;
    }

    private Set<CodeId> codeIds(Project project) {
        Codebook codebook = project.codebook().snapshot();
        Set<CodeId> ids = new HashSet<>();
        for (String path : codes) {
            ids.add(codebook.resolve(CodePath.parse(path)).id());
        }
        return ids;
    }
}
