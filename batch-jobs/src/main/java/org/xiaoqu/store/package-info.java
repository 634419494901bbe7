/**
 * The store: an embedded H2 file database by default, PostgreSQL for real deployments. Opens the
 * connection pool, migrates Spring Batch's tables and ours with Flyway, holds the one-writer lock and
 * hosts the Spring Batch job repository.
 */
@NullMarked
package org.xiaoqu.store;

import org.jspecify.annotations.NullMarked;
