/**
 * The institute's blog: posts in Markdown (rendered and sanitised) with YouTube videos, tags and categories, view
 * counts and an RSS feed. Exposes {@link cm.resultinstitute.platform.blog.BlogPosts} for writing and reading posts,
 * and {@link cm.resultinstitute.platform.blog.BlogReader} for the recent published posts.
 */
@ApplicationModule(displayName = "Blog")
package cm.resultinstitute.platform.blog;

import org.springframework.modulith.ApplicationModule;
