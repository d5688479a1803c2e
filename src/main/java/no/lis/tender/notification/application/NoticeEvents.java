package no.lis.tender.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.agreements.award.domain.AwardLettersIssued;
import no.lis.tender.agreements.recommendations.domain.PriceAccessNotice;
import no.lis.tender.agreements.recommendations.domain.RecommendationPublished;
import no.lis.tender.catalogue.domain.TherapeuticAreaRepository;
import no.lis.tender.identity.domain.AccountLinkSent;
import no.lis.tender.notification.domain.RecommendationSubscription;
import no.lis.tender.notification.domain.RecommendationSubscriptionRepository;
import no.lis.tender.catalogue.domain.GroupMember;
import no.lis.tender.catalogue.domain.SpecialistGroupRepository;
import no.lis.tender.documents.domain.DocumentDownloadRepository;
import no.lis.tender.documents.domain.DocumentKind;
import no.lis.tender.documents.domain.DocumentPublished;
import no.lis.tender.identity.domain.UserAccountRepository;
import no.lis.tender.notification.domain.NoticeFacts;
import no.lis.tender.notification.domain.NoticeKind;
import no.lis.tender.notification.domain.Recipient;
import no.lis.tender.offers.domain.OffersOpened;
import no.lis.tender.tendering.domain.QuestionAnswered;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Turns what happened in other contexts into notices in the outbox. The observers are synchronous, in
 * the transaction of the change (the transactional outbox): a mail exists exactly when its change was
 * committed. They read who is to be told (the suppliers that downloaded from the tender, the users of a
 * supplier, the members of the specialist group) and put nothing in a mail but the facts of
 * {@link NoticeFacts}: never an answer's text, a price or an offer's content.
 */
@ApplicationScoped
@Transactional
public class NoticeEvents {

    static final String SUPPLIER_TENDER = "/supplier/tender.xhtml?id=";
    static final String SUPPLIER_LETTERS = "/supplier/letters.xhtml";
    static final String SPECIALIST_TENDER = "/specialist/tender.xhtml?id=";
    static final String PRICE_ACCESS = "/account/price-access.xhtml";
    static final String PUBLIC_RECOMMENDATION = "/recommendations/recommendation.xhtml?id=";
    static final String VERIFY = "/registration/verify.xhtml?token=";
    static final String NEW_PASSWORD = "/registration/password.xhtml?token=";
    static final String INVITATION = "/registration/password.xhtml?invitation=true&token=";
    /** The last day of priced access, as both languages of the mail read it alike (2027-06-30). */
    private static final DateTimeFormatter LAST_DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    @Inject
    QueueNotice queue;

    @Inject
    MailLinks links;

    @Inject
    TenderRepository tenders;

    @Inject
    DocumentDownloadRepository downloads;

    @Inject
    UserAccountRepository users;

    @Inject
    SpecialistGroupRepository groups;

    @Inject
    RecommendationSubscriptionRepository subscriptions;

    @Inject
    TherapeuticAreaRepository areas;

    void onAnswered(@Observes QuestionAnswered answered) {
        tender(answered.tenderId()).ifPresent(tender -> tell(NoticeKind.ANSWER_PUBLISHED, followersOf(tender.getId()),
                tender, "", SUPPLIER_TENDER + tender.getId()));
    }

    /** The questions-and-answers document follows every answer, which has its own notice. */
    void onDocumentPublished(@Observes DocumentPublished published) {
        if (published.kind() == DocumentKind.QUESTIONS_AND_ANSWERS) {
            return;
        }
        tender(published.tenderId()).ifPresent(tender -> tell(NoticeKind.DOCUMENT_PUBLISHED, followersOf(tender.getId()),
                tender, published.title(), SUPPLIER_TENDER + tender.getId()));
    }

    void onLettersIssued(@Observes AwardLettersIssued issued) {
        tender(issued.tenderId()).ifPresent(tender -> tell(NoticeKind.AWARD_LETTER_READY, usersOf(issued.supplierIds()),
                tender, "", SUPPLIER_LETTERS));
    }

    /** Members without a login cannot score, and are not told. */
    void onOffersOpened(@Observes OffersOpened opened) {
        tender(opened.tenderId()).filter(tender -> tender.getSpecialistGroupId() != null).ifPresent(tender -> {
            List<Recipient> members = groups.findById(tender.getSpecialistGroupId())
                    .map(group -> group.getMembers().stream().filter(m -> m.getUsername() != null)
                            .map(NoticeEvents::recipient).toList())
                    .orElse(List.of());
            tell(NoticeKind.SCORING_OPEN, members, tender, "", SPECIALIST_TENDER + tender.getId());
        });
    }

    /**
     * The holder of priced access is told it was granted, or ends soon: the trust and the last day, and a
     * link to her page of requests. The mail's reference is the trust, its title the last day.
     */
    void onPriceAccess(@Observes PriceAccessNotice notice) {
        List<Recipient> holder = users.findByUsername(notice.username()).filter(user -> user.getEmail() != null)
                .map(user -> List.of(new Recipient(user.getUsername(), user.getEmail()))).orElse(List.of());
        NoticeKind kind = notice.kind() == PriceAccessNotice.Kind.GRANTED ? NoticeKind.PRICE_ACCESS_GRANTED
                : NoticeKind.PRICE_ACCESS_ENDING;
        queue.queue(kind, holder, new NoticeFacts(notice.hospitalTrust(), LAST_DAY.format(notice.validUntil()), "",
                links.to(PRICE_ACCESS)));
    }

    /**
     * A new version of an area's recommendation: its followers get a link to the public edition, with the
     * area's name and the version's number, and nothing else (the mail has no place for a price).
     */
    void onRecommendationPublished(@Observes RecommendationPublished published) {
        List<String> followers = subscriptions.findByArea(published.therapeuticAreaId()).stream()
                .map(RecommendationSubscription::getUsername).toList();
        List<Recipient> recipients = followers.stream().map(users::findByUsername).flatMap(Optional::stream)
                .filter(user -> user.isActive() && user.getEmail() != null)
                .map(user -> new Recipient(user.getUsername(), user.getEmail())).toList();
        String area = areas.findById(published.therapeuticAreaId()).map(a -> a.getName()).orElse("");
        queue.queue(NoticeKind.RECOMMENDATION_PUBLISHED, recipients, new NoticeFacts(area,
                String.valueOf(published.versionNumber()), "", links.to(PUBLIC_RECOMMENDATION + published.recommendationId())));
    }

    /**
     * A link to her own account: to verify her address, accept an invitation, or choose a new password. The
     * reference is what it concerns (the company), the title her name; the link holds the token.
     */
    void onAccountLink(@Observes AccountLinkSent sent) {
        NoticeKind kind = switch (sent.purpose()) {
            case VERIFY_EMAIL -> NoticeKind.EMAIL_VERIFICATION;
            case INVITATION -> NoticeKind.INVITATION;
            case PASSWORD_RESET -> NoticeKind.PASSWORD_RESET;
        };
        String path = switch (sent.purpose()) {
            case VERIFY_EMAIL -> VERIFY;
            case INVITATION -> INVITATION;
            case PASSWORD_RESET -> NEW_PASSWORD;
        };
        queue.queue(kind, List.of(new Recipient(sent.username(), sent.email())),
                new NoticeFacts(sent.about(), sent.fullName(), "", links.to(path + sent.secret())));
    }

    /** The users of every supplier that downloaded a document of the tender. */
    private List<Recipient> followersOf(Long tenderId) {
        return usersOf(downloads.findSupplierIdsByTender(tenderId));
    }

    public List<Recipient> usersOf(Collection<Long> supplierIds) {
        return users.findActiveBySupplierIds(List.copyOf(supplierIds)).stream()
                .filter(user -> user.getEmail() != null)
                .map(user -> new Recipient(user.getUsername(), user.getEmail())).toList();
    }

    private static Recipient recipient(GroupMember member) {
        return new Recipient(member.getUsername(), member.getEmail().value());
    }

    private Optional<Tender> tender(Long id) {
        return tenders.find(id);
    }

    /** Queues {@code kind} about {@code tender} to {@code recipients}, on {@code subject}, linking to {@code path}. */
    public int tell(NoticeKind kind, Collection<Recipient> recipients, Tender tender, String subject, String path) {
        return queue.queue(kind, recipients,
                new NoticeFacts(tender.getReference().value(), tender.getTitle(), subject, links.to(path)));
    }
}
