package org.scholion.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ScholionCli.class.getPackage().getImplementationVersion();
        return new String[] {"Scholion " + (version == null ? "(development build)" : version)};
    }
}
