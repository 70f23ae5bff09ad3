package cn.nianbao.report;

/**
 * Which edition of its year a report is: 1 as first published, 2 and more for corrections (更正), each with the
 * edition it corrects and the 更正说明 published with it.
 */
public record ReportEdition(long reportId, int edition, Long correctsId, String correctionNote) {

    /** The longest 更正说明 kept and published. */
    public static final int MAX_CORRECTION_NOTE = 2000;

    public boolean isCorrection() {
        return correctsId != null;
    }
}
