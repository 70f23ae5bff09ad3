package cn.nianbao.admin;

import cn.nianbao.admin.ExcelSheets.Row;
import cn.nianbao.admin.ImportPreview.NewAgency;
import cn.nianbao.agency.Agency;
import cn.nianbao.agency.AgencyRepository;
import cn.nianbao.agency.AppUser;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.Role;
import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.security.Passwords;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agencies and people imported from Excel (系统管理员): a preview with every row's problems, then 确认导入 saves all
 * of it in one transaction or nothing. Accounts get no roles (the 安全管理员 gives them, 三员分立) and one initial
 * password that each person must change at first login, as for an account opened on the form.
 */
@Service
@Transactional
public class PeopleImport {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;
    static final AuditAction IMPORTED = new AuditAction("PEOPLE_IMPORTED", "Excel 导入机关和人员");
    private static final int IN_CHUNK = 1000;

    private final AgencyRepository agencies;
    private final AppUserRepository users;
    private final Passwords passwords;
    private final Administrators administrators;
    private final AuditTrail audit;
    private final AgencyAdministration agencyAdministration;

    PeopleImport(
            AgencyRepository agencies,
            AppUserRepository users,
            Passwords passwords,
            Administrators administrators,
            AuditTrail audit,
            AgencyAdministration agencyAdministration) {
        this.agencies = agencies;
        this.users = users;
        this.passwords = passwords;
        this.administrators = administrators;
        this.audit = audit;
        this.agencyAdministration = agencyAdministration;
    }

    /** Reads and checks the file; saves nothing. Refused whole when it is no .xlsx, too large or not the template. */
    @Transactional(readOnly = true)
    public ImportPreview preview(String fileName, byte[] file) {
        administrators.require(Role.SYSTEM_ADMIN);
        String name = fileName == null ? "" : fileName.strip();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new AdministrationException("只能导入 Excel 工作簿（.xlsx）文件，「" + name + "」不是。请使用下载的模板。");
        }
        if (file.length > MAX_BYTES) {
            throw new AdministrationException("文件超过 5 MB，请分成多个文件导入。");
        }
        Map<String, List<Row>> sheets = ExcelSheets.read(file, MAX_ROWS);
        List<Row> agencyRows = rows(sheets, PeopleTemplate.AGENCIES, PeopleTemplate.AGENCY_HEADERS);
        List<Row> peopleRows = rows(sheets, PeopleTemplate.PEOPLE, PeopleTemplate.PEOPLE_HEADERS);
        return ImportCheck.check(agencyRows, peopleRows, existing(agencyRows, peopleRows));
    }

    /** Checks the file again (the database may have changed) and saves all of it, or nothing when a problem remains. */
    public ImportResult importAll(String fileName, byte[] file, String initialPassword) {
        ImportPreview preview = preview(fileName, file);
        if (!preview.problems().isEmpty()) {
            throw new AdministrationException("文件中有 " + preview.problems().size() + " 处问题，未导入任何数据；请改正后重新上传。");
        }
        if (!preview.importable()) {
            throw new AdministrationException("文件中没有要导入的机关或人员（示例行不导入）。");
        }
        Map<String, Agency> byCode = new HashMap<>();
        referenced(preview).forEach(agency -> byCode.put(agency.getCode(), agency));
        List<NewAgency> waiting = new ArrayList<>(preview.agencies());
        while (!waiting.isEmpty()) {
            // parents first: each round saves the agencies whose parent exists by now (the check refused circles)
            List<NewAgency> ready = waiting.stream()
                    .filter(a -> a.parentCode() == null || byCode.containsKey(a.parentCode()))
                    .toList();
            for (NewAgency row : ready) {
                Long parentId = row.parentCode() == null
                        ? null
                        : byCode.get(row.parentCode()).getId();
                Agency agency = new Agency(row.code(), row.name(), row.kind(), parentId);
                agency.setFirstReportYear(row.firstReportYear());
                byCode.put(row.code(), agencies.save(agency));
            }
            waiting.removeAll(ready);
        }
        List<AppUser> accounts = preview.people().stream()
                .map(p -> {
                    AppUser user = new AppUser(p.username(), p.displayName(), "", byCode.get(p.agencyCode()), Set.of());
                    user.changeContact(p.phone(), p.email());
                    return user;
                })
                .toList();
        passwords.setInitialForAll(accounts, initialPassword);
        ImportResult result = new ImportResult(preview.agencies().size(), accounts.size());
        audit.record(
                IMPORTED,
                fileName.strip(),
                "新建机关 " + result.agencies() + " 个、账号 " + result.people() + " 个（未分配角色，首次登录须修改密码）");
        return result;
    }

    public record ImportResult(int agencies, int people) {}

    private static List<Row> rows(Map<String, List<Row>> sheets, String sheet, List<String> headers) {
        List<Row> rows = sheets.get(sheet);
        if (rows == null) {
            throw new AdministrationException("文件中没有工作表「" + sheet + "」（文件中的工作表：" + String.join("、", sheets.keySet())
                    + "）。请使用下载的模板，工作表须名为「机关」和「人员」。");
        }
        Row head = rows.isEmpty() ? null : rows.getFirst();
        List<String> found = head == null || head.number() != 1
                ? List.of()
                : headers.stream().map(h -> head.get(headers.indexOf(h))).toList();
        if (!found.equals(headers)) {
            throw new AdministrationException("工作表「" + sheet + "」第 1 行须为表头「" + String.join("、", headers) + "」"
                    + (found.isEmpty() ? "，现为空" : "，现为「" + String.join("、", found) + "」") + "。请使用下载的模板。");
        }
        return rows.subList(1, rows.size());
    }

    private ImportCheck.Existing existing(List<Row> agencyRows, List<Row> peopleRows) {
        Set<String> codes = new HashSet<>();
        agencyRows.forEach(r -> {
            codes.add(r.get(0));
            codes.add(r.get(3));
        });
        peopleRows.forEach(r -> codes.add(r.get(2)));
        codes.remove("");
        List<Agency> known = inChunks(codes, agencies::findByCodeIn);
        Set<String> names = peopleRows.stream().map(r -> r.get(0)).collect(Collectors.toSet());
        Set<String> usernames = inChunks(names, users::findByUsernameIn).stream()
                .map(AppUser::getUsername)
                .collect(Collectors.toSet());
        Map<Long, String> codeOf = known.stream().collect(Collectors.toMap(Agency::getId, Agency::getCode));
        Map<String, Set<String>> children = new HashMap<>();
        List<Agency> siblings = new ArrayList<>(agencies.findByParentIdIsNull());
        siblings.addAll(inChunks(codeOf.keySet(), agencies::findByParentIdIn));
        for (Agency child : siblings) {
            String parent = child.getParentId() == null ? "" : codeOf.get(child.getParentId());
            children.computeIfAbsent(parent, p -> new HashSet<>()).add(Names.comparable(child.getName()));
        }
        return new ImportCheck.Existing(
                known.stream().map(Agency::getCode).collect(Collectors.toSet()),
                usernames,
                children,
                agencyAdministration.thisYear());
    }

    private List<Agency> referenced(ImportPreview preview) {
        Set<String> codes = new HashSet<>();
        preview.agencies().forEach(a -> codes.add(a.parentCode()));
        preview.people().forEach(p -> codes.add(p.agencyCode()));
        codes.remove(null);
        return inChunks(codes, agencies::findByCodeIn);
    }

    private static <K, T> List<T> inChunks(Collection<K> keys, Function<Collection<K>, List<T>> query) {
        List<K> all = List.copyOf(keys);
        List<T> found = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            found.addAll(query.apply(all.subList(i, Math.min(all.size(), i + IN_CHUNK))));
        }
        return found;
    }
}
