package cn.nianbao.coordination.ui;

import cn.nianbao.base.ui.Feedback;
import cn.nianbao.coordination.AgencyAssessment;
import cn.nianbao.coordination.AreaAssessment;
import cn.nianbao.coordination.AreaIndicators;
import cn.nianbao.coordination.AssessmentFigures;
import cn.nianbao.coordination.MarkThresholds;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.function.ValueProvider;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * 考核指标 of the year shown: the area's row, then each published agency's applications, disclosure rate and
 * correction rate, a rate far from the area's marked with by how much; and the thresholds the coordinator sets.
 */
class IndicatorPanel extends VerticalLayout {

    private final AreaIndicators indicators;
    private final Paragraph area = new Paragraph();
    private final Grid<AgencyAssessment> grid = new Grid<>();
    private final IntegerField disclosurePoints = points("公开率偏离阈值（百分点）", "indicator-disclosure-points");
    private final IntegerField correctionPoints = points("纠错率偏离阈值（百分点）", "indicator-correction-points");
    private int year;

    IndicatorPanel(AreaIndicators indicators) {
        this.indicators = indicators;
        setPadding(false);
        area.setId("indicator-area");
        grid.setId("indicators");
        grid.setAllRowsVisible(true);
        grid.addColumn(AgencyAssessment::agencyName)
                .setHeader("机关")
                .setAutoWidth(true)
                .setFlexGrow(3);
        grid.addColumn(a -> a.figures().applications())
                .setHeader("本年新收申请")
                .setKey("applications")
                .setSortable(true);
        grid.addComponentColumn(rate(
                        a -> a.figures().disclosureRate(),
                        AgencyAssessment::disclosureGap,
                        AgencyAssessment::farOffDisclosure))
                .setHeader("公开率")
                .setKey("disclosure")
                .setAutoWidth(true);
        grid.addComponentColumn(rate(
                        a -> a.figures().correctionRate(),
                        AgencyAssessment::correctionGap,
                        AgencyAssessment::farOffCorrection))
                .setHeader("行政复议纠错率")
                .setKey("correction")
                .setAutoWidth(true);
        Button save = new Button("保存阈值", e -> save());
        save.setId("indicator-save");
        HorizontalLayout limits = new HorizontalLayout(disclosurePoints, correctionPoints, save);
        limits.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3("考核指标"), area, grid, limits);
    }

    void showYear(int wanted) {
        year = wanted;
        AreaAssessment assessment = indicators.of(wanted);
        AssessmentFigures whole = assessment.area();
        area.setText(
                assessment.isEmpty()
                        ? wanted + " 年度辖区内尚无已发布的报告，暂无考核指标。"
                        : wanted + " 年度辖区（" + assessment.agencies().size() + " 个已发布机关）：本年新收申请 " + whole.applications()
                                + " 件，公开率 " + AssessmentFigures.printed(whole.disclosureRate()) + "，行政复议纠错率 "
                                + AssessmentFigures.printed(whole.correctionRate()) + "。公开率 =（予以公开 + 部分公开）/ 办结；"
                                + "纠错率 = 行政复议结果纠正 / 已审结。偏离辖区超过阈值的标红。");
        grid.setItems(assessment.agencies());
        grid.recalculateColumnWidths();
        grid.setVisible(!assessment.isEmpty());
        disclosurePoints.setValue(assessment.limits().disclosurePoints());
        correctionPoints.setValue(assessment.limits().correctionPoints());
    }

    private void save() {
        if (disclosurePoints.getValue() == null || correctionPoints.getValue() == null) {
            Feedback.error("请填写两个阈值（1 到 100 之间的整数）。");
            return;
        }
        MarkThresholds wanted = new MarkThresholds(disclosurePoints.getValue(), correctionPoints.getValue());
        if (Feedback.run(() -> indicators.setThresholds(wanted))) {
            Feedback.success("考核指标阈值已保存：" + wanted.describe() + "。");
            showYear(year);
        }
    }

    private static ValueProvider<AgencyAssessment, Component> rate(
            Function<AgencyAssessment, Optional<BigDecimal>> value,
            Function<AgencyAssessment, Optional<BigDecimal>> gap,
            Predicate<AgencyAssessment> isFarOff) {
        return a -> {
            boolean farOff = isFarOff.test(a);
            String mark = AgencyAssessment.mark(gap.apply(a), farOff);
            Span text = new Span(AssessmentFigures.printed(value.apply(a)) + (mark.isEmpty() ? "" : "（" + mark + "）"));
            if (farOff) {
                text.addClassName("far-from-area");
            }
            return text;
        };
    }

    private static IntegerField points(String label, String id) {
        IntegerField field = new IntegerField(label);
        field.setId(id);
        field.setMin(1);
        field.setMax(100);
        field.setStepButtonsVisible(true);
        return field;
    }
}
