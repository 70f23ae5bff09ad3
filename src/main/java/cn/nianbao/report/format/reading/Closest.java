package cn.nianbao.report.format.reading;

import cn.nianbao.report.format.Labels;
import java.util.List;
import java.util.Optional;

/** Which official label a written one stands for: the most similar, or one it shortens (「规范性文件」, 「（二）部分公开」). */
final class Closest {

    private static final double CLOSE_ENOUGH = 0.6;
    private static final double SHORTENED = 0.9;
    private static final int SHORTEST = 3;

    private Closest() {}

    static Optional<String> label(String written, List<String> officials) {
        String normalized = Labels.normalize(written);
        String best = null;
        double bestScore = CLOSE_ENOUGH;
        for (String official : officials) {
            double score = Labels.similarity(written, official);
            if (normalized.length() >= SHORTEST && Labels.normalize(official).contains(normalized)) {
                score = Math.max(score, SHORTENED);
            }
            if (score >= bestScore) {
                best = official;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
