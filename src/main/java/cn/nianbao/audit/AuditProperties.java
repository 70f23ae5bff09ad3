package cn.nianbao.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nianbao.audit.retention-days}: how long entries are kept, at least 180 days (等保 2.0 asks for six months);
 * a shorter value stops the application at start. Nothing is purged yet: the application never deletes an entry,
 * so today every entry is kept for good; a purge of entries older than this is for later.
 */
@ConfigurationProperties("nianbao.audit")
public record AuditProperties(Integer retentionDays) {

    public static final int MINIMUM_RETENTION_DAYS = 180;

    public AuditProperties {
        if (retentionDays == null) {
            retentionDays = MINIMUM_RETENTION_DAYS;
        }
        if (retentionDays < MINIMUM_RETENTION_DAYS) {
            throw new IllegalArgumentException("nianbao.audit.retention-days 为 " + retentionDays + "：审计日志至少保存 "
                    + MINIMUM_RETENTION_DAYS + " 天（等保 2.0），请设为 180 或更大的值。");
        }
    }
}
