/**
 * The institute's blog: posts in Markdown with YouTube videos, tags and categories. Exposes the recent
 * published posts as read-only views.
 */
@ApplicationModule(displayName = "Blog")
package cm.resultinstitute.platform.blog;

import org.springframework.modulith.ApplicationModule;
