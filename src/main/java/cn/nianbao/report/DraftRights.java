package cn.nianbao.report;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which parts of a draft a person may change: the holder of the 起草 task every part not handed out to a colleague,
 * a colleague only the parts of their open part tasks, anyone else nothing.
 */
public record DraftRights(boolean holdsDraft, Set<DraftPart> handedOut, Set<DraftPart> own) {

    public DraftRights {
        handedOut = Collections.unmodifiableSet(
                handedOut.isEmpty() ? EnumSet.noneOf(DraftPart.class) : EnumSet.copyOf(handedOut));
        own = Collections.unmodifiableSet(own.isEmpty() ? EnumSet.noneOf(DraftPart.class) : EnumSet.copyOf(own));
    }

    /** For reports no process drives (imports, tests of the report module alone): every part. */
    public static DraftRights everything() {
        return new DraftRights(true, Set.of(), Set.of());
    }

    public boolean mayChange(DraftPart part) {
        return own.contains(part) || holdsDraft && !handedOut.contains(part);
    }

    public boolean mayChangeAnything() {
        return holdsDraft || !own.isEmpty();
    }
}
