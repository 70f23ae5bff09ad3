package cn.nianbao.report;

import java.time.Instant;

/** A part's own version and its last save: who, when. The editor compares versions to show a colleague's saves. */
public record PartStamp(DraftPart part, long version, String editedBy, String editedByName, Instant editedAt) {}
