package cn.nianbao.publication;

import java.util.List;

/** An agency's page on the portal: its name and its years, newest first. */
public record AgencyYears(String agencyName, List<PublishedFigures> years) {}
