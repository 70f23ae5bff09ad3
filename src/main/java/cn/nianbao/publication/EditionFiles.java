package cn.nianbao.publication;

import cn.nianbao.base.PublicUrl;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The files of each published edition, fixed once: the JSON in its canonical form and the PDF, stored with their SM3
 * digests right after publication (or, for an edition published before they were kept, at its first request), and
 * served from then on as stored, so that a digest never changes for an edition whatever the rendering code becomes.
 */
@Component
class EditionFiles {

    private final EditionFileRepository files;
    private final PublicationRepository publications;
    private final PublicationService portal;
    private final ReportPdf pdf;
    private final Clock clock;
    private final PublicUrl publicUrl;
    private final TransactionTemplate transaction;

    EditionFiles(
            EditionFileRepository files,
            PublicationRepository publications,
            PublicationService portal,
            ReportPdf pdf,
            Clock clock,
            PublicUrl publicUrl,
            PlatformTransactionManager transactions) {
        this.files = files;
        this.publicUrl = publicUrl;
        this.publications = publications;
        this.portal = portal;
        this.pdf = pdf;
        this.clock = clock;
        // its own transaction: a clash with a concurrent first request must not spoil the caller's
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Stored as soon as the edition is public, before rendering code has any chance to change. */
    @ApplicationModuleListener
    void storeWhenPublished(ReportPublished published) {
        publications.findByReportId(published.reportId()).ifPresent(p -> of(p.getId()));
    }

    /**
     * A correction makes the edition before it superseded: its PDF marked 已被更正 is made now, so that the file the
     * portal serves from then on is known to 核验 before anyone downloads it.
     */
    @ApplicationModuleListener
    void markTheSupersededEdition(ReportPublished published) {
        publications
                .findByReportId(published.reportId())
                .ifPresent(p -> portal.versions(p.getId()).stream()
                        .filter(v -> !v.current())
                        .forEach(v -> withSupersededPdf(v.publicationId())));
    }

    /**
     * The stored files of a publication and, if the edition has been superseded, with its PDF marked 已被更正 (made
     * and kept the first time it is needed: it names the edition that superseded it, which stays so).
     */
    Optional<EditionFile> withSupersededPdf(long publicationId) {
        Optional<EditionFile> stored = of(publicationId);
        if (stored.isEmpty() || stored.get().supersededPdfSm3().isPresent()) {
            return stored;
        }
        Optional<Supersession> superseded = supersession(publicationId);
        if (superseded.isEmpty()) {
            return stored;
        }
        byte[] marked = pdf.pdfOf(portal.page(publicationId).orElseThrow(), superseded.get());
        transaction.executeWithoutResult(status -> files.storeSupersededPdf(publicationId, marked, Sm3.hex(marked)));
        return files.findById(publicationId);
    }

    /**
     * The digests of an edition without reading its files (the API answers them on every call); made first, like
     * the files, where they are missing: an edition from before they were kept, or a superseded one not yet marked.
     */
    Optional<EditionDigests> digests(long publicationId, boolean current) {
        Optional<EditionDigests> known = files.digestsOf(publicationId);
        if (known.isPresent() && (current || known.get().supersededPdfSm3() != null)) {
            return known;
        }
        return withSupersededPdf(publicationId).map(EditionDigests::of);
    }

    /** Which edition superseded this one, when, and its address; empty while it is current. */
    private Optional<Supersession> supersession(long publicationId) {
        List<PublishedVersion> versions = portal.versions(publicationId);
        for (int i = 0; i < versions.size() - 1; i++) {
            if (versions.get(i).publicationId() == publicationId) {
                PublishedVersion by = versions.get(i + 1);
                return Optional.of(new Supersession(
                        versions.get(i).number(),
                        by.number(),
                        by.publishedOn(),
                        publicUrl.absolute("/public/reports/" + by.publicationId())));
            }
        }
        return Optional.empty();
    }

    /** The stored files of a publication, stored now if they were not yet; empty for anything not public. */
    Optional<EditionFile> of(long publicationId) {
        Optional<EditionFile> stored = files.findById(publicationId);
        if (stored.isPresent()) {
            return stored;
        }
        Optional<PortalPage> page = portal.page(publicationId);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        EditionFile made = new EditionFile(
                publicationId, CanonicalJson.compact(data(page.get())), pdf.pdfOf(page.get()), clock.instant());
        try {
            return Optional.of(transaction.execute(
                    status -> files.findById(publicationId).orElseGet(() -> files.saveAndFlush(made))));
        } catch (DataIntegrityViolationException storedMeanwhile) {
            // two first requests at once: the other one's files are the edition's
            return files.findById(publicationId);
        }
    }

    /** The download JSON of the edition: its tables, which edition it is and the 更正说明 of a correction. */
    static Map<String, Object> data(PortalPage page) {
        Map<String, Object> data = new LinkedHashMap<>(
                new ReportData(page.entry(), page.report().content().tables()).json());
        data.put("edition", page.shown().number());
        if (page.edition() != null && page.edition().isCorrection()) {
            data.put("correctionNote", page.edition().correctionNote());
        }
        return data;
    }
}
