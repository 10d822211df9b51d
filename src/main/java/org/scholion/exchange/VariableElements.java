package org.scholion.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads Variables and the VariableValues that sources and cases carry. */
final class VariableElements {

    private static final Map<String, QdaVariableType> VALUE_ELEMENTS = Map.of(
            "TextValue", QdaVariableType.TEXT, "BooleanValue", QdaVariableType.BOOLEAN,
            "IntegerValue", QdaVariableType.INTEGER, "FloatValue", QdaVariableType.FLOAT,
            "DateValue", QdaVariableType.DATE, "DateTimeValue", QdaVariableType.DATE_TIME);

    private final Fields fields;
    private final XmlCursor cursor;

    VariableElements(Fields fields) {
        this.fields = fields;
        this.cursor = fields.cursor();
    }

    /** The Variable elements under a Variables element. */
    List<QdaVariable> variables() throws ExchangeException {
        List<QdaVariable> variables = new ArrayList<>();
        cursor.children(child -> {
            if (child.equals("Variable")) {
                variables.add(variable());
            } else {
                fields.unknown(child, "Variables");
            }
        });
        return variables;
    }

    private QdaVariable variable() throws ExchangeException {
        String who = fields.who("Variable");
        Guid guid = fields.guid(who);
        String written = fields.attr("typeOfVariable");
        QdaVariableType type = QdaVariableType.parse(written).orElseGet(() -> {
            fields.warnings().add(who, (written == null ? "no typeOfVariable" : "typeOfVariable '" + written + "' is unknown")
                    + "; taken as Text");
            return QdaVariableType.TEXT;
        });
        String name = fields.attr("name");
        StringBuilder description = new StringBuilder();
        cursor.children(child -> {
            if (child.equals("Description")) {
                description.append(cursor.text());
            } else {
                fields.unknown(child, "Variable");
            }
        });
        return new QdaVariable(guid, name == null ? "" : name, type, description.toString());
    }

    /**
     * A VariableValue: which variable (VariableRef) and its value in the lexical form of its element;
     * empty, with a warning, without either.
     *
     * @param owner how warnings name the source or case that carries it
     */
    Optional<QdaVariableValue> value(String owner) throws ExchangeException {
        Guid[] variable = {null};
        QdaVariableType[] type = {null};
        StringBuilder value = new StringBuilder();
        cursor.children(child -> {
            if (child.equals("VariableRef")) {
                variable[0] = fields.ref(owner, child, "targetGUID").orElse(null);
            } else if (VALUE_ELEMENTS.containsKey(child)) {
                type[0] = VALUE_ELEMENTS.get(child);
                String text = cursor.text();
                value.append(type[0] == QdaVariableType.TEXT ? text : text.strip());
            } else {
                fields.unknown(child, "VariableValue");
            }
        });
        if (variable[0] == null) {
            fields.warnings().add(owner, "a VariableValue without a valid VariableRef; left out");
            return Optional.empty();
        }
        if (type[0] == null) {
            fields.warnings().add(owner, "a VariableValue of variable " + variable[0] + " without a value; left out");
            return Optional.empty();
        }
        return Optional.of(new QdaVariableValue(variable[0], type[0], value.toString()));
    }
}
