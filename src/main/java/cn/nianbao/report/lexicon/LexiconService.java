package cn.nianbao.report.lexicon;

import cn.nianbao.agency.Role;
import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.report.format.Lexicon;
import cn.nianbao.security.CurrentActor;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 错敏词 list (LEXICON, docs/RULES.md) the 安全管理员 keeps: only that role lists and changes it, each change
 * in the audit trail. {@link #current()} is the list every check of a drafted report uses, for whoever checks.
 */
@Service
@Transactional
public class LexiconService {

    static final AuditAction LEXICON_CHANGED = new AuditAction("LEXICON_CHANGED", "错敏词变更");
    private static final String REFUSAL = "只有" + Role.SECURITY_ADMIN.label() + "可以维护错敏词。";

    private final LexiconWordRepository words;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    LexiconService(LexiconWordRepository words, CurrentActor currentActor, AuditTrail audit) {
        this.words = words;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /** The list as the rule gets it; no check of the caller, as the drafter's and the reviewer's checks need it. */
    @Transactional(readOnly = true)
    public Lexicon current() {
        return new Lexicon(
                words.findAllByOrderByWordAsc().stream().map(LexiconWord::entry).toList());
    }

    @Transactional(readOnly = true)
    public List<LexiconRow> list() {
        currentActor.require(Role.SECURITY_ADMIN, REFUSAL);
        return words.findAllByOrderByWordAsc().stream()
                .map(LexiconWord::row)
                .sorted(LexiconRow.BY_WORD)
                .toList();
    }

    public LexiconRow add(String word, String reason, String exceptions) {
        currentActor.require(Role.SECURITY_ADMIN, REFUSAL);
        String checkedWord = LexiconInput.word(word);
        String checkedReason = LexiconInput.reason(reason);
        List<String> checkedExceptions = LexiconInput.exceptions(checkedWord, exceptions);
        if (words.existsByWord(checkedWord)) {
            throw new LexiconException("「" + checkedWord + "」已在错敏词中，可修改它的原因。");
        }
        LexiconWord added = words.save(new LexiconWord(checkedWord, checkedReason, checkedExceptions));
        audit.record(LEXICON_CHANGED, checkedWord, "新增错敏词", null, described(added));
        return added.row();
    }

    public LexiconRow change(long id, String reason, String exceptions) {
        currentActor.require(Role.SECURITY_ADMIN, REFUSAL);
        LexiconWord word = find(id);
        String checkedReason = LexiconInput.reason(reason);
        List<String> checkedExceptions = LexiconInput.exceptions(word.getWord(), exceptions);
        String before = described(word);
        word.change(checkedReason, checkedExceptions);
        audit.record(LEXICON_CHANGED, word.getWord(), "修改错敏词", before, described(word));
        return word.row();
    }

    public void delete(long id) {
        currentActor.require(Role.SECURITY_ADMIN, REFUSAL);
        LexiconWord word = find(id);
        words.delete(word);
        audit.record(LEXICON_CHANGED, word.getWord(), "删除错敏词", described(word), null);
    }

    private LexiconWord find(long id) {
        return words.findById(id).orElseThrow(() -> new LexiconException("该错敏词已不存在，请刷新页面。"));
    }

    private static String described(LexiconWord word) {
        LexiconRow row = word.row();
        String exceptions = row.exceptions().isEmpty() ? "" : "；例外：" + row.exceptionsText();
        return "原因：" + row.reason() + exceptions;
    }
}
