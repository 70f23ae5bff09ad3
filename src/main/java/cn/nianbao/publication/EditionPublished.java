package cn.nianbao.publication;

/** A report (a first edition or a correction) became public: every public page that lists or links it may change. */
record EditionPublished(long reportId) {
}
