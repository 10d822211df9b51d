package org.scholion.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholion.exchange.TestArchives.project;
import static org.scholion.exchange.TestArchives.qdpx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Project and codebook XML is untrusted: DOCTYPEs, entities (XXE reading a local file, billion
 * laughs), deep nesting, many attributes and huge texts are each refused in one line that names the
 * file, the place and the problem, and nothing of what an entity points at gets in.
 */
class HostileXmlTest {

    private static final String SECRET = "TOP-SECRET-7d1f";

    @TempDir
    Path dir;

    private String refused(Path qdpx, ReadLimits limits) {
        Path work = dir.resolve("work-" + qdpx.getFileName());
        try {
            new QdpxReader(limits).read(qdpx, work);
        } catch (ExchangeException e) {
            assertThat(e.getMessage()).doesNotContain("\n").startsWith(qdpx.getFileName() + ": ");
            assertThat(e.file()).isEqualTo(qdpx);
            assertThat(work).isEmptyDirectory();
            return e.getMessage();
        }
        throw new AssertionError(qdpx + " was read, but should have been refused");
    }

    private String refused(Path qdpx) {
        return refused(qdpx, ReadLimits.defaults());
    }

    private Path archive(String name, String projectXml) throws Exception {
        return qdpx().projectXml(projectXml).writeTo(dir.resolve(name));
    }

    @Test
    void doctypeIsRefused() throws Exception {
        Path file = archive("doctype.qdpx", "<?xml version=\"1.0\"?>\n<!DOCTYPE Project>\n<Project name=\"p\"/>");
        assertThat(refused(file)).isEqualTo("doctype.qdpx: project.qde line 2:19: a DOCTYPE is not allowed"
                + " (REFI-QDA files have none, and it could read local files or expand entities)");
    }

    @Test
    void externalEntityReadingALocalFileIsRefusedAndNothingOfTheFileGetsIn() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        Path file = archive("xxe.qdpx", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE Project [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><Description>&xxe;</Description></Project>");

        String message = refused(file);

        assertThat(message).startsWith("xxe.qdpx: project.qde line 2:").contains("a DOCTYPE is not allowed")
                .doesNotContain(SECRET);
    }

    @Test
    void externalDtdIsNeverFetched() throws Exception {
        // Were the DTD read, its broken declaration would be the error; the DOCTYPE is refused first.
        Path dtd = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY % broken SYSTEM");
        Path file = archive("dtd.qdpx", "<?xml version=\"1.0\"?>\n<!DOCTYPE Project SYSTEM \"" + dtd.toUri()
                + "\">\n<Project name=\"p\"/>");

        assertThat(refused(file)).contains("project.qde line 2:").contains("a DOCTYPE is not allowed");
    }

    @Test
    @Timeout(10)
    void billionLaughsIsRefusedBeforeAnyExpansion() throws Exception {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        Path file = archive("laughs.qdpx", "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [" + entities + "]>\n"
                + "<Project name=\"p\"><Description>&lol9;</Description></Project>");

        assertThat(refused(file)).startsWith("laughs.qdpx: project.qde line 2:").contains("a DOCTYPE is not allowed");
    }

    @Test
    void entityReferenceWithoutADoctypeIsRefused() throws Exception {
        Path file = archive("entity.qdpx", project("<Description>memo &undeclared; here</Description>"));
        assertThat(refused(file)).startsWith("entity.qdpx: project.qde line 2:")
                .endsWith(": the entity reference &undeclared; is not allowed");
    }

    @Test
    void nestingPastTheLimitIsRefused() throws Exception {
        String deep = "<Code guid=\"6f1c1b4e-1111-4e4e-8a8a-000000000001\" name=\"c\" isCodable=\"true\">".repeat(70)
                + "</Code>".repeat(70);
        Path file = archive("deep.qdpx", project("<CodeBook><Codes>" + deep + "</Codes></CodeBook>"));
        assertThat(refused(file)).startsWith("deep.qdpx: project.qde line 2:")
                .endsWith(": elements nested more than 64 deep, over the limit");
    }

    @Test
    void tooManyAttributesAreRefused() throws Exception {
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            attributes.append(" a").append(i).append("=\"x\"");
        }
        Path file = archive("attributes.qdpx", project("<Users><User guid=\"6f1c1b4e-1111-4e4e-8a8a-000000000001\""
                + attributes + "/></Users>"));
        assertThat(refused(file)).endsWith(": <User> has 71 attributes, over the limit of 64");
    }

    @Test
    void textPastTheLimitIsRefused() throws Exception {
        Path file = archive("long.qdpx", project("<Description>" + "memo ".repeat(1000) + "</Description>"));
        assertThat(refused(file, ReadLimits.defaults().withMaxTextChars(1000)))
                .endsWith(": a text of more than 1000 characters, over the limit");
    }

    @Test
    void codebookFilesAreGuardedTheSameWay() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        Path qdc = Files.writeString(dir.resolve("hostile.qdc"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE CodeBook [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"6f1c1b4e-1111-4e4e-8a8a-000000000001\""
                + " name=\"&xxe;\" isCodable=\"true\"/></Codes></CodeBook>", StandardCharsets.UTF_8);
        try {
            new QdcReader().read(qdc);
            throw new AssertionError("the codebook was read");
        } catch (ExchangeException e) {
            assertThat(e.getMessage()).startsWith("hostile.qdc: line 2:").contains("a DOCTYPE is not allowed")
                    .doesNotContain(SECRET).doesNotContain("\n");
        }
    }

    @Test
    void aProjectXmlThatIsNotXmlIsRefusedWithItsPlace() throws Exception {
        Path file = archive("notxml.qdpx", "PK this is no XML at all");
        assertThat(refused(file)).isEqualTo(
                "notxml.qdpx: project.qde line 1:1: not well-formed XML (Content is not allowed in prolog.)");
    }

    @Test
    void aProjectXmlNotInItsDeclaredEncodingIsRefusedWithItsPlace() throws Exception {
        byte[] latin1 = project("<Description>Gr\u00fc\u00dfe</Description>").getBytes(StandardCharsets.ISO_8859_1);
        Path file = qdpx().entry("project.qde", latin1).writeTo(dir.resolve("latin1.qdpx"));
        assertThat(refused(file)).isEqualTo(
                "latin1.qdpx: project.qde line 2:101: not well-formed XML (Invalid byte 1 of 1-byte UTF-8 sequence.)");
    }

    @Test
    void anEmptyProjectXmlIsRefused() throws Exception {
        Path file = archive("empty.qdpx", "");
        assertThat(refused(file)).startsWith("empty.qdpx: project.qde").contains("not well-formed XML");
    }

    @Test
    void xmlThatIsNotAProjectIsRefused() throws Exception {
        Path file = archive("html.qdpx", "<html><body>Hello</body></html>");
        assertThat(refused(file)).isEqualTo(
                "html.qdpx: project.qde line 1:7: not a REFI-QDA project: the root element is <html>, not <Project>");
    }

    @Test
    void aCodebookGivenAsProjectIsNamedForWhatItIs() throws Exception {
        Path file = archive("codebook.qdpx", "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes/></CodeBook>");
        assertThat(refused(file)).endsWith(": a REFI-QDA codebook, not a project: the root element is <CodeBook>");
    }

    @Test
    void malformedXmlIsRefusedWithLineAndColumn() throws Exception {
        Path file = archive("broken.qdpx", project("<Users><User guid=\"x\" name=\"a\"></Users>"));
        assertThat(refused(file)).startsWith("broken.qdpx: project.qde line 2:").contains("not well-formed XML (");
    }
}
