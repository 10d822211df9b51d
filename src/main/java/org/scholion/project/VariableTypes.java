package org.scholion.project;

import org.scholion.exchange.QdaVariableType;
import org.scholion.source.AttributeType;

/**
 * Scholion's attribute types and REFI-QDA's variable types, one to one but for DateTime, which
 * Scholion keeps as text (a date and time has no attribute type of its own).
 */
final class VariableTypes {

    private VariableTypes() {
    }

    static QdaVariableType of(AttributeType type) {
        return switch (type) {
            case TEXT -> QdaVariableType.TEXT;
            case INTEGER -> QdaVariableType.INTEGER;
            case DECIMAL -> QdaVariableType.FLOAT;
            case DATE -> QdaVariableType.DATE;
            case BOOLEAN -> QdaVariableType.BOOLEAN;
        };
    }

    static AttributeType of(QdaVariableType type) {
        return switch (type) {
            case TEXT, DATE_TIME -> AttributeType.TEXT;
            case INTEGER -> AttributeType.INTEGER;
            case FLOAT -> AttributeType.DECIMAL;
            case DATE -> AttributeType.DATE;
            case BOOLEAN -> AttributeType.BOOLEAN;
        };
    }
}
