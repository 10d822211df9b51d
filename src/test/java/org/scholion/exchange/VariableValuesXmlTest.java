package org.scholion.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scholion.exchange.FullProject.guid;

import org.junit.jupiter.api.Test;

/** A value goes out in its XML Schema type's lexical form, or not at all. */
class VariableValuesXmlTest {

    private static String lexical(QdaVariableType type, String value) {
        return VariableValuesXml.lexical(new QdaVariableValue(guid(1), type, value));
    }

    @Test
    void valuesAreWrittenAsTheirSchemaTypeSpellsThem() {
        assertThat(lexical(QdaVariableType.TEXT, "  Грузия “GE” ")).isEqualTo("  Грузия “GE” ");
        assertThat(lexical(QdaVariableType.BOOLEAN, " TRUE")).isEqualTo("true");
        assertThat(lexical(QdaVariableType.BOOLEAN, "0")).isEqualTo("false");
        assertThat(lexical(QdaVariableType.INTEGER, "+2008 ")).isEqualTo("2008");
        assertThat(lexical(QdaVariableType.FLOAT, "1.5E3")).isEqualTo("1500"); // xsd:decimal has no exponent
        assertThat(lexical(QdaVariableType.FLOAT, "-0.25")).isEqualTo("-0.25");
        assertThat(lexical(QdaVariableType.DATE, "2008-08-07")).isEqualTo("2008-08-07");
        assertThat(lexical(QdaVariableType.DATE_TIME, "2008-08-07T21:30Z")).isEqualTo("2008-08-07T21:30:00Z");
        assertThat(lexical(QdaVariableType.DATE_TIME, "2008-08-07T21:30")).isEqualTo("2008-08-07T21:30:00");
    }

    @Test
    void aValueThatIsNotOfItsTypeIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> lexical(QdaVariableType.INTEGER, "twelve"))
                .hasMessageContaining("'twelve'").hasMessageContaining(guid(1).value()).hasMessageContaining("Integer");
        assertThatThrownBy(() -> lexical(QdaVariableType.FLOAT, "NaN")).hasMessageContaining("not a Float");
        assertThatThrownBy(() -> lexical(QdaVariableType.BOOLEAN, "yes")).hasMessageContaining("not a Boolean");
        assertThatThrownBy(() -> lexical(QdaVariableType.DATE, "07.08.2008")).hasMessageContaining("not a Date");
        assertThatThrownBy(() -> lexical(QdaVariableType.DATE_TIME, "")).hasMessageContaining("not a DateTime");
    }
}
