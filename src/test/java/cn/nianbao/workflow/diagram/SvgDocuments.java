package cn.nianbao.workflow.diagram;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A drawn diagram read back as XML: a test of the drawing reads what a browser would. */
public final class SvgDocuments {

    private SvgDocuments() {}

    /** The CSS classes of every shape and flow, by its {@code data-element-id}. */
    public static Map<String, List<String>> classesById(String svg) {
        NodeList elements = parse(svg).getElementsByTagNameNS("*", "*");
        Map<String, List<String>> classes = new HashMap<>();
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (element.hasAttribute("data-element-id")) {
                classes.put(
                        element.getAttribute("data-element-id"),
                        List.of(element.getAttribute("class").split(" ")));
            }
        }
        return classes;
    }

    public static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
