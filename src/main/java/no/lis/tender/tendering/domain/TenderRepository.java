package no.lis.tender.tendering.domain;

import java.util.List;
import java.util.Optional;

public interface TenderRepository {

    Optional<Tender> find(Long id);

    /**
     * Tender {@code id} for reading only: not tracked for changes, so that a use case that reads a
     * tender of thousands of lots (the evaluation of a generic tender) does not pay for looking for
     * changes in it when its transaction commits. A change made to it is not stored.
     */
    Optional<Tender> findReadOnly(Long id);

    /**
     * Tender {@code id} with every collection read (lots with their substances, markets and scenarios,
     * criteria with their sub-criteria, requirements, justifications, log) before it is returned, for a
     * page or a document that shows all of it; read only, as
     * {@link #findReadOnly}: a change made to it is not stored.
     */
    Optional<Tender> findWhole(Long id);

    /** The head of tender {@code id} ({@link TenderHeader}): one row, none of its collections. */
    Optional<TenderHeader> findHeader(Long id);

    /**
     * Tender {@code id} with its row locked until the transaction ends: whoever asks for it next
     * waits. What must not interleave on one tender (submitting, withdrawing and opening its
     * offers) takes this lock first, so that each sees what the one before it committed.
     */
    Optional<Tender> findLocked(Long id);

    /** Whether a tender with this id exists; reads no tender into the persistence context. */
    boolean exists(Long id);

    Optional<Tender> findByReference(TenderReference reference);

    /** The tenders that specialist group {@code groupId} evaluates, newest first. */
    List<Tender> findBySpecialistGroup(Long groupId);

    /** Stores a new tender; its id is set on return. Changes to a loaded tender are stored with the transaction. */
    Tender save(Tender tender);

    /** One page of the tender list: those matching {@code filter}, from row {@code first}, at most {@code max}. */
    List<TenderSummary> search(TenderFilter filter, int first, int max, TenderSort sort, boolean ascending);

    long count(TenderFilter filter);

    /** How many tenders there are in each phase and status (combinations without tenders left out). */
    List<PhaseStatusCount> countByPhaseAndStatus();

    /**
     * A stamp of all tenders that changes whenever a tender is stored, changed or removed, read in one
     * small statement: how many there are, the sum of their versions (each change raises one) and the
     * highest id (a new one has a higher id than any before it).
     */
    Stamp stamp();

    /** See {@link #stamp()}. */
    record Stamp(long count, long versions, long lastId) {
    }
}
