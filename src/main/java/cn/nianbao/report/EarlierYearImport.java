package cn.nianbao.report;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Role;
import cn.nianbao.base.PlainText;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's report of an earlier year that was published before this system, read in so that the next year's
 * report is checked across years against it. Only a handler of the agency, and only its own agency's report.
 */
@Component
@Transactional
class EarlierYearImport {

    private final CurrentActor currentActor;
    private final AgencyDirectory agencies;
    private final ReportEditions editions;

    EarlierYearImport(CurrentActor currentActor, AgencyDirectory agencies, ReportEditions editions) {
        this.currentActor = currentActor;
        this.agencies = agencies;
        this.editions = editions;
    }

    /** Whether the signed-in person may import a report of {@code agencyName}: the same check as the import's. */
    @Transactional(readOnly = true)
    boolean mayImport(String agencyName) {
        return refusal(currentActor.require(), agencyName).isEmpty();
    }

    long importPublished(int year, String agencyName, ReportContent content, String source) {
        Actor actor = currentActor.require();
        Optional<String> refusal = refusal(actor, agencyName);
        if (refusal.isPresent()) {
            throw new ReportInputException(refusal.get());
        }
        ReportContent cleaned = TypedContent.of(content).content();
        DraftSaving.validate(cleaned);
        return editions.importPublished(
                actor.agencyId(),
                year,
                cleaned,
                actor.username(),
                actor.displayName(),
                PlainText.normalize(source).text());
    }

    private Optional<String> refusal(Actor actor, String agencyName) {
        if (!actor.has(Role.HANDLER)) {
            return Optional.of("只有本机关的经办人员可以导入报告。");
        }
        String ownName = agencies.nameOf(actor.agencyId());
        if (!ownName.equals(agencyName.strip())) {
            return Optional.of("这份报告的机关是「" + agencyName + "」，不是本机关「" + ownName + "」，不能导入。");
        }
        return Optional.empty();
    }
}
