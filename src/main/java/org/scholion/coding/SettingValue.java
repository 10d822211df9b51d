package org.scholion.coding;

/** A named project setting's value, or null where it was not set. */
public record SettingValue(String key, String value) {
}
