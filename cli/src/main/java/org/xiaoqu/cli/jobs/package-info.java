/** {@code xiaoqu jobs list|show|restart|stop|abandon|recover}: job control over the job repository. */
@NullMarked
package org.xiaoqu.cli.jobs;

import org.jspecify.annotations.NullMarked;
