package no.lis.tender.evaluation.application;

import jakarta.inject.Inject;
import no.lis.tender.evaluation.domain.ImpartialityDeclaration;
import no.lis.tender.evaluation.domain.ImpartialityDeclarationRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;

/**
 * A member of the tender's specialist group declares impartiality (habilitet) for it, once. Whether
 * she is a member is resolved by the caller from the catalogue.
 */
@UseCase
public class DeclareImpartiality {

    private final ImpartialityDeclarationRepository declarations;
    private final TenderRepository tenders;
    private final Clock clock;

    @Inject
    public DeclareImpartiality(ImpartialityDeclarationRepository declarations, TenderRepository tenders, Clock clock) {
        this.declarations = declarations;
        this.tenders = tenders;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected DeclareImpartiality() {
        this(null, null, null);
    }

    /**
     * Records the declaration. Refused for someone outside the group ({@code evaluation.notMember})
     * and for a second declaration ({@code evaluation.impartiality.alreadyDeclared}, naming when the
     * first was made).
     */
    public ImpartialityDeclaration declare(DeclareImpartialityCommand command, String member, boolean memberOfGroup) {
        Tender tender = EvaluationAccess.tender(tenders, command.tenderId());
        if (!memberOfGroup) {
            throw new DomainException(null, "evaluation.notMember", member);
        }
        declarations.findByTenderAndMember(tender.getId(), member).ifPresent(earlier -> {
            throw new DomainException(null, "evaluation.impartiality.alreadyDeclared",
                    earlier.getDeclaredAt());
        });
        return declarations.save(ImpartialityDeclaration.declare(tender.getId(), member, command.impartial(),
                command.ties(), clock));
    }
}
