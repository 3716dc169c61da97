package cn.gongkai.security;

import java.util.Optional;

/** Port to the account feature: who is user N right now (empty when gone or disabled). */
public interface UserDirectory {

    Optional<CurrentUser> findActive(long userId);
}
