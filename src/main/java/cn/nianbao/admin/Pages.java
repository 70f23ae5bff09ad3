package cn.nianbao.admin;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;

/**
 * The paged lists of the administration screens: what a lazy grid asks for (an offset and a limit) as a page
 * request, and the rows from the offset on. No screen asks for more than {@link #MAX_PAGE} at once; a larger
 * request is cut to it.
 */
final class Pages {

    static final int MAX_PAGE = 200;

    private Pages() {}

    /** The rows from {@code offset} on, at most {@code limit}, read one whole page at a time by {@code read}. */
    static <T> List<T> slice(int offset, int limit, Function<PageRequest, List<T>> read) {
        int size = Math.clamp(limit, 1, MAX_PAGE);
        // Vaadin asks for whole pages; an offset within a page still gets the rows from there on
        List<T> found = read.apply(PageRequest.of(offset / size, size));
        return found.subList(Math.min(offset % size, found.size()), found.size());
    }
}
