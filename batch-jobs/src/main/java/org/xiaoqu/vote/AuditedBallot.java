package org.xiaoqu.vote;

import java.math.BigDecimal;

/**
 * A ballot with what became of it.
 *
 * @param ballot the ballot as read
 * @param status counted, or why not
 * @param detail a sentence for the audit (which ballot superseded it, whose unit it is…)
 * @param countedArea the area it carried when counted, else zero
 */
public record AuditedBallot(Ballot ballot, BallotStatus status, String detail, BigDecimal countedArea) {}
