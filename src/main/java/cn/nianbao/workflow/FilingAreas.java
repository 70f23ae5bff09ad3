package cn.nianbao.workflow;

import java.util.Optional;

/**
 * 先备案后公布: which area, if any, must file an agency's signed-off report before it is published. The chain asks at
 * 签发; the coordination module, where coordinators switch the rule on for the agencies below them, answers.
 */
public interface FilingAreas {

    /** The area (an agency above {@code agencyId}) whose coordinators file its report of {@code year}; the nearest one that requires it. */
    Optional<Long> filingAreaFor(long agencyId, int year);
}
