-- H2 only: the embedded store keeps the reconciled credit ledger without the (RUN_ID, CREDIT_CODE) index that
-- V20 gave it. Nothing in xiaoqu reads the ledger by enterprise (the report's drill-down is written from the run;
-- prune deletes a run's rows), while keeping the index up to date was a tenth of `credit reconcile` at 5,000,000
-- records on H2 (48.8 s -> 43.9 s, 92 -> 83 s CPU, alternating runs on 2026-12-07: H2 inserts each index entry and
-- marks it committed again, two more B-tree copies per row). PostgreSQL keeps the index, for the people who query
-- a deployment's store; on H2 such a query reads the ledger's rows.
DROP INDEX XQ_CREDIT_LEDGER_RUN;
