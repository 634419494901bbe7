/**
 * The Chinese address parser and normaliser shared by every job: free text, or the parts a department
 * gives in separate columns, into province, city, district, street/town, community, road, road number,
 * estate, phase, building, unit, floor and room, resolved against the Hunan division table. See the
 * README beside this file for what it parses and how it is measured.
 */
@NullMarked
package org.xiaoqu.address;

import org.jspecify.annotations.NullMarked;
