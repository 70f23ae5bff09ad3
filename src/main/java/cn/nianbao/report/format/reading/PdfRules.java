package cn.nianbao.report.format.reading;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines of one PDF page: the borders of table cells, as a PDF writer draws them (thin filled rectangles,
 * stroked lines or stroked rectangles), kept as horizontal and vertical segments in the page's top-down coordinates
 * (those of PDFBox's text positions). Curves, large fills (backgrounds) and slanted lines are no cell borders and are
 * left out. Every operator is counted against the {@link ReadingBudget}'s time.
 */
final class PdfRules extends PDFGraphicsStreamEngine {

    /** Thicker than this is a filled area, not a border. */
    static final float THIN = 3f;

    /** A horizontal ({@code vertical} false) or vertical segment: at {@code at}, from {@code from} to {@code to}. */
    record Segment(boolean vertical, float at, float from, float to) {}

    private final ReadingBudget budget;
    private final float top;
    private final float left;
    private final List<Segment> segments = new ArrayList<>();
    private final List<List<Point2D.Float>> subpaths = new ArrayList<>();
    private List<Point2D.Float> current;
    private int images;

    private PdfRules(PDPage page, ReadingBudget budget) {
        super(page);
        this.budget = budget;
        PDRectangle box = page.getCropBox();
        this.top = box.getUpperRightY();
        this.left = box.getLowerLeftX();
    }

    /** The page's segments, and whether it draws any picture. */
    static PdfRules of(PDPage page, ReadingBudget budget) throws IOException {
        PdfRules rules = new PdfRules(page, budget);
        rules.processPage(page);
        return rules;
    }

    List<Segment> segments() {
        return segments;
    }

    int images() {
        return images;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.inTime();
        super.processOperator(operator, operands);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        moveTo((float) p0.getX(), (float) p0.getY());
        lineTo((float) p1.getX(), (float) p1.getY());
        lineTo((float) p2.getX(), (float) p2.getY());
        lineTo((float) p3.getX(), (float) p3.getY());
        closePath();
    }

    @Override
    public void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(new Point2D.Float(x - left, top - y));
        subpaths.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        current.add(new Point2D.Float(x - left, top - y));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // a curve is no border: the subpath is dropped
        subpaths.remove(current);
        current = null;
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null || current.isEmpty() ? new Point2D.Float() : current.getLast();
    }

    @Override
    public void closePath() {
        if (current != null && !current.isEmpty()) {
            current.add(current.getFirst());
        }
    }

    @Override
    public void endPath() {
        subpaths.clear();
        current = null;
    }

    @Override
    public void strokePath() {
        for (List<Point2D.Float> path : subpaths) {
            for (int i = 1; i < path.size(); i++) {
                add(path.get(i - 1), path.get(i));
            }
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (List<Point2D.Float> path : subpaths) {
            float x0 = Float.MAX_VALUE, y0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, y1 = -Float.MAX_VALUE;
            for (Point2D.Float p : path) {
                x0 = Math.min(x0, p.x);
                y0 = Math.min(y0, p.y);
                x1 = Math.max(x1, p.x);
                y1 = Math.max(y1, p.y);
            }
            if (y1 - y0 <= THIN && x1 - x0 > THIN) {
                segments.add(new Segment(false, (y0 + y1) / 2, x0, x1));
            } else if (x1 - x0 <= THIN && y1 - y0 > THIN) {
                segments.add(new Segment(true, (x0 + x1) / 2, y0, y1));
            }
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        List<List<Point2D.Float>> paths = List.copyOf(subpaths);
        fillPath(windingRule);
        subpaths.addAll(paths);
        strokePath();
    }

    private void add(Point2D.Float a, Point2D.Float b) {
        if (Math.abs(a.y - b.y) <= 0.5f && Math.abs(a.x - b.x) > THIN) {
            segments.add(new Segment(false, (a.y + b.y) / 2, Math.min(a.x, b.x), Math.max(a.x, b.x)));
        } else if (Math.abs(a.x - b.x) <= 0.5f && Math.abs(a.y - b.y) > THIN) {
            segments.add(new Segment(true, (a.x + b.x) / 2, Math.min(a.y, b.y), Math.max(a.y, b.y)));
        }
    }

    @Override
    public void drawImage(PDImage image) {
        images++;
    }

    @Override
    public void clip(int windingRule) {
        // clipping changes no border
    }

    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
        // a shading is no border
    }
}
