package org.scholion.ui.agreement;

import java.util.List;
import org.scholion.analysis.CodeAgreement;

/**
 * One line of the agreement table as it is shown: the code, the units behind it, what each coder
 * marked, each statistic to three decimals or "n/a", and the reasons for every "n/a".
 */
public record AgreementLine(CodeAgreement agreement, String code, String units, String marked, List<String> values,
                            String explanation) {

    public AgreementLine {
        values = List.copyOf(values);
    }

    public boolean isOverall() {
        return agreement.code().isEmpty();
    }
}
