package no.lis.tender.publication.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.publication.application.NoticeQueries;
import no.lis.tender.publication.application.NoticeStatus;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.OpenTabView;
import no.lis.tender.tendering.application.PrepareNotice;
import no.lis.tender.tendering.application.PrepareNoticeCommand;
import no.lis.tender.tendering.application.RecordContractNotice;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notices tab of the tender page: the estimated value against the EEA threshold and the lots'
 * CPV codes, the contract notice to download and its publication in Doffin to record, and the
 * award notice once the award letters are out. A change here reloads the whole page on this tab, so that the
 * rest of it works on the tender as changed; a change of the lots on their tab refreshes this tab. Nothing is
 * read before the tab is shown.
 */
@Named
@ViewScoped
public class TenderNoticeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NoticeQueries queries;
    @Inject
    PrepareNotice prepareNotice;
    @Inject
    RecordContractNotice recordContractNotice;
    @Inject
    CurrentUser user;
    @Inject
    FacesMessages messages;
    @Inject
    OpenTabView openTab;

    private Long tenderId;
    private NoticeStatus status;
    private BigDecimal estimatedValue;
    private List<LotRow> lots = new ArrayList<>();
    private String publicationId;
    private LocalDate publishedOn;

    /** A lot's CPV code as the form edits it. */
    public static final class LotRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final int number;
        private final String title;
        private String cpvCode;

        LotRow(NoticeStatus.LotCpv lot) {
            this.number = lot.number();
            this.title = lot.title();
            this.cpvCode = lot.cpvCode();
        }

        public int getNumber() {
            return number;
        }

        public String getTitle() {
            return title;
        }

        public String getCpvCode() {
            return cpvCode;
        }

        public void setCpvCode(String cpvCode) {
            this.cpvCode = cpvCode;
        }
    }

    /** Reads the tab: when it is first shown (issue 14: the page renders only the open tab), or shown again after {@link #forget}. */
    private void read() {
        if (tenderId != null) {
            status = queries.status(tenderId).orElse(null);
            if (status != null) {
                estimatedValue = status.estimatedValue();
                lots = status.lots().stream().map(LotRow::new).toList();
            }
        }
    }

    /** Another tab of the page has changed the lots: the tab is read again when it is shown. */
    public void forget() {
        status = null;
    }

    public String save() {
        Map<Integer, String> codes = new LinkedHashMap<>();
        lots.forEach(l -> codes.put(l.getNumber(), l.getCpvCode()));
        return messages.attempt(() -> prepareNotice.prepare(new PrepareNoticeCommand(tenderId,
                currentVersion(), estimatedValue, codes), user.username())) ? reloaded("publication.details.saved") : null;
    }

    /** Records the contract notice's publication in Doffin, which a round at or above the threshold needs. */
    public String record() {
        return messages.attempt(() -> recordContractNotice.record(tenderId, currentVersion(), publicationId, publishedOn,
                user.username())) ? reloaded("publication.contractNotice.recorded", publicationId) : null;
    }

    /**
     * The tender's version now: the other tabs of the page change the tender within the same view
     * (a lot added, the timeline saved), and what this tab sets (the value, the CPV codes by lot
     * number, the notice's publication) does not depend on what they show.
     */
    private Long currentVersion() {
        return queries.status(tenderId).map(NoticeStatus::version).orElse(null);
    }

    /** The tender page anew on this tab, with the message kept across the redirect. */
    private String reloaded(String key, Object... arguments) {
        return messages.infoAfterRedirect(openTab.keptIn("/tendering/tender.xhtml?id=" + tenderId), key, arguments);
    }

    public Long getTenderId() {
        return tenderId;
    }

    public void setTenderId(Long tenderId) {
        this.tenderId = tenderId;
    }

    public NoticeStatus getStatus() {
        if (status == null) {
            read();
        }
        return status;
    }

    public BigDecimal getEstimatedValue() {
        return estimatedValue;
    }

    public void setEstimatedValue(BigDecimal estimatedValue) {
        this.estimatedValue = estimatedValue;
    }

    public List<LotRow> getLots() {
        getStatus();
        return lots;
    }

    public String getPublicationId() {
        return publicationId;
    }

    public void setPublicationId(String publicationId) {
        this.publicationId = publicationId;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }
}
