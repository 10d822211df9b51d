package org.scholion.exchange;

/** A coder as REFI-QDA names one; {@code id} is a tool's short form ("CP"), "" when absent. */
public record QdaUser(Guid guid, String name, String id) {
    public QdaUser {
        name = name == null ? "" : name;
        id = id == null ? "" : id;
    }
}
