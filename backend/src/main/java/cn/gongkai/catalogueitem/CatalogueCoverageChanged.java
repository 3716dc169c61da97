package cn.gongkai.catalogueitem;

import java.util.Set;

/**
 * The published links of catalogue items changed (a publication, an archiving): {@code sourceIds} are the power and
 * service items linked before or after, whose coverage may have changed. Published inside the lifecycle's
 * transaction, so a listener that records coverage commits or rolls back with the links.
 */
public record CatalogueCoverageChanged(Set<Long> sourceIds) {
}
