package org.scholion.exchange;

/**
 * A variable's value on a source or case, in the lexical form of its XML element (TextValue,
 * IntegerValue, ...): "2008", "true", "2008-08-07".
 */
public record QdaVariableValue(Guid variable, QdaVariableType type, String value) {
}
