/**
 * Accounts and profiles: the {@code users} table, its roles and statuses, the password policy and the first
 * administrator created on an empty installation. Other modules refer to users by id.
 */
@ApplicationModule(displayName = "Users")
package cm.resultinstitute.platform.users;

import org.springframework.modulith.ApplicationModule;
