package cn.nianbao.report.ui;

import cn.nianbao.report.format.Lexicon;
import cn.nianbao.report.lexicon.LexiconService;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.SpringVaadinServletService;

/**
 * The 错敏词 list the editor checks the prose against while the handler types: the one the 安全管理员 keeps, from
 * the application's {@link LexiconService} (the editor is made by the screens that use it, not by Spring); the seed
 * list where no Spring-backed Vaadin service runs (an editor tried on its own).
 */
final class EditorLexicon {

    private EditorLexicon() {}

    static Lexicon current() {
        if (VaadinService.getCurrent() instanceof SpringVaadinServletService spring) {
            return spring.getInstantiator().getOrCreate(LexiconService.class).current();
        }
        return Lexicon.seed();
    }
}
