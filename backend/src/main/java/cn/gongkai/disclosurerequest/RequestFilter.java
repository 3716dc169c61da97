package cn.gongkai.disclosurerequest;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The register's list filter: orgs in the caller's scope, status, clock (SOON: due between today and
 * {@code soonUntil}; OVERDUE: due before today), outcome, year of receipt.
 */
record RequestFilter(Collection<Long> orgIds, RequestStatus status, LocalDate dueFrom, LocalDate dueUntil,
        Outcome outcome, Integer year) {
}
