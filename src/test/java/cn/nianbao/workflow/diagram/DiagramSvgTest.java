package cn.nianbao.workflow.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.workflow.diagram.DiagramParts.Edge;
import cn.nianbao.workflow.diagram.DiagramParts.Kind;
import cn.nianbao.workflow.diagram.DiagramParts.Node;
import cn.nianbao.workflow.diagram.DiagramParts.Point;
import cn.nianbao.workflow.diagram.DiagramParts.State;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The SVG writer alone, with names no real process has. */
class DiagramSvgTest {

    @Test
    void names_with_markup_characters_are_escaped_and_read_back_unchanged() {
        String name = "<审核> & \"签发\" 'x'";
        String svg = DiagramSvg.render(
                "a < b", List.of(new Node("t&1", Kind.TASK, name, 10, 10, 100, 60, State.CURRENT)), List.of());

        Element root = SvgDocuments.parse(svg).getDocumentElement();
        assertThat(root.getElementsByTagNameNS("*", "text").item(0).getTextContent())
                .isEqualTo(name);
        assertThat(root.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("a < b");
        assertThat(SvgDocuments.classesById(svg)).containsKey("t&1");
    }

    @Test
    void a_flow_not_taken_is_dashed_and_thinner_than_a_taken_one() {
        List<Point> line = List.of(new Point(0, 0), new Point(50, 0));
        String svg = DiagramSvg.render(
                "t",
                List.of(),
                List.of(new Edge("a", "通过", line, State.TAKEN), new Edge("b", "退回修改", line, State.NOT_TAKEN)));

        var polylines = SvgDocuments.parse(svg).getElementsByTagNameNS("*", "polyline");
        Element taken = (Element) polylines.item(0);
        Element notTaken = (Element) polylines.item(1);
        assertThat(taken.hasAttribute("stroke-dasharray")).isFalse();
        assertThat(notTaken.getAttribute("stroke-dasharray")).isNotBlank();
        assertThat(Double.parseDouble(taken.getAttribute("stroke-width")))
                .isGreaterThan(Double.parseDouble(notTaken.getAttribute("stroke-width")));
    }

    @Test
    void the_diagram_scales_to_the_width_of_its_container_instead_of_a_fixed_pixel_width() {
        String svg = DiagramSvg.render(
                "t", List.of(new Node("end", Kind.EVENT, "结束", 1380, 40, 36, 36, State.NOT_TAKEN)), List.of());

        Element root = SvgDocuments.parse(svg).getDocumentElement();
        assertThat(root.getAttribute("width")).isEqualTo("100%");
        assertThat(root.hasAttribute("height")).isFalse();
        String[] viewBox = root.getAttribute("viewBox").split(" ");
        assertThat(viewBox).hasSize(4);
        assertThat(Double.parseDouble(viewBox[2]))
                .as("the rightmost node is inside the drawing")
                .isGreaterThan(1416);
    }
}
