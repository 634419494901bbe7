/**
 * The synthetic world: real Hunan divisions, generated streets' communities, estates, buildings,
 * enterprises, grid cells and people, built one district at a time so memory stays bounded.
 */
@NullMarked
package org.xiaoqu.samples.world;

import org.jspecify.annotations.NullMarked;
