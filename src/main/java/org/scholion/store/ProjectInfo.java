package org.scholion.store;

import java.nio.file.Path;
import java.time.Instant;

/** The project as a whole: its name, description, where it lives and which schema it is at. */
public record ProjectInfo(String name, String description, Instant created, Path folder, int schemaVersion) {
}
