package cn.nianbao.report.lexicon;

import cn.nianbao.report.format.Lexicon;
import cn.nianbao.report.format.LexiconEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** One row of the 错敏词 list; its 例外 stored as one field, separated by 、. */
@Entity
@Table(name = "lexicon_entry")
class LexiconWord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String word;

    private String reason;

    private String exceptions;

    protected LexiconWord() {}

    LexiconWord(String word, String reason, List<String> exceptions) {
        this.word = word;
        change(reason, exceptions);
    }

    void change(String reason, List<String> exceptions) {
        this.reason = reason;
        this.exceptions = String.join(Lexicon.SEPARATOR, exceptions);
    }

    String getWord() {
        return word;
    }

    LexiconEntry entry() {
        return new LexiconEntry(word, reason, Lexicon.exceptions(exceptions));
    }

    LexiconRow row() {
        return new LexiconRow(id, word, reason, Lexicon.exceptions(exceptions));
    }
}
