/**
 * The picocli command line: parse, resolve configuration, call a job, print, exit. Commands are thin;
 * {@link org.xiaoqu.cli.XiaoquCli} is the one factory used by {@link org.xiaoqu.cli.Main} and by tests.
 */
@NullMarked
package org.xiaoqu.cli;

import org.jspecify.annotations.NullMarked;
