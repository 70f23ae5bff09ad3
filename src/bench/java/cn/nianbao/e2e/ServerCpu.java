package cn.nianbao.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a process has used so far, user and system together, read from {@code /proc/<pid>/stat} (Linux): the
 * server's work behind a step, whatever thread did it. NaN where there is no such file.
 */
final class ServerCpu {

    /** Linux counts CPU time in clock ticks of 1/100 s (USER_HZ, the same on every architecture it runs on here). */
    private static final double TICKS_PER_SECOND = 100.0;

    private final long pid;

    ServerCpu(long pid) {
        this.pid = pid;
    }

    /** CPU seconds used by the process since it started. */
    double seconds() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the command name in brackets may hold spaces: the fields are counted after its closing bracket
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long userTicks = Long.parseLong(fields[11]);
            long systemTicks = Long.parseLong(fields[12]);
            return (userTicks + systemTicks) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
