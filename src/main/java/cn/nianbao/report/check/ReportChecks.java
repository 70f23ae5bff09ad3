package cn.nianbao.report.check;

import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.FullCheck;
import cn.nianbao.report.format.reading.ReadReport;
import cn.nianbao.report.format.reading.ReportReader;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The one place where a report is read and checked on the server, for a stranger over {@code POST /api/check} and for
 * a person on 格式校验 alike: at most {@code nianbao.check.concurrent} checks run at once on a node, a check waits
 * {@code nianbao.check.max-wait} for its turn and is then refused as busy, and each file is read within
 * {@code nianbao.check.time-limit}. Reading is bounded in memory by the reader itself, so what checks can take from
 * the rest of the application (the portal, people's screens) is bounded too.
 */
@Service
@EnableConfigurationProperties(CheckSettings.class)
public class ReportChecks {

    /** A file as read and what the full check found in it. */
    public record Checked(ReadReport report, List<Finding> findings) {}

    private interface Reading {
        ReadReport read(ReportReader reader) throws IOException;
    }

    private final Semaphore slots;
    private final long waitNanos;
    private final ReportReader reader;
    /** VAGUE left out, as in {@code check} without {@code --vague}. */
    private final FullCheck fullCheck = new FullCheck(false);

    ReportChecks(CheckSettings settings) {
        this.slots = new Semaphore(settings.concurrent(), true);
        this.waitNanos = settings.maxWait().toNanos();
        this.reader = new ReportReader(settings.timeLimit());
    }

    /** An uploaded or posted file, plain text or a saved web page. */
    public Checked check(String fileName, byte[] bytes) throws IOException {
        return run(reader -> reader.read(fileName, bytes));
    }

    /** Text pasted on the screen: a web page if it starts with a tag, else the plain-text form. */
    public Checked checkPasted(String text) throws IOException {
        return run(reader -> text.stripLeading().startsWith("<") ? reader.readHtml(text) : reader.readText(text));
    }

    private Checked run(Reading reading) throws IOException {
        try {
            if (!slots.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
                throw new ChecksBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChecksBusyException();
        }
        try {
            ReadReport report = reading.read(reader);
            return new Checked(report, fullCheck.check(report.subject(), Optional.empty()));
        } finally {
            slots.release();
        }
    }
}
