package org.scholion.store;

import java.util.List;

/**
 * The project's database is damaged. Carries the backups there are (newest first), so that the
 * command line and the workbench can offer to restore one instead of merely failing.
 */
public final class DamagedProjectException extends StoreException {

    private final transient List<Backup> backups;

    DamagedProjectException(String message, List<Backup> backups, Throwable cause) {
        super(message, cause);
        this.backups = List.copyOf(backups);
    }

    public List<Backup> backups() {
        return backups;
    }
}
