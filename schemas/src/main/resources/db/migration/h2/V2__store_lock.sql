-- Who holds the store's write lock (the lock itself is a file lock beside the database file).
CREATE TABLE XQ_LOCK_HOLDER (
    LOCK_ID     INT PRIMARY KEY,
    HOST        VARCHAR(255) NOT NULL,
    PID         BIGINT NOT NULL,
    JOB_NAME    VARCHAR(100) NOT NULL,
    STARTED_AT  TIMESTAMP(3) WITH TIME ZONE NOT NULL
);

-- Where each run wrote its output, so that `jobs show` can say it.
CREATE TABLE XQ_RUN (
    JOB_EXECUTION_ID BIGINT PRIMARY KEY,
    OUTPUT_DIR       VARCHAR(4000),
    SUMMARY          VARCHAR(4000)
);
