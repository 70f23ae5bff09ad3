package cn.nianbao.publication;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 核验: whether a file someone holds is an edition of this report as Nianbao published it. The file's SM3 is compared
 * with the stored digests of every edition of the report's year, over its bytes (a PDF as published or as marked 已被更正 once superseded, or a JSON byte for byte) and,
 * when it is JSON, over its {@link CanonicalJson canonical form} (the same data indented otherwise).
 */
@Component
class EditionCheck {

    static final String THIS_EDITION = "与本版本一致";
    static final String NOT_OURS = "不是本系统发布的文件，或已被改动";

    private final EditionFiles files;
    private final EditionFileRepository stored;
    private final PublicationService publications;

    EditionCheck(EditionFiles files, EditionFileRepository stored, PublicationService publications) {
        this.files = files;
        this.stored = stored;
        this.publications = publications;
    }

    /** The answer in Chinese, for the edition {@code publicationId} (which must be public). */
    String check(long publicationId, byte[] file) {
        List<PublishedVersion> versions = publications.versions(publicationId);
        // editions published before the digests were kept get theirs now, so that they can be recognised
        versions.forEach(v -> files.withSupersededPdf(v.publicationId()));
        Set<Long> matching = new HashSet<>(stored.publicationsWithDigest(Sm3.hex(file)));
        canonicalDigest(file).ifPresent(sm3 -> matching.addAll(stored.publicationsWithDigest(sm3)));
        PublishedVersion current = versions.getLast();
        for (PublishedVersion version : versions.reversed()) {
            if (!matching.contains(version.publicationId())) {
                continue;
            }
            if (version.publicationId() == publicationId) {
                return version.current() ? THIS_EDITION : THIS_EDITION + "（本版本已被更正，现行版本为第 " + current.number() + " 版）";
            }
            return version.current()
                    ? "与现行的第 " + version.number() + " 版一致"
                    : "与已被更正的第 " + version.number() + " 版一致（现行版本为第 " + current.number() + " 版）";
        }
        return NOT_OURS;
    }

    private static Optional<String> canonicalDigest(byte[] file) {
        try {
            return Optional.of(Sm3.hex(CanonicalJson.bytes(CanonicalJson.of(file))));
        } catch (IllegalArgumentException notJson) {
            return Optional.empty();
        }
    }
}
