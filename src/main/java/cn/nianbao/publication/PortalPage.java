package cn.nianbao.publication;

import cn.nianbao.report.ReportEdition;
import cn.nianbao.report.ReportView;
import java.util.List;

/** A publication as its portal page shows it: with its content, its edition and every edition of its year. */
record PortalPage(PublishedReport entry, List<PublishedVersion> versions, ReportView report, ReportEdition edition) {

    PublishedVersion shown() {
        return versions.stream()
                .filter(v -> v.publicationId() == entry.publicationId())
                .findFirst()
                .orElseThrow();
    }
}
