package cn.nianbao.report;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 抄送: reports copied to a person for reading, listed under their 抄送我的. Part of the trusted named interface. */
@Service
@Transactional
@NamedInterface("trusted")
public class ReportCopies {

    private final CopyRepository copies;
    private final ReportReads reads;
    private final Clock clock;

    ReportCopies(CopyRepository copies, ReportReads reads, Clock clock) {
        this.copies = copies;
        this.reads = reads;
        this.clock = clock;
    }

    /** Copying twice keeps one entry, with the latest sender, time and remark ({@code remark} may be null). */
    public void copy(long reportId, String username, String copiedByName, String remark) {
        copies.findByReportIdAndUsername(reportId, username)
                .ifPresentOrElse(
                        copy -> copy.copiedAgain(copiedByName, clock.instant(), remark),
                        () -> copies.save(new ReportCopy(reportId, username, copiedByName, clock.instant(), remark)));
    }

    @Transactional(readOnly = true)
    public List<CopiedReport> copiedTo(String username) {
        List<ReportCopy> found = copies.findByUsernameOrderByCopiedAtDescIdDesc(username);
        Map<Long, String> titles = reads.titles(
                found.stream().map(ReportCopy::getReportId).distinct().toList());
        return found.stream()
                .map(c -> new CopiedReport(
                        c.getReportId(),
                        titles.get(c.getReportId()),
                        c.getCopiedByName(),
                        c.getCopiedAt(),
                        c.getRemark()))
                .toList();
    }
}
