package cn.nianbao.audit;

import cn.nianbao.base.ExcelCsv;
import java.util.Arrays;
import java.util.List;

/**
 * Entries as CSV that Excel opens correctly ({@link ExcelCsv}), in China time. A value that Excel would take for a
 * formula (a typed user name such as {@code =HYPERLINK(...)}) gets a leading apostrophe.
 */
final class AuditCsv {

    static final List<String> HEADER =
            List.of("序号", "时间", "用户名", "姓名", "来源地址", "操作代码", "操作", "对象", "详情", "修改前", "修改后", "前一条哈希", "本条哈希");

    byte[] of(List<AuditEntry> entries) {
        return ExcelCsv.of(
                HEADER,
                entries.stream()
                        .<List<?>>map(e -> Arrays.asList(
                                e.seq(),
                                e.chinaTime(),
                                e.actorUsername(),
                                e.actorName(),
                                e.clientIp(),
                                e.actionCode(),
                                e.actionLabel(),
                                e.target(),
                                e.detail(),
                                e.before(),
                                e.after(),
                                e.previousHash(),
                                e.hash()))
                        .toList());
    }
}
