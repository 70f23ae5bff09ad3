package cn.nianbao.desk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * The JVM's class histogram of the live heap (the diagnostic command {@code GC.class_histogram}, which runs a full GC
 * first), so that B6 can say which classes a session's bytes are made of, not only how many there are.
 */
record B6HeapHistogram(Map<String, long[]> byClass) {

    private static final Pattern LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

    static B6HeapHistogram take() {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
            Map<String, long[]> byClass = new HashMap<>();
            for (String line : text.toString().split("\n")) {
                Matcher m = LINE.matcher(line);
                if (m.matches()) {
                    byClass.merge(
                            m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))}, (a, b) ->
                                    new long[] {a[0] + b[0], a[1] + b[1]});
                }
            }
            return new B6HeapHistogram(byClass);
        } catch (javax.management.JMException e) {
            throw new IllegalStateException("no class histogram from this JVM", e);
        }
    }

    /** The classes that grew most from {@code before} to this, per session, as a Markdown table. */
    String growthSince(B6HeapHistogram before, int sessions, int top) {
        record Growth(String name, long instances, long bytes) {}
        List<Growth> growth = byClass.entrySet().stream()
                .map(e -> {
                    long[] was = before.byClass.getOrDefault(e.getKey(), new long[2]);
                    return new Growth(e.getKey(), e.getValue()[0] - was[0], e.getValue()[1] - was[1]);
                })
                .sorted(Comparator.comparingLong(Growth::bytes).reversed())
                .toList();
        long total = growth.stream().mapToLong(Growth::bytes).sum();
        StringBuilder table = new StringBuilder(String.format(
                Locale.ROOT,
                "live heap growth per session: %.1f KB (class histogram)%n%n"
                        + "| class | instances / session | KB / session |%n|---|---|---|%n",
                total / 1024.0 / sessions));
        growth.stream()
                .limit(top)
                .forEach(g -> table.append(String.format(
                        Locale.ROOT,
                        "| `%s` | %.1f | %.1f |%n",
                        g.name(),
                        g.instances() / (double) sessions,
                        g.bytes() / 1024.0 / sessions)));
        return table.toString();
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
