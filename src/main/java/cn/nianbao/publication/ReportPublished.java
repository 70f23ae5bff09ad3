package cn.nianbao.publication;

/**
 * A report (a first edition or a correction) became public: every public page that lists or links it may change, and
 * the people who drafted it may be told.
 */
public record ReportPublished(long reportId) {}
