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
     * Tender {@code id} with its row locked until the transaction ends: whoever asks for it next,
     * with this lock or {@link #findSharedLocked}, waits. What changes whether a tender takes offers
     * (the start of its opening) takes this lock first, so that it waits for every submission in
     * progress and each later one sees what it committed.
     */
    Optional<Tender> findLocked(Long id);

    /**
     * Tender {@code id}, read as it is now, with a shared lock on its row until the transaction
     * ends: many transactions may hold it at once, and {@link #findLocked} waits until all of them
     * have ended. Submitting and withdrawing offers take it, so that suppliers racing a deadline do
     * not wait for each other, while the opening still waits for every one of them.
     */
    Optional<Tender> findSharedLocked(Long id);

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
