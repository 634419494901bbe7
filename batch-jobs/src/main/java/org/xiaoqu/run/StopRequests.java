package org.xiaoqu.run;

import java.sql.Connection;
import java.sql.SQLException;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.store.Store;

/**
 * Marks running executions STOPPING in the job repository. The running step reads the status back
 * at each chunk commit (Spring Batch synchronises it, version and all) and stops there.
 */
final class StopRequests {
    private static final String STOP = "UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STOPPING', VERSION = VERSION + 1"
            + " WHERE STATUS IN ('STARTING', 'STARTED')";

    private StopRequests() {}

    static int requestStop(Store store, long executionId) {
        return update(store, STOP + " AND JOB_EXECUTION_ID = ?", executionId);
    }

    static int requestStop(Store store, String jobName) {
        return update(
                store,
                STOP + " AND JOB_INSTANCE_ID IN (SELECT JOB_INSTANCE_ID FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = ?)",
                jobName);
    }

    private static int update(Store store, String sql, Object key) {
        try (Connection c = store.dataSource().getConnection();
                var st = c.prepareStatement(sql)) {
            c.setAutoCommit(true);
            st.setObject(1, key);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new XiaoquException(ExitCode.FAILED, "cannot request the run to stop: " + e.getMessage(), e);
        }
    }
}
