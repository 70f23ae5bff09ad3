package cn.nianbao.desk.opinions;

import cn.nianbao.agency.Role;
import cn.nianbao.base.PlainText;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own 常用意见: read, add, delete. Nobody reads or changes another person's list: every call
 * takes the owner from the session, never from its caller. Each refusal says why in Chinese and changes nothing.
 */
@Service
@Transactional
public class StockOpinions {

    public static final int MOST_CHARACTERS = 200;
    public static final int MOST_OPINIONS = 30;

    /** What a new list starts with: the phrases every reviewer and leader writes most. */
    static final List<String> DEFAULTS = List.of("同意。", "同意，请分管领导审核。", "同意，请主要领导签发。", "请按意见修改后重新提交。");

    private final StockOpinionRepository opinions;
    private final SeededListRepository seeded;
    private final CurrentActor currentActor;

    StockOpinions(StockOpinionRepository opinions, SeededListRepository seeded, CurrentActor currentActor) {
        this.opinions = opinions;
        this.seeded = seeded;
        this.currentActor = currentActor;
    }

    /** One's list in the order it was made; on first use it is seeded with {@link #DEFAULTS}. */
    public List<StockOpinion> mine() {
        return entriesOf(owner()).stream().map(StockOpinionEntry::view).toList();
    }

    /** Adds one at the end of one's list; refused when empty, over 200 characters, a duplicate or the 31st. */
    public StockOpinion add(String typed) {
        long owner = owner();
        String text = typed == null ? "" : PlainText.normalize(typed).text().strip();
        if (text.isEmpty()) {
            throw new StockOpinionException("请填写常用意见的内容。");
        }
        if (text.length() > MOST_CHARACTERS) {
            throw new StockOpinionException("常用意见最多 " + MOST_CHARACTERS + " 字（当前 " + text.length() + " 字），请删减后再添加。");
        }
        List<StockOpinionEntry> list = entriesOf(owner);
        if (list.stream().anyMatch(entry -> entry.text().equalsIgnoreCase(text))) {
            throw new StockOpinionException("「" + text + "」已在您的常用意见中。");
        }
        if (list.size() >= MOST_OPINIONS) {
            throw new StockOpinionException("常用意见最多 " + MOST_OPINIONS + " 条，请先删除不再使用的意见。");
        }
        int next = list.isEmpty() ? 1 : list.getLast().sortOrder() + 1;
        return opinions.save(new StockOpinionEntry(owner, text, next)).view();
    }

    /** Deletes one of one's own; another person's, or one already deleted, reads as not there. */
    public void delete(long id) {
        long owner = owner();
        StockOpinionEntry entry = opinions.findById(id)
                .filter(e -> e.userId() == owner)
                .orElseThrow(() -> new StockOpinionException("这条常用意见不存在或已删除。"));
        opinions.delete(entry);
    }

    private List<StockOpinionEntry> entriesOf(long owner) {
        if (!seeded.existsById(owner)) {
            seeded.save(new SeededList(owner));
            for (int i = 0; i < DEFAULTS.size(); i++) {
                opinions.save(new StockOpinionEntry(owner, DEFAULTS.get(i), i + 1));
            }
        }
        return opinions.findByUserIdOrderBySortOrderAscIdAsc(owner);
    }

    /** The signed-in person; the three administrators decide nothing and keep no list. */
    private long owner() {
        Actor actor = currentActor.require();
        if (actor.roles().stream().anyMatch(Role.ADMINISTRATORS::contains)) {
            throw new AccessDeniedException("管理员不办理报告，没有常用意见。");
        }
        return actor.userId();
    }
}
