package cn.gongkai.supervision;

import java.util.HashSet;
import java.util.Set;

import cn.gongkai.supervision.SupervisionMapper.SnapshotRow;

/**
 * docs/DOMAIN.md "Supervision metrics (exact definitions)" for one scope, as docs/API.md's {@code Metrics} plus the separate
 * power and service coverage, the domain coverage and the two parts of {@code overdueReviews}. A rate whose
 * denominator is zero is null (shown as "—"), never 0 or 100%. {@code inheritedNegativeItems} says how many of
 * {@code negativeItems} are COMMON items of the orgs above (a department that published nothing still has them).
 */
record Metrics(long powerItems, long serviceItems, long coveredPowerItems, long coveredServiceItems, Double coverage,
        Double powerCoverage, Double serviceCoverage, long catalogueItems, long completeCatalogueItems,
        Double elementCompleteness, long negativeItems, long negativeItemsWithValidBasis, Double basisQuality,
        long nestedItems, Double nestingRate, long overdueReviews, long overduePeriodicReviews, long pendingTooLong,
        int activeDomains, int coveredDomains, Double domainCoverage, long inheritedNegativeItems) {

    /**
     * @param activeDomains the active domains other than OTHER
     * @param notApplicable the domains the scope's org declared not applicable
     */
    static Metrics of(Tally t, Set<String> activeDomains, Set<String> notApplicable) {
        Set<String> covered = new HashSet<>(t.domains);
        covered.addAll(notApplicable);
        covered.retainAll(activeDomains);
        return of(t.power, t.service, t.coveredPower, t.coveredService, t.catalogue, t.complete, t.nested, t.negative,
                t.validBasis, t.overduePeriodicReviews, t.pendingTooLong, activeDomains.size(), covered.size(),
                t.inheritedNegative);
    }

    static Metrics of(SnapshotRow s) {
        return of(s.powerItems(), s.serviceItems(), s.coveredPower(), s.coveredService(), s.catalogueItems(),
                s.completeItems(), s.nestedItems(), s.negativeItems(), s.validBasisItems(), s.overdueReviews(), 0,
                s.activeDomains(), s.coveredDomains(), 0);
    }

    private static Metrics of(long power, long service, long coveredPower, long coveredService, long catalogue,
            long complete, long nested, long negative, long validBasis, long overduePeriodic, long pending,
            int activeDomains, int coveredDomains, long inheritedNegative) {
        return new Metrics(power, service, coveredPower, coveredService,
                rate(coveredPower + coveredService, power + service), rate(coveredPower, power),
                rate(coveredService, service), catalogue, complete, rate(complete, catalogue), negative, validBasis,
                rate(validBasis, negative), nested, rate(nested, catalogue), overduePeriodic + pending,
                overduePeriodic, pending, activeDomains, coveredDomains, rate(coveredDomains, activeDomains),
                inheritedNegative);
    }

    static Double rate(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
