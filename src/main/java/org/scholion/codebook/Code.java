package org.scholion.codebook;

/**
 * A code of the codebook. {@code key} is the stable, human-readable identity a codebook file uses;
 * {@code position} orders siblings.
 */
public record Code(CodeId id, CodeId parent, String key, String name, CodeColor color,
                   CodeGuidance guidance, int position) {

    public Code {
        CodeName.check(name);
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("code '" + name + "' needs a key");
        }
        guidance = guidance == null ? CodeGuidance.NONE : guidance;
    }

    public boolean isTopLevel() {
        return parent == null;
    }

    public Code withName(String newName) {
        return new Code(id, parent, key, newName, color, guidance, position);
    }
}
