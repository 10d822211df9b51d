package org.scholion.exchange;

/** REFI-QDA's variable types, spelled as the standard spells them ({@link #written()}). */
public enum QdaVariableType {
    TEXT("Text"), BOOLEAN("Boolean"), INTEGER("Integer"), FLOAT("Float"), DATE("Date"), DATE_TIME("DateTime");

    private final String written;

    QdaVariableType(String written) {
        this.written = written;
    }

    public String written() {
        return written;
    }

    /** The type a file names, matched ignoring case; empty for a name the standard does not have. */
    public static java.util.Optional<QdaVariableType> parse(String written) {
        for (QdaVariableType type : values()) {
            if (type.written.equalsIgnoreCase(written == null ? "" : written.strip())) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
