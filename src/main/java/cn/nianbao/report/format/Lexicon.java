package cn.nianbao.report.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 错敏词 list LEXICON checks against, given to the rule as data: in the application the list the 安全管理员 keeps,
 * in {@code check} (which has no database) the seed list shipped as {@code lexicon-seed.tsv}, the same rows that
 * the migration V110 puts in the database.
 */
public record Lexicon(List<LexiconEntry> entries) {

    public static final Lexicon EMPTY = new Lexicon(List.of());

    /** What separates the 例外 in the seed file and in the database column. */
    public static final String SEPARATOR = "、";

    private static final String SEED = "lexicon-seed.tsv";

    public Lexicon {
        entries = List.copyOf(entries);
    }

    /** The seed list shipped with the application, read once. */
    public static Lexicon seed() {
        return Seed.LIST;
    }

    private static final class Seed {
        static final Lexicon LIST = read();
    }

    private static Lexicon read() {
        try (InputStream in = Lexicon.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException(SEED + " is missing from the classpath");
            }
            List<LexiconEntry> entries = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t", -1);
                    entries.add(new LexiconEntry(fields[0], fields[1], exceptions(fields.length > 2 ? fields[2] : "")));
                }
            }
            return new Lexicon(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 例外 as written in one field, 「原文化部、文化部门」. */
    public static List<String> exceptions(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        return Arrays.stream(field.split(SEPARATOR))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
