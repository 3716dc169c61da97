package cn.gongkai.supervision;

import java.util.HashSet;
import java.util.Set;

/**
 * The counts behind the metrics of one scope, added up from per-org rows. Counts add across orgs; the domains with
 * published catalogue items are a set (a domain counts once however many orgs cover it).
 */
final class Tally {

    long power;
    long service;
    long coveredPower;
    long coveredService;
    long catalogue;
    long complete;
    long nested;
    long negative;
    long validBasis;
    long overduePeriodicReviews;
    long pendingTooLong;
    /** of {@link #negative}: the COMMON items of orgs above the scope */
    long inheritedNegative;
    final Set<String> domains = new HashSet<>();

    Tally add(Tally other) {
        power += other.power;
        service += other.service;
        coveredPower += other.coveredPower;
        coveredService += other.coveredService;
        catalogue += other.catalogue;
        complete += other.complete;
        nested += other.nested;
        pendingTooLong += other.pendingTooLong;
        inheritedNegative += other.inheritedNegative;
        domains.addAll(other.domains);
        return addNegatives(other);
    }

    /** only the negative-item counts: how COMMON items of the orgs above reach a scope */
    Tally addNegatives(Tally other) {
        negative += other.negative;
        validBasis += other.validBasis;
        overduePeriodicReviews += other.overduePeriodicReviews;
        return this;
    }

    /** the negative items that reach the scope from the orgs above (their COMMON items), counted apart too */
    Tally inherit(Tally fromAbove) {
        inheritedNegative += fromAbove.negative;
        return addNegatives(fromAbove);
    }

    Tally copy() {
        return new Tally().add(this);
    }
}
