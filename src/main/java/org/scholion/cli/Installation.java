package org.scholion.cli;

import java.nio.file.Path;

/** Where Scholion is installed: the launcher passes it as -Dscholion.home; else the working folder. */
public final class Installation {
    private Installation() {
    }

    public static Path home() {
        String home = System.getProperty("scholion.home");
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }
}
