-- xiaoqu survey aggregate: each run's indicator values and the figures behind them (columns: RUN_ID + the fields
-- of schemas/output/survey/indicator_values and entities, upper-cased).
CREATE TABLE XQ_SURVEY_VALUE (
    RUN_ID       BIGINT NOT NULL,
    ENTITY_KIND  VARCHAR(20) NOT NULL,
    ENTITY_ID    VARCHAR(64) NOT NULL,
    ENTITY_NAME  VARCHAR(200),
    PERIOD       VARCHAR(10) NOT NULL,
    INDICATOR    VARCHAR(100) NOT NULL,
    VALUE_       DECIMAL(9, 2),
    UNIT         VARCHAR(20),
    SOURCE       VARCHAR(100),
    PRIMARY KEY (RUN_ID, ENTITY_KIND, ENTITY_ID, PERIOD, INDICATOR)
);

CREATE TABLE XQ_SURVEY_ENTITY (
    RUN_ID           BIGINT NOT NULL,
    SURVEY           VARCHAR(100) NOT NULL,
    ENTITY_KIND      VARCHAR(20) NOT NULL,
    ENTITY_ID        VARCHAR(64) NOT NULL,
    ENTITY_NAME      VARCHAR(200),
    RESPONSES        INT NOT NULL,
    EMPTY_RESPONSES  INT NOT NULL,
    SCORED           INT NOT NULL,
    NA_FULL          INT NOT NULL,
    NA_LEFT_OUT      INT NOT NULL,
    MISSING          INT NOT NULL,
    INVALID          INT NOT NULL,
    POINTS           DECIMAL(20, 2) NOT NULL,
    FULL_MARKS       BIGINT NOT NULL,
    VALUE_           DECIMAL(9, 2),
    NOTE             VARCHAR(200),
    PRIMARY KEY (RUN_ID, SURVEY, ENTITY_KIND, ENTITY_ID)
);
