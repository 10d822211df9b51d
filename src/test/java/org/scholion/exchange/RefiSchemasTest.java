package org.scholion.exchange;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** The shipped schemas compile, and the repaired codebook schema holds the specification's rules. */
class RefiSchemasTest {

    /** Example 1 of the REFI-QDA 1.5 specification (appendix A.1), as printed there. */
    private static final String SPEC_EXAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <CodeBook xmlns="urn:QDA-XML:codebook:1.0" xmlns:qda="urn:QDA-XML:codebook:1.0" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="urn:QDA-XML:codebook:1.0 http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd">
              <Codes>
                <Code guid="{5215cc69-b628-4e02-afb9-9beeaee55808}" name="Topics" isCodable="false">
                </Code>
                <Code guid="{d7aa29da-519b-4946-9b90-253b6db8fd0a}" name="Economy" isCodable="true" color="#ffff00">
                  <Description>Anything about jobs or taxes or business</Description>
                </Code>
                <Code guid="9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520" name="Values" isCodable="false">
                </Code>
                <Code guid="{12365523-1035-4afa-9e7b-281fe0bc51c5}" name="Liberals"  isCodable="true" color="#0000ff">
                  <Description>Democrats, socialists, or progressive independents</Description>
                </Code>
              </Codes>
            </CodeBook>
            """;

    @Test
    void bothSchemasCompile() {
        assertThatCode(RefiSchemas::project).doesNotThrowAnyException();
        assertThatCode(RefiSchemas::codebook).doesNotThrowAnyException();
    }

    @Test
    void theRepairedCodebookSchemaAcceptsTheSpecificationsExample() {
        assertThatCode(() -> validate(SPEC_EXAMPLE)).doesNotThrowAnyException();
    }

    @Test
    void theRepairedCodebookSchemaKeepsTheSpecificationsRules() {
        String economy = "name=\"Economy\" isCodable=\"true\" color=\"#ffff00\"";
        // Each of these breaks one rule of the specification's schema: the repair must not have lost it.
        assertRejected(SPEC_EXAMPLE.replace(economy, "name=\"Economy\" color=\"#ffff00\""));           // isCodable required
        assertRejected(SPEC_EXAMPLE.replace(economy, "name=\"Economy\" isCodable=\"true\" color=\"#ffff0\"")); // RGBType
        assertRejected(SPEC_EXAMPLE.replace("{5215cc69-b628-4e02-afb9-9beeaee55808}", "5215cc69"));           // GUIDType
        assertRejected(SPEC_EXAMPLE.replace("</Codes>", "</Codes><Sets></Sets>"));                            // Set 1..*
        assertRejected(SPEC_EXAMPLE.replace("<Description>Anything", "<NoteRef targetGUID=\"9fa9bcb7-5b59-47a9-8c3e-"
                + "f65cffdc7520\"/><Description>Anything"));                                                   // no NoteRef
        assertRejected(SPEC_EXAMPLE.replace("urn:QDA-XML:codebook:1.0\" xmlns:qda", "urn:QDA-XML:project:1.0\" xmlns:qda"));
        assertRejected(SPEC_EXAMPLE.replaceAll("(?s)<Codes>.*</Codes>", "<Codes></Codes>"));                 // Code 1..*
    }

    private static void assertRejected(String xml) {
        assertThatThrownBy(() -> validate(xml)).isInstanceOf(SAXException.class);
    }

    private static void validate(String xml) throws SAXException {
        RefiXml.validate(RefiSchemas.codebook(), xml.getBytes(StandardCharsets.UTF_8));
    }
}
