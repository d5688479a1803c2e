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
     * Tender {@code id} with its row locked exclusively until the transaction ends: the lock is taken
     * at once, after every transaction that holds the {@link #findShared shared lock} has ended, and
     * whoever asks for either lock next waits. The opening of the offers takes it, so that it sees
     * every submission that was recorded before it and no submission or withdrawal after it.
     */
    Optional<Tender> findLocked(Long id);

    /**
     * Tender {@code id} with a shared lock on its row until the transaction ends: many transactions
     * hold it at once, and none while another holds {@link #findLocked the exclusive lock}.
     * Submitting and withdrawing offers take it, so that the submissions of different suppliers in
     * the last seconds before a deadline do not wait for each other, while the opening still waits
     * for all of them.
     */
    Optional<Tender> findShared(Long id);

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
}
