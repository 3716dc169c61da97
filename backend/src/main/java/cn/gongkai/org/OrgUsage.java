package cn.gongkai.org;

import java.util.Optional;

/**
 * Implemented by features whose data hangs off an org (accounts, items), so that an org in use is not deleted.
 * Org knows nothing of them; they register as beans.
 */
public interface OrgUsage {

    /** e.g. "3 个用户"; empty when this feature has nothing under the org */
    Optional<String> describeUsage(long orgId);
}
