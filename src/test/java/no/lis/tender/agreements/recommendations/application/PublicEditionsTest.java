package no.lis.tender.agreements.recommendations.application;

import no.lis.tender.agreements.recommendations.application.PublicEditions.Edition;
import no.lis.tender.agreements.recommendations.domain.ChangeReason;
import no.lis.tender.agreements.recommendations.domain.PublicRecommendation;
import no.lis.tender.agreements.recommendations.domain.Recommendation;
import no.lis.tender.agreements.recommendations.domain.RecommendationPublished;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class PublicEditionsTest {

    private final RecommendationWorld world = new RecommendationWorld();
    private final AtomicLong nanos = new AtomicLong();
    private final PublicEditions editions = new PublicEditions(world.queries, nanos::get);
    /** Every edition the writer was asked to make: a kept one is not made again. */
    private final List<String> made = new ArrayList<>();
    private final Function<PublicRecommendation, byte[]> writer = edition -> {
        String text = edition.recommendationId() + " v" + edition.versionNumber() + " " + edition.status();
        made.add(text);
        return text.getBytes(StandardCharsets.UTF_8);
    };

    @Test
    void aVersionIsMadeOnceAndServedFromTheKeptBytesWithATagOfItsContent() {
        Long id = world.publishedFirst().getId();

        Edition first = editions.version(id, writer);
        Edition second = editions.version(id, writer);

        assertThat(made).containsExactly(id + " v1 PUBLISHED");
        assertThat(second.content()).isEqualTo(first.content());
        assertThat(second.entityTag()).isEqualTo(first.entityTag()).hasSize(27);
        assertThat(first.lastModified()).isNotNull();
    }

    @Test
    void aPublicationHereDropsTheEditionsSoTheSupersededVersionSaysSoAtOnce() {
        Recommendation first = world.publishedFirst();
        Edition before = editions.version(first.getId(), writer);

        Recommendation second = publishSecond(first);
        editions.published(new RecommendationPublished(second.getId(), second.getTherapeuticAreaId(), 2));
        Edition after = editions.version(first.getId(), writer);

        assertThat(new String(after.content(), StandardCharsets.UTF_8)).endsWith("SUPERSEDED");
        assertThat(after.entityTag()).isNotEqualTo(before.entityTag());
    }

    @Test
    void aPublicationOnAnotherServerIsSeenWithinASecondByTheCountOfPublications() {
        Recommendation first = world.publishedFirst();
        editions.version(first.getId(), writer);

        publishSecond(first);   // as on another server: no event reaches this one
        nanos.addAndGet(PublicEditions.RECHECK.toNanos() / 2);
        assertThat(new String(editions.version(first.getId(), writer).content(), StandardCharsets.UTF_8))
                .as("within the second it trusts what it keeps").endsWith("PUBLISHED");
        nanos.addAndGet(PublicEditions.RECHECK.toNanos());

        assertThat(new String(editions.version(first.getId(), writer).content(), StandardCharsets.UTF_8)).endsWith("SUPERSEDED");
    }

    @Test
    void thePdfIsKeptWithItsFileNameAndADraftIsNeverKept() {
        Long id = world.publishedFirst().getId();

        Edition pdf = editions.pdf(id);

        assertThat(pdf.fileName()).contains("Revmatologi").endsWith(".pdf");
        assertThat(editions.pdf(id).content()).isSameAs(pdf.content());
    }

    @Test
    void aPublicPageIsRenderedOnceKeptUntilTheNextPublicationAndARenderingNotToKeepIsRenderedAgain() {
        Recommendation first = world.publishedFirst();
        List<String> rendered = new ArrayList<>();
        java.util.function.Supplier<byte[]> page = () -> {
            rendered.add("page");
            return "<html>".getBytes(StandardCharsets.UTF_8);
        };

        Edition kept = editions.page("recommendation.xhtml?id=" + first.getId(), page);
        assertThat(editions.page("recommendation.xhtml?id=" + first.getId(), page).entityTag()).isEqualTo(kept.entityTag());
        assertThat(rendered).as("rendered once").hasSize(1);
        assertThat(editions.page("recommendation.xhtml?id=999", () -> null)).as("e.g. not found").isNull();
        assertThat(editions.page("recommendation.xhtml?id=999", page)).as("not kept as nothing").isNotNull();

        Recommendation second = publishSecond(first);
        editions.published(new RecommendationPublished(second.getId(), second.getTherapeuticAreaId(), 2));
        editions.page("recommendation.xhtml?id=" + first.getId(), page);

        assertThat(rendered).as("rendered again after the publication").hasSize(3);
    }

    private Recommendation publishSecond(Recommendation first) {
        Recommendation draft = world.draft.startNext(new NextRecommendationVersionCommand(first.getId(),
                ChangeReason.NEW_TENDER, null, LocalDate.of(2026, 9, 1), RecommendationWorld.TO), "kari");
        world.approve.approve(draft.getId(), draft.getVersion(), RecommendationWorld.MEMBER);
        world.publish.publish(draft.getId(), draft.getVersion(), "kari");
        return draft;
    }
}
