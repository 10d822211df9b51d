package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scholion.project.TestProjects.CODER;
import static org.scholion.project.TestProjects.code;
import static org.scholion.project.TestProjects.path;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeGuidance;
import org.scholion.codebook.CodebookException;
import org.scholion.coding.CodingAction;

/**
 * Adding, renaming, recolouring, describing and moving codes in a real project holding the study
 * codebook and a coding: each change is stored (it survives reopening) and logged, and each
 * refused change names the reason and leaves the project exactly as it was.
 */
class CodebookServiceTest {

    @TempDir
    Path dir;

    private Project project;

    @BeforeEach
    void openStudyProject() {
        project = TestProjects.studyProject(dir);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private Project reopen() {
        project.close();
        project = Project.open(dir.resolve("study"), TestProjects.clock());
        return project;
    }

    @Test
    void aNewCodeIsKeyedUnderItsParentAndPlacedLast() {
        Code security = code(project, "Security interests");

        Code cyber = project.codebook().add(security.id(), "Cyber attacks & hybrid war", CodeColor.parse("steelblue"),
                new CodeGuidance("Attacks on networks.", "", "", ""), CODER);

        assertThat(cyber.key()).isEqualTo("security.cyber-attacks-hybrid-war");
        Project reopened = reopen();
        assertThat(reopened.codebook().snapshot().childrenOf(security.id())).last()
                .satisfies(last -> assertThat(last.name()).isEqualTo("Cyber attacks & hybrid war"))
                .satisfies(last -> assertThat(last.color().hex()).isEqualTo("#4682b4"))
                .satisfies(last -> assertThat(last.guidance().definition()).isEqualTo("Attacks on networks."));
        assertThat(TestProjects.exported(reopened)).contains("\"key\": \"security.cyber-attacks-hybrid-war\"");
    }

    @Test
    void aNewKeyNeverReusesATakenOneAndSurvivesAccentsAndSymbols() {
        Code power = code(project, "Power-political interests");

        // "security" is the key of Security interests: the new code must not take it over
        assertThat(project.codebook().add(null, "Security", CodeColor.parse("red"), null, CODER).key())
                .isEqualTo("security-2");
        assertThat(project.codebook().add(null, "SECURITY!", CodeColor.parse("red"), null, CODER).key())
                .isEqualTo("security-3");
        assertThat(project.codebook().add(power.id(), "Régime change – “Kremlin”", CodeColor.parse("red"), null, CODER)
                .key()).isEqualTo("power.regime-change-kremlin");
        assertThat(project.codebook().add(power.id(), "«»", CodeColor.parse("red"), null, CODER).key())
                .isEqualTo("power.code");
    }

    @Test
    void aCodeWithoutGuidanceCanBeAdded() {
        Code added = project.codebook().add(null, "Economic interests", CodeColor.parse("gold"), null, CODER);

        assertThat(added.guidance()).isEqualTo(CodeGuidance.NONE);
        assertThat(reopen().codebook().snapshot().get(added.id()).guidance()).isEqualTo(CodeGuidance.NONE);
    }

    @Test
    void addingASiblingsNameIsRefusedIgnoringCase() {
        Code security = code(project, "Security interests");
        TestProjects.State before = TestProjects.State.of(project);

        assertThatThrownBy(() -> project.codebook().add(security.id(), "BORDER security", CodeColor.parse("red"), null, CODER))
                .isInstanceOf(CodebookException.class)
                .hasMessage("there is already a code 'Border security' under 'Security interests'");
        assertThat(TestProjects.State.of(project)).isEqualTo(before);
    }

    @Test
    void renamingKeepsTheKeyAndTheCodings() {
        Code peacekeeping = code(project, TestProjects.PEACEKEEPING);

        project.codebook().rename(peacekeeping.id(), "Peacekeeping monopoly", CODER);

        Project reopened = reopen();
        Code renamed = code(reopened, "Power-political interests/Peacekeeping monopoly");
        assertThat(renamed.key()).isEqualTo("power.peacekeeping");
        assertThat(TestProjects.onlyCoding(reopened).code()).isEqualTo(renamed.id());
        assertThat(reopened.store().log().recent(1)).singleElement()
                .satisfies(entry -> assertThat(entry.kind()).isEqualTo(CodingAction.Kind.CODEBOOK))
                .satisfies(entry -> assertThat(entry.detail()).isEqualTo("renamed 'Power-political interests/"
                        + "Exclusive peacekeeping and mediation' to 'Peacekeeping monopoly'"));
    }

    @Test
    void renamingMayChangeOnlyTheCase() {
        Code borders = code(project, "Security interests/Border security");

        project.codebook().rename(borders.id(), "Border Security", CODER);

        assertThat(path(reopen(), borders)).isEqualTo("Security interests/Border Security");
    }

    @Test
    void renamingToASiblingsNameIsRefusedIgnoringCase() {
        Code borders = code(project, "Security interests/Border security");
        TestProjects.State before = TestProjects.State.of(project);

        assertThatThrownBy(() -> project.codebook().rename(borders.id(), "terrorism AND THE chechen link", CODER))
                .isInstanceOf(CodebookException.class)
                .hasMessage("there is already a code 'Terrorism and the Chechen link' under 'Security interests'");
        assertThat(TestProjects.State.of(project)).isEqualTo(before);
    }

    @Test
    void recolouringAndDescribingChangeOnlyThoseFields() {
        Code energy = code(project, "Power-political interests/Energy and pipelines");
        CodeGuidance guidance = new CodeGuidance("Caspian oil and gas.", "Pipelines.", "Gas prices: bilateral.",
                "\u201cRussia was itself an energy exporting country\u201d");

        project.codebook().recolour(energy.id(), CodeColor.parse("#000"), CODER);
        project.codebook().describe(energy.id(), guidance, CODER);

        Code stored = reopen().codebook().snapshot().get(energy.id());
        assertThat(stored.color().hex()).isEqualTo("#000000");
        assertThat(stored.guidance()).isEqualTo(guidance);
        assertThat(stored).usingRecursiveComparison().ignoringFields("color", "guidance").isEqualTo(energy);
        assertThat(project.store().log().recent(6)).filteredOn(a -> a.kind() == CodingAction.Kind.CODEBOOK)
                .extracting(CodingAction::detail).containsExactly(
                "recoloured 'Power-political interests/Energy and pipelines' from #fdbe85 to #000000",
                "edited the guidance of 'Power-political interests/Energy and pipelines'");
    }

    @Test
    void movingTakesTheSubCodesAlongAndKeepsTheCodings() {
        Code power = code(project, "Power-political interests");
        Code bilateral = code(project, "Bilateral relations");

        project.codebook().move(power.id(), bilateral.id(), CODER);

        Project reopened = reopen();
        Code peacekeeping = code(reopened, "Bilateral relations/Power-political interests/"
                + "Exclusive peacekeeping and mediation");
        assertThat(TestProjects.onlyCoding(reopened).code()).isEqualTo(peacekeeping.id());
        assertThat(reopened.codebook().snapshot().childrenOf(bilateral.id())).last().extracting(Code::name)
                .isEqualTo("Power-political interests");
        assertThat(reopened.codebook().snapshot().roots()).extracting(Code::name)
                .containsExactly("Security interests", "Bilateral relations");
    }

    @Test
    void movingACodeIntoItsOwnSubtreeIsRefused() {
        Code power = code(project, "Power-political interests");
        Code peacekeeping = code(project, TestProjects.PEACEKEEPING);
        TestProjects.State before = TestProjects.State.of(project);

        assertThatThrownBy(() -> project.codebook().move(power.id(), peacekeeping.id(), CODER))
                .isInstanceOf(CodebookException.class)
                .hasMessage("cannot move 'Power-political interests' under '" + TestProjects.PEACEKEEPING
                        + "': a code cannot be placed inside itself");
        assertThatThrownBy(() -> project.codebook().move(power.id(), power.id(), CODER))
                .isInstanceOf(CodebookException.class);
        assertThat(TestProjects.State.of(project)).isEqualTo(before);
    }

    @Test
    void movingNextToACodeOfTheSameNameIsRefused() {
        Code power = code(project, "Power-political interests");
        Code bilateral = code(project, "Bilateral relations");
        Code westernTies = project.codebook().add(power.id(), "relations with the WEST", CodeColor.parse("red"), null, CODER);
        TestProjects.State before = TestProjects.State.of(project);

        assertThatThrownBy(() -> project.codebook().move(westernTies.id(), bilateral.id(), CODER))
                .isInstanceOf(CodebookException.class)
                .hasMessage("there is already a code 'Relations with the West' under 'Bilateral relations'");
        assertThat(TestProjects.State.of(project)).isEqualTo(before);
    }
}
