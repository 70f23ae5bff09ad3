package cn.nianbao.publication;

import java.util.List;

/** What a visitor searched the portal for: part of an agency's name, a year; either may be empty. */
record PortalQuery(String agencyName, Integer year) {

    PortalQuery {
        agencyName = agencyName == null ? "" : agencyName.strip();
    }

    List<PublishedReport> apply(List<PublishedReport> reports) {
        return reports.stream()
                .filter(r -> agencyName.isEmpty() || r.agencyName().contains(agencyName))
                .filter(r -> year == null || r.year() == year)
                .toList();
    }

    boolean isEmpty() {
        return agencyName.isEmpty() && year == null;
    }
}
