package no.lis.tender.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.audit.application.SecurityLogQueries;
import no.lis.tender.audit.application.SecurityLogRow;
import no.lis.tender.audit.application.VerifySecurityLog;
import no.lis.tender.audit.domain.ChainVerification;
import no.lis.tender.audit.domain.SecurityLogQuery;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.domain.SecurityEvent;
import no.lis.tender.shared.web.PagedModel;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The security log for administrators: the entries newest first, a page at a time, narrowed by kind
 * and actor; and the verification of the hash chain on request (it reads the whole chain, so it is not
 * done on every visit).
 */
@Named
@ViewScoped
public class SecurityLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecurityLogQueries queries;
    @Inject
    VerifySecurityLog verifySecurityLog;

    private SecurityEvent.Kind kind;
    private String actor;
    private PagedModel<SecurityLogRow, SecurityLogQuery.Sort> entries;
    private ChainVerification verification;

    @PostConstruct
    void init() {
        entries = new PagedModel<>(() -> queries.count(query()),
                (first, max, sort, ascending) -> queries.entries(query(), first, max, sort, ascending),
                SecurityLogQuery.Sort.class, SecurityLogQuery.Sort.SEQUENCE, false, SecurityLogRow::sequence);
    }

    private SecurityLogQuery query() {
        return new SecurityLogQuery(kind, actor);
    }

    public void verify() {
        verification = verifySecurityLog.verify(Optional.empty());
    }

    /**
     * What the last verification found, as a sentence: that the chain holds, with the number of entries
     * and the head to note; or the number of the first broken link and why.
     */
    public String getVerificationMessage() {
        if (verification == null) {
            return "";
        }
        Locale locale = locale();
        return verification.broken()
                .map(broken -> Messages.format(locale, "securityLog.verified.broken", Long.toString(broken.sequence()),
                        Messages.format(locale, broken.reason().messageKey(), Long.toString(broken.sequence()))))
                .orElseGet(() -> Messages.format(locale, "securityLog.verified.intact",
                        Long.toString(verification.entriesChecked()), Long.toString(verification.headSequence()),
                        verification.headHash()));
    }

    /** The label of a kind; the stored name itself where it is no kind the application knows (a tampered row). */
    public String kindLabel(String storedKind) {
        String key = "securityLog.kind." + storedKind;
        String label = Messages.format(locale(), key);
        return label.equals(key) ? storedKind : label;
    }

    /** The start of a hash, enough to tell entries apart on the page; the page shows the whole in a tooltip. */
    public String shortHash(String hash) {
        return hash == null || hash.length() <= 12 ? hash : hash.substring(0, 12) + "…";
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<SecurityEvent.Kind> getKinds() {
        return List.of(SecurityEvent.Kind.values());
    }

    public PagedModel<SecurityLogRow, SecurityLogQuery.Sort> getEntries() {
        return entries;
    }

    /** The outcome of the last verification on this page, or {@code null} before the first. */
    public ChainVerification getVerification() {
        return verification;
    }

    public SecurityEvent.Kind getKind() {
        return kind;
    }

    public void setKind(SecurityEvent.Kind kind) {
        this.kind = kind;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }
}
