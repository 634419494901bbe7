/**
 * {@code xiaoqu coverage}: the policy's coverage targets (小区党组织、业主自治组织、专业化物业服务基本覆盖; 各类小区物业管理全覆盖)
 * per community, street, district and city, from the published estate register and, when a grid-merge run is in
 * the store, the estates its unified buildings show the register lacks; with the estates missing each target and
 * the trend against the previous run.
 */
@NullMarked
package org.xiaoqu.coverage;

import org.jspecify.annotations.NullMarked;
