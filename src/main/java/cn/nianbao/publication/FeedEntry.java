package cn.nianbao.publication;

/**
 * A line of the feeds: a publication with its edition number and, for a correction (更正), the edition it
 * supersedes (the one published just before it).
 */
record FeedEntry(PublishedReport entry, int edition, Long supersededId) {

    boolean isCorrection() {
        return supersededId != null;
    }
}
