package cn.nianbao.coordination;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One agency's 考核 figures from its published report, and how far each rate lies from the area's (in percentage
 * points, signed; empty where either rate is). {@code farOff...}: beyond the area's threshold.
 */
public record AgencyAssessment(
        long agencyId,
        String agencyName,
        AssessmentFigures figures,
        Optional<BigDecimal> disclosureGap,
        Optional<BigDecimal> correctionGap,
        boolean farOffDisclosure,
        boolean farOffCorrection) {

    static AgencyAssessment of(
            long agencyId, String name, AssessmentFigures figures, AssessmentFigures area, MarkThresholds limits) {
        Optional<BigDecimal> disclosure = gap(figures.disclosureRate(), area.disclosureRate());
        Optional<BigDecimal> correction = gap(figures.correctionRate(), area.correctionRate());
        return new AgencyAssessment(
                agencyId,
                name,
                figures,
                disclosure,
                correction,
                beyond(disclosure, limits.disclosurePoints()),
                beyond(correction, limits.correctionPoints()));
    }

    /** 低于辖区 25.3 个百分点 / 高于辖区 21.0 个百分点, empty when within the threshold. */
    public static String mark(Optional<BigDecimal> gap, boolean farOff) {
        if (!farOff || gap.isEmpty()) {
            return "";
        }
        BigDecimal points = gap.get();
        return (points.signum() < 0 ? "低于" : "高于") + "辖区 " + points.abs().toPlainString() + " 个百分点";
    }

    private static Optional<BigDecimal> gap(Optional<BigDecimal> own, Optional<BigDecimal> area) {
        return own.flatMap(o -> area.map(o::subtract));
    }

    private static boolean beyond(Optional<BigDecimal> gap, int points) {
        return gap.filter(g -> g.abs().compareTo(BigDecimal.valueOf(points)) > 0)
                .isPresent();
    }
}
