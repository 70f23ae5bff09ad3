package cn.nianbao.report.format.reading;

import cn.nianbao.report.format.reading.PdfRules.Segment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One table of a PDF page, rebuilt from its ruling lines: the segments that touch one another, with the grid their
 * positions make (every distinct x of a vertical line is a column edge, every distinct y of a horizontal one a row
 * edge). A glyph is in the cell whose borders are the nearest lines around it on the four sides; a merged cell is one
 * cell over several places of the grid, as a merged HTML or Word cell is.
 */
final class PdfTable {

    /** Lines closer than this are one line (a border drawn twice, or as the edges of two neighbouring cells). */
    private static final float SAME = 1.5f;

    /** Where a glyph is: the cell's place in the grid (row and column of its top left corner). */
    record Place(int row, int column) {}

    private final List<Segment> segments;
    private final float[] xs;
    private final float[] ys;
    private final float x0;
    private final float y0;
    private final float x1;
    private final float y1;

    private PdfTable(List<Segment> segments) {
        this.segments = segments;
        this.xs = edges(segments, true);
        this.ys = edges(segments, false);
        this.x0 = xs[0];
        this.x1 = xs[xs.length - 1];
        this.y0 = ys[0];
        this.y1 = ys[ys.length - 1];
    }

    /** The tables of a page: groups of touching segments with at least two lines each way. */
    static List<PdfTable> of(List<Segment> segments, ReadingBudget budget) throws UnreadableReportException {
        int n = segments.size();
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        for (int i = 0; i < n; i++) {
            budget.inTime();
            for (int j = i + 1; j < n; j++) {
                if (touch(segments.get(i), segments.get(j))) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        List<List<Segment>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int r = root(parent, i);
            if (groupOf[r] < 0) {
                groupOf[r] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[r]).add(segments.get(i));
        }
        List<PdfTable> tables = new ArrayList<>();
        for (List<Segment> group : groups) {
            if (group.stream().filter(Segment::vertical).count() >= 2
                    && group.stream().filter(s -> !s.vertical()).count() >= 2) {
                tables.add(new PdfTable(group));
            }
        }
        return tables;
    }

    int columns() {
        return xs.length - 1;
    }

    int rows() {
        return ys.length - 1;
    }

    /** The y of a row's top edge. */
    float top(int row) {
        return ys[row];
    }

    /** The y of the table's bottom edge. */
    float bottom() {
        return y1;
    }

    boolean contains(float x, float y) {
        return x > x0 && x < x1 && y > y0 && y < y1;
    }

    /** The cell around this point, or null if it is not enclosed by lines on all four sides. */
    Place placeOf(float x, float y) {
        float left = -Float.MAX_VALUE;
        float above = -Float.MAX_VALUE;
        boolean right = false;
        boolean below = false;
        for (Segment s : segments) {
            if (s.vertical() && s.from() - SAME <= y && y <= s.to() + SAME) {
                if (s.at() < x) {
                    left = Math.max(left, s.at());
                } else {
                    right = true;
                }
            } else if (!s.vertical() && s.from() - SAME <= x && x <= s.to() + SAME) {
                if (s.at() < y) {
                    above = Math.max(above, s.at());
                } else {
                    below = true;
                }
            }
        }
        if (!right || !below || left == -Float.MAX_VALUE || above == -Float.MAX_VALUE) {
            return null;
        }
        return new Place(index(ys, above), index(xs, left));
    }

    private static int index(float[] edges, float value) {
        int best = 0;
        for (int i = 1; i < edges.length; i++) {
            if (Math.abs(edges[i] - value) < Math.abs(edges[best] - value)) {
                best = i;
            }
        }
        return best;
    }

    private static float[] edges(List<Segment> segments, boolean vertical) {
        float[] at = new float[segments.size()];
        int n = 0;
        for (Segment s : segments) {
            if (s.vertical() == vertical) {
                at[n++] = s.at();
            }
        }
        Arrays.sort(at, 0, n);
        float[] edges = new float[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (count == 0 || at[i] - edges[count - 1] > SAME) {
                edges[count++] = at[i];
            }
        }
        return Arrays.copyOf(edges, count);
    }

    private static boolean touch(Segment a, Segment b) {
        if (a.vertical() != b.vertical()) {
            Segment v = a.vertical() ? a : b;
            Segment h = a.vertical() ? b : a;
            return v.at() >= h.from() - SAME
                    && v.at() <= h.to() + SAME
                    && h.at() >= v.from() - SAME
                    && h.at() <= v.to() + SAME;
        }
        return Math.abs(a.at() - b.at()) <= SAME && a.from() <= b.to() + SAME && b.from() <= a.to() + SAME;
    }

    private static int root(int[] parent, int i) {
        int r = i;
        while (parent[r] != r) {
            parent[r] = parent[parent[r]];
            r = parent[r];
        }
        return r;
    }
}
