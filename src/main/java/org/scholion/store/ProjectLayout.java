package org.scholion.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things live in a project folder {@code NAME.scholion/}: project.db is the single source of
 * truth; originals/ keeps imported files by SHA-256; index/ is derived and always rebuildable.
 */
public record ProjectLayout(Path root) {

    public static final String EXTENSION = ".scholion";

    public ProjectLayout {
        root = root.toAbsolutePath().normalize();
    }

    /** The folder a new project at {@code path} gets: the path itself if it ends in .scholion, else with it added. */
    public static ProjectLayout forNew(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return new ProjectLayout(name.endsWith(EXTENSION) ? path : path.resolveSibling(name + EXTENSION));
    }

    /** The project a user means by {@code path}: the folder itself, or the same name with .scholion added. */
    public static ProjectLayout forExisting(Path path) {
        if (Files.isRegularFile(path.resolve("project.db"))) {
            return new ProjectLayout(path);
        }
        ProjectLayout withExtension = forNew(path);
        if (Files.isRegularFile(withExtension.database())) {
            return withExtension;
        }
        return new ProjectLayout(path);
    }

    public Path database() {
        return root.resolve("project.db");
    }

    public Path originals() {
        return root.resolve("originals");
    }

    public Path index() {
        return root.resolve("index");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    /** Present when the index may be behind the store: the next opening rebuilds it. */
    public Path staleIndexMarker() {
        return root.resolve("index.stale");
    }

    public Path lockFile() {
        return root.resolve(".lock");
    }

    public String name() {
        String folder = root.getFileName().toString();
        return folder.endsWith(EXTENSION) ? folder.substring(0, folder.length() - EXTENSION.length()) : folder;
    }
}
