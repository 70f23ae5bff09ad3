package cn.nianbao.agency;

/**
 * What became of one open task of a disabled account: who holds it now ({@code holder}, e.g. 「李四」 or 「本机关的保密审查员
 * （待认领）」), or, when {@code holder} is null, why nobody could take it.
 */
public record HandedOverWork(long reportId, String reportTitle, String step, String holder, String whyNobody) {

    public boolean isTaken() {
        return holder != null;
    }
}
