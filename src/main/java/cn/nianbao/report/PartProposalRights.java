package cn.nianbao.report;

/**
 * Who may still leave a proposal for a part of a draft: the part's former owner, after the drafter took it back
 * (分工已取消), and not while they hold it again. Implemented where the assignments are read, so that the report module
 * needs no workflow types.
 */
public interface PartProposalRights {

    boolean wasOwnerOf(long reportId, String username, DraftPart part);
}
