-- xiaoqu coverage: each run's shares per area and the estates missing a target (columns: RUN_ID + the
-- fields of schemas/output/coverage/areas and missing, upper-cased). The trend reads the previous run's rows.
CREATE TABLE XQ_COVERAGE_AREA (
    RUN_ID          BIGINT NOT NULL,
    AREA_LEVEL      VARCHAR(20) NOT NULL,
    AREA_CODE       VARCHAR(200) NOT NULL,
    AREA_NAME       VARCHAR(300),
    INDICATOR       VARCHAR(40) NOT NULL,
    INDICATOR_NAME  VARCHAR(100),
    TARGET_PCT      DECIMAL(9, 4),
    ESTATES         INT NOT NULL,
    QUALIFYING      INT NOT NULL,
    HOLDING         INT NOT NULL,
    SHARE_PCT       DECIMAL(9, 4),
    MEETS_TARGET    BOOLEAN,
    PREVIOUS_PCT    DECIMAL(9, 4),
    CHANGE_PCT      DECIMAL(9, 4),
    PRIMARY KEY (RUN_ID, AREA_LEVEL, AREA_CODE, INDICATOR)
);

CREATE TABLE XQ_COVERAGE_MISSING (
    RUN_ID          BIGINT NOT NULL,
    ESTATE_ID       VARCHAR(300) NOT NULL,
    ESTATE_NAME     VARCHAR(100),
    DISTRICT_CODE   VARCHAR(12),
    DISTRICT        VARCHAR(50),
    STREET          VARCHAR(50),
    COMMUNITY       VARCHAR(50),
    INDICATOR       VARCHAR(40) NOT NULL,
    INDICATOR_NAME  VARCHAR(100),
    VALUE_          VARCHAR(40),
    SOURCE          VARCHAR(20) NOT NULL,
    PRIMARY KEY (RUN_ID, ESTATE_ID, INDICATOR)
);
