package cn.nianbao.admin;

import cn.nianbao.admin.ExcelSheets.Row;
import cn.nianbao.admin.ImportPreview.NewAgency;
import cn.nianbao.admin.ImportPreview.NewPerson;
import cn.nianbao.admin.ImportPreview.Problem;
import cn.nianbao.agency.AgencyKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The rows of an import checked against each other and against what the database already has (given by the
 * caller): every problem of every row is collected, not only the first, so that one preview shows all that needs
 * fixing. The same rules as the forms of 机关管理 and 用户管理.
 */
final class ImportCheck {

    /** What the database has that the rows refer to, found by the caller for the codes and names in the file. */
    record Existing(
            Set<String> agencyCodes,
            Set<String> usernames,
            Map<String, Set<String>> childNamesByParentCode,
            int thisYear) {}

    private final Existing existing;
    private final List<Problem> problems = new ArrayList<>();
    private final List<NewAgency> agencies = new ArrayList<>();
    private final List<NewPerson> people = new ArrayList<>();
    /** Every code of the 机关 sheet, also of rows with problems (those are reported on their own row). */
    private final Set<String> codesInFile = new HashSet<>();

    private int skipped;

    private ImportCheck(Existing existing) {
        this.existing = existing;
    }

    static ImportPreview check(List<Row> agencyRows, List<Row> peopleRows, Existing existing) {
        ImportCheck check = new ImportCheck(existing);
        check.agencies(agencyRows);
        check.people(peopleRows);
        check.parents();
        return new ImportPreview(List.copyOf(check.problems), check.agencies, check.people, check.skipped);
    }

    private void agencies(List<Row> rows) {
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> siblingNames = new HashMap<>();
        for (Row row : rows) {
            if (isExample(row, PeopleTemplate.AGENCY_EXAMPLE)) {
                skipped++;
                continue;
            }
            String sheet = PeopleTemplate.AGENCIES;
            int before = problems.size();
            String code = cell(sheet, row, 0, () -> AgencyAdministration.validCode(row.get(0)));
            if (code != null) {
                codesInFile.add(code);
                Integer earlier = codes.putIfAbsent(code, row.number());
                if (earlier != null) {
                    add(sheet, row, 0, "机关代码「" + code + "」与第 " + earlier + " 行重复。");
                } else if (existing.agencyCodes().contains(code)) {
                    add(sheet, row, 0, "机关代码「" + code + "」已被使用（系统中已有此机关）。");
                }
            }
            String name =
                    cell(sheet, row, 1, () -> Names.require("机关名称", row.get(1), AgencyAdministration.MAX_NAME_LENGTH));
            AgencyKind kind = cell(sheet, row, 2, () -> kind(row.get(2)));
            String parent = row.get(3).isEmpty() ? null : row.get(3);
            if (parent != null && parent.equals(code)) {
                add(sheet, row, 3, "上级机关不能是本机关。");
            }
            Integer year = cell(sheet, row, 4, () -> year(row.get(4)));
            if (name != null) {
                String key = (parent == null ? "" : parent) + "/" + Names.comparable(name);
                Integer earlier = siblingNames.putIfAbsent(key, row.number());
                if (earlier != null) {
                    add(sheet, row, 1, "同一上级机关下与第 " + earlier + " 行的机关重名「" + name + "」。");
                } else if (existing.childNamesByParentCode()
                        .getOrDefault(parent == null ? "" : parent, Set.of())
                        .contains(Names.comparable(name))) {
                    add(sheet, row, 1, "同一上级机关下已有名为「" + name + "」的机关。");
                }
            }
            if (problems.size() == before) {
                agencies.add(new NewAgency(row.number(), code, name, kind, parent, year));
            }
        }
    }

    private void people(List<Row> rows) {
        Map<String, Integer> usernames = new HashMap<>();
        Set<String> agencyCodes = new HashSet<>();
        for (Row row : rows) {
            if (isExample(row, PeopleTemplate.PEOPLE_EXAMPLE)) {
                skipped++;
                continue;
            }
            String sheet = PeopleTemplate.PEOPLE;
            int before = problems.size();
            String username = cell(sheet, row, 0, () -> UserAdministration.validUsername(row.get(0)));
            if (username != null) {
                Integer earlier = usernames.putIfAbsent(username, row.number());
                if (earlier != null) {
                    add(sheet, row, 0, "用户名「" + username + "」与第 " + earlier + " 行重复。");
                } else if (existing.usernames().contains(username)) {
                    add(sheet, row, 0, "用户名「" + username + "」已被使用。");
                }
            }
            String name = cell(sheet, row, 1, () -> UserAdministration.validName(row.get(1)));
            String agency = row.get(2);
            if (agency.isEmpty()) {
                add(sheet, row, 2, "所属机关代码不能为空。");
            }
            agencyCodes.add(agency);
            String phone = cell(sheet, row, 3, () -> Contacts.phone(row.get(3)));
            String email = cell(sheet, row, 4, () -> Contacts.email(row.get(4)));
            if (problems.size() == before) {
                people.add(new NewPerson(row.number(), username, name, agency, phone, email));
            }
        }
    }

    /** Each parent and each person's agency is in the database or in the file, and no parents go round in a circle. */
    private void parents() {
        Map<String, String> parentOf = new HashMap<>();
        Set<String> inFile = codesInFile;
        for (NewAgency agency : agencies) {
            if (agency.parentCode() != null) {
                parentOf.put(agency.code(), agency.parentCode());
            }
        }
        List<NewAgency> unknown = new ArrayList<>();
        for (NewAgency agency : agencies) {
            String parent = agency.parentCode();
            if (parent == null) {
                continue;
            }
            if (!inFile.contains(parent) && !existing.agencyCodes().contains(parent)) {
                addAt(PeopleTemplate.AGENCIES, agency.row(), 3, "上级机关代码「" + parent + "」既不是系统中已有的机关，也不在本文件的「机关」表中。");
                unknown.add(agency);
            } else if (circular(agency.code(), parentOf)) {
                addAt(PeopleTemplate.AGENCIES, agency.row(), 3, "上级机关代码「" + parent + "」构成循环：机关不能在自己的下级之下。");
                unknown.add(agency);
            }
        }
        agencies.removeAll(unknown);
        List<NewPerson> orphans = new ArrayList<>();
        for (NewPerson person : people) {
            if (!inFile.contains(person.agencyCode()) && !existing.agencyCodes().contains(person.agencyCode())) {
                addAt(
                        PeopleTemplate.PEOPLE,
                        person.row(),
                        2,
                        "所属机关代码「" + person.agencyCode() + "」既不是系统中已有的机关，也不在本文件的「机关」表中。");
                orphans.add(person);
            }
        }
        people.removeAll(orphans);
        problems.sort(java.util.Comparator.comparing((Problem p) -> !p.sheet().equals(PeopleTemplate.AGENCIES))
                .thenComparing(Problem::row));
    }

    private static boolean circular(String code, Map<String, String> parentOf) {
        Set<String> seen = new HashSet<>();
        String at = code;
        while (at != null && seen.add(at)) {
            at = parentOf.get(at);
        }
        return at != null && at.equals(code);
    }

    private AgencyKind kind(String label) {
        return Arrays.stream(AgencyKind.values())
                .filter(k -> k.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AdministrationException(
                        (label.isEmpty() ? "机关类型不能为空" : "机关类型「" + label + "」无法识别") + "：须为「人民政府」或「政府部门」。"));
    }

    private Integer year(String value) {
        if (value.isEmpty()) {
            return null;
        }
        int latest = existing.thisYear() + 1;
        try {
            int year = Integer.parseInt(value);
            if (year >= AgencyAdministration.FIRST_REPORTING_YEAR && year <= latest) {
                return year;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new AdministrationException("首个报告年度「" + value + "」须为 " + AgencyAdministration.FIRST_REPORTING_YEAR + " 至 "
                + latest + " 之间的年份，或留空。");
    }

    private <T> T cell(String sheet, Row row, int column, Supplier<T> value) {
        try {
            return value.get();
        } catch (AdministrationException refused) {
            add(sheet, row, column, refused.getMessage());
            return null;
        }
    }

    private void add(String sheet, Row row, int column, String message) {
        addAt(sheet, row.number(), column, message);
    }

    private void addAt(String sheet, int row, int column, String message) {
        List<String> headers =
                sheet.equals(PeopleTemplate.AGENCIES) ? PeopleTemplate.AGENCY_HEADERS : PeopleTemplate.PEOPLE_HEADERS;
        problems.add(new Problem(sheet, row, headers.get(column), message));
    }

    private static boolean isExample(Row row, List<String> example) {
        for (int i = 0; i < example.size(); i++) {
            if (!row.get(i).equals(example.get(i))) {
                return false;
            }
        }
        return true;
    }
}
