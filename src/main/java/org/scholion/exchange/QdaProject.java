package org.scholion.exchange;

import java.time.Instant;
import java.util.List;

/**
 * A REFI-QDA project (the content of a .qde file) as plain values, between the XML and a Scholion
 * project: the reader fills it from what another tool wrote, the writer writes it, and
 * {@code project.ExchangeService} maps it to and from the store. Positions in it are as the file
 * has them; converting them to code points of the stored text is the importer's job.
 *
 * @param origin the tool that wrote it ("NVivo for Mac 15.0.0"), "" when not given
 * @param noteRefs the notes (memos) on the project itself
 */
public record QdaProject(String name, String origin, String description, Guid creatingUser, Instant created,
                         Instant modified, List<QdaUser> users, List<QdaCode> codes, List<QdaVariable> variables,
                         List<QdaCase> cases, List<QdaSource> sources, List<QdaNote> notes, List<QdaSet> sets,
                         List<Guid> noteRefs) {

    public QdaProject {
        name = name == null ? "" : name;
        origin = origin == null ? "" : origin;
        description = description == null ? "" : description;
        users = List.copyOf(users);
        codes = List.copyOf(codes);
        variables = List.copyOf(variables);
        cases = List.copyOf(cases);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
        sets = List.copyOf(sets);
        noteRefs = List.copyOf(noteRefs);
    }
}
