package cn.nianbao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The result of one benchmark as a Markdown table (median, p95, throughput, the target and the measured value over
 * it), printed and written to {@code <output>/<id>-<database>.md} with the database, the JVM and the load average.
 */
public final class ResultTable {

    private final String id;
    private final String title;
    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public ResultTable(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /**
     * A row from timed samples. {@code target} is shown as written; {@code ratio} is the measured value divided by
     * the target (≤ 1 meets it), or NaN when the row has no target of its own.
     */
    public ResultTable row(String what, Samples samples, String target, double ratio) {
        rows.add(String.format(
                Locale.ROOT,
                "| %s | %s | %d | %.1f | %.1f | %.1f | %s | %s |",
                id,
                what,
                samples.count(),
                samples.medianMs(),
                samples.p95Ms(),
                samples.throughput(),
                target,
                ratio(ratio)));
        return this;
    }

    /** A row with one measured value that is not a duration (a ratio of throughputs, a memory size). */
    public ResultTable value(String what, String measured, String target, double ratio) {
        rows.add(String.format(
                Locale.ROOT, "| %s | %s | | %s | | | %s | %s |", id, what, measured, target, ratio(ratio)));
        return this;
    }

    public ResultTable note(String note) {
        notes.add(note);
        return this;
    }

    public int rowCount() {
        return rows.size();
    }

    /** Prints the table and writes it; returns the file. */
    public Path write(String outputFolder, DataSource dataSource) {
        return write(outputFolder, databaseOf(dataSource));
    }

    /** The same for a database the benchmark does not reach itself (a production launch it drives from outside). */
    public Path write(String outputFolder, String database) {
        StringBuilder text = new StringBuilder();
        text.append("### ")
                .append(id)
                .append(' ')
                .append(title)
                .append(" — ")
                .append(database)
                .append("\n\n");
        text.append("| id | case | n | median ms | p95 ms | ops/s | target | measured / target |\n");
        text.append("|---|---|---|---|---|---|---|---|\n");
        rows.forEach(row -> text.append(row).append('\n'));
        text.append('\n');
        notes.forEach(note -> text.append("- ").append(note).append('\n'));
        text.append(String.format(
                Locale.ROOT,
                "- %s, Java %s, %d cores, heap max %d MB; load average %.2f at the end%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        System.out.println("\n" + text);
        Path file = Path.of(outputFolder, id + "-" + database.replaceAll("[^A-Za-z0-9.]+", "_") + ".md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String ratio(double ratio) {
        return Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.2f", ratio);
    }

    private static String databaseOf(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " "
                    + meta.getDatabaseProductVersion().split(" ")[0];
        } catch (java.sql.SQLException e) {
            return "unknown database";
        }
    }
}
