-- Common to H2 and PostgreSQL. The grid merge's id sequence remembers which run last advanced each district's
-- counter and from what value. A publish commits the run's rows and the sequence in one transaction; if its
-- process is killed after that commit but before Spring Batch records the step as complete, the restart (a new
-- run id of the same job instance) removes that attempt's rows and puts the counters back, so it mints exactly
-- the ids a run that was never killed would have minted.
ALTER TABLE XQ_GRID_ID_SEQ ADD COLUMN LAST_RUN_ID BIGINT;
ALTER TABLE XQ_GRID_ID_SEQ ADD COLUMN VALUE_BEFORE BIGINT;
