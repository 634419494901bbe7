package org.xiaoqu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreUrlTest {
    @Test
    void anH2FileStoreOpensAsAServerWithASmallPageCacheUnlessItsUrlSaysOtherwise() {
        assertThat(Store.jdbcUrl(StoreSettings.embedded(Path.of("/data/xiaoqu-data"))))
                .endsWith(";AUTO_SERVER=TRUE;CACHE_SIZE=" + Store.H2_CACHE_KB);
        StoreSettings own = new StoreSettings(
                "jdbc:h2:file:/data/x;cache_size=65536;AUTO_SERVER=FALSE", "sa", "", StoreSettings.DEFAULT_SCHEMA);
        assertThat(Store.jdbcUrl(own)).isEqualTo(own.url());
        StoreSettings queryCache =
                new StoreSettings("jdbc:h2:file:/data/x;QUERY_CACHE_SIZE=16", "sa", "", StoreSettings.DEFAULT_SCHEMA);
        assertThat(Store.jdbcUrl(queryCache))
                .as("QUERY_CACHE_SIZE is another setting")
                .isEqualTo(queryCache.url() + ";AUTO_SERVER=TRUE;CACHE_SIZE=" + Store.H2_CACHE_KB);
        StoreSettings server = new StoreSettings(
                "jdbc:postgresql://127.0.0.1:5432/test", "postgres", null, StoreSettings.DEFAULT_SCHEMA);
        assertThat(Store.jdbcUrl(server)).isEqualTo(server.url());
    }
}
