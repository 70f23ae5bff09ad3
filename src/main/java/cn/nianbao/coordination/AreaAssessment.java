package cn.nianbao.coordination;

import java.util.List;

/**
 * 考核指标 of an area for a year: the area's figures (from the sums of the published reports below the government),
 * each agency's, and the thresholds that mark an agency far from the area. Empty lists where nothing is published.
 */
public record AreaAssessment(int year, AssessmentFigures area, List<AgencyAssessment> agencies, MarkThresholds limits) {

    public boolean isEmpty() {
        return agencies.isEmpty();
    }
}
