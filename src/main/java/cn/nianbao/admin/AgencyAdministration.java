package cn.nianbao.admin;

import cn.nianbao.agency.Agency;
import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.AgencyKind;
import cn.nianbao.agency.AgencyRepository;
import cn.nianbao.agency.Role;
import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.base.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 机关管理: the system administrator (系统管理员) adds agencies and places them in the tree. */
@Service
@Transactional
public class AgencyAdministration {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    static final int MAX_NAME_LENGTH = 100;
    /** The 条例 took effect in 2008; no agency reports on an earlier year. */
    static final int FIRST_REPORTING_YEAR = 2008;

    private final AgencyRepository agencies;
    private final AgencyDirectory directory;
    private final Administrators administrators;
    private final AuditTrail audit;
    private final Clock clock;

    AgencyAdministration(
            AgencyRepository agencies,
            AgencyDirectory directory,
            Administrators administrators,
            AuditTrail audit,
            Clock clock) {
        this.agencies = agencies;
        this.directory = directory;
        this.administrators = administrators;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the form proposes for a new agency: it reports from the year it is set up in. */
    public int thisYear() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear();
    }

    /** One page of the agencies (by name) whose name or code contains {@code text}, for 机关管理 over thousands. */
    @Transactional(readOnly = true)
    public List<AgencyRow> page(String text, int offset, int limit) {
        administrators.require(Role.SYSTEM_ADMIN);
        return Pages.slice(offset, limit, request -> agencies.findPage(UserSearch.pattern(text), request)).stream()
                .map(AgencyAdministration::row)
                .toList();
    }

    @Transactional(readOnly = true)
    public int count(String text) {
        administrators.require(Role.SYSTEM_ADMIN);
        return Math.toIntExact(agencies.countMatching(UserSearch.pattern(text)));
    }

    /** The agency, e.g. the parent of the one being edited; empty when there is none (any more). */
    @Transactional(readOnly = true)
    public Optional<AgencyRow> find(long agencyId) {
        administrators.require(Role.SYSTEM_ADMIN);
        return agencies.findById(agencyId).map(AgencyAdministration::row);
    }

    /** The names of the given agencies in one query: the 上级机关 of a page. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> agencyIds) {
        administrators.require(Role.SYSTEM_ADMIN);
        return agencyIds.isEmpty() ? Map.of() : directory.namesOf(agencyIds);
    }

    /** An agency that reports on every year (one that existed before Nianbao). */
    public AgencyRow create(String code, String name, AgencyKind kind, Long parentId) {
        return create(code, name, kind, parentId, null);
    }

    public AgencyRow create(String code, String name, AgencyKind kind, Long parentId, Integer firstReportYear) {
        administrators.require(Role.SYSTEM_ADMIN);
        String cleanCode = validCode(code);
        if (agencies.findByCode(cleanCode).isPresent()) {
            throw new AdministrationException("机关代码「" + cleanCode + "」已被使用。");
        }
        String cleanName = Names.require("机关名称", name, MAX_NAME_LENGTH);
        requireParent(parentId);
        refuseSiblingNamed(cleanName, parentId, null);
        Agency agency = new Agency(cleanCode, cleanName, requireKind(kind), parentId);
        agency.setFirstReportYear(requireFirstYear(firstReportYear));
        AgencyRow created = row(agencies.save(agency));
        audit.record(AuditAction.AGENCY_CHANGED, cleanCode, null, created.toString());
        return created;
    }

    /** Name, kind and place in the tree; the first report year stays as it was. */
    public AgencyRow update(long agencyId, String name, AgencyKind kind, Long parentId) {
        administrators.require(Role.SYSTEM_ADMIN);
        Integer firstYear =
                agencies.findById(agencyId).map(Agency::getFirstReportYear).orElse(null);
        return update(agencyId, name, kind, parentId, firstYear);
    }

    public AgencyRow update(long agencyId, String name, AgencyKind kind, Long parentId, Integer firstReportYear) {
        administrators.require(Role.SYSTEM_ADMIN);
        Agency agency = agencies.findById(agencyId).orElseThrow(() -> new AdministrationException("机关不存在。"));
        Integer firstYear = requireFirstYear(firstReportYear);
        String cleanName = Names.require("机关名称", name, MAX_NAME_LENGTH);
        requireParent(parentId);
        if (parentId != null && directory.isAtOrBelow(parentId, agencyId)) {
            throw new AdministrationException("上级机关不能是本机关或其下级机关。");
        }
        refuseSiblingNamed(cleanName, parentId, agencyId);
        String before = row(agency).toString();
        agency.update(cleanName, requireKind(kind), parentId);
        agency.setFirstReportYear(firstYear);
        AgencyRow after = row(agency);
        audit.record(AuditAction.AGENCY_CHANGED, agency.getCode(), before, after.toString());
        return after;
    }

    static String validCode(String code) {
        String clean = code == null ? "" : code.strip();
        if (!CODE.matcher(clean).matches()) {
            throw new AdministrationException("机关代码须为 2 到 64 位小写字母、数字或连字符（-），以字母或数字开头。");
        }
        return clean;
    }

    private void requireParent(Long parentId) {
        if (parentId != null && agencies.findById(parentId).isEmpty()) {
            throw new AdministrationException("所选上级机关不存在。");
        }
    }

    private Integer requireFirstYear(Integer year) {
        int latest = thisYear() + 1;
        if (year != null && (year < FIRST_REPORTING_YEAR || year > latest)) {
            throw new AdministrationException(
                    "首个报告年度须在 " + FIRST_REPORTING_YEAR + " 年至 " + latest + " 年之间；留空表示各年度均须编报。");
        }
        return year;
    }

    private static AgencyKind requireKind(AgencyKind kind) {
        if (kind == null) {
            throw new AdministrationException("请选择机关类型。");
        }
        return kind;
    }

    /** Two agencies under one parent (or two top agencies) with the same name could not be told apart anywhere. */
    private void refuseSiblingNamed(String name, Long parentId, Long self) {
        List<Agency> siblings =
                parentId == null ? agencies.findByParentIdIsNull() : agencies.findByParentIdIn(List.of(parentId));
        String wanted = Names.comparable(name);
        siblings.stream()
                .filter(a -> !a.getId().equals(self))
                .filter(a -> Names.comparable(a.getName()).equals(wanted))
                .findFirst()
                .ifPresent(same -> {
                    throw new AdministrationException(
                            "同一上级机关下已有名为「" + same.getName() + "」的机关（代码 " + same.getCode() + "），请换一个名称。");
                });
    }

    private static AgencyRow row(Agency agency) {
        return new AgencyRow(
                agency.getId(),
                agency.getCode(),
                agency.getName(),
                agency.getKind(),
                agency.getParentId(),
                agency.getFirstReportYear());
    }
}
